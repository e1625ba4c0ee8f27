"""ClinicIndex: the clinic folder's index of earlier visits, kept up to date off the GUI thread.

No widgets here: the history controller shows what this finds, and printing asks it which
points recur. The index is not opened at start-up. When a session of a named patient is
shown, the clinic folder is indexed in a background thread (the first build of a large folder
takes seconds); opening the patient browser or printing waits for that indexing instead of
starting another.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from bodymap import history
from bodymap.anatomy import Diagram
from bodymap.model import Session
from bodymap.ui import preferences

_log = logging.getLogger(__name__)


class ClinicIndex(QObject):
    """The index of the clinic folder set in the preferences, and the thread that refreshes it."""

    indexed = Signal()
    """The index is open and up to date (emitted in the GUI thread)."""
    unavailable = Signal(str)
    """The background indexing could not keep an index: why, for the status bar."""
    _thread_done = Signal()
    """From the indexing thread, when it has finished (its result is in ``_thread_ok``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index: history.ClinicIndex | None = None
        self._thread: threading.Thread | None = None
        self._thread_folder: Path | None = None
        self._thread_ok = False
        self._refresh_next: Session | None = None
        """Refresh once more for this session when the thread is done (opened meanwhile)."""
        self._history_key: str | None = None
        self._history: list[history.HistoricPoint] = []
        self._painted_key: tuple[str, str, object] | None = None
        self._painted: list[history.VisitArea] = []
        self._thread_done.connect(self._adopt_thread_result)

    def index(self) -> history.ClinicIndex:
        """The clinic folder's index, opened and refreshed on first use.

        Raises:
            history.HistoryUnavailable: the folder could not be indexed.
        """
        self._adopt_thread_result()
        if self._index is None:
            self._index = history.ClinicIndex(preferences.clinic_folder())
            self._index.refresh()
        return self._index

    def refresh_in_background(self, session: Session, *, refresh: bool = False) -> None:
        """Bring the index up to date in a thread, for the patient of ``session``.

        Only when it is not open yet, or with ``refresh`` (a session was opened: visits saved
        since the index was read must count). Never for a session that names no patient.
        While the thread runs, :meth:`earlier_points` finds nothing (asking would wait for
        the thread's write); ``indexed`` is emitted when it is done.
        """
        if self._thread is not None:
            if refresh:
                self._refresh_next = session
            return
        if self._index is not None and not refresh:
            return
        if history.patient_key(session.patient) is None:
            return
        folder = preferences.clinic_folder()
        if not folder.is_dir():
            return
        self._thread = threading.Thread(
            target=self._refresh_in_thread, args=(folder,), name="clinic-index", daemon=True
        )
        self._thread_folder = folder
        self._thread.start()

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
        self._thread_ok = ok  # read only after join()
        with contextlib.suppress(RuntimeError):  # the window closed while indexing
            self._thread_done.emit()

    def _adopt_thread_result(self) -> None:
        """Wait for the background indexing, if any, and open the index it refreshed.

        If the thread could not keep the cache database, nothing is opened: the next use
        (the patient browser, printing) indexes in the foreground and reports any problem.
        """
        if self._thread is None:
            return
        self._thread.join()
        self._thread = None
        if self._thread_folder != preferences.clinic_folder():
            return  # the folder changed while the thread worked on the old one
        if not self._thread_ok:
            self.unavailable.emit(
                "Earlier visits are not shown beside the points: the clinic folder could not "
                "be indexed here (Patients and printing still look them up)."
            )
            return
        if self._index is None:
            self._index = history.ClinicIndex(self._thread_folder)
        self._history_key = None
        self._painted_key = None
        self.indexed.emit()
        if self._refresh_next is not None:
            session, self._refresh_next = self._refresh_next, None
            self.refresh_in_background(session, refresh=True)

    def recurrences(self, session: Session) -> dict[str, history.Recurrence]:
        """How the points of ``session`` recur, from an index brought up to date now.

        Raises:
            history.HistoryUnavailable: the clinic index could not be used.
        """
        if history.patient_key(session.patient) is None:
            return {}
        if not preferences.clinic_folder().is_dir():
            return {}
        self._adopt_thread_result()
        if self._index is None:
            self._index = history.ClinicIndex(preferences.clinic_folder())
        self._history_key = None
        self._painted_key = None
        return history.refreshed_recurrences(self._index, session)

    def earlier_points(self, session: Session) -> list[history.HistoricPoint]:
        """The points of the patient's earlier visits, as far as the open index knows them.

        Empty while the index is not open or is being refreshed.
        """
        key = history.patient_key(session.patient)
        if not key or self._index is None or self._thread is not None:
            return []
        if key != self._history_key:
            self._history_key = key
            self._history = self._index.point_history(key)
        return history.earlier_points(self._history, session)

    def painted_areas(self, session: Session, diagram: Diagram) -> list[history.VisitArea]:
        """The painted area of the patient's earlier visits, as far as the open index knows
        them (oldest first); remembered per patient until the index is refreshed.

        Empty while the index is not open or is being refreshed.
        """
        key = history.patient_key(session.patient)
        if not key or self._index is None or self._thread is not None:
            return []
        remembered = (key, session.id, history.keys.sort_date(session))
        if remembered != self._painted_key:
            try:
                self._painted = history.earlier_painted_areas(self._index, session, diagram)
            except history.HistoryUnavailable:
                self._painted = []
            self._painted_key = remembered
        return list(self._painted)

    def forget_patient(self) -> None:
        """The patient's details changed: read their earlier visits afresh next time."""
        self._history_key = None
        self._painted_key = None

    def close_for_new_folder(self) -> None:
        """The clinic folder changed: close the index of the old one.

        An indexing thread still at work on the old folder is left to finish; its result is
        not used.
        """
        if self._index is not None:
            self._index.close()
            self._index = None
        self._history_key = None
