"""The map from the keyboard: crosshair, placing, Tab between markers, Esc, menu key, landmarks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from bodymap.ui import MainWindow
from bodymap.ui.editing import NUDGE_LARGE_MM, NUDGE_MM
from bodymap.ui.landmarks import LandmarkDialog, matches
from tests.ui.helpers import midpoint

pytestmark = pytest.mark.gui

SHIFT = Qt.KeyboardModifier.ShiftModifier


def focus_map(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def crosshair(window: MainWindow) -> tuple[float, float]:
    pos = window.view.crosshair_position()
    return (pos.x(), pos.y())


def left_upper_trapezius(window: MainWindow) -> tuple[float, float]:
    lm = window.diagram.landmarks
    return midpoint(lm["c7"], lm["acromion_left"])


def key(qtbot: QtBot, window: MainWindow, name: Qt.Key, times: int = 1, modifier=None) -> None:
    for _ in range(times):
        if modifier is None:
            qtbot.keyClick(window.view, name)
        else:
            qtbot.keyClick(window.view, name, modifier)


def test_the_crosshair_appears_at_c7_when_the_map_takes_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.parts.details.points_list.setFocus()
    assert not window.view.crosshair_shown()

    focus_map(qtbot, window)

    assert window.view.crosshair_shown()
    assert crosshair(window) == pytest.approx(window.diagram.landmarks["c7"])
    assert window.hover_label.text().startswith("Crosshair: ")
    assert "C7" in window.hover_label.text()


def test_arrow_keys_move_the_crosshair_1_mm_and_5_mm_with_shift(
    qtbot: QtBot, window: MainWindow
) -> None:
    focus_map(qtbot, window)
    x, y = crosshair(window)

    key(qtbot, window, Qt.Key.Key_Right, 3)
    key(qtbot, window, Qt.Key.Key_Down, 2, SHIFT)
    key(qtbot, window, Qt.Key.Key_Left)

    assert crosshair(window) == pytest.approx((x + 2 * NUDGE_MM, y + 2 * NUDGE_LARGE_MM))
    assert window.session.points == [], "moving the crosshair edits nothing"


def test_the_status_bar_names_the_muscle_under_the_crosshair(
    qtbot: QtBot, window: MainWindow
) -> None:
    focus_map(qtbot, window)
    window.view.move_crosshair_to(*left_upper_trapezius(window))
    key(qtbot, window, Qt.Key.Key_Down)

    assert "left upper trapezius" in window.hover_label.text()


def test_enter_and_space_place_points_at_the_crosshair(qtbot: QtBot, window: MainWindow) -> None:
    focus_map(qtbot, window)
    x, y = left_upper_trapezius(window)
    window.view.move_crosshair_to(x, y)

    key(qtbot, window, Qt.Key.Key_Return)

    (point,) = window.session.points
    assert (point.x, point.y) == pytest.approx((x, y), abs=0.05)
    assert (point.muscle, point.side) == ("upper_trapezius", "left")
    assert window.scene.selected_ids() == [point.id], "the new point is selected"
    assert not window.view.crosshair_shown(), "the arrows now move the point"
    assert "Point 1 added" in window.statusBar().currentMessage()

    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, Qt.Key.Key_Right, 2, SHIFT)
    key(qtbot, window, Qt.Key.Key_Space)
    assert len(window.session.points) == 2
    assert window.session.points[1].x == pytest.approx(x + 2 * NUDGE_LARGE_MM, abs=0.05)


def test_arrows_move_the_selected_point_until_esc_gives_them_back_to_the_crosshair(
    qtbot: QtBot, window: MainWindow
) -> None:
    focus_map(qtbot, window)
    window.view.move_crosshair_to(*left_upper_trapezius(window))
    key(qtbot, window, Qt.Key.Key_Return)
    placed = window.session.points[0]

    key(qtbot, window, Qt.Key.Key_Right)
    moved = window.session.point(placed.id)
    assert moved.x == pytest.approx(placed.x + NUDGE_MM)

    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.scene.selected_ids() == []
    assert window.view.crosshair_shown()
    assert crosshair(window) == pytest.approx((moved.x, moved.y)), "goes on from the point"

    key(qtbot, window, Qt.Key.Key_Up)
    assert window.session.point(placed.id) == moved
    assert crosshair(window) == pytest.approx((moved.x, moved.y - NUDGE_MM))


def test_placing_outside_the_body_is_refused_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    focus_map(qtbot, window)
    window.view.move_crosshair_to(3.0, 3.0)

    key(qtbot, window, Qt.Key.Key_Return)

    assert window.session.points == []
    assert "outside" in window.statusBar().currentMessage().lower()
    assert "outside the body" in window.hover_label.text()


def test_tab_moves_from_marker_to_marker_and_then_on_to_the_details(
    qtbot: QtBot, window: MainWindow
) -> None:
    lm = window.diagram.landmarks
    first = window.doc.add_point(*left_upper_trapezius(window))
    second = window.doc.add_point(*lm["inferior_angle_right"])
    focus_map(qtbot, window)

    key(qtbot, window, Qt.Key.Key_Tab)
    assert window.scene.selected_ids() == [first.id]
    key(qtbot, window, Qt.Key.Key_Tab)
    assert window.scene.selected_ids() == [second.id]
    key(qtbot, window, Qt.Key.Key_Backtab, modifier=SHIFT)
    assert window.scene.selected_ids() == [first.id]
    key(qtbot, window, Qt.Key.Key_Backtab, modifier=SHIFT)
    assert window.scene.selected_ids() == [], "before the first marker: the crosshair"
    assert window.view.hasFocus()

    key(qtbot, window, Qt.Key.Key_Tab, 3)
    assert not window.view.hasFocus(), "after the last marker, Tab leaves the map"
    assert window.scene.selected_ids() == [second.id], "its details are shown"
    assert window.parts.details.point_panel.point_id == second.id


def test_delete_removes_the_selected_marker(qtbot: QtBot, window: MainWindow) -> None:
    window.doc.add_point(*left_upper_trapezius(window))
    focus_map(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Tab)

    key(qtbot, window, Qt.Key.Key_Delete)

    assert window.session.points == []
    assert window.view.crosshair_shown()


def test_enter_on_a_selected_point_goes_to_its_details(qtbot: QtBot, window: MainWindow) -> None:
    window.doc.add_point(*left_upper_trapezius(window))
    window.parts.details.setCurrentIndex(1)
    focus_map(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Tab)

    key(qtbot, window, Qt.Key.Key_Return)

    details = window.parts.details
    assert details.currentIndex() == 0
    qtbot.waitUntil(details.point_panel.muscle.hasFocus)


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen popups
def test_the_menu_key_opens_the_selected_point_s_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.doc.add_point(*left_upper_trapezius(window))
    focus_map(qtbot, window)
    offered: list[list[str]] = []

    def read_and_close_the_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            offered.append([a.text() for a in menu.actions()])
            menu.close()

    def menu_key() -> None:
        # What the platform sends for the Menu key: a context-menu request from the keyboard.
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), window.view.mapToGlobal(QPoint(5, 5))
        )
        QApplication.sendEvent(window.view, event)

    QTimer.singleShot(0, read_and_close_the_menu)
    menu_key()
    assert offered == [], "no point selected: no menu"

    key(qtbot, window, Qt.Key.Key_Tab)
    QTimer.singleShot(0, read_and_close_the_menu)
    menu_key()
    assert offered == [["&Point Details", "&Delete Point"]]


def test_f6_switches_between_the_map_and_the_details(qtbot: QtBot, window: MainWindow) -> None:
    focus_map(qtbot, window)

    qtbot.keyClick(window.view, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.parts.details.isAncestorOf(QApplication.focusWidget()))

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(window.view.hasFocus)


# --- Go to Landmark ------------------------------------------------------------------------------


def open_landmarks(qtbot: QtBot, window: MainWindow) -> LandmarkDialog:
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(LandmarkDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_go_to_landmark_puts_the_crosshair_on_the_landmark_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.doc.add_point(*left_upper_trapezius(window))  # selected points are let go
    focus_map(qtbot, window)
    dialog = open_landmarks(qtbot, window)

    qtbot.keyClicks(dialog.filter, "acromial right")
    assert dialog.current_key() == "acromion_right"
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(window.view.hasFocus)
    assert crosshair(window) == pytest.approx(window.diagram.landmarks["acromion_right"])
    assert window.view.crosshair_shown()
    assert "over the posterior acromial angle" in window.hover_label.text()


def test_the_landmark_list_is_searched_word_by_word(qtbot: QtBot, window: MainWindow) -> None:
    focus_map(qtbot, window)
    dialog = open_landmarks(qtbot, window)

    qtbot.keyClicks(dialog.filter, "t4")
    shown = [
        dialog.list.item(i).text()
        for i in range(dialog.list.count())
        if not dialog.list.item(i).isHidden()
    ]
    assert shown == ["T4 spinous process"]

    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "acromion")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.current_key() == "acromion_right"

    dialog.filter.setText("no such place")
    assert dialog.current_key() is None
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.isVisible(), "nothing to go to: the list stays open"
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert crosshair(window) == pytest.approx(window.diagram.landmarks["c7"])


@pytest.mark.parametrize(
    ("name", "query", "found"),
    [
        ("Inferior angle of the scapula, patient's left", "inf left", True),
        ("Inferior angle of the scapula, patient's left", "right", False),
        ("C7 spinous process", "c7", True),
        ("Posterior acromial angle, patient's right acromion_right", "ACROMION", True),
    ],
)
def test_landmark_search_words(name: str, query: str, found: bool) -> None:
    assert matches(name, query) is found


def test_the_crosshair_is_kept_on_the_diagram(qtbot: QtBot, window: MainWindow) -> None:
    focus_map(qtbot, window)
    window.view.move_crosshair_to(-50.0, 10_000.0)
    rect = window.scene.sceneRect()
    assert crosshair(window) == pytest.approx((rect.left(), rect.bottom()))
    assert window.scene.crosshair.pos() == QPointF(rect.left(), rect.bottom())


def test_the_place_under_the_crosshair_leaves_half_the_status_bar_to_its_messages(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 700)
    window.view.setFocus()
    x, y = window.diagram.landmarks["t1"]
    window.view.move_crosshair_to(x - 10.0, y - 10.0)
    label = window.hover_label
    full = label.text()
    assert full.startswith("Crosshair: ")
    bar = window.statusBar()
    qtbot.waitUntil(lambda: label.width() <= bar.width() // 2 + 1)
    assert label.fontMetrics().horizontalAdvance(full) > label.width()
    assert full in label.toolTip(), "shortened on the bar, whole in its tooltip"
    window.resize(1800, 700)
    qtbot.waitUntil(lambda: label.toolTip() == "")
