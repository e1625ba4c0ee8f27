"""PointEditor: turns clicks, drags, deletes and nudges on the map into undo commands."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from bodymap.anatomy import Diagram
from bodymap.model import Side, Treatment, TriggerPoint
from bodymap.ui.commands import AddPointCommand, MovePointCommand, RemovePointCommand
from bodymap.ui.document import SessionDocument

NUDGE_MM = 1.0
NUDGE_LARGE_MM = 5.0


def side_of(diagram: Diagram, x: float) -> Side:
    """The patient's side of a diagram x (posterior view: patient's left on the viewer's left)."""
    midline = diagram.landmarks["c7"][0]
    if abs(x - midline) < 2.0:
        return "midline"
    return "left" if x < midline else "right"


class PointEditor(QObject):
    """Map interactions as commands on one document; reports refusals as messages."""

    message = Signal(str)
    """A one-line explanation for the status bar (why nothing happened)."""
    point_created = Signal(str)

    def __init__(self, doc: SessionDocument, diagram: Diagram, parent: QObject | None = None):
        super().__init__(parent)
        self._doc = doc
        self._diagram = diagram
        self.template: Treatment | None = None
        """The treatment of the last treated point, carried forward to the next new point."""

    def identify(self, x: float, y: float) -> tuple[str, Side]:
        """Muscle id and patient's side of the top hit at (x, y)."""
        hits = self._diagram.muscles_at(x, y)
        if hits:
            return hits[0].muscle, hits[0].side
        return "multifocal", side_of(self._diagram, x)

    def add_at(self, x: float, y: float) -> TriggerPoint | None:
        """Mark a point at (x, y) unless that is outside the body or the file is read-only."""
        if self._doc.read_only:
            self.message.emit("This session is open read-only: no point added.")
            return None
        if not self._diagram.contains(x, y):
            self.message.emit("Outside the body outline: no point added.")
            return None
        muscle, side = self.identify(x, y)
        update = {} if self.template is None else {"treatment": self.template}
        point = TriggerPoint.model_validate(
            {
                "number": self._doc.session.next_number(),
                "x": round(x, 1),
                "y": round(y, 1),
                "muscle": muscle,
                "side": side,
            }
        ).model_copy(update=update)
        self._doc.undo_stack.push(AddPointCommand(self._doc, point))
        self.point_created.emit(point.id)
        self.message.emit(f"Point {point.number} added: {self._diagram.describe(x, y)}")
        return point

    def move(self, point_id: str, x: float, y: float, *, nudge: bool = False) -> bool:
        """Move a point; re-identify its muscle unless the user chose it by hand."""
        old = self._doc.point(point_id)
        if self._doc.read_only:
            self.message.emit("This session is open read-only: the point was not moved.")
            return False
        if not self._diagram.contains(x, y):
            self.message.emit(f"Point {old.number} cannot leave the body outline: not moved.")
            return False
        update: dict[str, object] = {"x": round(x, 1), "y": round(y, 1)}
        if not old.muscle_chosen:
            update["muscle"], update["side"] = self.identify(x, y)
        new = old.model_copy(update=update)
        if new != old:
            self._doc.undo_stack.push(MovePointCommand(self._doc, old, new, nudge=nudge))
        return True

    def nudge(self, point_ids: list[str], dx: float, dy: float) -> None:
        """Move the given points by (dx, dy) millimetres."""
        for point_id in point_ids:
            point = self._doc.point(point_id)
            self.move(point_id, point.x + dx, point.y + dy, nudge=True)

    def remove(self, point_ids: list[str]) -> None:
        """Delete points as one undo step; the remaining points are renumbered."""
        if self._doc.read_only or not point_ids:
            return
        stack = self._doc.undo_stack
        points = [self._doc.point(i) for i in point_ids]
        if len(points) == 1:
            stack.push(RemovePointCommand(self._doc, points[0]))
            return
        stack.beginMacro(f"Delete {len(points)} points")
        for point in sorted(points, key=lambda p: -p.number):
            stack.push(RemovePointCommand(self._doc, point))
        stack.endMacro()
