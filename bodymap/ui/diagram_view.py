"""DiagramView: the clickable map (its scene: :mod:`bodymap.ui.diagram_scene`), in diagram mm.

The map works from the keyboard too (:mod:`bodymap.ui.map_keys`): with the map focused and no
marker selected a crosshair shows where Enter or Space places a point; the arrow keys move it,
or the selected markers when there are some; Tab moves from marker to marker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from bodymap.i18n import translate
from bodymap.ui import map_keys, palette
from bodymap.ui.colour_key import ColourKey
from bodymap.ui.diagram_scene import DiagramScene
from bodymap.ui.items import PointItem

__all__ = ["DiagramScene", "DiagramView"]


ZOOM_STEP = 1.25
MIN_SCALE = 0.2
MAX_SCALE = 40.0


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
    """Zoomable, pannable view of the diagram; markers keep their on-screen size.

    It reports what the keyboard asks for as signals, as the scene does for the mouse; the
    point editor turns them into edits. The colour key runs along its bottom edge, in a
    margin of its own, so that it never covers the drawing.
    """

    place_requested = Signal(float, float)
    """Enter or Space with no marker selected: place a point at the crosshair (x, y in mm)."""
    nudge_requested = Signal(float, float)
    """An arrow key with markers selected: move them by (dx, dy) mm."""
    crosshair_moved = Signal(float, float)
    """The crosshair was shown or moved (x, y in mm)."""
    details_requested = Signal(str)
    """Enter or Space on a selected marker: show that point's details (its id)."""
    point_menu_requested = Signal(str, QPoint)
    """A marker's context menu is wanted: its point's id and where (global position)."""

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
        self.setBackgroundBrush(QBrush(palette.MAP_BACKGROUND))
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.viewport().installEventFilter(_PinchZoom(self))
        self._fit_on_resize = True
        self._panning: QPointF | None = None
        self._last_selected: str | None = None
        self._key_height = 0
        self.colour_key = ColourKey(self)
        """What the marker colours mean (View → Colour Key)."""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("diagram_view", "Trigger point diagram"))
        self.setAccessibleDescription(
            translate(
                "diagram_view",
                "Arrow keys move the crosshair, Enter places a point there, "
                "Tab moves from point to point.",
            )
        )
        scene.selectionChanged.connect(self._on_selection_changed)

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
        self._place_key()
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

    # --- the colour key and high contrast ---------------------------------------------------

    def set_colour_key_shown(self, shown: bool) -> None:
        """Show or hide the colour key under the drawing."""
        self.colour_key.setVisible(shown)
        self._place_key()

    def set_high_contrast(self, on: bool) -> None:
        """Draw the markers, the crosshair, the outlines and the key in high contrast."""
        self.diagram_scene().set_high_contrast(on)
        self.colour_key.set_high_contrast(on)
        self._place_key()

    def _place_key(self) -> None:
        frame = self.frameWidth()
        width = self.width() - 2 * frame
        height = self.colour_key.arrange(width) if not self.colour_key.isHidden() else 0
        if height != self._key_height:
            self._key_height = height
            self.setViewportMargins(0, 0, 0, height)
        self.colour_key.setGeometry(frame, self.height() - frame - height, width, height)

    # --- the keyboard: crosshair, markers, menu ----------------------------------------------

    def crosshair_position(self) -> QPointF:
        """Where Enter or Space would place a point (diagram mm)."""
        return self.diagram_scene().crosshair.pos()

    def crosshair_shown(self) -> bool:
        """Whether the crosshair is on screen (map focused, no marker selected)."""
        return self.diagram_scene().crosshair.isVisible()

    def move_crosshair_to(self, x: float, y: float) -> None:
        """Put the crosshair at (x, y) mm (kept on the diagram) and bring it into view."""
        scene = self.diagram_scene()
        rect = scene.sceneRect()
        x = min(max(x, rect.left()), rect.right())
        y = min(max(y, rect.top()), rect.bottom())
        scene.crosshair.setPos(x, y)
        self.ensureVisible(QRectF(x - 10, y - 10, 20, 20), 20, 20)
        self._show_crosshair_if_free()
        self.crosshair_moved.emit(x, y)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        binding = map_keys.binding_for(event.keyCombination())
        if binding is None:
            super().keyPressEvent(event)
            return
        scene = self.diagram_scene()
        selected = scene.selected_ids()
        command = binding.command
        if command is map_keys.MapCommand.MOVE:
            dx, dy = binding.step
            if selected:
                self.nudge_requested.emit(dx, dy)
            else:
                here = self.crosshair_position()
                self.move_crosshair_to(here.x() + dx, here.y() + dy)
        elif command is map_keys.MapCommand.PLACE_OR_OPEN:
            here = self.crosshair_position()
            if scene.tool_press_at(here.x(), here.y()):
                pass  # drawing pain: the crosshair paints (or erases, or adds a corner)
            elif selected:
                self.details_requested.emit(selected[0])
            else:
                self.place_requested.emit(here.x(), here.y())
        elif command is map_keys.MapCommand.CLEAR_SELECTION and selected:
            scene.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab move between the markers before leaving the map."""
        scene = self.diagram_scene()
        order = [item.point_id for item in scene.markers()]
        selected = scene.selected_ids()
        if not self.hasFocus() or not order:
            return super().focusNextPrevChild(next)
        if next:
            index = order.index(selected[-1]) + 1 if selected else 0
        else:
            if not selected:
                return super().focusNextPrevChild(next)
            index = order.index(selected[0]) - 1
        if 0 <= index < len(order):
            scene.select_ids([order[index]])
            item = scene.item_for(order[index])
            if item is not None:
                self.ensureVisible(item)
            return True
        if next:
            # After the last marker: on to the details, which show the point still selected.
            return super().focusNextPrevChild(next)
        scene.clearSelection()
        return True  # before the first marker: back to the crosshair

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        scene = self.diagram_scene()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            selected = scene.selected_ids()
            item = scene.item_for(selected[0]) if selected else None
            if item is None:
                event.ignore()
                return
            where = self.viewport().mapToGlobal(self.mapFromScene(item.pos()))
            self.point_menu_requested.emit(item.point_id, where)
        else:
            marker = next((i for i in self.items(event.pos()) if isinstance(i, PointItem)), None)
            if marker is None:
                event.ignore()
                return
            self.point_menu_requested.emit(marker.point_id, event.globalPos())
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._show_crosshair_if_free():
            here = self.crosshair_position()
            self.crosshair_moved.emit(here.x(), here.y())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.diagram_scene().crosshair.hide()

    def _show_crosshair_if_free(self) -> bool:
        """Show the crosshair when the map has the focus and no marker is selected."""
        scene = self.diagram_scene()
        free = self.hasFocus() and self.isEnabled() and not scene.selected_ids()
        scene.crosshair.setVisible(free)
        return free

    def _on_selection_changed(self) -> None:
        scene = self.scene()
        if not isinstance(scene, DiagramScene):
            return  # the window is closing: the scene clears its selection as it goes
        selected = scene.selected_ids()
        if selected:
            self._last_selected = selected[0]
        elif self._last_selected is not None:
            # The crosshair goes on from the point last selected (placed, clicked or tabbed to).
            item = scene.item_for(self._last_selected)
            self._last_selected = None
            if item is not None:
                scene.crosshair.setPos(item.pos())
        if self._show_crosshair_if_free():
            here = self.crosshair_position()
            self.crosshair_moved.emit(here.x(), here.y())
