"""View options: high contrast and the colour key, from the View menu's keys, remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from bodymap.ui import MainWindow
from bodymap.ui.items import HIGH_CONTRAST_STYLE, NORMAL_STYLE
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import midpoint

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def another_window(qtbot: QtBot, dialogs: type[FakeDialogs]) -> MainWindow:
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_high_contrast_thickens_the_markers_and_is_remembered(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs]
) -> None:
    lm = window.diagram.landmarks
    point = window.doc.add_point(*midpoint(lm["c7"], lm["acromion_left"]))
    item = window.scene.item_for(point.id)
    assert item.style == NORMAL_STYLE
    normal_width = item.boundingRect().width()

    qtbot.keyClick(window.view, Qt.Key.Key_H, CTRL_SHIFT)

    assert item.style == HIGH_CONTRAST_STYLE
    assert item.boundingRect().width() > normal_width
    assert HIGH_CONTRAST_STYLE.outer_ring > NORMAL_STYLE.outer_ring
    assert HIGH_CONTRAST_STYLE.font_px > NORMAL_STYLE.font_px
    assert window.scene.crosshair.style.line > 2.0
    assert window.view.colour_key.high_contrast

    later = another_window(qtbot, dialogs)
    assert later.scene.high_contrast
    added = later.doc.add_point(*midpoint(lm["c7"], lm["acromion_left"]))
    assert later.scene.item_for(added.id).style == HIGH_CONTRAST_STYLE

    later.activateWindow()
    qtbot.waitUntil(later.isActiveWindow)
    qtbot.keyClick(later.view, Qt.Key.Key_H, CTRL_SHIFT)
    assert not later.scene.high_contrast
    assert not another_window(qtbot, dialogs).scene.high_contrast


def test_the_colour_key_sits_below_the_drawing_and_its_choice_is_remembered(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs]
) -> None:
    key = window.view.colour_key
    viewport = window.view.viewport()
    assert key.isVisible(), "shown the first time"
    key_top = key.mapTo(window.view, QPoint(0, 0)).y()
    viewport_bottom = viewport.mapTo(window.view, QPoint(0, viewport.height())).y()
    assert key_top >= viewport_bottom, "the key never covers the map"
    with_key = viewport.height()

    qtbot.keyClick(window.view, Qt.Key.Key_K, CTRL)

    assert not key.isVisible()
    assert viewport.height() > with_key, "the map takes the room back"
    assert not another_window(qtbot, dialogs).view.colour_key.isVisible()


def test_the_colour_key_wraps_to_the_width_of_the_map(qtbot: QtBot, window: MainWindow) -> None:
    key = window.view.colour_key
    wide = key.height_for(2000)
    narrow = key.height_for(300)
    assert narrow > wide, "more rows on a narrow map"
    for sample, label in zip(key.samples, key.labels, strict=True):
        assert label.geometry().right() < key.width()
        assert sample.geometry().bottom() < key.height()
