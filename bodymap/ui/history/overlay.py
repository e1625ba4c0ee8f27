"""Faint "previous visit" markers of an earlier session, shown over the current map.

Scene coordinates are diagram millimetres. Each marker ignores the view transform, so it keeps
its size at any zoom. Clicking a marker asks for its point to be accepted into the current
session; the history controller hands that request to the document. An earlier point that a
point of the current session already matches (same muscle and side within
``history.TOLERANCE_MM``) is shown as matched ("p1 = 3", solid and faint) and is not offered:
clicking it selects the current point that matches it (clinical-basis §9.1, §9.3).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from bodymap import history, painting
from bodymap.history.keys import sort_date
from bodymap.i18n import date_text, translate
from bodymap.model import Session, TriggerPoint
from bodymap.ui import palette
from bodymap.ui.items import NORMAL_STYLE, circle_shape
from bodymap.ui.plain_text import plain_tooltip
from bodymap.ui.wording import previous_point_tooltip

PREVIOUS_RADIUS_PX = 12.0
MATCHED_LABEL_GAP_PX = NORMAL_STYLE.extent + 2
"""A matched marker's label starts beyond today's marker, which usually stands on it."""
"""Radius of a previous-visit marker on screen: a little larger than a current marker."""
PREVIOUS_Z = 5.0
"""Above the diagram (-10), below the current session's markers (10 and up)."""


LabelSide = Literal["left", "right", "below"]
"""Where a previous-visit marker's label is drawn."""


class PreviousPointItem(QGraphicsItem):
    """One previous-visit marker: a grey dashed hollow circle labelled "p<number>"; when a
    current point matches it, a faint solid circle labelled "p<number> = <current number>"."""

    def __init__(self, point: TriggerPoint, label: str, tooltip: str, parent: QGraphicsItem):
        super().__init__(parent)
        self.point = point
        self.label = label
        self.matched_by: TriggerPoint | None = None
        """The current session's point that is the same trigger point, if any."""
        self.label_side: LabelSide = "right"
        self._offer_tooltip = tooltip
        self._hover = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(plain_tooltip(tooltip))
        self.setPos(point.x, point.y)

    def set_matched(self, current: TriggerPoint | None) -> None:
        """Show the marker as matched by ``current`` (None: offered again)."""
        if current == self.matched_by:
            return
        self.prepareGeometryChange()
        self.matched_by = current
        if current is None:
            self.setToolTip(plain_tooltip(self._offer_tooltip))
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            first_line = self._offer_tooltip.split("\n", 1)[0]
            self.setToolTip(
                plain_tooltip(
                    translate(
                        "overlay",
                        "{tooltip}\nMatched by point {number} of this visit (same muscle and "
                        "side within {tolerance} mm): not offered again.",
                    ).format(
                        tooltip=first_line,
                        number=current.number,
                        tolerance=f"{history.TOLERANCE_MM:g}",
                    )
                )
            )
            self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()

    @property
    def shown_label(self) -> str:
        """The label drawn beside the marker."""
        if self.matched_by is None:
            return self.label
        return f"{self.label} = {self.matched_by.number}"

    def set_label_side(self, side: LabelSide) -> None:
        """Where the label is drawn beside the marker (the overlay chooses, so that the labels
        of earlier points matched by one point do not cover each other)."""
        if side != self.label_side:
            self.prepareGeometryChange()
            self.label_side = side
            self.update()

    def boundingRect(self) -> QRectF:
        r = PREVIOUS_RADIUS_PX + 2
        reach = MATCHED_LABEL_GAP_PX + 64 if self.matched_by is not None else r + 64
        if self.label_side == "left":
            return QRectF(-reach, -r, reach + r, 2 * r)
        if self.label_side == "below":
            return QRectF(-32, -r, 64, r + MATCHED_LABEL_GAP_PX + 16)
        return QRectF(-r, -r, reach + r, 2 * r)

    def shape(self) -> QPainterPath:
        return circle_shape(PREVIOUS_RADIUS_PX + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.matched_by is not None:
            self._paint_matched(painter)
            return
        colour = palette.EARLIER_VISIT_HOVER if self._hover else palette.EARLIER_VISIT
        r = PREVIOUS_RADIUS_PX
        # A light under-stroke keeps the dashed ring readable on every muscle colour.
        painter.setPen(QPen(palette.EARLIER_VISIT_HALO, 4.0))
        painter.setBrush(palette.EARLIER_VISIT_HALO if self._hover else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(colour, 2.5 if self._hover else 1.8, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(colour, 1.5))
        painter.drawLine(QPointF(-3, 0), QPointF(3, 0))
        painter.drawLine(QPointF(0, -3), QPointF(0, 3))
        font = QFont()
        font.setPixelSize(11)
        font.setItalic(True)
        font.setBold(self._hover)
        painter.setFont(font)
        text = QRectF(r + 3, -8, painter.fontMetrics().horizontalAdvance(self.label) + 6, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.EARLIER_VISIT_HALO)
        painter.drawRoundedRect(text, 3, 3)
        painter.setPen(colour)
        painter.drawText(text, Qt.AlignmentFlag.AlignCenter, self.label)

    def _paint_matched(self, painter: QPainter) -> None:
        r = PREVIOUS_RADIUS_PX - 3
        painter.setPen(QPen(palette.EARLIER_VISIT_HALO, 3.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(palette.EARLIER_VISIT_MATCHED, 1.2))
        painter.drawEllipse(QPointF(0, 0), r, r)
        font = QFont()
        font.setPixelSize(10)
        font.setItalic(True)
        painter.setFont(font)
        label = self.shown_label
        width = painter.fontMetrics().horizontalAdvance(label) + 6
        gap = MATCHED_LABEL_GAP_PX  # clear of today's marker and its selection ring
        if self.label_side == "left":
            text = QRectF(-(gap + width), -7, width, 14)
        elif self.label_side == "below":
            text = QRectF(-width / 2, gap - 4, width, 14)
        else:
            text = QRectF(gap, -7, width, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.EARLIER_VISIT_HALO)
        painter.drawRoundedRect(text, 3, 3)
        painter.setPen(palette.EARLIER_VISIT_MATCHED)
        painter.drawText(text, Qt.AlignmentFlag.AlignCenter, label)

    def hoverEnterEvent(self, event: Any) -> None:
        self._hover = self.matched_by is None
        self.update()

    def hoverLeaveEvent(self, event: Any) -> None:
        self._hover = False
        self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # become the mouse grabber, so the release comes here

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.shape().contains(event.pos()):
            overlay = self.parentObject()
            if isinstance(overlay, PreviousVisitOverlay):
                if self.matched_by is None:
                    overlay.accept_requested.emit(self.point)
                else:
                    overlay.matched_clicked.emit(self.matched_by.id)
        event.accept()


class PreviousDrawingItem(QGraphicsItem):
    """An earlier visit's pain drawing: light tints inside dashed edges, under its markers."""

    def __init__(self, session: Session, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.areas = list(session.pain_areas)
        self._rect = QRectF()
        for area in self.areas:
            self._rect |= painting.pain_area_path(area).boundingRect()
        self._rect.adjust(-2, -2, 2, 2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painting.paint_pain_drawing(painter, self.areas, faint=True)


class PreviousVisitOverlay(QGraphicsObject):
    """The points of one earlier session as previous-visit markers (add it to the scene).

    Signals:
        accept_requested(TriggerPoint): an offered marker was clicked; its point (of the
            earlier session) should be accepted into the current one (``point_from_previous``).
        matched_clicked(str): a matched marker was clicked: the id of the current point that
            matches it.
    """

    accept_requested = Signal(object)
    matched_clicked = Signal(str)

    def __init__(self, session: Session, path: Path | None = None) -> None:
        super().__init__()
        self.session = session
        self.path = path
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(PREVIOUS_Z)
        when = date_text(session.encounter.date or session.created.date())
        self.drawing = PreviousDrawingItem(session, self) if session.pain_areas else None
        """The earlier visit's pain drawing, if it has one."""
        self._markers: dict[str, PreviousPointItem] = {}
        for p in session.points:
            tooltip = previous_point_tooltip(p, when)
            self._markers[p.id] = PreviousPointItem(
                p, translate("overlay", "p{number}").format(number=p.number), tooltip, self
            )

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        pass

    def markers(self) -> list[PreviousPointItem]:
        """All markers, in point order."""
        return list(self._markers.values())

    def pending_points(self) -> list[TriggerPoint]:
        """The earlier points still offered (no current point matches them), in order."""
        return [m.point for m in self._markers.values() if m.matched_by is None]

    def matched(self) -> list[tuple[TriggerPoint, TriggerPoint]]:
        """(earlier point, the current point matching it) for each matched marker."""
        return [(m.point, m.matched_by) for m in self._markers.values() if m.matched_by]

    def sync(self, current: Session) -> None:
        """Show as matched the markers whose point a point of ``current`` already is (same
        muscle and side within ``history.TOLERANCE_MM``); offer the others.

        Call it whenever the current session's points change, so that a marker is matched
        when its point is accepted or marked anew, and offered again when that is undone.
        """
        groups: dict[str, list[PreviousPointItem]] = {}
        for marker in self._markers.values():
            marker.set_matched(history.matching_point(marker.point, current.points))
            if marker.matched_by is not None:
                groups.setdefault(marker.matched_by.id, []).append(marker)
            else:
                marker.set_label_side("right")
        for markers in groups.values():
            _place_labels(markers)


def _place_labels(markers: list[PreviousPointItem]) -> None:
    """The labels of the earlier points one point matches: each on the side away from that
    point; where two would share a side, the one nearer to the point writes below itself."""
    current = markers[0].matched_by
    assert current is not None
    taken: set[LabelSide] = set()
    for marker in sorted(markers, key=lambda m: -abs(m.point.x - current.x)):
        side: LabelSide = "left" if marker.point.x < current.x else "right"
        marker.set_label_side("below" if side in taken else side)
        taken.add(side)


class PreviousVisitOverlays(QObject):
    """The earlier sessions shown on one scene, by session id; forwards accept requests.

    Signals:
        accept_requested(TriggerPoint): as ``PreviousVisitOverlay.accept_requested``.
        matched_clicked(str): as ``PreviousVisitOverlay.matched_clicked``.
        changed(): an overlay was shown or hidden.
    """

    accept_requested = Signal(object)
    matched_clicked = Signal(str)
    changed = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scene = scene
        self._shown: dict[str, PreviousVisitOverlay] = {}

    def show_session(
        self, session: Session, path: Path | None = None, current: Session | None = None
    ) -> PreviousVisitOverlay:
        """Show ``session``'s points (again) as previous-visit markers."""
        self.hide_session(session.id)
        overlay = PreviousVisitOverlay(session, path)
        overlay.accept_requested.connect(self.accept_requested)
        overlay.matched_clicked.connect(self.matched_clicked)
        if current is not None:
            overlay.sync(current)
        self._scene.addItem(overlay)
        self._shown[session.id] = overlay
        self.changed.emit()
        return overlay

    def hide_session(self, session_id: str) -> None:
        """Remove the overlay of one session, if shown."""
        overlay = self._shown.pop(session_id, None)
        if overlay is not None:
            overlay.accept_requested.disconnect(self.accept_requested)
            overlay.matched_clicked.disconnect(self.matched_clicked)
            self._scene.removeItem(overlay)
            self.changed.emit()

    def hide_path(self, path: Path) -> None:
        """Remove the overlay shown from this file, if any (``PatientBrowser.overlay_toggled``)."""
        for session_id, overlay in list(self._shown.items()):
            if overlay.path == path:
                self.hide_session(session_id)

    def toggle(
        self, session: Session, path: Path | None = None, current: Session | None = None
    ) -> bool:
        """Show the session if hidden, hide it if shown; return whether it is shown now."""
        if session.id in self._shown:
            self.hide_session(session.id)
            return False
        self.show_session(session, path, current)
        return True

    def clear(self) -> None:
        """Remove every overlay (e.g. when another session is opened)."""
        for session_id in list(self._shown):
            self.hide_session(session_id)

    def overlays(self) -> list[PreviousVisitOverlay]:
        """The overlays shown, in the order they were added."""
        return list(self._shown.values())

    def shown_paths(self) -> set[Path]:
        """Files of the sessions shown (for ``PatientBrowser.set_overlaid``)."""
        return {o.path for o in self._shown.values() if o.path is not None}

    def pending_points(self) -> list[TriggerPoint]:
        """Earlier points still offered, over all overlays ("accept all"): the most recent
        visit's first, each visit's in point order."""
        newest_first = sorted(
            self._shown.values(),
            key=lambda o: (sort_date(o.session), o.session.created),
            reverse=True,
        )
        return [p for o in newest_first for p in o.pending_points()]

    def sync(self, current: Session) -> None:
        """``PreviousVisitOverlay.sync`` for every overlay."""
        for overlay in self._shown.values():
            overlay.sync(current)
