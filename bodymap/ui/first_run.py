"""First start: choose the clinic folder, create it, remember it; ask again only if it is gone.

bodymap keeps every session as a file in one clinic folder (one folder per patient), which the
patient browser indexes. On the first start of a workstation the user is offered the default,
"bodymap sessions" in their documents, or a folder the clinic already uses (a network share),
in one dialog. Nothing is created until the user confirms. The choice is kept in the settings
(QSettings) and not asked again, unless the folder has disappeared: then the dialog says so
and offers to check again (a network drive connected meanwhile) or to choose another folder.
The question goes through the window's dialogs seam (``Dialogs.clinic_folder``), so tests and
``--smoke`` runs never show it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui import palette, preferences

AskFolder = Callable[[QWidget, Path, Path | None, str], Path | None]
"""``Dialogs.clinic_folder``: (parent, default folder, the chosen folder that is missing or
None on first start, why the last answer could not be used) -> the folder, or None."""

_INTRO = QT_TRANSLATE_NOOP(
    "first_run",
    "bodymap saves each session as a file in a clinic folder, one folder per patient. "
    "The Patients window finds earlier visits there.\n\n"
    "Use a new folder in your documents, or a folder the clinic already uses (for example "
    "on a network drive shared by several workstations).",
)


def check_clinic_folder(parent: QWidget, ask: AskFolder) -> Path | None:
    """The clinic folder, asked for when none was chosen yet or the chosen one is missing.

    Returns the folder in use, or None when the user chose "Not Now" (asked again at the
    next start; sessions are then proposed in the documents folder).
    """
    configured = preferences.configured_clinic_folder()
    if configured is not None and configured.is_dir():
        return configured
    default = preferences.default_clinic_folder()
    problem = ""
    while True:
        chosen = ask(parent, default, configured, problem)
        if chosen is None:
            return None
        trouble = preferences.prepare_folder(
            chosen, create=chosen != configured, parents=chosen == default
        )
        if trouble is None:
            preferences.set_clinic_folder(chosen)
            return chosen
        problem = trouble


class ClinicFolderDialog(QDialog):
    """Where the clinic's sessions go: the default folder, a folder the clinic already uses,
    or (when the chosen one is missing) the same folder checked again."""

    def __init__(
        self,
        default: Path,
        missing: Path | None = None,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("first_run", "Clinic folder"))
        self.default = default
        self.missing = missing
        intro = QLabel(
            translate("first_run", _INTRO)
            if missing is None
            else translate(
                "first_run",
                "The clinic folder \u201c{folder}\u201d cannot be found. If it is on a network "
                "drive, connect the drive and check again; or choose another folder.",
            ).format(folder=missing)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.again = (
            QRadioButton(translate("first_run", "Check again: {folder}").format(folder=missing))
            if missing is not None
            else None
        )
        self.use_default = QRadioButton(
            translate("first_run", "A new folder in my documents: {folder}").format(folder=default)
        )
        self.use_other = QRadioButton(translate("first_run", "A folder the clinic already uses:"))
        self.other_edit = QLineEdit()
        self.other_edit.setAccessibleName(translate("first_run", "Clinic folder"))
        self.other_edit.setPlaceholderText(
            translate("first_run", "e.g. a folder on the clinic's network drive")
        )
        self.other_edit.setMinimumWidth(380)
        self.other_edit.textEdited.connect(lambda _text: self.use_other.setChecked(True))
        self.choose_button = QPushButton(translate("first_run", "Choose\u2026"))
        self.choose_button.clicked.connect(self._choose)
        group = QButtonGroup(self)
        other_row = QHBoxLayout()
        other_row.setContentsMargins(24, 0, 0, 0)
        other_row.addWidget(self.other_edit, 1)
        other_row.addWidget(self.choose_button)
        self.problem = QLabel(problem)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        palette.restyle(self.problem, palette.text_style("error"))
        self.problem.setVisible(bool(problem))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            translate("first_run", "Use This Folder"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(translate("first_run", "Not Now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.again, self.use_default, self.use_other):
            if button is not None:
                group.addButton(button)
                layout.addWidget(button)
        layout.addLayout(other_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.again or self.use_default).setChecked(True)

    @staticmethod
    def choose_folder(parent: QWidget, start: str) -> Path | None:
        """Ask for an existing folder (replaced in tests so that no modal dialog is shown)."""
        name = QFileDialog.getExistingDirectory(
            parent, translate("first_run", "Clinic folder"), start
        )
        return Path(name) if name else None

    def _choose(self) -> None:
        chosen = self.choose_folder(self, self.other_edit.text() or str(Path.home()))
        if chosen is not None:
            self.other_edit.setText(str(chosen))
            self.use_other.setChecked(True)

    def chosen(self) -> Path | None:
        """The folder the dialog's choice names (None: "another folder" with none typed)."""
        if self.again is not None and self.again.isChecked():
            return self.missing
        if self.use_default.isChecked():
            return self.default
        text = self.other_edit.text().strip()
        return Path(text).expanduser() if text else None

    def accept(self) -> None:
        """Close with a folder chosen; with none typed, say so and stay open."""
        if self.chosen() is None:
            self.problem.setText(
                translate("first_run", "Type or choose the clinic's folder, or use the default.")
            )
            self.problem.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget, default: Path, missing: Path | None, problem: str) -> Path | None:
        """Show the dialog; the folder chosen, or None for "Not Now"."""
        dialog = cls(default, missing, problem, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
