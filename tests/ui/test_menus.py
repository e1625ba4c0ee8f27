"""The window's shortcuts, the map's context menu and pinch zoom (set up on completion)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from bodymap.ui import MainWindow
from bodymap.ui.editing import NUDGE_LARGE_MM, NUDGE_MM
from tests.ui.helpers import click_at, midpoint, to_viewport

pytestmark = pytest.mark.gui


def _focus_map(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def _a_point(qtbot: QtBot, window: MainWindow) -> tuple[float, float]:
    pos = midpoint(window.diagram.landmarks["c7"], window.diagram.landmarks["acromion_left"])
    click_at(qtbot, window, *pos)
    return pos


def test_arrow_keys_nudge_the_selected_point_and_shift_nudges_further(
    qtbot: QtBot, window: MainWindow
) -> None:
    _a_point(qtbot, window)
    start = window.session.points[0]
    _focus_map(qtbot, window)

    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)

    moved = window.session.points[0]
    assert moved.x == pytest.approx(start.x + NUDGE_MM)
    assert moved.y == pytest.approx(start.y + NUDGE_LARGE_MM)
    assert window.scene.item_for(moved.id).pos().x() == pytest.approx(moved.x)


def test_select_all_then_delete_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    _a_point(qtbot, window)
    click_at(qtbot, window, *window.diagram.landmarks["inferior_angle_right"])
    window.scene.select_ids([])
    _focus_map(qtbot, window)

    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.scene.selected_ids()) == 2
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)
    assert window.session.points == []


def test_view_shortcuts_zoom_fit_and_show_the_deep_muscles(
    qtbot: QtBot, window: MainWindow
) -> None:
    _focus_map(qtbot, window)
    fitted = window.view.current_scale()
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.current_scale() > fitted
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.current_scale() == pytest.approx(fitted)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.deep_action.isChecked()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen popups
def test_right_click_on_a_marker_selects_it_and_offers_its_commands(
    qtbot: QtBot, window: MainWindow
) -> None:
    pos = _a_point(qtbot, window)
    window.scene.select_ids([])
    offered: list[list[str]] = []

    def read_and_close_the_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.append([a.text() for a in menu.actions()])
        menu.close()

    def right_click(at: QPoint) -> None:
        global_pos = window.view.viewport().mapToGlobal(at)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, global_pos)
        QApplication.sendEvent(window.view.viewport(), event)

    QTimer.singleShot(0, read_and_close_the_menu)
    right_click(to_viewport(window, *pos))
    assert offered == [["&Point Details", "&Delete Point"]]
    assert window.scene.selected_ids() == [window.session.points[0].id]

    right_click(QPoint(2, 2))  # off any marker: no menu
    assert QApplication.activePopupWidget() is None
    assert len(offered) == 1


def test_a_pinch_on_the_map_zooms_it(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QGestureEvent, QPinchGesture

    before = window.view.current_scale()
    pinch = QPinchGesture()
    pinch.setScaleFactor(1.5)
    QApplication.sendEvent(window.view.viewport(), QGestureEvent([pinch]))
    assert window.view.current_scale() == pytest.approx(before * 1.5)
