"""Preferences: the clinic folder and the clinic's name, kept in QSettings, and their dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
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

from bodymap.history import default_clinic_folder

CLINIC_FOLDER_KEY = "clinic_folder"
CLINIC_NAME_KEY = "clinic_name"


def clinic_folder() -> Path:
    """The folder of the clinic's session files (default: "bodymap sessions" in Documents)."""
    value = QSettings().value(CLINIC_FOLDER_KEY, "", type=str)
    return Path(str(value)) if value else default_clinic_folder()


def set_clinic_folder(path: Path) -> None:
    """Remember the clinic folder."""
    QSettings().setValue(CLINIC_FOLDER_KEY, str(path))


def clinic_name() -> str:
    """The clinic's name, as printed on records (empty when not set)."""
    return str(QSettings().value(CLINIC_NAME_KEY, "", type=str))


def set_clinic_name(name: str) -> None:
    """Remember the clinic's name."""
    QSettings().setValue(CLINIC_NAME_KEY, name.strip())


class PreferencesDialog(QDialog):
    """Edit the clinic folder and the clinic's name; OK stores them in the settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.folder_edit = QLineEdit(str(clinic_folder()))
        self.folder_edit.setAccessibleName("Clinic folder")
        self.folder_edit.setMinimumWidth(360)
        self.choose_button = QPushButton("Choose…")
        self.choose_button.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.name_edit = QLineEdit(clinic_name())
        self.name_edit.setAccessibleName("Clinic name")
        self.name_edit.setPlaceholderText("e.g. Pain clinic, City Hospital")
        form = QFormLayout()
        folder_label = QLabel("Clinic &folder:")
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("Clinic &name:", self.name_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @staticmethod
    def choose_folder(parent: QWidget, start: str) -> Path | None:
        """Ask for a folder (replaced in tests so that no modal dialog is shown)."""
        name = QFileDialog.getExistingDirectory(parent, "Clinic folder", start)
        return Path(name) if name else None

    def _choose(self) -> None:
        chosen = self.choose_folder(self, self.folder_edit.text())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def accept(self) -> None:
        """Store the settings and close."""
        folder = self.folder_edit.text().strip()
        set_clinic_folder(Path(folder) if folder else default_clinic_folder())
        set_clinic_name(self.name_edit.text())
        super().accept()
