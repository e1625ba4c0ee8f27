"""Undo commands of the document: one QUndoCommand per kind of edit, storing ids and values.

Private to :mod:`bodymap.ui.document`: the document's edit verbs build these commands and push
them; nothing else does. ``redo`` calls one of the document's changes and ``undo`` its inverse.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from bodymap.clinical import wording as clinical_wording
from bodymap.i18n import translate
from bodymap.model import Encounter, PainArea, Patient, Procedure, Session, TriggerPoint

Details = Patient | Encounter | Procedure


class Changes(Protocol):
    """The changes a command makes to the session (``SessionDocument`` provides them).

    Only these commands call them; widgets call the document's edit verbs.
    """

    def point(self, point_id: str) -> TriggerPoint: ...

    def _insert_point(self, point: TriggerPoint, index: int | None = None) -> None: ...

    def _remove_point(self, point_id: str) -> int: ...

    def _replace_point(self, old: TriggerPoint, new: TriggerPoint) -> None: ...

    def _set_details(self, value: Details) -> None: ...

    def _replace_session(self, session: Session) -> None: ...

    def _set_pain_areas(self, areas: list[PainArea]) -> None: ...


_EDIT_POINTS_ID = 1001
_EDIT_DETAILS_ID = 1002


class ReplaceSession(QUndoCommand):
    """Replace the whole session, e.g. with unsaved work restored after a crash."""

    def __init__(self, doc: Changes, old: Session, new: Session, text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._doc._replace_session(self._new)

    def undo(self) -> None:
        self._doc._replace_session(self._old)


class AddPoints(QUndoCommand):
    """Add points after the session's points (numbered n+1, n+2, …)."""

    def __init__(self, doc: Changes, points: Sequence[TriggerPoint], text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._points = list(points)

    def redo(self) -> None:
        for point in self._points:
            self._doc._insert_point(point)

    def undo(self) -> None:
        for point in reversed(self._points):
            self._doc._remove_point(point.id)


class RemovePoints(QUndoCommand):
    """Delete points; the points after each are renumbered, and undo restores the numbers."""

    def __init__(self, doc: Changes, point_ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self._doc = doc
        self._ids = list(point_ids)
        self._removed: list[tuple[TriggerPoint, int]] = []

    def redo(self) -> None:
        points = sorted((self._doc.point(i) for i in self._ids), key=lambda p: -p.number)
        self._removed = [(point, self._doc._remove_point(point.id)) for point in points]

    def undo(self) -> None:
        for point, index in reversed(self._removed):
            self._doc._insert_point(point, index)


class EditPoints(QUndoCommand):
    """Replace points' values (muscle, side, findings, treatment, notes, position).

    Each pair is a point's value before and after the edit. Commands with the same
    ``merge_key`` on the same points that follow each other (typing in one field, stepping a
    spin box, arrow-key nudges) fold into one undo step; without a key they never merge.
    """

    def __init__(
        self,
        doc: Changes,
        pairs: Sequence[tuple[TriggerPoint, TriggerPoint]],
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._pairs = list(pairs)
        self._key = (merge_key, tuple(old.id for old, _ in pairs)) if merge_key else None

    def redo(self) -> None:
        for old, new in self._pairs:
            self._doc._replace_point(old, new)

    def undo(self) -> None:
        for old, new in reversed(self._pairs):
            self._doc._replace_point(new, old)

    def id(self) -> int:
        return _EDIT_POINTS_ID if self._key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditPoints) or other._key != self._key:
            return False
        self._pairs = [
            (old, new) for (old, _), (_, new) in zip(self._pairs, other._pairs, strict=True)
        ]
        self.setObsolete(all(old == new for old, new in self._pairs))
        return True


class EditDetails(QUndoCommand):
    """Change patient, encounter or procedure data; typing in one field merges into one step."""

    def __init__(self, doc: Changes, old: Details, new: Details, field: str) -> None:
        super().__init__(
            translate("document", "Edit {field}").format(field=clinical_wording.field_words(field))
        )
        self._doc = doc
        self._old = old
        self._new = new
        self._field = field

    def redo(self) -> None:
        self._doc._set_details(self._new)

    def undo(self) -> None:
        self._doc._set_details(self._old)

    def id(self) -> int:
        return _EDIT_DETAILS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditDetails) or other._field != self._field:
            return False
        if type(other._new) is not type(self._new):
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True


class SetPainAreas(QUndoCommand):
    """Replace the pain drawing's areas: one stroke painted or erased, one area changed."""

    def __init__(
        self, doc: Changes, old: Sequence[PainArea], new: Sequence[PainArea], text: str
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self._old = list(old)
        self._new = list(new)

    def redo(self) -> None:
        self._doc._set_pain_areas(list(self._new))

    def undo(self) -> None:
        self._doc._set_pain_areas(list(self._old))
