"""A new point never starts with a needle longer than its zone advises (clinical-basis §4.6):
neither the treatment carried forward from the last point, nor the default a kind starts with.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap.model import DryNeedling, Injection
from bodymap.ui import MainWindow
from tests.ui.helpers import click_at, midpoint

pytestmark = pytest.mark.gui


def apex(window: MainWindow) -> tuple[float, float]:
    """Midway from C7 to the left acromion: the lung apex zone (30 mm for an average adult)."""
    lm = window.diagram.landmarks
    return midpoint(lm["c7"], lm["acromion_left"])


def over_scapula(window: MainWindow) -> tuple[float, float]:
    """The middle of the left infraspinous fossa: over scapular bone (40 mm)."""
    lm = window.diagram.landmarks
    spine = midpoint(lm["scapular_spine_root_left"], lm["acromion_left"], 0.45)
    return midpoint(spine, lm["inferior_angle_left"], 0.35)


def thorax(window: MainWindow) -> tuple[float, float]:
    """The middle of the right medial border: over the thorax (20 mm)."""
    return window.diagram.landmarks["medial_border_mid_right"]


def choose(qtbot: QtBot, window: MainWindow, kind: str) -> None:
    button = window.parts.details.treatment_panel.kind.buttons[kind]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def needle(window: MainWindow, index: int = -1) -> float | None:
    treatment = window.session.points[index].treatment
    assert isinstance(treatment, Injection | DryNeedling)
    return treatment.needle_length_mm


def test_a_carried_injection_gets_the_longest_needle_each_new_zone_allows(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_at(qtbot, window, *over_scapula(window))
    choose(qtbot, window, "injection")
    assert needle(window) == 32.0, "the default 27 G x 32 mm is within 40 mm over the scapula"

    click_at(qtbot, window, *apex(window))
    assert needle(window) == 25.0, "carried forward, shortened for the lung apex (30 mm)"
    status = window.statusBar().currentMessage()
    assert "needle 25 mm instead of 32 mm (at most 30 mm advised here)" in status

    click_at(qtbot, window, *thorax(window))
    assert needle(window) == 16.0, "the carried 32 mm, shortened for the thorax (20 mm)"

    # Over the other scapula the needle the clinician chose comes back: the shortening
    # belonged to the zone, not to the treatment carried forward.
    lm = window.diagram.landmarks
    spine = midpoint(lm["scapular_spine_root_right"], lm["acromion_right"], 0.45)
    click_at(qtbot, window, *midpoint(spine, lm["inferior_angle_right"], 0.35))
    assert len(window.session.points) == 4
    assert needle(window) == 32.0
    assert "instead of" not in window.statusBar().currentMessage()


def test_the_needle_of_a_kind_chosen_at_a_point_fits_its_zone(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_at(qtbot, window, *apex(window))
    choose(qtbot, window, "dry_needling")
    assert needle(window) == 30.0, "the default 40 mm dry needle, cut to the apex's 30 mm"

    click_at(qtbot, window, *thorax(window))
    assert needle(window) == 15.0, "the carried dry needle, cut to the thorax's 20 mm"
    choose(qtbot, window, "injection")
    assert needle(window) == 16.0, "the default 32 mm injection needle, cut to 20 mm"
    panel = window.parts.details.treatment_panel
    assert panel.injection.needle_length.value() == 16.0
    assert not panel.needle_warning.isVisible()


def test_a_longer_needle_the_clinician_chooses_still_warns(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_at(qtbot, window, *apex(window))
    choose(qtbot, window, "injection")
    panel = window.parts.details.treatment_panel
    spin = panel.injection.needle_length
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "38")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert needle(window) == 38.0
    assert panel.needle_warning.isVisible()
    assert "38 mm needle is longer than advised at the lung apex" in panel.needle_warning.text()
