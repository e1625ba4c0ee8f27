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


def needle_note(template: Treatment, fitted: Treatment, limit_mm: float | None) -> str:
    """What the status bar adds when a new point's needle was shortened for its zone, or ""."""
    if not isinstance(template, Injection | DryNeedling) or not isinstance(
        fitted, Injection | DryNeedling
    ):
        return ""
    if fitted.needle_length_mm == template.needle_length_mm or limit_mm is None:
        return ""
    advised = f"at most {limit_mm:g} mm advised here"
    if fitted.needle_length_mm is None:
        return f"; needle length left blank ({advised}): record the needle used"
    return (
        f"; needle {fitted.needle_length_mm:g} mm instead of "
        f"{template.needle_length_mm or 0:g} mm ({advised})"
    )


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
        patient (a local anaesthetic after an allergy was recorded): then none. Its needle is
        never longer than the zone at the new position advises for this patient: a longer
        one is replaced by the longest common length within the advice, and the status bar
        says so (clinical-basis §4.6).
        """
        template = self.template
        patient = self._doc.session.patient
        if template is not None and clinical.check_treatment_allowed(patient, template):
            template = None
        shortened = ""
        if isinstance(template, Injection | DryNeedling):
            # The document stores positions to 0.1 mm: judge the zone where the point will be.
            site = clinical.site_of(self._doc.diagram, round(x, 1), round(y, 1))
            fitted = clinical.treatment_for_site(template, site.cautions, patient)
            shortened = needle_note(
                template, fitted, clinical.advised_depth_mm(site.cautions, patient)
            )
            template = fitted
        try:
            point = self._doc.add_point(x, y, template)
        except EditRefused as refusal:
            self._status(str(refusal), MESSAGE_MS)
            return None
        self._scene.select_ids([point.id])
        where = self._doc.location(point.id).description
        self._status(f"Point {point.number} added: {where}{shortened}", MESSAGE_MS)
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
