"""The window's seams towards the user: modal questions (:class:`Dialogs`) and the status bar.

Controllers are handed these instead of the window, so that tests answer the questions without
showing a dialog and read the messages without a status bar.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from bodymap.ui.signing_forms import AmendForm, AmendRequest, SignForm, SignRequest

FILE_FILTER = "bodymap sessions (*.bodymap.json);;JSON files (*.json);;All files (*)"

MAX_LISTED = 8
"""Problems listed in the question before Save, Print or Export; more are counted, so the
buttons stay on screen."""

StatusSink = Callable[[str, int], None]
"""Shows a one-line message for some milliseconds (``QStatusBar.showMessage``)."""


class Unsaved(enum.Enum):
    """Answer to "save your changes?"."""

    SAVE = enum.auto()
    DISCARD = enum.auto()
    CANCEL = enum.auto()


class Dialogs:
    """Modal questions, in one place so tests can answer them without showing a window."""

    @staticmethod
    def open_path(parent: QWidget, folder: str) -> Path | None:
        """Ask for a session file to open."""
        name, _ = QFileDialog.getOpenFileName(parent, "Open session", folder, FILE_FILTER)
        return Path(name) if name else None

    @staticmethod
    def save_path(parent: QWidget, suggestion: str) -> Path | None:
        """Ask where to save."""
        name, _ = QFileDialog.getSaveFileName(parent, "Save session", suggestion, FILE_FILTER)
        return Path(name) if name else None

    @staticmethod
    def unsaved(parent: QWidget, name: str) -> Unsaved:
        """Ask whether to save changes before they would be lost."""
        answer = QMessageBox.warning(
            parent,
            "Unsaved changes",
            f"“{name}” has changes that are not saved.\n\nSave them before continuing?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return Unsaved.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Unsaved.DISCARD
        return Unsaved.CANCEL

    @staticmethod
    def error(parent: QWidget, title: str, text: str) -> None:
        """Tell the user something failed and why (plain text: file names are not markup)."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    @staticmethod
    def inform(parent: QWidget, title: str, text: str) -> None:
        """Tell the user something that was done (plain text)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    @staticmethod
    def sign(parent: QWidget, form: SignForm) -> SignRequest | None:
        """File → Sign…: who signs, the meaning, warnings confirmed, the passphrase."""
        from bodymap.ui.sign_dialog import SignDialog

        return SignDialog.ask(parent, form)

    @staticmethod
    def amend(parent: QWidget, form: AmendForm) -> AmendRequest | None:
        """File → Amend…: author, reason, text, a correction, the passphrase."""
        from bodymap.ui.amend_dialog import AmendDialog

        return AmendDialog.ask(parent, form)

    @staticmethod
    def properties(parent: QWidget, text: str) -> None:
        """File → Properties: show ``text`` (plain, selectable, copyable)."""
        from bodymap.ui.properties import PropertiesDialog

        PropertiesDialog(text, parent).exec()

    @staticmethod
    def confirm_warnings(parent: QWidget, action: str, problems: Sequence[str]) -> bool:
        """List the warning-level problems and ask once: "Go back" (False, the default) or
        "<action> anyway" (True), e.g. "Save anyway". Plain text: problems quote typed text."""
        count = f"{len(problems)} warning{'s' * (len(problems) != 1)}"
        listed = [f"\u2022 {p}" for p in problems[:MAX_LISTED]]
        if len(problems) > MAX_LISTED:
            listed.append(f"… and {len(problems) - MAX_LISTED} more (see the Procedure tab).")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Check before continuing",
            f"This session has {count} to confirm:\n\n"
            + "\n\n".join(listed)
            + f"\n\n{action.capitalize()} anyway, or go back and correct them?",
            parent=parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        back = box.addButton("Go back", QMessageBox.ButtonRole.RejectRole)
        anyway = box.addButton(f"{action.capitalize()} anyway", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is anyway

    @staticmethod
    def open_read_only(parent: QWidget, name: str, owner: str) -> bool:
        """The file is locked by someone else: open it read-only?"""
        answer = QMessageBox.question(
            parent,
            "Session in use",
            f"“{name}” is open elsewhere.\n{owner}\n\nOpen a read-only copy?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    @staticmethod
    def overwrite_changed(parent: QWidget, name: str) -> bool:
        """The file changed on disk since it was opened: overwrite it anyway?"""
        answer = QMessageBox.warning(
            parent,
            "File changed on disk",
            f"“{name}” was changed by another program or user since you opened it.\n\n"
            "Overwrite those changes with yours? (Choose Cancel and then Save As to keep both.)",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    @staticmethod
    def restore(parent: QWidget, description: str) -> bool:
        """Offer unsaved work found after bodymap did not close properly."""
        answer = QMessageBox.question(
            parent,
            "Restore unsaved work?",
            "bodymap did not close properly last time.\n\n"
            f"Unsaved changes to {description} were kept. Restore them?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def pdf_path(parent: QWidget, suggestion: str) -> Path | None:
        """Ask where to write the record as PDF; adds the .pdf extension when missing."""
        name, _ = QFileDialog.getSaveFileName(parent, "Export PDF", suggestion, "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @staticmethod
    def export_path(parent: QWidget, title: str, suggestion: str, pattern: str) -> Path | None:
        """Ask where to write an export; the suffix of ``suggestion`` is added when missing."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, pattern)
        if not name:
            return None
        path = Path(name)
        suffix = Path(suggestion).suffix
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
