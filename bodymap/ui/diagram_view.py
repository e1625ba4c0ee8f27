"""DiagramScene and DiagramView: the clickable map. Scene coordinates are diagram millimetres."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from bodymap.anatomy import Diagram
from bodymap.ui.items import DiagramItem, PointItem

if TYPE_CHECKING:
    from bodymap.model import TriggerPoint


class SceneTool(Protocol):
    """A mode that takes the map's mouse (the pain drawing's tools): the scene offers it each
    event first; what it takes (True) neither adds points nor moves markers."""

    def press(self, pos: QPointF, button: Qt.MouseButton, pixel_mm: float) -> bool: ...
    def move(self, pos: QPointF) -> None: ...
    def release(self, button: Qt.MouseButton) -> bool: ...
    def double_click(self) -> bool: ...


ZOOM_STEP = 1.25
MIN_SCALE = 0.2
MAX_SCALE = 40.0


class DiagramScene(QGraphicsScene):
    """The diagram and one PointItem per point; reports clicks and drags as signals.

    The scene never edits the session: ``PointEditor`` turns its signals into the document's
    edit verbs, and the document's signals come back here through :meth:`show_point` and
    :meth:`drop_point`.
    """

    diagram_clicked = Signal(float, float)
    """Left click on the diagram away from any marker (x, y in mm)."""
    point_drag_finished = Signal(str, float, float)
    """A marker was dragged and dropped: its point's id and where it was dropped (x, y in mm)."""
    hover_moved = Signal(float, float)
    """The mouse moved over the map (x, y in mm)."""

    def __init__(self, diagram: Diagram, parent: QWidget | None = None) -> None:
        super().__init__(0.0, 0.0, diagram.width, diagram.height, parent)
        self.diagram = diagram
        self.diagram_item = DiagramItem(diagram)
        self.addItem(self.diagram_item)
        self._items: dict[str, PointItem] = {}
        self.tool: SceneTool | None = None
        """The mode that takes the mouse (drawing pain), or None: clicks mark points."""

    # --- model → scene ---------------------------------------------------------------------

    def show_point(self, point: TriggerPoint, tooltip: str, caution: bool = False) -> PointItem:
        """Create or update the marker of ``point``."""
        item = self._items.get(point.id)
        if item is None:
            item = PointItem(point)
            self._items[point.id] = item
            self.addItem(item)
        item.update_from(point, tooltip, caution)
        return item

    def drop_point(self, point_id: str) -> None:
        """Remove the marker of a deleted point."""
        item = self._items.pop(point_id, None)
        if item is not None:
            self.removeItem(item)

    def clear_points(self) -> None:
        """Remove every marker."""
        for point_id in list(self._items):
            self.drop_point(point_id)

    def item_for(self, point_id: str) -> PointItem | None:
        """The marker of a point, if shown."""
        return self._items.get(point_id)

    def put_back(self, point: TriggerPoint) -> None:
        """Move a marker back to its point's position (a drag the document refused)."""
        item = self._items.get(point.id)
        if item is not None:
            item.setPos(point.x, point.y)

    def selected_ids(self) -> list[str]:
        """Ids of the selected markers, in point order."""
        return [
            i.point_id
            for i in sorted(self.selectedItems(), key=lambda i: i.zValue())
            if isinstance(i, PointItem)
        ]

    def select_ids(self, point_ids: list[str]) -> None:
        """Select exactly these markers."""
        wanted = set(point_ids)
        for item in self.selectedItems():
            if not isinstance(item, PointItem) or item.point_id not in wanted:
                item.setSelected(False)
        for point_id in wanted:
            marker = self._items.get(point_id)
            if marker is not None:
                marker.setSelected(True)

    # --- mouse -----------------------------------------------------------------------------

    def _pixel_mm(self) -> float:
        views = self.views()
        return 1.0 / views[0].transform().m11() if views else 1.0

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool is not None and self.tool.press(
            event.scenePos(), event.button(), self._pixel_mm()
        ):
            event.accept()
            return
        super().mousePressEvent(event)
        # A click that a marker (or a previous-visit marker) took is not a new point.
        on_marker = self.mouseGrabberItem() is not None
        if event.button() == Qt.MouseButton.LeftButton and not on_marker:
            pos = event.scenePos()
            self.diagram_clicked.emit(pos.x(), pos.y())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        self.hover_moved.emit(pos.x(), pos.y())
        if self.tool is not None:
            self.tool.move(pos)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool is not None and self.tool.double_click():
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool is not None and self.tool.release(event.button()):
            event.accept()
            return
        grabbed = self.mouseGrabberItem()
        super().mouseReleaseEvent(event)
        if isinstance(grabbed, PointItem) and grabbed.press_pos is not None:
            pressed_at, dropped_at = grabbed.press_pos, grabbed.pos()
            grabbed.press_pos = None
            if dropped_at != pressed_at:
                self.point_drag_finished.emit(grabbed.point_id, dropped_at.x(), dropped_at.y())


class _PinchZoom(QObject):
    """Zooms the view by the pinch gestures that reach its viewport (an event filter)."""

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Gesture or not isinstance(event, QGestureEvent):
            return False
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return False
        self._view.zoom_by(pinch.scaleFactor())
        event.accept()
        return True


class DiagramView(QGraphicsView):
    """Zoomable, pannable view of the diagram; markers keep their on-screen size."""

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setBackgroundBrush(QBrush(QColor(255, 255, 255)))
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.viewport().installEventFilter(_PinchZoom(self))
        self._fit_on_resize = True
        self._panning: QPointF | None = None
        self.setAccessibleName("Trigger point diagram")

    def diagram_scene(self) -> DiagramScene:
        """The scene, typed."""
        scene = self.scene()
        assert isinstance(scene, DiagramScene)
        return scene

    # --- zoom ------------------------------------------------------------------------------

    def current_scale(self) -> float:
        """Screen pixels per diagram millimetre."""
        return float(self.transform().m11())

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within sensible limits."""
        target = min(max(self.current_scale() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.current_scale()
        if abs(factor - 1.0) > 1e-9:
            self._fit_on_resize = False
            self.scale(factor, factor)

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole diagram; keep it fitted when the window is resized."""
        self._fit_on_resize = True
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_on_resize:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)
            return
        self.zoom_by(ZOOM_STEP ** (delta / 120.0))
        event.accept()

    # --- pan: middle button drag, or Space + drag ---------------------------------------------

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        if self._panning is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Arrow keys nudge the selected markers (the map's nudge shortcuts); do not scroll then.
        if event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ) and (self.diagram_scene().selected_ids()):
            event.ignore()
            return
        super().keyPressEvent(event)
