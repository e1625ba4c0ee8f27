"""PointEditor: clicks, keys, drags, nudges and deletes on the map, as the document's edit verbs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject

from bodymap import clinical
from bodymap.i18n import translate
from bodymap.model import DryNeedling, ExaminedOnly, Injection, Treatment, TriggerPoint
from bodymap.ui import map_keys
from bodymap.ui.diagram_view import DiagramScene
from bodymap.ui.dialogs import StatusSink
from bodymap.ui.document import EditRefused, SessionDocument

NUDGE_MM = map_keys.STEP_MM
"""How far an arrow key moves the selected points."""
NUDGE_LARGE_MM = map_keys.LARGE_STEP_MM
"""How far Shift and an arrow key move them."""
MESSAGE_MS = 8000


class Announce(Protocol):
    """Says a message to screen readers (``Announcer.announce``)."""

    def __call__(self, text: str, *, assertive: bool = False) -> None:
        """Say ``text``; ``assertive`` interrupts what is being said."""


def _silent(text: str, *, assertive: bool = False) -> None:
    """No screen reader to tell."""


def added_text(
    point: TriggerPoint,
    where: str,
    template: Treatment | None = None,
    fitted: Treatment | None = None,
    limit_mm: float | None = None,
) -> str:
    """What the status bar says of a new point: where it lies, and, when its needle was
    shortened for its zone (``template`` became ``fitted``), the needle it got."""
    if (
        not isinstance(template, Injection | DryNeedling)
        or not isinstance(fitted, Injection | DryNeedling)
        or fitted.needle_length_mm == template.needle_length_mm
        or limit_mm is None
    ):
        return translate("editing", "Point {number} added: {where}").format(
            number=point.number, where=where
        )
    if fitted.needle_length_mm is None:
        return translate(
            "editing",
            "Point {number} added: {where}; needle length left blank (at most {limit} mm "
            "advised here): record the needle used",
        ).format(number=point.number, where=where, limit=f"{limit_mm:g}")
    return translate(
        "editing",
        "Point {number} added: {where}; needle {length} mm instead of {before} mm (at most "
        "{limit} mm advised here)",
    ).format(
        number=point.number,
        where=where,
        length=f"{fitted.needle_length_mm:g}",
        before=f"{template.needle_length_mm or 0:g}",
        limit=f"{limit_mm:g}",
    )


class PointEditor(QObject):
    """Edits one document from its map; tells the status bar and screen readers what
    happened, or why not."""

    def __init__(
        self,
        doc: SessionDocument,
        scene: DiagramScene,
        status: StatusSink,
        parent: QObject | None = None,
        announce: Announce = _silent,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._scene = scene
        self._status = status
        self._announce = announce
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
        carried, limit_mm = template, None
        if isinstance(template, Injection | DryNeedling):
            # The document stores positions to 0.1 mm: judge the zone where the point will be.
            site = clinical.site_of(self._doc.diagram, round(x, 1), round(y, 1))
            limit_mm = clinical.advised_depth_mm(site.cautions, patient)
            template = clinical.treatment_for_site(template, site.cautions, patient)
        try:
            point = self._doc.add_point(x, y, template)
        except EditRefused as refusal:
            self._refused(refusal)
            return None
        self._scene.select_ids([point.id])
        where = self._doc.location(point.id).description
        self._tell(added_text(point, where, carried, template, limit_mm))
        return point

    def drop(self, point_id: str, x: float, y: float) -> None:
        """A marker was dropped at (x, y): move its point there, or put the marker back."""
        try:
            self._doc.move_point(point_id, x, y)
        except EditRefused as refusal:
            self._scene.put_back(self._doc.point(point_id))
            self._refused(refusal)
            return
        self._tell_moved([point_id])

    def nudge_selected(self, dx: float, dy: float) -> None:
        """Move the selected points by (dx, dy) mm."""
        ids = self._scene.selected_ids()
        try:
            self._doc.nudge_points(ids, dx, dy)
        except EditRefused as refusal:
            self._refused(refusal)
            return
        self._tell_moved(ids)

    def delete_selected(self) -> None:
        """Delete the selected points as one undo step."""
        points = [self._doc.point(i) for i in self._scene.selected_ids()]
        try:
            self._doc.delete_points([p.id for p in points])
        except EditRefused as refusal:
            self._refused(refusal)
            return
        if len(points) == 1:
            self._tell(
                translate(
                    "editing", "Point {number} deleted; the points after it are renumbered."
                ).format(number=points[0].number)
            )
        elif points:
            self._tell(
                translate(
                    "editing", "{count} points deleted; the remaining points are renumbered."
                ).format(count=len(points))
            )

    def forget_template(self) -> None:
        """New points are examined only until a treatment is applied again."""
        self.template = None

    def carry_forward(self, treatment: object) -> None:
        """Give new points this treatment from now on (the one last applied to a point)."""
        if isinstance(treatment, ExaminedOnly | Injection | DryNeedling):
            self.template = treatment

    # --- telling what happened ------------------------------------------------------------------

    def _tell(self, text: str) -> None:
        self._status(text, MESSAGE_MS)
        self._announce(text)

    def _refused(self, refusal: EditRefused) -> None:
        self._status(str(refusal), MESSAGE_MS)
        self._announce(str(refusal), assertive=True)

    def _tell_moved(self, point_ids: Sequence[str]) -> None:
        if len(point_ids) == 1:
            point = self._doc.point(point_ids[0])
            where = self._doc.location(point.id).description
            self._tell(
                translate("editing", "Point {number} moved: {where}").format(
                    number=point.number, where=where
                )
            )
        elif point_ids:
            numbers = ", ".join(str(self._doc.point(i).number) for i in point_ids)
            self._tell(translate("editing", "Points {numbers} moved.").format(numbers=numbers))
