"""PointEditor: clicks, drags, nudges and deletes on the map, as the document's edit verbs."""

from __future__ import annotations

from PySide6.QtCore import QObject

from bodymap import clinical
from bodymap.model import DryNeedling, ExaminedOnly, Injection, Treatment, TriggerPoint
from bodymap.ui.diagram_view import DiagramScene
from bodymap.ui.dialogs import StatusSink
from bodymap.ui.document import EditRefused, SessionDocument

NUDGE_MM = 1.0
"""How far an arrow key moves the selected points."""
NUDGE_LARGE_MM = 5.0
"""How far Shift and an arrow key move them."""
MESSAGE_MS = 8000


class PointEditor(QObject):
    """Edits one document from its map; tells the status bar what happened, or why not."""

    def __init__(
        self,
        doc: SessionDocument,
        scene: DiagramScene,
        status: StatusSink,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._scene = scene
        self._status = status
        self.template: Treatment | None = None
        """The treatment of the last treated point, carried forward to the next new point.

        Cleared whenever the whole session is replaced (new, open, restore, the next visit):
        a treatment never crosses from one patient, or one visit, to the next."""
        scene.diagram_clicked.connect(self.add_at)
        scene.point_drag_finished.connect(self.drop)
        doc.session_reset.connect(self.forget_template)

    def add_at(self, x: float, y: float) -> TriggerPoint | None:
        """Mark a point at (x, y) mm and select it; None (and a message) when refused.

        The new point gets the carried-forward treatment, unless that is refused for this
        patient (a local anaesthetic after an allergy was recorded): then none.
        """
        template = self.template
        patient = self._doc.session.patient
        if template is not None and clinical.check_treatment_allowed(patient, template):
            template = None
        try:
            point = self._doc.add_point(x, y, template)
        except EditRefused as refusal:
            self._status(str(refusal), MESSAGE_MS)
            return None
        self._scene.select_ids([point.id])
        where = self._doc.location(point.id).description
        self._status(f"Point {point.number} added: {where}", MESSAGE_MS)
        return point

    def drop(self, point_id: str, x: float, y: float) -> None:
        """A marker was dropped at (x, y): move its point there, or put the marker back."""
        try:
            self._doc.move_point(point_id, x, y)
        except EditRefused as refusal:
            self._scene.put_back(self._doc.point(point_id))
            self._status(str(refusal), MESSAGE_MS)

    def nudge_selected(self, dx: float, dy: float) -> None:
        """Move the selected points by (dx, dy) mm."""
        try:
            self._doc.nudge_points(self._scene.selected_ids(), dx, dy)
        except EditRefused as refusal:
            self._status(str(refusal), MESSAGE_MS)

    def delete_selected(self) -> None:
        """Delete the selected points as one undo step."""
        try:
            self._doc.delete_points(self._scene.selected_ids())
        except EditRefused as refusal:
            self._status(str(refusal), MESSAGE_MS)

    def forget_template(self) -> None:
        """New points are examined only until a treatment is applied again."""
        self.template = None

    def carry_forward(self, treatment: object) -> None:
        """Give new points this treatment from now on (the one last applied to a point)."""
        if isinstance(treatment, ExaminedOnly | Injection | DryNeedling):
            self.template = treatment
