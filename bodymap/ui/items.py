"""Graphics items: the diagram backdrop and the numbered trigger point markers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from bodymap import painting
from bodymap.anatomy import Diagram

if TYPE_CHECKING:
    from bodymap.model import TriggerPoint

MARKER_RADIUS_PX = 11.0
"""Marker radius on screen, constant at every zoom (the item ignores the view transform)."""


@functools.cache
def circle_shape(radius_px: float) -> QPainterPath:
    """The clickable disc of a marker centred on its position (built once per radius)."""
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), radius_px, radius_px)
    return path


_MARKER_RECT = QRectF(
    -(MARKER_RADIUS_PX + 4),
    -(MARKER_RADIUS_PX + 4),
    2 * MARKER_RADIUS_PX + 16,
    2 * MARKER_RADIUS_PX + 8,
)
_TREATMENT_COLOURS = {
    "injection": QColor("#b3122e"),
    "dry_needling": QColor("#1f5fa8"),
    "examined": QColor("#6b4e9b"),
}


class DiagramItem(QGraphicsItem):
    """The anatomical drawing, painted from the same outlines the hit-test uses.

    The drawing is cached in device pixels; the highlighted muscle is a child item so that
    selecting a point does not repaint the whole diagram.
    """

    def __init__(self, diagram: Diagram) -> None:
        super().__init__()
        self._diagram = diagram
        self._show_deep = False
        self.painted = False
        """Set once the diagram has been painted (start-up measurement)."""
        self.on_first_paint: Callable[[], None] | None = None
        """Called (once, from the first paint) when the diagram is first on screen."""
        # Neither selectable nor movable, it ignores presses: clicks go to the scene.
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.highlight_item = _HighlightItem(diagram, self)

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, self._diagram.width, self._diagram.height)

    def set_show_deep(self, show: bool) -> None:
        """Draw the intermediate and deep muscles over the superficial ones."""
        if show != self._show_deep:
            self._show_deep = show
            self.update()

    def set_highlight(self, highlight: tuple[str, str] | None) -> None:
        """Emphasise one (muscle, side), e.g. the selected point's muscle."""
        self.highlight_item.set_highlight(highlight)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painting.paint_diagram(painter, self._diagram, show_deep=self._show_deep)
        if not self.painted:
            self.painted = True
            if self.on_first_paint is not None:
                self.on_first_paint()


class _HighlightItem(QGraphicsItem):
    """The selected point's muscle, drawn over the cached diagram."""

    def __init__(self, diagram: Diagram, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self._diagram = diagram
        self.highlight: tuple[str, str] | None = None
        self._rect = QRectF()

    def set_highlight(self, highlight: tuple[str, str] | None) -> None:
        if highlight == self.highlight:
            return
        self.prepareGeometryChange()
        self.highlight = highlight
        self._rect = QRectF()
        if highlight is not None:
            for region in self._diagram.regions:
                if (region.muscle, region.side) == highlight:
                    self._rect |= painting.region_path(region).boundingRect()
            self._rect.adjust(-2, -2, 2, 2)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.highlight is not None:
            painting.paint_highlight(painter, self._diagram, self.highlight)


class PointItem(QGraphicsRectItem):
    """A numbered marker at a trigger point; its position is the point's diagram position.

    A rect item only so that its bounding rectangle is answered in C++: the view asks for it
    several times per marker and repaint, and with a thousand markers a Python
    ``boundingRect`` cost more than painting them. ``paint`` and ``shape`` are our own.
    """

    def __init__(self, point: TriggerPoint) -> None:
        super().__init__(_MARKER_RECT)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.point_id = point.id
        self._number = point.number
        self._kind = point.treatment.kind
        self._caution = False
        self._mismatch = False
        self.press_pos: QPointF | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10 + point.number)
        self.setPos(point.x, point.y)

    def update_from(self, point: TriggerPoint, tooltip: str, caution: bool = False) -> None:
        """Show the point's current number, position, treatment and tooltip."""
        self._number = point.number
        self._kind = point.treatment.kind
        self._caution = caution
        self.setZValue(10 + point.number)
        self.setPos(point.x, point.y)
        self.setToolTip(tooltip)
        self.update()

    @property
    def has_caution(self) -> bool:
        """Whether the marker shows the needling-caution badge."""
        return self._caution

    def set_mismatch(self, mismatch: bool) -> None:
        """Show the muscle-mismatch badge: the muscle chosen for the point does not lie
        under it (clinical-basis §4.1)."""
        if mismatch != self._mismatch:
            self._mismatch = mismatch
            self.update()

    @property
    def has_mismatch(self) -> bool:
        """Whether the marker shows the muscle-mismatch badge."""
        return self._mismatch

    def shape(self) -> QPainterPath:
        return circle_shape(MARKER_RADIUS_PX + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = MARKER_RADIUS_PX
        if self.isSelected():
            painter.setPen(QPen(QColor("#ffd400"), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 2.5, r + 2.5)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QBrush(_TREATMENT_COLOURS.get(self._kind, QColor("#b3122e"))))
        painter.drawEllipse(QPointF(0, 0), r, r)
        font = QFont()
        font.setPixelSize(12 if self._number < 100 else 10)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(self._number)
        )
        if self._caution:
            painter.setPen(QPen(QColor("#5a4500"), 1))
            painter.setBrush(QColor("#ffcc00"))
            painter.drawEllipse(QPointF(r, -r + 1), 5.5, 5.5)
            small = QFont(font)
            small.setPixelSize(9)
            painter.setFont(small)
            painter.drawText(QRectF(r - 5.5, -r - 4.5, 11, 11), Qt.AlignmentFlag.AlignCenter, "!")
        if self._mismatch:
            # A square, not a disc, in another colour: told apart from the caution badge by
            # shape as well as colour.
            badge = QRectF(r - 4.5, r - 9.5, 10, 10)
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QColor("#6a1b9a"))
            painter.drawRect(badge)
            small = QFont(font)
            small.setPixelSize(9)
            painter.setFont(small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "?")

    def mousePressEvent(self, event: Any) -> None:
        self.press_pos = self.pos()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)
