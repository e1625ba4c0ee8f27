"""The session a document holds, and the only changes made to it (by its undo commands).

:class:`SessionState` is the base of :class:`~bodymap.ui.document.SessionDocument`: it keeps
the session and its signals, and every change of the session ends in :meth:`_change`, where a
signed record's content, signature and amendments are guarded (``signing.check_change``).
Private to :mod:`bodymap.ui.document`.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from bodymap import signing, storage
from bodymap.model import Encounter, PainArea, Patient, Session, TriggerPoint
from bodymap.ui.document import _commands
from bodymap.ui.document.errors import EditRefused
from bodymap.ui.document.location import PointLocation


class SessionState(QObject):
    """The current session, its file, and the changes the undo commands make to it."""

    point_added = Signal(str)
    point_changed = Signal(str)
    point_removed = Signal(str)
    session_reset = Signal()
    """The whole session was replaced (new, open, restore)."""
    details_changed = Signal()
    """Patient, encounter or procedure data changed."""
    pain_changed = Signal()
    """The pain drawing changed (an area painted, erased, changed or deleted)."""
    path_changed = Signal()
    """The file or the read-only state changed (open, save, sign, amend)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = Session()
        self._path: Path | None = None
        self._read_only: str | None = None
        """Why every edit is refused apart from a signature, or None."""
        self._locations: dict[str, tuple[Hashable, PointLocation]] = {}

    @property
    def session(self) -> Session:
        """The current session (an immutable value)."""
        return self._session

    def _change(self, session: Session) -> None:
        """Make ``session`` the current one: every change of the session ends here.

        The final guard of a signed record: ``signing.check_change`` refuses any change of its
        content, signature or amendments, whatever reached this point.

        Raises:
            EditRefused: the change would alter a signed record.
        """
        try:
            signing.check_change(self._session, session)
        except signing.SignedRecordError as exc:
            raise EditRefused(str(exc)) from None
        self._session = session

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
        self._change(self._session.model_copy(update=update))
        self.details_changed.emit()

    def _set_pain_areas(self, areas: list[PainArea]) -> None:
        """Replace the pain drawing's areas."""
        self._change(self._session.model_copy(update={"pain_areas": areas}))
        self.pain_changed.emit()

    def _replace_session(self, session: Session) -> None:
        """Replace the session's content, keeping the undo history, the document's signature,
        amendments and audit log, and its id: the id belongs to the file (a copy saved since
        has its own), not to an edit (restore)."""
        kept = {name: getattr(self._session, name) for name in storage.UNSIGNED_BLOCKS}
        self._change(session.model_copy(update={**kept, "id": self._session.id}))
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
        self._change(self._session.model_copy(update={"points": numbered}))
        return renumbered

    def _adopt_blocks(self, session: Session) -> None:
        """Take ``session``'s signature, amendments and audit; its content must be ours.

        Raises:
            ValueError: ``session`` holds other content.
        """
        if not _same_content(self._session, session):
            raise ValueError("only the signature, amendments and audit may change here")
        self._change(session)


def _same_content(before: Session, after: Session) -> bool:
    """Whether ``after`` holds ``before``'s content objects (only the blocks outside the
    signed content differ, as :func:`bodymap.signing.append_audit` and ``sign`` leave them)."""
    return all(
        getattr(after, name) is getattr(before, name)
        for name in Session.model_fields
        if name not in storage.UNSIGNED_BLOCKS
    )
