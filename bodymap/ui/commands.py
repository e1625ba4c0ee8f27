"""Undo commands: one QUndoCommand per user action, each storing ids and values only."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from bodymap.model import Encounter, Patient, Procedure, Session, TriggerPoint
from bodymap.ui.document import SessionDocument

_POINT_EDIT_ID = 1001
_DETAILS_ID = 1002


def _label(point: TriggerPoint) -> str:
    return f"point {point.number}"


class ReplaceSessionCommand(QUndoCommand):
    """Replace the whole session, e.g. with unsaved work restored after a crash."""

    def __init__(self, doc: SessionDocument, new: Session, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._old = doc.session
        self._new = new

    def redo(self) -> None:
        self._doc.replace_session(self._new)

    def undo(self) -> None:
        self._doc.replace_session(self._old)


class AddPointCommand(QUndoCommand):
    """Mark a new trigger point."""

    def __init__(self, doc: SessionDocument, point: TriggerPoint) -> None:
        super().__init__(f"Add {_label(point)}")
        self._doc = doc
        self._point = point

    def redo(self) -> None:
        self._doc.insert_point(self._point)

    def undo(self) -> None:
        self._doc.remove_point(self._point.id)


class RemovePointCommand(QUndoCommand):
    """Delete a trigger point; the points after it are renumbered."""

    def __init__(
        self, doc: SessionDocument, point: TriggerPoint, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(f"Delete {_label(point)}", parent)
        self._doc = doc
        self._point = point
        self._index = 0

    def redo(self) -> None:
        self._point = self._doc.point(self._point.id)
        self._index = self._doc.remove_point(self._point.id)

    def undo(self) -> None:
        self._doc.insert_point(self._point, self._index)


class EditPointCommand(QUndoCommand):
    """Replace a point's value (muscle, side, findings, treatment, notes, position).

    Commands with the same ``merge_key`` that follow each other (typing in one field, arrow-key
    nudges of one point) fold into one undo step.
    """

    def __init__(
        self,
        doc: SessionDocument,
        old: TriggerPoint,
        new: TriggerPoint,
        text: str = "",
        merge_key: tuple[str, str] | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text or f"Edit {_label(old)}", parent)
        self._doc = doc
        self._old = old
        self._new = new
        self._merge_key = merge_key

    def redo(self) -> None:
        self._doc.replace_point(self._old, self._new)

    def undo(self) -> None:
        self._doc.replace_point(self._new, self._old)

    def id(self) -> int:
        return _POINT_EDIT_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditPointCommand) or other._merge_key != self._merge_key:
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True


class MovePointCommand(EditPointCommand):
    """Move a point (drag or arrow-key nudge); the muscle may be re-identified with it."""

    def __init__(
        self, doc: SessionDocument, old: TriggerPoint, new: TriggerPoint, nudge: bool = False
    ) -> None:
        super().__init__(
            doc, old, new, f"Move {_label(old)}", merge_key=("nudge", old.id) if nudge else None
        )


class EditDetailsCommand(QUndoCommand):
    """Change patient, encounter or procedure data; typing in one field merges into one step."""

    def __init__(
        self,
        doc: SessionDocument,
        old: Patient | Encounter | Procedure,
        new: Patient | Encounter | Procedure,
        field: str,
    ) -> None:
        super().__init__(f"Edit {field.replace('_', ' ')}")
        self._doc = doc
        self._old = old
        self._new = new
        self._field = field

    def _apply(self, value: Patient | Encounter | Procedure) -> None:
        if isinstance(value, Patient):
            self._doc.set_details(patient=value)
        elif isinstance(value, Encounter):
            self._doc.set_details(encounter=value)
        else:
            self._doc.set_details(procedure=value)

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def id(self) -> int:
        return _DETAILS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditDetailsCommand) or other._field != self._field:
            return False
        if type(other._new) is not type(self._new):
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True


_POINTS_EDIT_ID = 1101


class EditPointsCommand(QUndoCommand):
    """Replace several points in one undo step (an edit of a multi-point selection).

    Each pair is a point's value before and after the edit. Commands with the same ``merge_key``
    on the same points that follow each other (typing in one field, stepping one spin box) fold
    into one undo step; without a key the command never merges.
    """

    def __init__(
        self,
        doc: SessionDocument,
        pairs: list[tuple[TriggerPoint, TriggerPoint]],
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._pairs = pairs
        self._key = (merge_key, tuple(old.id for old, _ in pairs)) if merge_key else None

    def redo(self) -> None:
        for old, new in self._pairs:
            self._doc.replace_point(old, new)

    def undo(self) -> None:
        for old, new in reversed(self._pairs):
            self._doc.replace_point(new, old)

    def id(self) -> int:
        return _POINTS_EDIT_ID if self._key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditPointsCommand) or other._key != self._key:
            return False
        self._pairs = [
            (old, new) for (old, _), (_, new) in zip(self._pairs, other._pairs, strict=True)
        ]
        return True
