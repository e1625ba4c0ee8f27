"""What screen readers get from the map: its markers as accessible children, and announcements.

(PySide's type stubs say an interface's ``child``, ``parent``, ``focusChild``, ``childAt`` and
``window`` never return None; Qt itself returns a null pointer for "none", as these do.)

Qt's accessibility knows widgets, not graphics items, so the map has an interface of its own
(:class:`MapAccessible`, installed with :func:`install`): a list whose items are the markers,
in point order, each named like "Point 3, right levator scapulae, injection"
(``wording.spoken_name``). A marker gets a
small QObject stand-in (:class:`MarkerProxy`) while it is on the map, so that Qt's accessibility
cache owns its interface and drops it with the marker. :class:`Announcer` says what happened
(a point placed, moved or deleted) with ``QAccessibleAnnouncementEvent``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import isValid

from bodymap.ui.diagram_view import DiagramView

if TYPE_CHECKING:
    from bodymap.ui.items import PointItem


class Announcer(QObject):
    """Says short messages to screen readers, on behalf of one widget."""

    def __init__(self, source: QWidget) -> None:
        super().__init__(source)
        self._source = source

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Announce ``text``; ``assertive`` interrupts what the screen reader is saying."""
        event = QAccessibleAnnouncementEvent(self._source, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)


class MarkerProxy(QObject):
    """Stands in for one marker in Qt's accessibility (graphics items are not QObjects)."""

    def __init__(self, view: DiagramView, point_id: str) -> None:
        super().__init__(view)
        self.view = view
        self.point_id = point_id

    def item(self) -> PointItem | None:
        """The marker, while it is on the map."""
        return self.view.diagram_scene().item_for(self.point_id)


class MapMarkers(QObject):
    """The markers of one map as accessible objects: made when asked for, dropped with them.

    It also tells screen readers when the keyboard moves the selection from marker to marker.
    """

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self._view = view
        self._proxies: dict[str, MarkerProxy] = {}
        scene = view.diagram_scene()
        scene.marker_dropped.connect(self._drop)
        scene.selectionChanged.connect(self._on_selection)

    def proxy(self, point_id: str) -> MarkerProxy:
        """The stand-in of a marker on the map."""
        proxy = self._proxies.get(point_id)
        if proxy is None:
            proxy = MarkerProxy(self._view, point_id)
            self._proxies[point_id] = proxy
        return proxy

    def _drop(self, point_id: str) -> None:
        proxy = self._proxies.pop(point_id, None)
        if proxy is not None:
            proxy.deleteLater()  # Qt's accessibility cache forgets its interface with it

    def _on_selection(self) -> None:
        view = self._view
        if not isValid(view) or not view.hasFocus() or view.scene() is None:
            return
        selected = view.diagram_scene().selected_ids()
        if selected:
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.proxy(selected[0]), QAccessible.Event.Focus)
            )
        else:
            QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.Focus))


def _markers_of(view: DiagramView) -> MapMarkers:
    found = view.findChild(MapMarkers)
    return found if found is not None else MapMarkers(view)


class MapAccessible(QAccessibleWidget):
    """The map as a list whose items are its markers, in point order."""

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view, QAccessible.Role.List)
        self._view = view
        self._markers = _markers_of(view)

    def _ids(self) -> list[str]:
        return [item.point_id for item in self._view.diagram_scene().markers()]

    def childCount(self) -> int:
        return len(self._view.diagram_scene().markers())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        ids = self._ids()
        if not 0 <= index < len(ids):
            return None
        return QAccessible.queryAccessibleInterface(self._markers.proxy(ids[index]))

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        proxy = child.object() if child is not None else None
        if not isinstance(proxy, MarkerProxy):
            return -1
        ids = self._ids()
        return ids.index(proxy.point_id) if proxy.point_id in ids else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        selected = self._view.diagram_scene().selected_ids()
        if not self._view.hasFocus() or not selected:
            return None
        return QAccessible.queryAccessibleInterface(self._markers.proxy(selected[0]))

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for index in range(self.childCount()):
            child = self.child(index)
            if child is not None and child.rect().contains(x, y):
                return child
        return None


class MarkerAccessible(QAccessibleObject):
    """One marker: an item of the map's list, named after its point."""

    def __init__(self, proxy: MarkerProxy) -> None:
        super().__init__(proxy)
        self._proxy = proxy

    def _map(self) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self._proxy.view)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        item = self._proxy.item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.accessible_name
        if kind == QAccessible.Text.Description:
            return item.toolTip()
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._proxy.item()
        if item is None:
            state.invalid = True
            return state
        view = self._proxy.view
        state.focusable = True
        state.selectable = True
        state.selected = item.isSelected()
        selected = view.diagram_scene().selected_ids()
        state.focused = view.hasFocus() and bool(selected) and selected[0] == item.point_id
        return state

    def rect(self) -> QRect:
        item = self._proxy.item()
        if item is None:
            return QRect()
        view = self._proxy.view
        centre = view.viewport().mapToGlobal(view.mapFromScene(item.pos()))
        e = round(item.style.edge)
        return QRect(centre - QPoint(e, e), centre + QPoint(e, e))

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._map()

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._proxy.view.window().windowHandle()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, DiagramView):
        return MapAccessible(obj)
    if isinstance(obj, MarkerProxy):
        return MarkerAccessible(obj)
    return None


_installed = False


def install() -> None:
    """Give the map and its markers their accessible interfaces (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
