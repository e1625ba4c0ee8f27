"""End to end without a mouse: place a point, document its findings and treatment, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.model import Injection
from bodymap.ui import MainWindow
from bodymap.ui.landmarks import LandmarkDialog
from tests.ui.conftest import FakeDialogs

pytestmark = [pytest.mark.gui, pytest.mark.e2e]

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key | str, modifier: Qt.KeyboardModifier | None = None) -> None:
    """One key to whatever has the focus, as a user's keyboard would send it."""
    if modifier is None:
        qtbot.keyClick(focused(), key)
    else:
        qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, name: str) -> None:
    """Press Tab until the field a screen reader calls ``name`` has the focus."""
    for _ in range(60):
        if QAccessible.queryAccessibleInterface(focused()).text(QAccessible.Text.Name) == name:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r}")


def test_a_point_is_placed_documented_and_saved_without_a_mouse(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.view.hasFocus)  # the map has the keyboard when the window opens

    # Go to a landmark and step 15 mm down from it, onto the infraspinatus.
    press(qtbot, Qt.Key.Key_L, CTRL)
    dialog = window.findChild(LandmarkDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.filter.hasFocus)
    qtbot.keyClicks(dialog.filter, "scapular spine mid left")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(window.view.hasFocus)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down, SHIFT)
    assert "left infraspinatus" in window.hover_label.text()

    # Place the point, then go to its details.
    press(qtbot, Qt.Key.Key_Return)
    (point,) = window.session.points
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(window.parts.details.point_panel.muscle.hasFocus)

    # Findings: the buttons by Tab and Space, the pain scores by their letters and digits.
    tab_to(qtbot, "Status: Active")
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "Taut band: Yes")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, "b", ALT)
    press(qtbot, "7")
    tab_to(qtbot, "Pain after")
    press(qtbot, "3")

    # Treatment: an injection of 0.5 mL of the agent offered first.
    tab_to(qtbot, "Treatment: Injection")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, "o", ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "0.5")
    press(qtbot, Qt.Key.Key_Tab)

    # Save.
    target = tmp_path / "keyboard.bodymap.json"
    dialogs.save_answers.append(target)
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not window.doc.is_modified())

    saved = storage.load_session(target)
    (kept,) = saved.points
    assert kept.id == point.id
    assert (kept.muscle, kept.side) == ("infraspinatus", "left")
    assert kept.findings.status == "active"
    assert kept.findings.taut_band is True
    assert (kept.findings.pain_before, kept.findings.pain_after) == (7, 3)
    assert isinstance(kept.treatment, Injection)
    assert kept.treatment.volume_ml == pytest.approx(0.5)
    assert dialogs.errors == []
