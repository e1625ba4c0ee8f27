"""HistoryController: the patient browser, previous-visit overlays and per-point recurrence."""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QVBoxLayout, QWidget

from bodymap import history, storage
from bodymap.model import Session, TriggerPoint
from bodymap.ui import preferences
from bodymap.ui.commands import AddPointCommand
from bodymap.ui.history import PainChart, PatientBrowser, PreviousVisitOverlays

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

_log = logging.getLogger(__name__)


class HistoryController(QObject):
    """Earlier visits of the current patient: browse, overlay, accept, recurrence.

    The clinic index is not opened at start-up. When a session of a named patient is shown,
    the clinic folder is indexed in a background thread (the first build of a large folder
    takes seconds); the details panel then shows whether the selected point recurs. Opening
    the patient browser or printing waits for that indexing instead of starting another.
    """

    indexed = Signal()
    """The clinic index is open and up to date (emitted in the GUI thread)."""
    _indexing_done = Signal()
    """From the indexing thread, when it has finished (its result is in ``_indexed_ok``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._doc = window.doc
        self._index: history.ClinicIndex | None = None
        self._indexer: threading.Thread | None = None
        self._indexed_folder: Path | None = None
        self._indexed_ok = False
        self._refresh_again = False
        self._shown_point: str | None = None
        self._indexing_done.connect(self._open_indexed)
        self._browser: PatientBrowser | None = None
        self._history_key: str | None = None
        self._history: list[history.HistoricPoint] = []
        self.overlays = PreviousVisitOverlays(window.scene, self)
        self.overlays.accept_requested.connect(self.accept_point)

        self.visits = QWidget()
        layout = QVBoxLayout(self.visits)
        layout.setContentsMargins(0, 6, 0, 0)
        self.recurrence_label = QLabel()
        self.recurrence_label.setWordWrap(True)
        self.pain_chart = PainChart()
        layout.addWidget(self.recurrence_label)
        layout.addWidget(self.pain_chart)
        self.visits.hide()

        doc = self._doc
        for signal in (doc.point_added, doc.point_removed, doc.point_changed):
            signal.connect(self._sync)
        doc.session_reset.connect(self._on_reset)
        doc.details_changed.connect(self._on_details)

    # --- menus -----------------------------------------------------------------------------

    def populate_menu(self, menu: QMenu) -> None:
        """Add Patients…, Accept Previous Points and Preferences to ``menu``."""
        patients = QAction("&Patients and Earlier Visits…", self._window)
        patients.setShortcut("Ctrl+Shift+P")
        patients.triggered.connect(self.show_browser)
        menu.addAction(patients)
        self.accept_all_action = QAction("Accept All &Previous-Visit Points", self._window)
        self.accept_all_action.triggered.connect(self.accept_all)
        menu.addAction(self.accept_all_action)
        prefs = QAction("Pr&eferences…", self._window)
        prefs.triggered.connect(self.show_preferences)
        menu.addAction(prefs)

    # --- index -----------------------------------------------------------------------------

    def index(self) -> history.ClinicIndex:
        """The clinic folder's index, opened and refreshed on first use."""
        self._open_indexed()
        if self._index is None:
            self._index = history.ClinicIndex(preferences.clinic_folder())
            self._index.refresh()
        return self._index

    def index_in_background(self, *, refresh: bool = False) -> None:
        """Bring the clinic index up to date in a thread.

        Only when it is not open yet, or with ``refresh`` (a session was opened: visits saved
        since the index was read must count). Never for a session that names no patient.
        While the thread runs, the details panel does not query the index (it would wait for
        the thread's write); it catches up when ``indexed`` is emitted.
        """
        if self._indexer is not None:
            self._refresh_again = self._refresh_again or refresh
            return
        if self._index is not None and not refresh:
            return
        if history.patient_key(self._doc.session.patient) is None:
            return
        folder = preferences.clinic_folder()
        if not folder.is_dir():
            return
        self._indexer = threading.Thread(
            target=self._refresh_in_thread, args=(folder,), name="clinic-index", daemon=True
        )
        self._indexed_folder = folder
        self._indexer.start()

    def _refresh_in_thread(self, folder: Path) -> None:
        # A connection of its own: SQLite connections stay in the thread that made them.
        # Daemon thread: quitting mid-refresh leaves a cache SQLite rolls back when reopened.
        ok = False
        try:
            with history.ClinicIndex(folder) as index:
                index.refresh()
                ok = not index.in_memory
        except Exception:  # a cache: the next foreground use rebuilds it and reports problems
            _log.warning("indexing the clinic folder in the background failed", exc_info=True)
        self._indexed_ok = ok  # read only after join()
        with contextlib.suppress(RuntimeError):  # the window closed while indexing
            self._indexing_done.emit()

    def _open_indexed(self) -> None:
        """Wait for the background indexing, if any, and open the index it refreshed.

        If the thread could not refresh the cache database, nothing is opened: the next use
        (the patient browser, printing) indexes in the foreground and reports any problem.
        """
        if self._indexer is None:
            return
        self._indexer.join()
        self._indexer = None
        if self._indexed_folder != preferences.clinic_folder():
            return
        if not self._indexed_ok:
            self._window.statusBar().showMessage(
                "Earlier visits are not shown beside the points: the clinic folder could not "
                "be indexed here (Patients and printing still look them up).",
                15000,
            )
            return
        if self._index is None:
            self._index = history.ClinicIndex(self._indexed_folder)
        self._history_key = None
        self.show_point(self._shown_point)
        self.indexed.emit()
        if self._refresh_again:
            self._refresh_again = False
            self.index_in_background(refresh=True)

    def session_recurrences(self) -> dict[str, history.Recurrence]:
        """How the current session's points recur, from an index brought up to date now.

        Raises:
            history.HistoryUnavailable: the clinic index could not be used.
        """
        if history.patient_key(self._doc.session.patient) is None:
            return {}
        if not preferences.clinic_folder().is_dir():
            return {}
        self._open_indexed()
        if self._index is None:
            self._index = history.ClinicIndex(preferences.clinic_folder())
        self._history_key = None
        return history.refreshed_recurrences(self._index, self._doc.session)

    def show_browser(self) -> PatientBrowser:
        """Show the patient browser (modeless: the map stays usable)."""
        if self._browser is None:
            self._browser = PatientBrowser(self.index(), self._window)
            self._browser.open_requested.connect(self._open)
            self._browser.new_from_requested.connect(self.new_from)
            self._browser.overlay_toggled.connect(self._overlay)
            self.overlays.changed.connect(self._overlays_changed)
        self._browser.show()
        self._browser.raise_()
        return self._browser

    def _overlays_changed(self) -> None:
        if self._browser is not None:
            self._browser.set_overlaid(self.overlays.shown_paths())

    def show_preferences(self) -> None:
        """Edit the clinic folder and name; a new folder is indexed afresh."""
        before = preferences.clinic_folder()
        if preferences.PreferencesDialog(self._window).exec() != QDialog.DialogCode.Accepted:
            return
        # An indexing thread still at work on the old folder is left to finish; its result
        # is not used (see _open_indexed).
        if preferences.clinic_folder() != before and self._index is not None:
            self._index.close()
            self._index = None
            if self._browser is not None:
                self._browser.close()
                self._browser = None
            self._history_key = None

    # --- actions ---------------------------------------------------------------------------

    def _load(self, path: Path) -> Session | None:
        try:
            return storage.load_session(path)
        except storage.SessionFileError as exc:
            self._window.files.dialogs.error(self._window, "Cannot open session", str(exc))
            return None

    def _open(self, path: Path) -> None:
        self._window.files.open_path(path)

    def _overlay(self, path: Path, shown: bool) -> None:
        if not shown:
            self.overlays.hide_path(path)
            return
        previous = self._load(path)
        if previous is not None:
            self.overlays.show_session(previous, path, self._doc.session)

    def new_from(self, path: Path) -> bool:
        """Start a new session for the patient of ``path``, its points offered to accept."""
        if not self._window.files.confirm_discard():
            return False
        previous = self._load(path)
        if previous is None:
            return False
        self._doc.read_only = False
        self._doc.reset(history.session_from_previous(previous))
        self.overlays.show_session(previous, path, self._doc.session)
        return True

    def accept_point(self, previous: TriggerPoint) -> None:
        """Copy one previous-visit point into the current session (undoable)."""
        if self._doc.read_only:
            return
        point = history.point_from_previous(previous, self._doc.session.next_number())
        self._doc.undo_stack.push(AddPointCommand(self._doc, point))

    def accept_all(self) -> None:
        """Copy every previous-visit point still offered, as one undo step."""
        pending = self.overlays.pending_points()
        if not pending or self._doc.read_only:
            return
        stack = self._doc.undo_stack
        stack.beginMacro(f"Accept {len(pending)} previous points")
        for previous in pending:
            self.accept_point(previous)
        stack.endMacro()

    # --- recurrence of the selected point ------------------------------------------------------

    def _earlier(self) -> list[history.HistoricPoint]:
        session = self._doc.session
        key = history.patient_key(session.patient)
        if not key or self._index is None or self._indexer is not None:
            return []
        if key != self._history_key:
            self._history_key = key
            self._history = self._index.point_history(key)
        return history.earlier_points(self._history, session)

    def show_point(self, point_id: str | None) -> None:
        """Show whether the selected point recurs, and its pain scores over visits."""
        self._shown_point = point_id
        earlier = self._earlier()
        point = None
        if point_id is not None:
            try:
                point = self._doc.point(point_id)
            except KeyError:
                point = None
        if point is None or not earlier:
            self.visits.hide()
            return
        found = history.recurrence(point, earlier)
        self.recurrence_label.setText(found.text if found else "First visit for this point.")
        self.pain_chart.show_point(point, earlier, self._doc.session.encounter.date)
        self.visits.show()

    def _sync(self, *_: object) -> None:
        self.overlays.sync(self._doc.session)

    def _on_reset(self) -> None:
        self._history_key = None
        self.overlays.clear()
        self.index_in_background(refresh=True)

    def _on_details(self) -> None:
        self._history_key = None
        self.index_in_background()
