"""What a screen reader gets: names of every field, the markers as list items, the tab order,
and announcements of what the map's edits did. Everything is read through QAccessible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from bodymap.model import Injection, TriggerPoint
from bodymap.ui import MainWindow
from tests.ui.helpers import midpoint

pytestmark = pytest.mark.gui

NAME = QAccessible.Text.Name


def labelled_by(iface: QAccessibleInterface) -> str:
    """The text of the label a screen reader reads for the widget (its buddy label)."""
    for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
        if other is not None and other.text(NAME):
            return other.text(NAME).replace("&", "")
    return ""


def spoken(widget: QWidget) -> str:
    """The name a screen reader gives ``widget``.

    A combo box's accessible "name" on Linux is its current text, and its label comes through
    the label relation; every other widget's name is its accessible name.
    """
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    assert iface.isValid()
    if isinstance(widget, QComboBox):
        return widget.accessibleName() or labelled_by(iface)
    return iface.text(NAME) or labelled_by(iface)


def focusable(window: MainWindow) -> Iterator[QWidget]:
    """Widgets the Tab key can reach in the window (on any tab), as themselves."""
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or widget.focusProxy() is not None:
            continue  # pop-up lists are other windows; a proxy's target is named instead
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            yield widget


def focus_map(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def three_points(window: MainWindow) -> list[str]:
    """Three points; the third made a right levator scapulae injection through the verbs."""
    lm = window.diagram.landmarks
    doc = window.doc
    ids = [
        doc.add_point(*midpoint(lm["c7"], lm["acromion_left"])).id,
        doc.add_point(*lm["inferior_angle_right"]).id,
        doc.add_point(*midpoint(lm["c7"], lm["acromion_right"])).id,
    ]

    def levator(p: TriggerPoint) -> TriggerPoint:
        update = {"muscle": "levator_scapulae", "side": "right", "muscle_chosen": True}
        return p.model_copy(update={**update, "treatment": Injection()})

    doc.edit_points([ids[2]], "Set muscle", levator)
    return ids


def test_every_focusable_widget_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    three_points(window)
    window.scene.select_ids([window.session.points[2].id])  # the injection's fields shown
    window.parts.undo_dock.show()
    details = window.parts.details
    for index in range(details.count()):
        details.setCurrentIndex(index)
    widgets = list(focusable(window))
    assert len(widgets) > 60, "the walk reaches the panels' fields"
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in widgets
        if not spoken(w).strip()
    ]
    assert unnamed == []


def test_the_map_exposes_its_markers_as_named_list_items(qtbot: QtBot, window: MainWindow) -> None:
    three_points(window)
    iface = QAccessible.queryAccessibleInterface(window.view)

    assert iface.role() == QAccessible.Role.List
    assert iface.text(NAME) == "Trigger point diagram"
    assert iface.childCount() == 3
    names = [iface.child(i).text(NAME) for i in range(3)]
    assert names == [
        "Point 1, left upper trapezius, examined only",
        "Point 2, right latissimus dorsi, examined only",
        "Point 3, right levator scapulae, injection",
    ]
    third = iface.child(2)
    assert third.role() == QAccessible.Role.ListItem
    assert iface.indexOfChild(third) == 2
    assert third.parent().object() is window.view
    assert "levator scapulae" in third.text(QAccessible.Text.Description)
    item = window.scene.item_for(window.session.points[2].id)
    centre = window.view.viewport().mapToGlobal(window.view.mapFromScene(item.pos()))
    assert third.rect().contains(centre)
    assert iface.childAt(centre.x(), centre.y()).text(NAME) == names[2]


def test_deleting_a_point_drops_its_list_item_and_renames_the_rest(
    qtbot: QtBot, window: MainWindow
) -> None:
    ids = three_points(window)
    iface = QAccessible.queryAccessibleInterface(window.view)
    first = iface.child(0)
    assert first.isValid()

    window.doc.delete_points([ids[0]])

    assert iface.childCount() == 2
    assert iface.child(0).text(NAME) == "Point 1, right latissimus dorsi, examined only"
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # its stand-in goes with the marker


def test_tab_order_from_the_markers_into_the_point_s_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    three_points(window)
    focus_map(qtbot, window)
    iface = QAccessible.queryAccessibleInterface(window.view)
    assert iface.focusChild() is None, "no marker selected: the map itself has the focus"

    heard = []
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Tab)
        child = iface.focusChild()
        assert child.state().focused
        assert child.state().selected
        heard.append(child.text(NAME))
    assert heard == [iface.child(i).text(NAME) for i in range(3)]

    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # after the last marker: on to its details
    assert window.parts.details.point_panel.point_id == window.session.points[2].id
    roles = []
    for _ in range(9):
        widget = QApplication.focusWidget()
        heard.append(spoken(widget))
        roles.append(QAccessible.queryAccessibleInterface(widget).role())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert roles[:2] == [QAccessible.Role.PageTabList, QAccessible.Role.List]
    assert heard[3:] == [
        "Points",  # the tabs, on the Points tab
        "Points",  # the list of points
        "Muscle",
        "Side",
        "Notes",
        "Status: Active",
        "Status: Latent",
        "Taut band: Yes",
        "Taut band: No",
    ]


def test_placing_moving_and_deleting_a_point_is_announced(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
    sent = QAccessible.updateAccessibility

    def listen(event: object) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            events.append((event.message(), event.politeness()))
        sent(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    lm = window.diagram.landmarks
    focus_map(qtbot, window)
    window.view.move_crosshair_to(*midpoint(lm["c7"], lm["acromion_left"]))
    events.clear()

    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    window.view.move_crosshair_to(3.0, 3.0)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)

    polite = QAccessible.AnnouncementPoliteness.Polite
    said = [(m.split(":")[0].split(";")[0], p) for m, p in events]
    assert said == [
        ("Point 1 added", polite),
        ("Point 1 moved", polite),
        ("Crosshair", polite),  # the arrows are the crosshair's again: where it is
        ("Point 1 deleted", polite),
        ("Crosshair", polite),
        ("Outside the body outline", QAccessible.AnnouncementPoliteness.Assertive),
    ]
    assert events[0][0].startswith("Point 1 added: left upper trapezius")
    assert events[1][0].startswith("Point 1 moved: left upper trapezius")
    assert events[4][0] == "Crosshair: outside the body"
    assert events[-1] == (
        "Outside the body outline: no point added.",
        QAccessible.AnnouncementPoliteness.Assertive,
    )


def test_the_selected_marker_gets_the_screen_reader_s_focus(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    three_points(window)
    focus_map(qtbot, window)
    focused: list[str] = []
    sent = QAccessible.updateAccessibility

    def listen(event: object) -> None:
        if getattr(event, "type", lambda: None)() == QAccessible.Event.Focus:
            iface = event.accessibleInterface()
            focused.append(iface.text(NAME) if iface is not None else "")
        sent(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)

    assert focused == ["Point 1, left upper trapezius, examined only", "Trigger point diagram"]


def test_the_colour_key_is_read_out(qtbot: QtBot, window: MainWindow) -> None:
    key = window.view.colour_key
    iface = QAccessible.queryAccessibleInterface(key)
    assert iface.text(NAME) == "Colour key"
    texts = [iface.child(i).text(NAME) for i in range(iface.childCount())]
    assert "Injection" in texts
    assert any("pneumothorax" in t for t in texts)
