"""Preferences: the clinic folder, the clinic's name and the language, kept in QSettings, and
their dialog.

The settings are this workstation's and this user's (QSettings): each workstation remembers
where the clinic folder is, which may be a shared folder on the network.
The settings file names recent sessions and the clinic folder: it is kept private to the
user (0600 in a 0700 folder), tightened after every write (``storage.private_folder``,
``storage.tighten_file``). Write settings with :func:`set_value`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap import history, i18n, storage
from bodymap.i18n import translate
from bodymap.model import Encounter
from bodymap.ui import palette
from bodymap.ui.language_choice import LANGUAGE_KEY, chosen_language
from bodymap.ui.text_editors import SHORT_TEXT, LineEditor, text_rule

CLINIC_FOLDER_KEY = "clinic_folder"
CLINIC_NAME_KEY = "clinic_name"
IDENTIFIER_SYSTEM_KEY = "fhir/identifier_system"
_log = logging.getLogger(__name__)


def keep_private(settings: QSettings | None = None) -> None:
    """Make the settings file readable by this user alone (0600), in a folder of its own
    that only this user may enter (0700).

    The folder is tightened only when it is bodymap's own (named after the organisation);
    elsewhere (macOS keeps every application's preferences in one folder) only the file is.
    Nothing is done where settings are not a file (the Windows registry). A failure is
    logged, never raised: the settings are still written.
    """
    settings = settings or QSettings()
    if os.name != "posix":
        return
    path = Path(settings.fileName())
    try:
        if path.parent.name == QCoreApplication.organizationName():
            storage.private_folder(path.parent)
        storage.tighten_file(path)
    except OSError as exc:
        _log.warning("the settings folder could not be made private: %s", exc.strerror or exc)


def set_value(key: str, value: object) -> None:
    """Store one setting, in a file only this user can read (see :func:`keep_private`)."""
    settings = QSettings()
    keep_private(settings)  # the folder first, so the file is never readable by others
    settings.setValue(key, value)
    settings.sync()
    keep_private(settings)


def default_clinic_folder() -> Path:
    """The folder offered on first start: "bodymap sessions" in the user's documents."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not documents:
        return history.default_clinic_folder()
    return Path(documents) / history.DEFAULT_FOLDER_NAME


def configured_clinic_folder() -> Path | None:
    """The clinic folder chosen on this workstation, or None before one has been chosen."""
    value = QSettings().value(CLINIC_FOLDER_KEY, "", type=str)
    return Path(str(value)) if value else None


def clinic_folder() -> Path:
    """The folder of the clinic's session files: the one chosen, else the default (which
    exists only once the user has confirmed it)."""
    return configured_clinic_folder() or default_clinic_folder()


def usable_clinic_folder() -> Path | None:
    """The chosen clinic folder if it is there now; None before one is chosen or while it is
    missing (a network drive not connected)."""
    folder = configured_clinic_folder()
    return folder if folder is not None and folder.is_dir() else None


def set_clinic_folder(path: Path) -> None:
    """Remember the clinic folder."""
    set_value(CLINIC_FOLDER_KEY, str(path))


def clinic_name() -> str:
    """The clinic's name, as printed on records (empty when not set)."""
    return str(QSettings().value(CLINIC_NAME_KEY, "", type=str))


def set_clinic_name(name: str) -> None:
    """Remember the clinic's name."""
    set_value(CLINIC_NAME_KEY, name.strip())


def identifier_system() -> str:
    """The URI of the clinic's patient identifiers, for FHIR exports ("" when not set)."""
    return str(QSettings().value(IDENTIFIER_SYSTEM_KEY, "", type=str))


def set_identifier_system(uri: str) -> None:
    """Remember the URI of the clinic's patient identifiers."""
    set_value(IDENTIFIER_SYSTEM_KEY, uri.strip())


def set_language(language: str | None) -> None:
    """Remember the language of the window (a code of ``i18n.LANGUAGES``; None: the
    system's). It is used from the next start."""
    set_value(LANGUAGE_KEY, language or "")


def prepare_folder(path: Path, *, create: bool, parents: bool = False) -> str | None:
    """Make sure ``path`` can serve as the clinic folder; why not (for the user), or None.

    Args:
        path: the folder chosen.
        create: create it when it is not there. Never for a folder that was chosen before
            and has gone missing: it may be a network drive that is not connected, and a new
            empty folder in its place would split the clinic's sessions in two.
        parents: create missing folders above it too (the default folder in Documents).
    """
    if not path.is_absolute():
        return translate("preferences", "Choose a full folder path.")
    if not path.is_dir():
        if path.exists():
            return translate("preferences", "\u201c{folder}\u201d is a file, not a folder.").format(
                folder=path
            )
        if not create:
            return translate(
                "preferences",
                "The folder \u201c{folder}\u201d is still not there. If it is on a network "
                "drive, connect the drive first; or choose another folder.",
            ).format(folder=path)
        if not parents and not path.parent.is_dir():
            return translate(
                "preferences",
                "The folder \u201c{folder}\u201d does not exist: choose a folder inside one that "
                "does.",
            ).format(folder=path.parent)
        try:
            path.mkdir(parents=parents, exist_ok=True)
        except OSError as exc:
            return translate(
                "preferences", "The folder \u201c{folder}\u201d could not be created ({reason})."
            ).format(folder=path, reason=exc.strerror or exc)
    if not os.access(path, os.W_OK | os.X_OK):
        return translate(
            "preferences",
            "bodymap may not save in \u201c{folder}\u201d: choose a folder you can write in.",
        ).format(folder=path)
    return None


class PreferencesDialog(QDialog):
    """Edit the clinic folder, the clinic's name and the language; OK stores them in the
    settings.

    A new clinic folder that does not exist yet is created (inside an existing folder); when
    that fails the dialog says why and stays open. A new language is used from the next start
    (the dialog says so).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("preferences", "Preferences"))
        self.folder_edit = QLineEdit(str(clinic_folder()))
        self.folder_edit.setAccessibleName(translate("preferences", "Clinic folder"))
        self.folder_edit.setMinimumWidth(360)
        self.choose_button = QPushButton(translate("preferences", "Choose\u2026"))
        self.choose_button.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        # Printed where a session names no clinic: the same rule as the session's clinic.
        self.name_edit = LineEditor(text_rule(Encounter, "clinic"))
        self.name_edit.setText(clinic_name())
        self.name_edit.setAccessibleName(translate("preferences", "Clinic name"))
        self.name_edit.setPlaceholderText(
            translate("preferences", "e.g. Pain clinic, City Hospital")
        )
        self.identifier_edit = LineEditor(SHORT_TEXT)
        self.identifier_edit.setText(identifier_system())
        self.identifier_edit.setAccessibleName(
            translate("preferences", "Patient identifier system (FHIR)")
        )
        self.identifier_edit.setPlaceholderText(
            translate("preferences", "e.g. urn:oid:1.2.3 (for FHIR exports; may stay empty)")
        )
        self.language = QComboBox()
        self.language.setAccessibleName(translate("preferences", "Language"))
        # Each language named in itself, as language lists do; the first follows the system.
        self.language.addItem(translate("preferences", "As the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language() or "")))
        self.language_note = QLabel(
            translate("preferences", "A new language is used from the next start of bodymap.")
        )
        self.language_note.setWordWrap(True)
        palette.restyle(self.language_note, palette.text_style("muted"))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        palette.restyle(self.problem, palette.text_style("error"))
        self.problem.hide()
        form = QFormLayout()
        folder_label = QLabel(translate("preferences", "Clinic &folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(translate("preferences", "Clinic &name:"), self.name_edit)
        form.addRow(translate("preferences", "Patient &identifiers:"), self.identifier_edit)
        form.addRow(translate("preferences", "&Language:"), self.language)
        form.addRow("", self.language_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @staticmethod
    def choose_folder(parent: QWidget, start: str) -> Path | None:
        """Ask for a folder (replaced in tests so that no modal dialog is shown)."""
        name = QFileDialog.getExistingDirectory(
            parent, translate("preferences", "Clinic folder"), start
        )
        return Path(name) if name else None

    def _choose(self) -> None:
        chosen = self.choose_folder(self, self.folder_edit.text())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def accept(self) -> None:
        """Store the settings and close (unless the folder cannot be used)."""
        text = self.folder_edit.text().strip()
        folder = Path(text).expanduser() if text else default_clinic_folder()
        if folder != configured_clinic_folder():  # a missing folder kept is asked about at start
            problem = prepare_folder(folder, create=True, parents=folder == default_clinic_folder())
            if problem is not None:
                self.problem.setText(problem)
                self.problem.show()
                return
        system = self.identifier_edit.text().strip()
        if system:
            from bodymap.export import identifier_system_problem  # with the dialog only

            problem = identifier_system_problem(system)
            if problem is not None:
                self.problem.setText(i18n.sentence(problem) + ".")
                self.problem.show()
                return
        set_clinic_folder(folder)
        set_clinic_name(self.name_edit.text())
        set_identifier_system(system)
        set_language(str(self.language.currentData()) or None)
        super().accept()
