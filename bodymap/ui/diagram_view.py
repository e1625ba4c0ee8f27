"""DiagramScene and DiagramView: the clickable map. Scene coordinates are diagram millimetres.

Both are built and painted before the window's first paint, which must not make PySide create
its ``Qt`` namespace (see ``bodymap.anatomy.painting``): this module spells ``QtCore.Qt`` in
the event handlers that need it, and the view grabs the pinch gesture only in
:meth:`DiagramView.take_input`, which also installs its handler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, QSizeF, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent, QGraphicsView, QWidget

from bodymap.anatomy import Diagram
from bodymap.ui.items import DiagramItem, PointItem

if TYPE_CHECKING:
    from bodymap.model import TriggerPoint

ZOOM_STEP = 1.25
MIN_SCALE = 0.2
MAX_SCALE = 40.0


class DiagramScene(QGraphicsScene):
    """The diagram and one PointItem per point; reports clicks and drags as signals.

    The scene never edits the session: the window turns its signals into undo commands and the
    document's signals come back here through :meth:`show_point` / :meth:`drop_point`.
    """

    diagram_clicked = Signal(float, float)
    """Left click on the diagram away from any marker (x, y in mm)."""
    point_drag_finished = Signal(str, float, float, float, float)
    """A marker was dragged: id, old x, old y, new x, new y."""
    hover_moved = Signal(float, float)

    def __init__(self, diagram: Diagram, parent: QWidget | None = None) -> None:
        super().__init__(0.0, 0.0, diagram.width, diagram.height, parent)
        self.diagram = diagram
        self.diagram_item = DiagramItem(diagram)
        self.addItem(self.diagram_item)
        self._items: dict[str, PointItem] = {}

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

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        # A click that a marker (or a previous-visit marker) took is not a new point.
        on_marker = self.mouseGrabberItem() is not None
        if event.button() == QtCore.Qt.MouseButton.LeftButton and not on_marker:
            pos = event.scenePos()
            self.diagram_clicked.emit(pos.x(), pos.y())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        self.hover_moved.emit(pos.x(), pos.y())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        grabbed = self.mouseGrabberItem()
        super().mouseReleaseEvent(event)
        if isinstance(grabbed, PointItem) and grabbed.press_pos is not None:
            old, new = grabbed.press_pos, grabbed.pos()
            grabbed.press_pos = None
            if old != new:
                self.point_drag_finished.emit(grabbed.point_id, old.x(), old.y(), new.x(), new.y())


class _PinchZoom(QObject):
    """Zooms the view by the pinch gestures that reach its viewport.

    An event filter rather than a ``viewportEvent`` override: that would bring every event
    of the viewport into Python from the start, and PySide would set up the type of each.
    """

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Gesture:
            return False
        from PySide6.QtWidgets import QGestureEvent, QPinchGesture

        if not isinstance(event, QGestureEvent):
            return False
        pinch = event.gesture(QtCore.Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return False
        self._view.zoom_by(pinch.scaleFactor())
        event.accept()
        return True


class DiagramView(QGraphicsView):
    """Zoomable, pannable view of the diagram; markers keep their on-screen size."""

    zoom_changed = Signal(float)

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
        self._fit_on_resize = True
        self._panning: QPointF | None = None
        self.setAccessibleName("Trigger point diagram")

    def take_input(self) -> None:
        """Take clicks, keys, wheel and pinch (once the window has a document to edit)."""
        viewport = self.viewport()
        viewport.grabGesture(QtCore.Qt.GestureType.PinchGesture)
        viewport.installEventFilter(_PinchZoom(self))
        self.setEnabled(True)

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
            self.zoom_changed.emit(self.current_scale())

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole diagram; keep it fitted when the window is resized."""
        self._fit_on_resize = True
        self._fit_scene(self.viewport().size())
        self.zoom_changed.emit(self.current_scale())

    def _fit_scene(self, viewport: QSize) -> None:
        # fitInView(sceneRect(), KeepAspectRatio) written out, for the first paint: its mode is
        # a Qt namespace enum, and it asks for viewport(), whose first answer makes PySide set
        # up every widget type it might be. resizeEvent knows the viewport's size.
        room = QRectF(QPointF(0, 0), QSizeF(viewport)).adjusted(2, 2, -2, -2)  # fitInView's margin
        rect = self.sceneRect()
        if room.isEmpty() or rect.isEmpty():
            return
        scale = min(room.width() / rect.width(), room.height() / rect.height())
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A scroll area's resize events are its viewport's.
        super().resizeEvent(event)
        if self._fit_on_resize:
            self._fit_scene(event.size())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)
            return
        self.zoom_by(ZOOM_STEP ** (delta / 120.0))
        event.accept()

    # --- pan: middle button drag, or Space + drag ---------------------------------------------

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == QtCore.Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.viewport().setCursor(QtCore.Qt.CursorShape.ClosedHandCursor)
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
        if self._panning is not None and event.button() == QtCore.Qt.MouseButton.MiddleButton:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Arrow keys nudge selected markers (handled by the window); do not scroll then.
        if event.key() in (
            QtCore.Qt.Key.Key_Left,
            QtCore.Qt.Key.Key_Right,
            QtCore.Qt.Key.Key_Up,
            QtCore.Qt.Key.Key_Down,
        ) and (self.diagram_scene().selected_ids()):
            event.ignore()
            return
        super().keyPressEvent(event)
