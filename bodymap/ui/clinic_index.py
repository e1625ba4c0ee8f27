"""ClinicIndex: the clinic folder's index of earlier visits, kept up to date off the GUI thread.

No widgets here: the patient browser and the history controller show what this finds, and
printing asks it which points recur. The index is not opened at start-up. It is refreshed in
a background thread when the patient browser is shown, when a session of a named patient is
opened, and after each save (then only the file saved); the first build of a large folder
takes seconds, and its progress is reported (``progress``) for the browser to show. The GUI
thread reads its own connection to the index (SQLite in WAL mode: reading never waits for the
thread's writing) and only once the thread has built it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from bodymap import history
from bodymap.anatomy import Diagram
from bodymap.i18n import translate
from bodymap.model import Session
from bodymap.ui import preferences

_log = logging.getLogger(__name__)


class ClinicIndex(QObject):
    """The index of the clinic folder set in the preferences, and the thread that refreshes it."""

    indexed = Signal()
    """A refresh has finished and the index is open (emitted in the GUI thread)."""
    unavailable = Signal(str)
    """The background indexing could not keep an index: why, for the status bar."""
    progress = Signal(int, int)
    """From the indexing thread (queued to the GUI thread): files read, files to read."""
    _thread_done = Signal()
    """From the indexing thread, when it has finished (its result is in ``_thread_ok``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index: history.ClinicIndex | None = None
        self._thread: threading.Thread | None = None
        self._thread_folder: Path | None = None
        self._thread_ok = False
        self._again: set[Path] | None = None
        """What to refresh once the running thread is done: these files, or the whole folder
        (an empty set); None for nothing."""
        self._history_key: str | None = None
        self._history: list[history.HistoricPoint] = []
        self._painted_key: tuple[str, str, object] | None = None
        self._painted: list[history.VisitArea] = []
        self._thread_done.connect(self._adopt_thread_result)

    # --- state ------------------------------------------------------------------------------

    @staticmethod
    def folder() -> Path | None:
        """The clinic folder, if one is chosen and there now."""
        return preferences.usable_clinic_folder()

    @property
    def busy(self) -> bool:
        """Whether the background thread is refreshing the index."""
        return self._thread is not None

    def opened(self) -> history.ClinicIndex | None:
        """The index, once a background refresh has built it (never waits); else None."""
        return self._index

    # --- refreshing -------------------------------------------------------------------------

    def refresh(self, paths: Iterable[Path] | None = None) -> bool:
        """Bring the index up to date in the background: the whole folder, or only ``paths``.

        A refresh asked for while one runs follows it. Only the whole folder is refreshed
        until it has been once (an index that knows one file is not an index of the folder).
        Returns False when there is no clinic folder to index.
        """
        folder = self.folder()
        if folder is None:
            return False
        files = set(paths) if paths is not None and self._index is not None else set()
        if self._thread is not None:
            if self._again is None:
                self._again = files
            elif files and self._again:
                self._again |= files
            else:
                self._again = set()
            return True
        self._thread_folder = folder
        self._thread = threading.Thread(
            target=self._refresh_in_thread,
            args=(folder, sorted(files) or None),
            name="clinic-index",
            daemon=True,
        )
        self._thread.start()
        return True

    def refresh_in_background(self, session: Session, *, refresh: bool = False) -> None:
        """Bring the index up to date in the background, for the patient of ``session``.

        Only when it is not open yet, or with ``refresh`` (a session was opened: visits saved
        since the index was read must count). Never for a session that names no patient.
        """
        if history.patient_key(session.patient) is None:
            return
        if self._index is not None and not refresh:
            return
        if self._thread is not None and not refresh:
            return
        self.refresh()

    def _refresh_in_thread(self, folder: Path, paths: list[Path] | None) -> None:
        # A connection of its own: SQLite connections stay in the thread that made them.
        # Daemon thread: quitting mid-refresh leaves a cache SQLite rolls back when reopened.
        ok = False

        def report(done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the window closed while indexing
                self.progress.emit(done, total)

        try:
            with history.ClinicIndex(folder) as index:
                index.refresh(report, paths)
                ok = not index.in_memory
        except Exception:  # a cache: the next foreground use rebuilds it and reports problems
            _log.warning("indexing the clinic folder in the background failed", exc_info=True)
        self._thread_ok = ok  # read only after join()
        with contextlib.suppress(RuntimeError):
            self._thread_done.emit()

    def _adopt_thread_result(self) -> None:
        """Wait for the background indexing, if any, and open the index it refreshed.

        If the thread could not keep the cache database, nothing is opened: printing then
        indexes in the foreground and reports any problem.
        """
        if self._thread is None:
            return
        self._thread.join()
        self._thread = None
        again, self._again = self._again, None
        folder = self._thread_folder
        if folder is None or folder != self.folder():
            self.close_for_new_folder()  # the folder changed while the thread worked
            if again is not None:
                self.refresh()
            return
        if not self._thread_ok:
            self.unavailable.emit(
                translate(
                    "clinic_index",
                    "Earlier visits are not shown beside the points: the clinic folder could "
                    "not be indexed here (printing still looks them up).",
                )
            )
            return
        if self._index is None:
            self._index = history.ClinicIndex(folder)
        self._history_key = None
        self._painted_key = None
        self.indexed.emit()
        if again is not None:
            self.refresh(again or None)

    # --- questions --------------------------------------------------------------------------

    def recurrences(self, session: Session) -> dict[str, history.Recurrence]:
        """How the points of ``session`` recur, from an index brought up to date now.

        A background refresh under way is waited for first.

        Raises:
            history.HistoryUnavailable: the clinic index could not be used.
        """
        if history.patient_key(session.patient) is None:
            return {}
        folder = self.folder()
        if folder is None:
            return {}
        self._adopt_thread_result()
        if self._index is None:
            self._index = history.ClinicIndex(folder)
        self._history_key = None
        self._painted_key = None
        return history.refreshed_recurrences(self._index, session)

    def earlier_points(self, session: Session) -> list[history.HistoricPoint]:
        """The points of the patient's earlier visits, as far as the open index knows them.

        Empty while the index has not been built.
        """
        key = history.patient_key(session.patient)
        if not key or self._index is None:
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
        """The patient's details or the index changed: read their earlier visits afresh."""
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
