"""SessionDocument: owns the Session and its undo stack; every user edit goes through it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from bodymap.model import Encounter, Patient, Procedure, Session, TriggerPoint


class SessionDocument(QObject):
    """The open session, its file and its undo history.

    The document changes the model only through the methods below, which the undo commands
    call. Views listen to the signals and never edit the session themselves. Point numbers are
    kept as 1..n in list order: adding appends n+1, removing renumbers the points after it.
    """

    point_added = Signal(str)
    point_changed = Signal(str)
    point_removed = Signal(str)
    session_reset = Signal()
    """The whole session was replaced (new, open, restore)."""
    details_changed = Signal()
    """Patient, encounter or procedure data changed."""
    path_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = Session()
        self._index_of: Session | None = None
        self._by_id: dict[str, TriggerPoint] = {}
        self._path: Path | None = None
        self.read_only = False
        self.undo_stack = QUndoStack(self)

    # --- state -----------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        """The current session (an immutable value)."""
        return self._session

    def point(self, point_id: str) -> TriggerPoint:
        """The current session's point with this id (found through an index, not a scan).

        Raises:
            KeyError: no point has this id.
        """
        session = self._session
        if self._index_of is not session:
            self._by_id = {p.id: p for p in session.points}
            self._index_of = session
        return self._by_id[point_id]

    @property
    def path(self) -> Path | None:
        """The file the session was opened from or last saved to."""
        return self._path

    def set_path(self, path: Path | None) -> None:
        """Record the session's file (after open or a successful save)."""
        self._path = path
        self.path_changed.emit()

    def is_modified(self) -> bool:
        """Whether there are edits that have not been saved."""
        return not self.undo_stack.isClean()

    def reset(self, session: Session, path: Path | None = None) -> None:
        """Replace the whole session (new or opened file); clears the undo history."""
        self.undo_stack.clear()
        self._session = session
        self._path = path
        self.session_reset.emit()
        self.path_changed.emit()

    def replace_session(self, session: Session) -> None:
        """Replace the whole session as an edit (restore from recovery); keeps the history."""
        self._session = session
        self.session_reset.emit()

    # --- edits, called by the undo commands ---------------------------------------------------

    def insert_point(self, point: TriggerPoint, index: int | None = None) -> None:
        """Insert a point at ``index`` (default: the end) and renumber."""
        points = list(self._session.points)
        points.insert(len(points) if index is None else index, point)
        changed = self._set_points(points)
        self.point_added.emit(point.id)
        for point_id in changed - {point.id}:
            self.point_changed.emit(point_id)

    def replace_point(self, old: TriggerPoint, new: TriggerPoint) -> None:
        """Replace ``old`` by ``new`` (same id) at the same position."""
        if old.id != new.id:
            raise ValueError("replace_point keeps the point's id")
        points = [new if p.id == old.id else p for p in self._session.points]
        self._set_points(points)
        self.point_changed.emit(new.id)

    def remove_point(self, point_id: str) -> int:
        """Remove a point, renumber the rest and return the index it had."""
        points = list(self._session.points)
        index = next(i for i, p in enumerate(points) if p.id == point_id)
        del points[index]
        changed = self._set_points(points)
        self.point_removed.emit(point_id)
        for other in changed:
            self.point_changed.emit(other)
        return index

    def set_details(
        self,
        *,
        patient: Patient | None = None,
        encounter: Encounter | None = None,
        procedure: Procedure | None = None,
    ) -> None:
        """Replace the patient, encounter or procedure value."""
        update: dict[str, object] = {}
        if patient is not None:
            update["patient"] = patient
        if encounter is not None:
            update["encounter"] = encounter
        if procedure is not None:
            update["procedure"] = procedure
        self._session = self._session.model_copy(update=update)
        self.details_changed.emit()

    def _set_points(self, points: list[TriggerPoint]) -> set[str]:
        """Store ``points`` numbered 1..n in order; return ids whose number changed."""
        changed: set[str] = set()
        numbered = []
        for number, point in enumerate(points, start=1):
            if point.number != number:
                point = point.model_copy(update={"number": number})
                changed.add(point.id)
            numbered.append(point)
        self._session = self._session.model_copy(update={"points": numbered})
        return changed
