"""PatientBrowser: find a patient in the clinic folder and act on one of their sessions."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.history import PatientSummary, RefreshReport, SessionSummary
from bodymap.ui.plain_text import isolated, make_plain, plain_tooltip
from bodymap.ui.wording import muscle_text

if TYPE_CHECKING:
    from bodymap.history import ClinicIndex

_PATIENT_ROLE = Qt.ItemDataRole.UserRole
_SESSION_ROLE = Qt.ItemDataRole.UserRole


def _muscle_text(muscles: Iterable[str]) -> str:
    return ", ".join(muscle_text(m) for m in muscles)


class PatientBrowser(QDialog):
    """Search patients by name or identifier and list their sessions, newest first.

    Modeless: the map stays usable, so earlier sessions can be overlaid while browsing.

    Signals:
        open_requested(Path): open this session file.
        new_from_requested(Path): start a new session from this one (``session_from_previous``).
        overlay_toggled(Path, bool): show (True) or hide this session on the map.
    """

    open_requested = Signal(object)
    new_from_requested = Signal(object)
    overlay_toggled = Signal(object, bool)

    def __init__(self, index: ClinicIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self._refreshed = False
        self._overlaid: set[Path] = set()
        self.setWindowTitle("Patients")
        self.resize(820, 520)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name or identifier")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Patient search")
        self.search.textChanged.connect(self._search)

        self.patients = QListWidget()
        self.patients.setAccessibleName("Patients")
        self.patients.currentItemChanged.connect(self._show_sessions)

        self.sessions = QTreeWidget()
        self.sessions.setAccessibleName("Sessions")
        self.sessions.setHeaderLabels(["On map", "Date", "Points", "Muscles", "Treatments"])
        self.sessions.setRootIsDecorated(False)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.sessions.header()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.sessions.itemDoubleClicked.connect(lambda *_: self._emit(self.open_requested))
        self.sessions.itemChanged.connect(self._on_check)
        self.sessions.currentItemChanged.connect(lambda *_: self._update_buttons())

        patients_box = QWidget()
        left = QVBoxLayout(patients_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        left.addWidget(self.patients)
        splitter = QSplitter()
        splitter.addWidget(patients_box)
        splitter.addWidget(self.sessions)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 520])

        self.open_button = QPushButton("&Open")
        self.new_button = QPushButton("&New session from this one")
        self.overlay_button = QPushButton("Overlay on &map")
        self.rescan_button = QPushButton("&Rescan folder")
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.new_button.clicked.connect(lambda: self._emit(self.new_from_requested))
        self.overlay_button.clicked.connect(self._toggle_overlay)
        self.rescan_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.open_button, self.new_button, self.overlay_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        self.status = make_plain(QLabel())  # it names the folder
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.rescan_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self._update_buttons()

    # --- index ------------------------------------------------------------------------------

    def refresh(self) -> RefreshReport:
        """Rescan the clinic folder (only new and changed files are read) and search again."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self.index.refresh()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._refreshed = True
        problems = self.index.problems()
        text = f"{self.index.session_count():,} sessions in {self.index.folder}"
        if problems:
            text += f" — {len(problems)} file(s) could not be read"
            names = "\n".join(f"{isolated(p.path.name)}: {p.message}" for p in problems[:30])
            self.status.setToolTip(plain_tooltip(names))
        else:
            self.status.setToolTip("")
        self.status.setText(text)
        self._search()
        return report

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._refreshed:
            self.refresh()

    # --- patients and sessions --------------------------------------------------------------

    def _search(self) -> None:
        current = self.selected_patient()
        self.patients.blockSignals(True)
        self.patients.clear()
        for patient in self.index.search_patients(self.search.text()):
            label = isolated(patient.name) if patient.name else "(no name)"
            if patient.identifier:
                label += f" — {isolated(patient.identifier)}"
            visits = "1 visit" if patient.session_count == 1 else f"{patient.session_count} visits"
            label += f"\n{visits}, last {patient.last_date}"
            item = QListWidgetItem(label)
            item.setData(_PATIENT_ROLE, patient)
            self.patients.addItem(item)
            if current is not None and patient.key == current.key:
                self.patients.setCurrentItem(item)
        if self.patients.currentItem() is None and self.patients.count():
            self.patients.setCurrentRow(0)
        self.patients.blockSignals(False)
        self._show_sessions()

    def selected_patient(self) -> PatientSummary | None:
        """The patient whose sessions are listed."""
        item = self.patients.currentItem()
        value = item.data(_PATIENT_ROLE) if item is not None else None
        return value if isinstance(value, PatientSummary) else None

    def select_patient(self, key: str) -> bool:
        """Make the patient with this key current; False if not in the list."""
        for row in range(self.patients.count()):
            patient = self.patients.item(row).data(_PATIENT_ROLE)
            if isinstance(patient, PatientSummary) and patient.key == key:
                self.patients.setCurrentRow(row)
                return True
        return False

    def _show_sessions(self, *_: object) -> None:
        patient = self.selected_patient()
        self.sessions.blockSignals(True)
        self.sessions.clear()
        if patient is not None:
            for summary in reversed(self.index.sessions_for(patient.key)):
                item = QTreeWidgetItem(
                    [
                        "",
                        str(summary.date or f"{summary.sort_date} (created)"),
                        str(summary.point_count),
                        _muscle_text(summary.muscles),
                        ", ".join(summary.agents),
                    ]
                )
                item.setData(0, _SESSION_ROLE, summary)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                shown = summary.path in self._overlaid
                item.setCheckState(0, Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
                item.setToolTip(3, _muscle_text(summary.muscles))
                item.setToolTip(1, plain_tooltip(str(summary.path)))
                self.sessions.addTopLevelItem(item)
            first = self.sessions.topLevelItem(0)
            if first is not None:
                self.sessions.setCurrentItem(first)
        self.sessions.blockSignals(False)
        self._update_buttons()

    def session_summaries(self) -> list[SessionSummary]:
        """The sessions listed, newest first."""
        found = (item.data(0, _SESSION_ROLE) for item in self._session_items())
        return [value for value in found if isinstance(value, SessionSummary)]

    def _session_items(self) -> list[QTreeWidgetItem]:
        items = (
            self.sessions.topLevelItem(row) for row in range(self.sessions.topLevelItemCount())
        )
        return [item for item in items if item is not None]

    def selected_session(self) -> SessionSummary | None:
        """The session the buttons act on."""
        item = self.sessions.currentItem()
        value = item.data(0, _SESSION_ROLE) if item is not None else None
        return value if isinstance(value, SessionSummary) else None

    # --- overlays ---------------------------------------------------------------------------

    def set_overlaid(self, paths: Iterable[Path]) -> None:
        """Tick the sessions that are shown on the map (the window keeps this in step)."""
        self._overlaid = set(paths)
        self.sessions.blockSignals(True)
        for item in self._session_items():
            summary = item.data(0, _SESSION_ROLE)
            shown = isinstance(summary, SessionSummary) and summary.path in self._overlaid
            item.setCheckState(0, Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        self.sessions.blockSignals(False)
        self._update_buttons()

    def _on_check(self, item: QTreeWidgetItem, column: int) -> None:
        summary = item.data(0, _SESSION_ROLE)
        if column != 0 or not isinstance(summary, SessionSummary):
            return
        shown = item.checkState(0) == Qt.CheckState.Checked
        if shown == (summary.path in self._overlaid):
            return
        if shown:
            self._overlaid.add(summary.path)
        else:
            self._overlaid.discard(summary.path)
        self._update_buttons()
        self.overlay_toggled.emit(summary.path, shown)

    def _toggle_overlay(self) -> None:
        item = self.sessions.currentItem()
        if item is not None:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    # --- buttons ----------------------------------------------------------------------------

    def _emit(self, signal: SignalInstance) -> None:
        summary = self.selected_session()
        if summary is not None:
            signal.emit(summary.path)
            self.accept()

    def _update_buttons(self) -> None:
        summary = self.selected_session()
        for button in (self.open_button, self.new_button, self.overlay_button):
            button.setEnabled(summary is not None)
        shown = summary is not None and summary.path in self._overlaid
        self.overlay_button.setText("Remove from &map" if shown else "Overlay on &map")
