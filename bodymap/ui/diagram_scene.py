"""DiagramScene: the diagram, one marker per point and the keyboard's crosshair (diagram mm).

The scene never edits the session; it shows what the document says and reports clicks and
drags as signals (:class:`bodymap.ui.diagram_view.DiagramView` is the view of it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent, QWidget

from bodymap.anatomy import Diagram
from bodymap.ui.crosshair import CrosshairItem
from bodymap.ui.items import (
    HIGH_CONTRAST_STYLE,
    NORMAL_STYLE,
    DiagramItem,
    MarkerStyle,
    PointItem,
)

if TYPE_CHECKING:
    from bodymap.model import TriggerPoint


class SceneTool(Protocol):
    """A mode that takes the map's mouse (the pain drawing's tools): the scene offers it each
    event first; what it takes (True) neither adds points nor moves markers."""

    def press(self, pos: QPointF, button: Qt.MouseButton, pixel_mm: float) -> bool: ...
    def move(self, pos: QPointF) -> None: ...
    def release(self, button: Qt.MouseButton) -> bool: ...
    def double_click(self) -> bool: ...


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
    marker_dropped = Signal(str)
    """The marker of a point was removed (its point's id)."""

    def __init__(self, diagram: Diagram, parent: QWidget | None = None) -> None:
        super().__init__(0.0, 0.0, diagram.width, diagram.height, parent)
        self.diagram = diagram
        self.diagram_item = DiagramItem(diagram)
        self.addItem(self.diagram_item)
        self.crosshair = CrosshairItem()
        self.crosshair.setPos(*diagram.landmarks["c7"])
        self.addItem(self.crosshair)
        self._items: dict[str, PointItem] = {}
        self._order: list[PointItem] | None = None
        self._marker_style: MarkerStyle = NORMAL_STYLE
        self.tool: SceneTool | None = None
        """The mode that takes the mouse (drawing pain), or None: clicks mark points."""

    # --- model → scene ---------------------------------------------------------------------

    def show_point(
        self, point: TriggerPoint, tooltip: str, caution: bool = False, name: str = ""
    ) -> PointItem:
        """Create or update the marker of ``point``; ``name`` is what a screen reader says."""
        item = self._items.get(point.id)
        if item is None:
            item = PointItem(point, self._marker_style)
            self._items[point.id] = item
            self.addItem(item)
            self._order = None
        elif item.number != point.number:
            self._order = None
        item.update_from(point, tooltip, caution, name)
        return item

    def drop_point(self, point_id: str) -> None:
        """Remove the marker of a deleted point."""
        item = self._items.pop(point_id, None)
        if item is not None:
            self._order = None
            self.removeItem(item)
            self.marker_dropped.emit(point_id)

    def markers(self) -> list[PointItem]:
        """Every marker, in point-number order."""
        if self._order is None:
            self._order = sorted(self._items.values(), key=lambda item: item.number)
        return list(self._order)

    def set_high_contrast(self, on: bool) -> None:
        """Thicker outlines and larger numbers on the markers, the crosshair and the diagram."""
        self._marker_style = HIGH_CONTRAST_STYLE if on else NORMAL_STYLE
        for item in self._items.values():
            item.set_style(self._marker_style)
        self.crosshair.set_high_contrast(on)
        self.diagram_item.set_high_contrast(on)

    @property
    def high_contrast(self) -> bool:
        """Whether the map is drawn in high contrast."""
        return self._marker_style == HIGH_CONTRAST_STYLE

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
        # The new selection first: no moment without one (the crosshair would come and go).
        for point_id in wanted:
            marker = self._items.get(point_id)
            if marker is not None:
                marker.setSelected(True)
        for item in self.selectedItems():
            if not isinstance(item, PointItem) or item.point_id not in wanted:
                item.setSelected(False)

    # --- mouse -----------------------------------------------------------------------------

    def _pixel_mm(self) -> float:
        views = self.views()
        return 1.0 / views[0].transform().m11() if views else 1.0

    def tool_press_at(self, x: float, y: float) -> bool:
        """A press and release of the left button at (x, y) mm given to the mode that has
        the map (Enter or Space at the crosshair while drawing pain: a brush dab, an erased
        dab, or a polygon's corner); False when no mode has it."""
        if self.tool is None:
            return False
        self.tool.press(QPointF(x, y), Qt.MouseButton.LeftButton, self._pixel_mm())
        self.tool.release(Qt.MouseButton.LeftButton)
        return True

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
