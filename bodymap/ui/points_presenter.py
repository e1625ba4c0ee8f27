"""PointsPresenter: the map's markers and the points list, kept in step with the document.

It draws a marker (with its tooltip, caution and mismatch badges) for every point, keeps the
points list in number order, mirrors the selection between the map and the list and highlights the
selected point's muscle. It never edits the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from shiboken6 import isValid

from bodymap.i18n import translate
from bodymap.ui.diagram_view import DiagramScene, DiagramView
from bodymap.ui.document import SessionDocument
from bodymap.ui.wording import point_title, spoken_name

if TYPE_CHECKING:
    from bodymap.model import TriggerPoint


class PointsPresenter(QObject):
    """Markers on ``scene`` and rows of ``points_list`` for the points of ``doc``."""

    selection_changed = Signal(list)
    """The ids of the selected points (map order), after the list and highlight follow."""

    def __init__(
        self,
        doc: SessionDocument,
        view: DiagramView,
        points_list: QListWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._diagram = doc.diagram
        self._view = view
        self._scene: DiagramScene = view.diagram_scene()
        self._list = points_list
        doc.point_added.connect(self._on_point_changed)
        doc.point_changed.connect(self._on_point_changed)
        doc.point_removed.connect(self._on_point_removed)
        doc.session_reset.connect(self.rebuild)
        self._scene.selectionChanged.connect(self._on_scene_selection)
        points_list.itemSelectionChanged.connect(self._on_list_selection)

    def show_marker(self, point: TriggerPoint) -> None:
        """Draw a point's marker from its one site: a caution badge where needling risks the
        lung, a mismatch badge where its chosen muscle does not lie under it."""
        where = self._doc.location(point.id)
        lines = [point_title(point, self._diagram), where.description]
        if where.mismatch is not None:
            lines.append(
                translate("points_presenter", "Check the muscle: {mismatch}").format(
                    mismatch=where.mismatch
                )
            )
        lines += [
            translate("points_presenter", "Caution: {title}").format(title=c.title_text)
            for c in where.cautions
        ]
        name = spoken_name(point, self._diagram)
        item = self._scene.show_point(point, "\n".join(lines), where.pneumothorax_badge, name)
        item.set_mismatch(where.mismatch is not None)

    def rebuild(self) -> None:
        """Draw every point of a new session and list them."""
        self._scene.clear_points()
        for point in self._doc.session.points:
            self.show_marker(point)
        self._refresh_list()

    # --- document → views -------------------------------------------------------------------

    def _on_point_changed(self, point_id: str) -> None:
        point = self._doc.point(point_id)
        self.show_marker(point)
        row = point.number - 1
        item = self._list.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == point_id:
            item.setText(point_title(point, self._diagram))
        elif row == self._list.count():
            item = QListWidgetItem(point_title(point, self._diagram))
            item.setData(Qt.ItemDataRole.UserRole, point_id)
            self._list.blockSignals(True)
            self._list.addItem(item)
            item.setSelected(point_id in self._scene.selected_ids())
            self._list.blockSignals(False)
        else:
            self._refresh_list()
        self._update_highlight()

    def _on_point_removed(self, point_id: str) -> None:
        self._scene.drop_point(point_id)
        for row in range(self._list.count()):
            item = self._list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == point_id:
                self._list.blockSignals(True)
                self._list.takeItem(row)
                self._list.blockSignals(False)
                break

    def _refresh_list(self) -> None:
        selected = set(self._scene.selected_ids())
        self._list.blockSignals(True)
        self._list.clear()
        for point in self._doc.session.points:
            item = QListWidgetItem(point_title(point, self._diagram))
            item.setData(Qt.ItemDataRole.UserRole, point.id)
            self._list.addItem(item)
            item.setSelected(point.id in selected)
        self._list.blockSignals(False)

    def _update_highlight(self) -> None:
        ids = self._scene.selected_ids()
        highlight = None
        if ids:
            point = self._doc.point(ids[0])
            highlight = (point.muscle, point.side)
        self._scene.diagram_item.set_highlight(highlight)

    # --- selection, both ways -------------------------------------------------------------------

    def _on_scene_selection(self) -> None:
        if not isValid(self._scene) or not isValid(self._list):
            return  # the window is closing: the scene clears its selection as it goes
        ids = self._scene.selected_ids()
        self._list.blockSignals(True)
        self._list.clearSelection()
        for point_id in ids:
            item = self._list_item(point_id)
            if item is not None:
                item.setSelected(True)
        self._list.blockSignals(False)
        self._update_highlight()
        self.selection_changed.emit(ids)

    def _list_item(self, point_id: str) -> QListWidgetItem | None:
        """The points-list row of a point (rows follow the point numbers)."""
        try:
            row = self._doc.point(point_id).number - 1
        except KeyError:
            return None
        item = self._list.item(row)
        return (
            item if item is not None and item.data(Qt.ItemDataRole.UserRole) == point_id else None
        )

    def _on_list_selection(self) -> None:
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self._list.selectedItems()]
        self._scene.select_ids(ids)
        if ids and (item := self._scene.item_for(ids[0])) is not None:
            self._view.ensureVisible(item)
