"""The window's seams towards the user: modal questions (:class:`Dialogs`) and the status bar.

Controllers are handed these instead of the window, so that tests answer the questions without
showing a dialog and read the messages without a status bar.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILE_FILTER = "bodymap sessions (*.bodymap.json);;JSON files (*.json);;All files (*)"

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
    def clinic_folder(
        parent: QWidget, default: Path, missing: Path | None, problem: str
    ) -> Path | None:
        """Ask where the clinic's sessions are kept (first start, or the folder is missing).

        Args:
            default: the folder offered first ("bodymap sessions" in the documents).
            missing: the folder chosen before that cannot be found now; None on first start.
            problem: why the previous answer could not be used (empty at first).

        Returns:
            The folder chosen (created or checked by the caller), or None for "not now".
        """
        from bodymap.ui.first_run import ClinicFolderDialog

        return ClinicFolderDialog.ask(parent, default, missing, problem)

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
