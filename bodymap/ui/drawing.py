"""The pain drawing on the map: the painted areas, the stroke being drawn, and the tools.

In drawing mode the map's mouse goes to :class:`DrawingTool` (the scene hands it its mouse
events first): the brush and the eraser follow the pointer while the button is held, the
polygon tool takes a corner per click and closes on the first corner or a double click.
A finished stroke becomes one of the document's edit verbs (:class:`DrawingController`),
so each stroke is one undo step. Scene coordinates are diagram millimetres.
"""

from __future__ import annotations

import enum
import itertools
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from bodymap import painting
from bodymap.clinical.pain_drawing import MAX_RADIUS_MM, MIN_RADIUS_MM, Stroke
from bodymap.ui import palette
from bodymap.ui.diagram_view import DiagramScene
from bodymap.ui.dialogs import StatusSink
from bodymap.ui.document import EditRefused, SessionDocument

if TYPE_CHECKING:
    from bodymap.model import PainArea, PainQuality

PAIN_Z = -6.0
"""Painted areas: over the diagram (-10), under the zones, overlays and markers."""
ZONE_Z = -5.0
PREVIEW_Z = -4.0
MIN_STEP_MM = 0.5
"""A brush path takes a new point once the pointer has moved this far."""
CLOSE_PX = 10.0
"""A polygon closes on a click this close to its first corner (screen pixels)."""
MESSAGE_MS = 8000


class Tool(enum.Enum):
    """What the pointer does in drawing mode."""

    BRUSH = "brush"
    POLYGON = "polygon"
    ERASER = "eraser"


class PainDrawingItem(QGraphicsItem):
    """The session's painted areas, hatched by quality; repainted when the drawing changes."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self._rect = QRectF(0.0, 0.0, width, height)
        self._areas: list[PainArea] = []
        self.setZValue(PAIN_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Painted once per change, then from the cache: a stroke over it repaints cheaply.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_areas(self, areas: list[PainArea]) -> None:
        """Show these areas."""
        self._areas = list(areas)
        self.update()

    def areas(self) -> list[PainArea]:
        """The areas shown."""
        return list(self._areas)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painting.paint_pain_drawing(painter, self._areas)


class ReferralZoneItem(QGraphicsItem):
    """The typical referral zone of one muscle, a dashed outline (hidden when there is none)."""

    def __init__(self) -> None:
        super().__init__()
        self._path = QPainterPath()
        self._outlines: list[tuple[tuple[float, float], ...]] = []
        self.setZValue(ZONE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_outlines(self, outlines: list[tuple[tuple[float, float], ...]]) -> None:
        """Show the zone made of these outlines (diagram mm); none hides it."""
        self.prepareGeometryChange()
        self._outlines = list(outlines)
        self._path = painting.referral_path(self._outlines) if outlines else QPainterPath()
        self.update()

    def outlines(self) -> list[tuple[tuple[float, float], ...]]:
        """The outlines shown."""
        return list(self._outlines)

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._outlines:
            painting.paint_referral_zone(painter, self._outlines)


class StrokePreviewItem(QGraphicsItem):
    """The stroke being drawn, and the brush's circle under the pointer.

    A brush stroke repaints only the pieces of its path near the part of the view being
    updated (the new piece, as the pointer moves), so a long stroke costs no more per frame
    than a short one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(PREVIEW_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._points: list[QPointF] = []
        self._path = QPainterPath()
        self._radius = 0.0
        self._closed = False
        self._erasing = False
        self._hover: QPointF | None = None
        self._rect = QRectF()

    def show_stroke(self, path: QPainterPath, radius: float, *, erasing: bool) -> None:
        """Draw ``path`` widened by ``radius`` (a brush), or as a polygon's edges (radius 0)."""
        self.prepareGeometryChange()
        self._path, self._radius, self._erasing = path, radius, erasing
        elements = (path.elementAt(i) for i in range(path.elementCount()))
        self._points = [QPointF(e.x, e.y) for e in elements]
        self._update_rect()

    def extend_to(self, point: QPointF) -> None:
        """Lengthen the brush path to ``point``; only the new piece is repainted."""
        last = self._path.currentPosition()
        self._path.lineTo(point)
        self._points.append(QPointF(point))
        piece = QRectF(last, point).normalized()
        piece.adjust(-self._radius - 1, -self._radius - 1, self._radius + 1, self._radius + 1)
        if not self._rect.contains(piece):
            self.prepareGeometryChange()
            self._rect |= piece
        self.update(piece)

    def set_hover(self, point: QPointF | None, radius: float) -> None:
        """The brush's outline at ``point`` (None hides it)."""
        old = self._hover_rect()
        self._hover, self._radius = point, radius if point is not None else self._radius
        self.prepareGeometryChange()
        self._update_rect()
        self.update(old | self._hover_rect())

    def clear(self) -> None:
        """Show nothing."""
        self.prepareGeometryChange()
        self._path = QPainterPath()
        self._points = []
        self._hover = None
        self._rect = QRectF()
        self.update()

    def _hover_rect(self) -> QRectF:
        if self._hover is None or self._radius <= 0:
            return QRectF()
        r = self._radius + 1
        return QRectF(self._hover.x() - r, self._hover.y() - r, 2 * r, 2 * r)

    def _update_rect(self) -> None:
        r = self._radius + 1
        self._rect = self._path.boundingRect().adjusted(-r, -r, r, r) | self._hover_rect()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _near(self, exposed: QRectF) -> QPainterPath:
        """The brush path's pieces within reach of ``exposed`` (the part being repainted)."""
        if exposed.isEmpty() or exposed.contains(self._rect):
            return self._path
        reach = exposed.adjusted(-self._radius, -self._radius, self._radius, self._radius)
        path = QPainterPath()
        points = self._points
        drawing = False
        for a, b in itertools.pairwise(points):
            if reach.intersects(QRectF(a, b).normalized().adjusted(-0.01, -0.01, 0.01, 0.01)):
                if not drawing:
                    path.moveTo(a)
                    drawing = True
                path.lineTo(b)
            else:
                drawing = False
        if len(points) == 1:
            path.moveTo(points[0])
            path.lineTo(points[0])
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = palette.STROKE_ERASE if self._erasing else palette.STROKE_PAINT
        if not self._path.isEmpty():
            if self._radius > 0:
                pen = QPen(palette.with_alpha(colour, 110), 2 * self._radius)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.strokePath(self._near(option.exposedRect), pen)
            else:
                painter.strokePath(self._path, QPen(colour, 0.8, Qt.PenStyle.DashLine))
        if self._hover is not None and self._radius > 0:
            painter.setPen(QPen(palette.BRUSH_OUTLINE, 0.5))
            painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            painter.drawEllipse(self._hover, self._radius, self._radius)


class DrawingTool(QObject):
    """The mouse in drawing mode: builds strokes and reports each finished one.

    The scene offers it every mouse event first (``DiagramScene.tool``); it takes those of
    the left button and the pointer's moves.
    """

    stroke_finished = Signal(object, bool)
    """A stroke is done: the :class:`Stroke`, and whether it erases."""

    def __init__(self, scene: DiagramScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scene = scene
        self.preview = StrokePreviewItem()
        scene.addItem(self.preview)
        self.tool = Tool.BRUSH
        self.radius_mm = 10.0
        self._points: list[tuple[float, float]] = []
        self._pressed = False

    def set_radius(self, radius_mm: float) -> None:
        """The brush and eraser radius, within the limits a stroke takes."""
        self.radius_mm = min(max(radius_mm, MIN_RADIUS_MM), MAX_RADIUS_MM)

    def set_tool(self, tool: Tool) -> None:
        """Brush, polygon or eraser; a stroke being drawn is dropped."""
        self.tool = tool
        self.cancel()

    def cancel(self) -> None:
        """Drop the stroke being drawn."""
        self._points = []
        self._pressed = False
        self.preview.clear()

    # --- the scene's mouse (DiagramScene.tool) ------------------------------------------------

    def press(self, pos: QPointF, button: Qt.MouseButton, pixel_mm: float) -> bool:
        if button != Qt.MouseButton.LeftButton:
            return button == Qt.MouseButton.RightButton and self._cancel_polygon()
        point = (pos.x(), pos.y())
        if self.tool == Tool.POLYGON:
            if len(self._points) >= 3 and math.dist(point, self._points[0]) <= CLOSE_PX * pixel_mm:
                self._finish()
                return True
            self._points.append(point)
            self._show_polygon()
            return True
        self._pressed = True
        self._points = [point]
        path = QPainterPath(pos)
        path.lineTo(pos)
        self.preview.show_stroke(path, self.radius_mm, erasing=self.tool == Tool.ERASER)
        return True

    def move(self, pos: QPointF) -> None:
        point = (pos.x(), pos.y())
        if self.tool != Tool.POLYGON:
            self.preview.set_hover(pos, self.radius_mm)
        if self._pressed and math.dist(point, self._points[-1]) >= MIN_STEP_MM:
            self._points.append(point)
            self.preview.extend_to(pos)

    def release(self, button: Qt.MouseButton) -> bool:
        if button != Qt.MouseButton.LeftButton:
            return False
        if self._pressed:
            self._pressed = False
            self._finish()
        return True

    def double_click(self) -> bool:
        if self.tool == Tool.POLYGON and len(self._points) >= 3:
            self._finish()
        return True

    # ------------------------------------------------------------------------------------------

    def _cancel_polygon(self) -> bool:
        if self.tool == Tool.POLYGON and self._points:
            self.cancel()
            return True
        return False

    def _show_polygon(self) -> None:
        path = QPainterPath(QPointF(*self._points[0]))
        for x, y in self._points[1:]:
            path.lineTo(x, y)
        self.preview.show_stroke(path, 0.0, erasing=False)

    def _finish(self) -> None:
        points = tuple(self._points)
        self.cancel()
        if self.tool == Tool.POLYGON:
            stroke = Stroke("polygon", points)
        else:
            stroke = Stroke("brush", points, self.radius_mm)
        self.stroke_finished.emit(stroke, self.tool == Tool.ERASER)


class DrawingController(QObject):
    """Drawing mode on one map: the painted areas shown, strokes turned into edit verbs."""

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
        self.quality: PainQuality = "aching"
        self.intensity = 5
        self.drawing = PainDrawingItem(doc.diagram.width, doc.diagram.height)
        self.zone = ReferralZoneItem()
        scene.addItem(self.drawing)
        scene.addItem(self.zone)
        self.tool = DrawingTool(scene, self)
        self.tool.stroke_finished.connect(self._apply)
        doc.pain_changed.connect(self._show)
        doc.session_reset.connect(self._show)
        self._show()

    @property
    def active(self) -> bool:
        """Whether the map is in drawing mode."""
        return self._scene.tool is self.tool

    def set_active(self, active: bool) -> None:
        """Enter or leave drawing mode (the toolbar's Draw Pain)."""
        if active == self.active:
            return
        self.tool.cancel()
        self._scene.tool = self.tool if active else None
        if active:
            self._scene.clearSelection()

    def _show(self) -> None:
        self.drawing.set_areas(self._doc.session.pain_areas)

    def _apply(self, stroke: Stroke, erasing: bool) -> None:
        try:
            if erasing:
                self._doc.erase_stroke(stroke)
            else:
                self._doc.paint_stroke(stroke, self.quality, self.intensity)
        except EditRefused as refusal:
            self._status(str(refusal), MESSAGE_MS)
