"""PatientBrowser: find a patient in the clinic folder and act on one of their sessions.

It works from the first session saved: the clinic folder's index is refreshed in the
background each time the browser is shown (and after each save), with the first build's
progress shown here, so the window stays usable while a large folder is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
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
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.clinical import wording
from bodymap.clinical.agents import known_agent
from bodymap.history import PatientSummary, SessionSummary
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, date_text, translate
from bodymap.ui.history.text import counted, grouped
from bodymap.ui.plain_text import isolated, make_plain, plain_tooltip
from bodymap.ui.wording import muscle_text

if TYPE_CHECKING:
    from bodymap.ui.clinic_index import ClinicIndex

_PATIENT_ROLE = Qt.ItemDataRole.UserRole
_SESSION_ROLE = Qt.ItemDataRole.UserRole
LIST_LIMIT = 200
"""Patients listed at most; more matches say so ("type more of the name")."""
patients = Context("patients")


_TREATMENT_WORDS = {
    "injection": QT_TRANSLATE_NOOP("patients", "injection"),
    "dry needling": QT_TRANSLATE_NOOP("patients", "dry needling"),
}
"""The index's words for an injection without a named agent and for dry needling (kept in
English in the index) as the Treatments column shows them."""


def _muscle_text(muscles: Iterable[str]) -> str:
    return ", ".join(muscle_text(m) for m in muscles)


def _agents_text(agents: Iterable[str]) -> str:
    """The Treatments column: known agents by their name in the language, typed names as
    typed (isolated)."""
    words = []
    for agent in agents:
        if agent in _TREATMENT_WORDS:
            words.append(translate("patients", _TREATMENT_WORDS[agent]))
        elif agent == "saline" or known_agent(agent) is not None:
            words.append(wording.stored_name(agent))
        else:
            words.append(isolated(agent))
    return ", ".join(words)


def _date(summary: SessionSummary) -> str:
    if summary.date is not None:
        return date_text(summary.date)
    return translate("patients", "{date} (created)").format(date=date_text(summary.sort_date))


class PatientBrowser(QDialog):
    """Search patients by name or identifier and list their sessions, newest first.

    Modeless: the map stays usable, so earlier sessions can be overlaid while browsing.

    Signals:
        open_requested(Path): open this session file.
        new_from_requested(Path): start the patient's next visit from this session
            (``session_from_previous``: Start Next Visit).
        overlay_toggled(Path, bool): show (True) or hide this session on the map.
        setup_requested(): no clinic folder is set up; the user asked to choose one.
    """

    open_requested = Signal(object)
    new_from_requested = Signal(object)
    overlay_toggled = Signal(object, bool)
    setup_requested = Signal()

    def __init__(self, clinic: ClinicIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self._overlaid: set[Path] = set()
        self.setWindowTitle(translate("patients", "Patients"))
        self.resize(820, 520)

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("patients", "Search by name or identifier"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("patients", "Patient search"))
        self.search.textChanged.connect(self._search)

        self.patients = QListWidget()
        self.patients.setAccessibleName(translate("patients", "Patients"))
        self.patients.currentItemChanged.connect(self._show_sessions)

        self.sessions = QTreeWidget()
        self.sessions.setAccessibleName(translate("patients", "Sessions"))
        self.sessions.setHeaderLabels(
            [
                translate("patients", "On map"),
                translate("patients", "Date"),
                translate("patients", "Points"),
                translate("patients", "Muscles"),
                translate("patients", "Treatments"),
            ]
        )
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

        self.open_button = QPushButton(translate("patients", "&Open"))
        self.new_button = QPushButton(translate("patients", "Start &Next Visit"))
        self.new_button.setToolTip(
            translate(
                "patients",
                "A new session for this patient, with this visit's points offered on the map",
            )
        )
        self.overlay_button = QPushButton(translate("patients", "Overlay on &map"))
        self.rescan_button = QPushButton(translate("patients", "&Rescan folder"))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.new_button.clicked.connect(lambda: self._emit(self.new_from_requested))
        self.overlay_button.clicked.connect(self._toggle_overlay)
        self.rescan_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.open_button, self.new_button, self.overlay_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        self.setup_button = QPushButton(translate("patients", "&Set Up Clinic Folder…"))
        self.setup_button.clicked.connect(self.setup_requested)
        self.setup_button.hide()
        self.status = make_plain(QLabel())  # it names the folder
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("patients", "Reading the clinic folder"))
        self.progress.setTextVisible(False)
        self.progress.setMinimumWidth(220)
        self.progress.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.setup_button)
        bottom.addWidget(self.rescan_button)
        clinic.progress.connect(self._show_progress)
        clinic.indexed.connect(self._show_index)
        clinic.unavailable.connect(self._show_unavailable)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self._update_buttons()

    # --- index ------------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Rescan the clinic folder in the background (only new and changed files are read);
        the lists follow when it is done (``ClinicIndex.indexed``). False without a folder."""
        if not self.clinic.refresh():
            self._show_no_folder()
            return False
        self.setup_button.hide()
        if self.clinic.opened() is None:
            self.patients.clear()  # nothing from a folder shown before
            self.sessions.clear()
            self._update_buttons()
            self.status.setText(translate("patients", "Reading the clinic folder…"))
            self.progress.setRange(0, 0)  # busy until the folder has been listed
            self.progress.show()
        return True

    def _show_no_folder(self) -> None:
        self.progress.hide()
        self.patients.clear()
        self.sessions.clear()
        self.status.setText(
            translate(
                "patients",
                "No clinic folder is set up yet. Set Up Clinic Folder… chooses one (or creates "
                "one in your Documents); the sessions saved in it are found here.",
            )
        )
        self.status.setToolTip("")
        self.setup_button.show()
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        if self.clinic.opened() is not None and total < 2:
            return  # a session just saved: nothing to show
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(done < total)
        if done < total:
            text = translate("patients", "Reading the clinic folder: {done} of {total} files…")
            self.status.setText(text.format(done=grouped(done), total=grouped(total)))

    def _show_unavailable(self, reason: str) -> None:
        self.progress.hide()
        if self.clinic.opened() is None:
            self.status.setText(
                translate(
                    "patients",
                    "The clinic folder could not be indexed on this workstation (its cache "
                    "folder cannot be written). Rescan to try again.",
                )
            )

    def _show_index(self) -> None:
        """The index is up to date: counts, problems, and the search again."""
        index = self.clinic.opened()
        if index is None:
            return
        self.progress.hide()
        problems = index.problems()
        count = index.session_count()
        sessions = counted(patients.tr("%n sessions", None, count), count)
        text = translate("patients", "{sessions} in {folder}").format(
            sessions=sessions, folder=index.folder
        )
        if problems:
            files = counted(
                patients.tr("%n files could not be read", None, len(problems)), len(problems)
            )
            text = translate("patients", "{status} — {problems}").format(
                status=text, problems=files
            )
            names = "\n".join(f"{isolated(p.path.name)}: {p.message}" for p in problems[:30])
            self.status.setToolTip(plain_tooltip(names))
        else:
            self.status.setToolTip("")
        self.status.setText(text)
        self._search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        if self.clinic.opened() is not None:
            self._show_index()

    # --- patients and sessions --------------------------------------------------------------

    def _search(self) -> None:
        index = self.clinic.opened()
        current = self.selected_patient()
        self.patients.blockSignals(True)
        self.patients.clear()
        found = index.search_patients(self.search.text(), LIST_LIMIT + 1) if index else []
        for patient in found[:LIST_LIMIT]:
            label = isolated(patient.name) if patient.name else translate("patients", "(no name)")
            if patient.identifier:
                label += f" — {isolated(patient.identifier)}"
            count = counted(
                patients.tr("%n sessions", None, patient.session_count), patient.session_count
            )
            last = translate("patients", "{sessions}, last {date}").format(
                sessions=count, date=date_text(patient.last_date)
            )
            label += f"\n{last}"
            item = QListWidgetItem(label)
            item.setData(_PATIENT_ROLE, patient)
            self.patients.addItem(item)
            if current is not None and patient.key == current.key:
                self.patients.setCurrentItem(item)
        if len(found) > LIST_LIMIT:
            more = QListWidgetItem(
                translate("patients", "More than {limit} patients: type more of the name.").format(
                    limit=LIST_LIMIT
                )
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.patients.addItem(more)
        if self.patients.currentItem() is None and found:
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
        index = self.clinic.opened()
        self.sessions.blockSignals(True)
        self.sessions.clear()
        if patient is not None and index is not None:
            for summary in reversed(index.sessions_for(patient.key)):
                item = QTreeWidgetItem(
                    [
                        "",
                        _date(summary),
                        str(summary.point_count),
                        _muscle_text(summary.muscles),
                        _agents_text(summary.agents),
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
        self.overlay_button.setText(
            translate("patients", "Remove from &map")
            if shown
            else translate("patients", "Overlay on &map")
        )
