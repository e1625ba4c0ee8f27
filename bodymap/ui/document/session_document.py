"""SessionDocument: the open session, its undo history, and the verbs that edit it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bodymap import clinical
from bodymap.anatomy import Diagram, load_diagram
from bodymap.model import (
    MAX_POINTS,
    Encounter,
    Patient,
    Session,
    Treatment,
    TriggerPoint,
)
from bodymap.ui.document import _commands
from bodymap.ui.document.location import PointLocation, identify, locate

Section = Literal["patient", "encounter", "procedure"]
"""The parts of a session :meth:`SessionDocument.edit_details` edits."""


class EditRefused(Exception):
    """An edit the document did not make; ``str(error)`` tells the user why."""


class SessionDocument(QObject):
    """The open session, its file and its undo history.

    Widgets change the session only through the edit verbs (``add_point``, ``move_point``,
    ``nudge_points``, ``delete_points``, ``edit_points``, ``edit_details``, ``add_points``,
    ``restore``). Each verb validates the edit and pushes one undo command, or raises
    :class:`EditRefused` with a message for the user; every push goes through one gateway,
    which refuses all edits of a read-only document. Views follow the signals and never edit
    the session themselves. Points are numbered 1..n in list order: adding appends n+1,
    deleting renumbers the points after it.
    """

    point_added = Signal(str)
    point_changed = Signal(str)
    point_removed = Signal(str)
    session_reset = Signal()
    """The whole session was replaced (new, open, restore)."""
    details_changed = Signal()
    """Patient, encounter or procedure data changed."""
    path_changed = Signal()
    """The file or the read-only state changed (open, save)."""

    def __init__(self, diagram: Diagram | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.diagram = diagram or load_diagram()
        self._session = Session()
        self._path: Path | None = None
        self._read_only = False
        self._by_id: dict[str, TriggerPoint] = {}
        self._indexed: Session | None = None
        self._locations: dict[str, tuple[tuple[float, float, str, str], PointLocation]] = {}
        self.undo_stack = QUndoStack(self)
        """Undo, redo and the clean state; only the edit verbs push onto it."""

    # --- reading ---------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        """The current session (an immutable value)."""
        return self._session

    def point(self, point_id: str) -> TriggerPoint:
        """The current session's point with this id (found through an index, not a scan).

        Raises:
            KeyError: no point has this id.
        """
        if self._indexed is not self._session:
            self._by_id = {p.id: p for p in self._session.points}
            self._indexed = self._session
        return self._by_id[point_id]

    def location(self, point_id: str) -> PointLocation:
        """Where the point lies: muscles under it, description, cautions.

        Computed once per change of the point's position, muscle or side, and kept.

        Raises:
            KeyError: no point has this id.
        """
        point = self.point(point_id)
        key = (point.x, point.y, point.muscle, point.side)
        known = self._locations.get(point_id)
        if known is None or known[0] != key:
            known = (key, locate(self.diagram, point))
            self._locations[point_id] = known
        return known[1]

    @property
    def path(self) -> Path | None:
        """The file the session was opened from or last saved to."""
        return self._path

    @property
    def read_only(self) -> bool:
        """Whether every edit is refused (the file is open elsewhere)."""
        return self._read_only

    def is_modified(self) -> bool:
        """Whether there are edits that have not been saved."""
        return not self.undo_stack.isClean()

    # --- the file's life cycle (not edits: no undo step) -------------------------------------

    def reset(self, session: Session, path: Path | None = None, *, read_only: bool = False) -> None:
        """Replace the whole session (new or opened file); clears the undo history."""
        self.undo_stack.clear()
        self._session = session
        self._path = path
        self._read_only = read_only
        self._locations.clear()
        self.session_reset.emit()
        self.path_changed.emit()

    def mark_saved(self, path: Path, session_id: str | None = None) -> None:
        """The session was written to ``path``: it is clean, and editable there.

        Args:
            session_id: the id it was written with, when a copy got an id of its own (Save
                As): the session has that id from now on (not an edit: no undo step).
        """
        if session_id is not None:
            self._session = self._session.model_copy(update={"id": session_id})
        self._path = path
        self._read_only = False
        self.undo_stack.setClean()
        self.path_changed.emit()

    # --- edit verbs ------------------------------------------------------------------------

    def add_point(self, x: float, y: float, treatment: Treatment | None = None) -> TriggerPoint:
        """Mark a new point at (x, y) mm, named after the muscle under it.

        Args:
            treatment: the new point's treatment (default: examined only).

        Raises:
            EditRefused: (x, y) is outside the body, the session is full, the treatment is
                refused for this patient, or the session is read-only.
        """
        if not self.diagram.contains(x, y):
            raise EditRefused("Outside the body outline: no point added.")
        self._check_room_for(1)
        if treatment is not None:
            self._check_allowed(treatment)
        muscle, side = identify(self.diagram, x, y)
        values = {"x": round(x, 1), "y": round(y, 1), "muscle": muscle, "side": side}
        point = TriggerPoint.model_validate({**values, "number": self._session.next_number()})
        if treatment is not None:
            point = point.model_copy(update={"treatment": treatment})
        self._push(_commands.AddPoints(self, [point], f"Add point {point.number}"))
        return point

    def add_points(self, points: Sequence[TriggerPoint], text: str = "") -> list[TriggerPoint]:
        """Add points made elsewhere (earlier visits' points accepted) as one undo step.

        They are numbered after the session's points, in the order given.

        Args:
            text: the undo step's name (default: "Add point n" or "Add k points").

        Raises:
            EditRefused: a point lies outside the body or is in the session already, the
                session would be full, or it is read-only.
        """
        if not points:
            return []
        if any(not self.diagram.contains(p.x, p.y) for p in points):
            raise EditRefused("A point lies outside the body outline: no point added.")
        known = {p.id for p in self._session.points}
        if any(p.id in known for p in points):
            raise EditRefused("That point is in this session already: no point added.")
        self._check_room_for(len(points))
        first = self._session.next_number()
        numbered = [p.model_copy(update={"number": first + i}) for i, p in enumerate(points)]
        default = f"Add point {first}" if len(points) == 1 else f"Add {len(points)} points"
        self._push(_commands.AddPoints(self, numbered, text or default))
        return numbered

    def move_point(self, point_id: str, x: float, y: float) -> None:
        """Move a point (a drag); its muscle follows unless the user chose it by hand.

        Raises:
            EditRefused: (x, y) is outside the body, or the session is read-only.
        """
        old = self.point(point_id)
        new = self._moved(old, x, y)
        if new != old:
            self._push(_commands.EditPoints(self, [(old, new)], f"Move point {old.number}"))

    def nudge_points(self, point_ids: Sequence[str], dx: float, dy: float) -> None:
        """Move points by (dx, dy) mm; nudges of the same points in a row are one undo step.

        Raises:
            EditRefused: a point would leave the body (none is moved), or read-only.
        """
        pairs = []
        for point_id in point_ids:
            old = self.point(point_id)
            pairs.append((old, self._moved(old, old.x + dx, old.y + dy)))
        if pairs:
            text = f"Move {_numbered([old for old, _ in pairs])}"
            self._push(_commands.EditPoints(self, pairs, text, merge_key="nudge"))

    def delete_points(self, point_ids: Sequence[str]) -> None:
        """Delete points as one undo step; the remaining points are renumbered.

        Raises:
            EditRefused: the session is read-only.
        """
        points = [self.point(i) for i in point_ids]
        if not points:
            return
        if len(points) == 1:
            text = f"Delete point {points[0].number}"
        else:
            text = f"Delete {len(points)} points"
        self._push(_commands.RemovePoints(self, [p.id for p in points], text))

    def edit_points(
        self,
        point_ids: Sequence[str],
        what: str,
        change: Callable[[TriggerPoint], TriggerPoint],
        merge_key: str | None = None,
    ) -> bool:
        """Apply ``change`` to each point as one undo step; False when none changed.

        Args:
            what: the action, such as "Set volume"; the step reads "Set volume of points 1, 2".
            change: makes a point's new value (muscle, side, notes, findings, treatment).
            merge_key: edits with the same key of the same points that follow each other
                (typing in a field) are one undo step; None: never merged.

        Raises:
            EditRefused: a new value is invalid, or changes the point's id, number or
                position (move it instead), or holds a treatment refused for this patient
                (a local anaesthetic for a patient allergic to it), or read-only.
        """
        pairs = []
        for point_id in point_ids:
            old = self.point(point_id)
            try:
                new = _revalidated(change(old))
            except ValidationError as exc:
                raise EditRefused(f"{what}: {_first_problem(exc)}. Not recorded.") from None
            if new == old:
                continue
            if (new.id, new.number, new.x, new.y) != (old.id, old.number, old.x, old.y):
                raise EditRefused(f"{what}: a point's identity or place is not edited here.")
            if new.treatment != old.treatment:
                self._check_allowed(new.treatment)
            pairs.append((old, new))
        if not pairs:
            return False
        text = f"{what} of {_numbered([old for old, _ in pairs])}"
        self._push(_commands.EditPoints(self, pairs, text, merge_key))
        return True

    def edit_details(self, section: Section, attr: str, value: object) -> bool:
        """Set one patient, encounter or procedure field; False when it had that value.

        Typing in one field is one undo step.

        Raises:
            EditRefused: the model does not accept the value, or read-only.
        """
        old: _commands.Details = getattr(self._session, section)
        if getattr(old, attr) == value:
            return False
        try:
            new = type(old).model_validate({**old.model_dump(), attr: value})
        except ValidationError as exc:
            name = attr.replace("_", " ").capitalize()
            raise EditRefused(f"{name}: {_first_problem(exc)}. Not recorded.") from None
        self._push(_commands.EditDetails(self, old, new, attr))
        return True

    def restore(self, session: Session, text: str = "Restore unsaved changes") -> None:
        """Replace the whole session as one undo step (unsaved work found after a crash).

        Raises:
            EditRefused: the session is read-only.
        """
        self._push(_commands.ReplaceSession(self, self._session, session, text))

    # --- the one way onto the undo stack ---------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        """Push an edit's command: the only place edits reach the undo stack."""
        if self._read_only:
            raise EditRefused(f"{command.text()}: not done, this session is open read-only.")
        self.undo_stack.push(command)

    def _check_room_for(self, count: int) -> None:
        if len(self._session.points) + count > MAX_POINTS:
            raise EditRefused(f"A session holds at most {MAX_POINTS} points: no point added.")

    def _check_allowed(self, treatment: Treatment) -> None:
        refusal = clinical.check_treatment_allowed(self._session.patient, treatment)
        if refusal:
            raise EditRefused(refusal)

    def _moved(self, old: TriggerPoint, x: float, y: float) -> TriggerPoint:
        """``old`` at (x, y), with its muscle re-identified unless chosen by hand."""
        if not self.diagram.contains(x, y):
            raise EditRefused(f"Point {old.number} cannot leave the body outline: not moved.")
        update: dict[str, object] = {"x": round(x, 1), "y": round(y, 1)}
        if not old.muscle_chosen:
            update["muscle"], update["side"] = identify(self.diagram, x, y)
        return old.model_copy(update=update)

    # --- changes, made only by the undo commands (see _commands.Changes) ----------------------

    def _insert_point(self, point: TriggerPoint, index: int | None = None) -> None:
        """Insert a point at ``index`` (default: the end) and renumber."""
        points = list(self._session.points)
        points.insert(len(points) if index is None else index, point)
        renumbered = self._set_points(points)
        self.point_added.emit(point.id)
        for point_id in renumbered - {point.id}:
            self.point_changed.emit(point_id)

    def _replace_point(self, old: TriggerPoint, new: TriggerPoint) -> None:
        """Replace ``old`` by ``new`` (same id) at the same place in the list."""
        if old.id != new.id:
            raise ValueError("replacing a point keeps its id")
        self._set_points([new if p.id == old.id else p for p in self._session.points])
        self.point_changed.emit(new.id)

    def _remove_point(self, point_id: str) -> int:
        """Remove a point, renumber the rest and return the index it had."""
        points = list(self._session.points)
        index = next(i for i, p in enumerate(points) if p.id == point_id)
        del points[index]
        renumbered = self._set_points(points)
        self._locations.pop(point_id, None)
        self.point_removed.emit(point_id)
        for other in renumbered:
            self.point_changed.emit(other)
        return index

    def _set_details(self, value: _commands.Details) -> None:
        """Replace the patient, encounter or procedure value."""
        update: dict[str, object]
        if isinstance(value, Patient):
            update = {"patient": value}
        elif isinstance(value, Encounter):
            update = {"encounter": value}
        else:
            update = {"procedure": value}
        self._session = self._session.model_copy(update=update)
        self.details_changed.emit()

    def _replace_session(self, session: Session) -> None:
        """Replace the whole session, keeping the undo history (restore).

        The id stays: it belongs to the file (a copy saved since has its own), not to an edit.
        """
        self._session = session.model_copy(update={"id": self._session.id})
        self._locations.clear()
        self.session_reset.emit()

    def _set_points(self, points: list[TriggerPoint]) -> set[str]:
        """Store ``points`` numbered 1..n in order; return the ids whose number changed."""
        renumbered: set[str] = set()
        numbered = []
        for number, point in enumerate(points, start=1):
            if point.number != number:
                point = point.model_copy(update={"number": number})
                renumbered.add(point.id)
            numbered.append(point)
        self._session = self._session.model_copy(update={"points": numbered})
        return renumbered


def _numbered(points: Sequence[TriggerPoint]) -> str:
    """ "point 3" or "points 1, 2"."""
    numbers = ", ".join(str(p.number) for p in points)
    return f"point{'s' if len(points) > 1 else ''} {numbers}"


def _revalidated(point: TriggerPoint) -> TriggerPoint:
    """``point`` checked by the model (``model_copy`` does not validate)."""
    return TriggerPoint.model_validate(point.model_dump())


def _first_problem(error: ValidationError) -> str:
    return str(error.errors()[0]["msg"])
