"""Graphics items: the diagram backdrop and the numbered trigger point markers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from bodymap import painting
from bodymap.anatomy import Diagram
from bodymap.ui import palette

if TYPE_CHECKING:
    from bodymap.model import TriggerPoint


@dataclass(frozen=True)
class MarkerStyle:
    """Sizes of a marker on screen in pixels (constant at every zoom)."""

    radius: float
    """The treatment-coloured disc."""
    inner_ring: float
    """The white ring around the disc."""
    outer_ring: float
    """The dark ring around that: the marker's edge against the diagram."""
    gap: float
    """The white gap between a selected marker and its selection ring."""
    selection: float
    """The selection ring."""
    font_px: int
    """The point number."""
    badge: float
    """Radius of the caution badge."""

    @property
    def edge(self) -> float:
        """Radius of the marker's outer edge (the clickable disc reaches a little further)."""
        return self.radius + self.inner_ring / 2 + self.outer_ring

    @property
    def extent(self) -> float:
        """Half the side of the square the marker paints in, selected or not."""
        return self.edge + self.gap + self.selection + 1.0


NORMAL_STYLE: Final = MarkerStyle(
    radius=11.0, inner_ring=1.5, outer_ring=1.5, gap=2.0, selection=3.0, font_px=12, badge=5.5
)
HIGH_CONTRAST_STYLE: Final = MarkerStyle(
    radius=14.0, inner_ring=2.0, outer_ring=3.0, gap=2.5, selection=5.0, font_px=16, badge=7.0
)
"""Thicker outlines and a larger number (View → High Contrast)."""
HIGH_CONTRAST_OUTLINES: Final = 2.5
"""How much thicker the diagram's outlines are drawn in high contrast."""


@functools.cache
def circle_shape(radius_px: float) -> QPainterPath:
    """The clickable disc of a marker centred on its position (built once per radius)."""
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), radius_px, radius_px)
    return path


def paint_marker(
    painter: QPainter,
    style: MarkerStyle,
    number: int,
    kind: str,
    *,
    caution: bool = False,
    mismatch: bool = False,
    selected: bool = False,
) -> None:
    """A numbered marker centred on the painter's origin, in pixels.

    Args:
        number: the point number; 0 draws the marker without one (the colour key).
        kind: the treatment ("injection", "dry_needling", "examined"), its fill colour.
        caution: draw the caution badge (a needling caution applies at the point).
        mismatch: draw the muscle-mismatch badge (the muscle chosen for the point does not lie
            under it, clinical-basis §4.1): a square, told apart from the round caution badge
            by its shape as well as its colour.
        selected: draw the selection ring.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = style.radius
    centre = QPointF(0, 0)
    fill = painting.MARKER_COLOURS.get(kind, painting.MARKER_COLOURS["injection"])
    painter.setPen(QPen(palette.MARKER_INNER_RING, style.inner_ring))
    painter.setBrush(QBrush(fill))
    painter.drawEllipse(centre, r, r)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    ring = r + style.inner_ring / 2 + style.outer_ring / 2
    painter.setPen(QPen(palette.MARKER_OUTLINE, style.outer_ring))
    painter.drawEllipse(centre, ring, ring)
    if selected:
        gap = style.edge + style.gap / 2
        painter.setPen(QPen(palette.SELECTION_GAP, style.gap))
        painter.drawEllipse(centre, gap, gap)
        outer = style.edge + style.gap + style.selection / 2
        painter.setPen(QPen(palette.SELECTION_RING, style.selection))
        painter.drawEllipse(centre, outer, outer)
    font = QFont()
    font.setBold(True)
    if number > 0:
        font.setPixelSize(style.font_px if number < 100 else round(style.font_px * 0.8))
        painter.setFont(font)
        painter.setPen(palette.MARKER_TEXT)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(number))
    if caution:
        b = style.badge
        badge = QPointF(r, -r + 1)
        painter.setPen(QPen(palette.BADGE_TEXT, 1.5))
        painter.setBrush(palette.BADGE_FILL)
        painter.drawEllipse(badge, b, b)
        font.setPixelSize(round(b * 1.7))
        painter.setFont(font)
        painter.drawText(
            QRectF(badge.x() - b, badge.y() - b, 2 * b, 2 * b), Qt.AlignmentFlag.AlignCenter, "!"
        )
    if mismatch:
        b = style.badge
        square = QRectF(r - b + 1, r - 2 * b + 1, 2 * b, 2 * b)
        painter.setPen(QPen(palette.MISMATCH_EDGE, 1.5))
        painter.setBrush(palette.MISMATCH_FILL)
        painter.drawRect(square)
        font.setPixelSize(round(b * 1.7))
        painter.setFont(font)
        painter.setPen(palette.MISMATCH_TEXT)
        painter.drawText(square, Qt.AlignmentFlag.AlignCenter, "?")


def _marker_rect(style: MarkerStyle) -> QRectF:
    e = style.extent
    return QRectF(-e, -e, 2 * e, 2 * e)


class DiagramItem(QGraphicsItem):
    """The anatomical drawing, painted from the same outlines the hit-test uses.

    The drawing is cached in device pixels; the highlighted muscle is a child item so that
    selecting a point does not repaint the whole diagram.
    """

    def __init__(self, diagram: Diagram) -> None:
        super().__init__()
        self._diagram = diagram
        self._show_deep = False
        self._outline_scale = 1.0
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

    def set_high_contrast(self, on: bool) -> None:
        """Draw the outlines of the body and the muscles thicker."""
        scale = HIGH_CONTRAST_OUTLINES if on else 1.0
        if scale != self._outline_scale:
            self._outline_scale = scale
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
        painting.paint_diagram(
            painter, self._diagram, show_deep=self._show_deep, outline_scale=self._outline_scale
        )
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

    def __init__(self, point: TriggerPoint, style: MarkerStyle = NORMAL_STYLE) -> None:
        super().__init__(_marker_rect(style))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.point_id = point.id
        self._number = point.number
        self._kind = point.treatment.kind
        self._caution = False
        self._mismatch = False
        self._style = style
        self.accessible_name = ""
        """What a screen reader calls the marker ("Point 3, right levator scapulae, …")."""
        self.press_pos: QPointF | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        # Not focusable: the map keeps the keyboard and Tab moves the selection instead
        # (DiagramView.focusNextPrevChild).
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10 + point.number)
        self.setPos(point.x, point.y)

    def update_from(
        self, point: TriggerPoint, tooltip: str, caution: bool = False, name: str = ""
    ) -> None:
        """Show the point's current number, position, treatment, tooltip and spoken name.

        The marker is drawn again only when what it draws changed: every marker is told
        after each edit, and redrawing a thousand cached markers would slow every repaint.
        """
        drawn = (point.number, point.treatment.kind, caution)
        changed = drawn != (self._number, self._kind, self._caution)
        self._number, self._kind, self._caution = drawn
        self.accessible_name = name
        self.setZValue(10 + point.number)
        self.setPos(point.x, point.y)
        self.setToolTip(tooltip)
        if changed:
            self.update()

    @property
    def number(self) -> int:
        """The point's number, as the marker shows it."""
        return self._number

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

    @property
    def style(self) -> MarkerStyle:
        """The marker's sizes (normal or high contrast)."""
        return self._style

    def set_style(self, style: MarkerStyle) -> None:
        """Draw the marker with other sizes (View → High Contrast)."""
        if style != self._style:
            self._style = style
            self.setRect(_marker_rect(style))
            self.update()

    def shape(self) -> QPainterPath:
        return circle_shape(self._style.edge + 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint_marker(
            painter,
            self._style,
            self._number,
            self._kind,
            caution=self._caution,
            mismatch=self._mismatch,
            selected=self.isSelected(),
        )

    def mousePressEvent(self, event: Any) -> None:
        self.press_pos = self.pos()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)
