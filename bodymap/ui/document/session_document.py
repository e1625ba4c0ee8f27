"""SessionDocument: the open session, its undo history, and the verbs that edit it.

A signed session is a record: every edit is refused (docs/adr/0006-signed-records.md), and its
undo history starts at the signature, so undo cannot cross it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import ValidationError
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from bodymap import clinical, i18n, signing
from bodymap.anatomy import Diagram, load_diagram
from bodymap.clinical import wording as clinical_wording
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.model import (
    MAX_POINTS,
    AuditAction,
    Session,
    Treatment,
    TriggerPoint,
)
from bodymap.ui.document import _commands
from bodymap.ui.document._state import SessionState
from bodymap.ui.document.errors import EditRefused
from bodymap.ui.document.location import PointLocation, identify, locate, location_key
from bodymap.ui.document.pain import PainVerbs

Section = Literal["patient", "encounter", "procedure"]
"""The parts of a session :meth:`SessionDocument.edit_details` edits."""

# Why edits are refused, in English (``SessionDocument.refusal`` says it translated).
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP("document", "this session is open read-only")
"""Why edits are refused in a session opened read-only (the file is in use elsewhere)."""
SIGNED = QT_TRANSLATE_NOOP(
    "document", "this record is signed: add an amendment instead (File \u2192 Amend\u2026)"
)
"""Why edits are refused in a signed session."""
CHANGED_AFTER_SIGNING = QT_TRANSLATE_NOOP("document", "this record was changed after it was signed")
"""Why edits are refused in a record that does not verify."""
document = Context("document")


class SessionDocument(SessionState, PainVerbs):
    """The open session, its file and its undo history.

    Widgets change the session only through the edit verbs (``add_point``, ``move_point``,
    ``nudge_points``, ``delete_points``, ``edit_points``, ``edit_details``, ``add_points``,
    ``restore``, and the pain drawing's ``paint_stroke``, ``erase_stroke``,
    ``edit_pain_area``, ``delete_pain_areas``). Each verb validates the edit and pushes one
    undo command, or raises :class:`EditRefused` with a message for the user; every push goes
    through one gateway, which refuses all edits of a read-only document, signed sessions
    included; below it, every change of the session is checked by ``signing.check_change``.
    Views follow the signals and never edit the session themselves. Points are numbered 1..n
    in list order: adding appends n+1, deleting renumbers the points after it.

    The signature, amendments and audit log are not edits: they are added when the file is
    written (:meth:`mark_saved`, :meth:`reset` with the signed or amended record,
    :meth:`record_audit`), never by an undo step, and undo leaves them as they are.
    """

    def __init__(self, diagram: Diagram | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.diagram = diagram or load_diagram()
        self._by_id: dict[str, TriggerPoint] = {}
        self._indexed: Session | None = None
        self.undo_stack = QUndoStack(self)
        """Undo, redo and the clean state; only the edit verbs push onto it."""
        self._audit_unsaved = False
        self._audit_unsaved_before = False

    # --- reading ---------------------------------------------------------------------------

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
        key = location_key(point)
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
        """Whether every edit is refused: the file is open elsewhere, or the record is signed."""
        return self.refusal is not None

    @property
    def opened_read_only(self) -> bool:
        """Whether the file was opened read-only (in use elsewhere, or a damaged record): saving
        goes to another file."""
        return self._read_only is not None

    @property
    def signed(self) -> bool:
        """Whether the session is a signed record (amendments only; ``signing.is_signed``)."""
        return signing.is_signed(self._session)

    @property
    def refusal(self) -> str | None:
        """Why every edit is refused ("this record is signed: …"), or None when edits are made
        (in the installed language; the reasons of this module, or one given to ``reset``)."""
        if self._read_only is not None:
            return translate("document", self._read_only)
        return translate("document", SIGNED) if self.signed else None

    def is_modified(self) -> bool:
        """Whether there are edits that have not been saved."""
        return not self.undo_stack.isClean()

    # --- the file's life cycle (not edits: no undo step) -------------------------------------

    def reset(
        self,
        session: Session,
        path: Path | None = None,
        *,
        read_only: bool = False,
        reason: str = OPEN_ELSEWHERE,
    ) -> None:
        """Replace the whole session (new or opened file, signed or amended record).

        Clears the undo history: nothing before it can be undone, so undo never crosses a
        signature.

        Args:
            read_only: refuse every edit, for ``reason`` (a signed session refuses them anyway).
            reason: why, in words that follow "not done, " ("this session is open read-only").
        """
        self.undo_stack.clear()
        self._session = session
        self._path = path
        self._read_only = reason if read_only else None
        self._audit_unsaved = False
        self._locations.clear()
        self.session_reset.emit()
        self.path_changed.emit()

    def mark_saved(self, path: Path, saved: Session | None = None) -> None:
        """The session was written to ``path``: it is clean, and editable there unless signed.

        Args:
            saved: what was written, when it is the session with audit entries added
                (:func:`bodymap.signing.append_audit`) or, for a copy (Save As), with an id of
                its own: the session has that id from now on (not an edit: no undo step). Its
                content must otherwise be the document's.

        Raises:
            ValueError: ``saved`` holds other content than the document.
        """
        if saved is not None:
            if saved.id != self._session.id:
                self._session = self._session.model_copy(update={"id": saved.id})
            self._adopt_blocks(saved)
        self._path = path
        self._read_only = None
        self._audit_unsaved = False
        self.undo_stack.setClean()
        self.path_changed.emit()

    def record_audit(self, action: AuditAction) -> Session:
        """Add an audit entry (``printed``, ``exported``…) by the encounter's clinician.

        Not an edit: no undo step, the document stays as clean or modified as it was, and a
        signed record accepts it (the audit log is outside the signed content). Writing it to
        the file is the caller's.

        Returns:
            The session with the entry.
        """
        clinician = self._session.encounter.clinician
        self._adopt_blocks(signing.append_audit(self._session, action, clinician=clinician))
        self._audit_unsaved_before, self._audit_unsaved = self._audit_unsaved, True
        return self._session

    def audit_not_kept(self) -> None:
        """The audit entry just added will not be written (the file is open elsewhere or was
        changed, which its caller said): it is no unsaved change to ask about, though an
        earlier entry kept for the next save still is."""
        self._audit_unsaved = self._audit_unsaved_before

    @property
    def audit_unsaved(self) -> bool:
        """Whether an audit entry was added since the file was last written (or opened): then
        there is something to save even when no edit is (after undoing every edit)."""
        return self._audit_unsaved

    # --- edit verbs ------------------------------------------------------------------------

    def add_point(self, x: float, y: float, treatment: Treatment | None = None) -> TriggerPoint:
        """Mark a new point at (x, y) mm, named after the muscle under it.

        Args:
            treatment: the new point's treatment (default: examined only).

        Raises:
            EditRefused: (x, y) is outside the body, the session is full, the treatment is
                refused for this patient, or the session is read-only.
        """
        # Named and checked where it is kept: at the tenth of a millimetre it is stored at.
        x, y = round(x, 1), round(y, 1)
        if not self.diagram.contains(x, y):
            raise EditRefused(translate("document", "Outside the body outline: no point added."))
        self._check_room_for(1)
        if treatment is not None:
            self._check_allowed(treatment)
        muscle, side = identify(self.diagram, x, y)
        values = {"x": x, "y": y, "muscle": muscle, "side": side}
        point = TriggerPoint.model_validate({**values, "number": self._session.next_number()})
        if treatment is not None:
            point = point.model_copy(update={"treatment": treatment})
        text = translate("document", "Add point {number}").format(number=point.number)
        self._push(_commands.AddPoints(self, [point], text))
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
            raise EditRefused(
                translate("document", "A point lies outside the body outline: no point added.")
            )
        known = {p.id for p in self._session.points}
        if any(p.id in known for p in points):
            raise EditRefused(
                translate("document", "That point is in this session already: no point added.")
            )
        self._check_room_for(len(points))
        first = self._session.next_number()
        numbered = [p.model_copy(update={"number": first + i}) for i, p in enumerate(points)]
        if len(points) == 1:
            default = translate("document", "Add point {number}").format(number=first)
        else:
            default = translate("document", "Add {count} points").format(count=len(points))
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
            text = translate("document", "Move point {number}").format(number=old.number)
            self._push(_commands.EditPoints(self, [(old, new)], text))

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
            text = translate("document", "Move {points}").format(
                points=_numbered([old for old, _ in pairs])
            )
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
            text = translate("document", "Delete point {number}").format(number=points[0].number)
        else:
            text = translate("document", "Delete {count} points").format(count=len(points))
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
                raise EditRefused(_not_recorded(what, exc)) from None
            if new == old:
                continue
            if (new.id, new.number, new.x, new.y) != (old.id, old.number, old.x, old.y):
                raise EditRefused(
                    translate(
                        "document", "{what}: a point's identity or place is not edited here."
                    ).format(what=what)
                )
            if new.treatment != old.treatment:
                self._check_allowed(new.treatment)
            pairs.append((old, new))
        if not pairs:
            return False
        text = translate("document", "{what} of {points}").format(
            what=what, points=_numbered([old for old, _ in pairs])
        )
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
            name = clinical_wording.field_words(attr)
            raise EditRefused(_not_recorded(i18n.sentence(name), exc)) from None
        self._push(_commands.EditDetails(self, old, new, attr))
        return True

    def restore(self, session: Session, text: str = "") -> None:
        """Replace the session's content as one undo step (unsaved work found after a crash).

        The signature, amendments and audit log stay the document's: work restored is never
        signed, and undoing it leaves the audit of saves made since as it is.

        Raises:
            EditRefused: the session is read-only (signed, or open elsewhere).
        """
        text = text or translate("document", "Restore unsaved changes")
        self._push(_commands.ReplaceSession(self, self._session, session, text))

    # --- the one way onto the undo stack ---------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        """Push an edit's command: the only place edits reach the undo stack.

        Refuses every edit of a read-only document: open elsewhere, or a signed record.
        """
        reason = self.refusal
        if reason is not None:
            raise EditRefused(
                translate("document", "{step}: not done, {reason}.").format(
                    step=command.text(), reason=reason
                )
            )
        self.undo_stack.push(command)

    def _check_room_for(self, count: int) -> None:
        if len(self._session.points) + count > MAX_POINTS:
            raise EditRefused(
                translate(
                    "document", "A session holds at most {count} points: no point added."
                ).format(count=MAX_POINTS)
            )

    def _check_allowed(self, treatment: Treatment) -> None:
        refusal = clinical.check_treatment_allowed(self._session.patient, treatment)
        if refusal:
            raise EditRefused(refusal)

    def _moved(self, old: TriggerPoint, x: float, y: float) -> TriggerPoint:
        """``old`` at (x, y), with its muscle re-identified unless chosen by hand; its side
        follows the position either way (left is the patient's left, wherever it was)."""
        x, y = round(x, 1), round(y, 1)  # named where it is kept
        if not self.diagram.contains(x, y):
            raise EditRefused(
                translate(
                    "document", "Point {number} cannot leave the body outline: not moved."
                ).format(number=old.number)
            )
        update: dict[str, object] = {"x": x, "y": y}
        if not old.muscle_chosen:
            update["muscle"], update["side"] = identify(self.diagram, x, y)
        else:
            update["side"] = self.diagram.side_at(x)
        return old.model_copy(update=update)


def _numbered(points: Sequence[TriggerPoint]) -> str:
    """ "point 3" or "points 1, 2"."""
    numbers = ", ".join(str(p.number) for p in points)
    return document.tr("points {numbers}", None, len(points)).format(numbers=numbers)


def _not_recorded(what: str, error: ValidationError) -> str:
    return translate("document", "{what}: {problem}. Not recorded.").format(
        what=what, problem=_first_problem(error)
    )


def _revalidated(point: TriggerPoint) -> TriggerPoint:
    """``point`` checked by the model (``model_copy`` does not validate)."""
    return TriggerPoint.model_validate(point.model_dump())


def _first_problem(error: ValidationError) -> str:
    return str(error.errors()[0]["msg"])
