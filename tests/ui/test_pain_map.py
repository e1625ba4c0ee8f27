"""Drawing pain on the real map with the mouse: strokes, polygons, the eraser, the Pain tab."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bodymap.clinical.pain_drawing import measure
from bodymap.ui import MainWindow
from bodymap.ui.drawing import Tool
from bodymap.ui.referral_fits import ReferralToggle
from tests.ui.helpers import click_at, drag

pytestmark = pytest.mark.gui


def _back(window: MainWindow, dx: float, dy: float = 0.0) -> tuple[float, float]:
    """``dx`` mm right of and ``dy`` mm below the T6 spinous process."""
    x, y = window.diagram.landmarks["t6"]
    return (x + dx, y + dy)


def _draw_mode(window: MainWindow) -> None:
    window.draw_action.trigger()
    assert window.completed().drawing.active


def test_a_drag_in_drawing_mode_paints_one_area_and_adds_no_point(
    window: MainWindow, qtbot: QtBot
) -> None:
    _draw_mode(window)
    parts = window.completed()
    assert parts.details.currentWidget() is parts.details.pain_tab
    with qtbot.waitSignal(window.doc.pain_changed):
        drag(qtbot, window, _back(window, 30), _back(window, 90))
    assert window.session.points == []
    (area,) = window.session.pain_areas
    assert (area.quality, area.intensity) == ("aching", 5)
    assert window.doc.undo_stack.count() == 1, "one stroke, one undo step"
    assert parts.drawing.drawing.areas() == window.session.pain_areas
    # 60 mm long, 20 mm wide, round ends: about 12 + 3.1 cm².
    assert measure(window.session.pain_areas, window.diagram).total_cm2 == pytest.approx(
        15.1, rel=0.1
    )
    assert "Painted: " in parts.details.pain_panel.summary.text()


def test_leaving_drawing_mode_makes_clicks_mark_points_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    _draw_mode(window)
    click_at(qtbot, window, *_back(window, 40))
    assert window.session.points == []
    window.draw_action.trigger()
    click_at(qtbot, window, *_back(window, 40))
    assert len(window.session.points) == 1


def test_the_pen_s_quality_intensity_and_size_are_used(window: MainWindow, qtbot: QtBot) -> None:
    _draw_mode(window)
    panel = window.completed().details.pain_panel
    panel.quality.buttons["burning"].click()
    panel.intensity.setValue(8)
    panel.brush_size.setValue(5)
    drag(qtbot, window, _back(window, 30), _back(window, 70))
    (area,) = window.session.pain_areas
    assert (area.quality, area.intensity) == ("burning", 8)
    assert measure([area], window.diagram).total_cm2 == pytest.approx(4.0 + 0.785, rel=0.1)


def test_a_polygon_closes_on_its_first_corner(window: MainWindow, qtbot: QtBot) -> None:
    _draw_mode(window)
    window.completed().details.pain_panel.tool.buttons[Tool.POLYGON].click()
    corners = [_back(window, 30), _back(window, 70), _back(window, 70, 30), _back(window, 30, 30)]
    for corner in corners:
        click_at(qtbot, window, *corner)
    assert window.session.pain_areas == []
    with qtbot.waitSignal(window.doc.pain_changed):
        click_at(qtbot, window, *corners[0])
    assert measure(window.session.pain_areas, window.diagram).total_cm2 == pytest.approx(
        12.0, rel=0.05
    )


def test_the_eraser_takes_paint_away(window: MainWindow, qtbot: QtBot) -> None:
    _draw_mode(window)
    panel = window.completed().details.pain_panel
    drag(qtbot, window, _back(window, 30), _back(window, 90))
    before = measure(window.session.pain_areas, window.diagram).total_cm2
    panel.tool.buttons[Tool.ERASER].click()
    drag(qtbot, window, _back(window, 50, -20), _back(window, 50, 20))
    after = measure(window.session.pain_areas, window.diagram).total_cm2
    assert 0 < after < before
    window.doc.undo_stack.undo()
    assert measure(window.session.pain_areas, window.diagram).total_cm2 == pytest.approx(before)


def test_a_read_only_session_paints_nothing_and_says_why(window: MainWindow, qtbot: QtBot) -> None:
    window.doc.reset(window.session, read_only=True)
    _draw_mode(window)
    drag(qtbot, window, _back(window, 30), _back(window, 90))
    assert window.session.pain_areas == []
    assert "read-only" in window.statusBar().currentMessage()


def test_a_fitting_muscle_s_zone_and_muscle_are_shown_when_clicked(
    window: MainWindow, qtbot: QtBot
) -> None:
    _draw_mode(window)
    angle = window.diagram.landmarks["inferior_angle_right"]
    drag(qtbot, window, (angle[0] - 20, angle[1]), (angle[0] + 20, angle[1]))
    parts = window.completed()
    fits = parts.details.pain_panel.fits
    assert fits.fits(), "the inferior angle fits latissimus dorsi"
    assert "not a diagnosis" in fits.note.text()
    row = [f.muscle for f in fits.fits()].index("latissimus_dorsi")
    fits.choose(row)
    assert parts.drawing.zone.outlines()
    assert window.scene.diagram_item.highlight_item.highlight == ("latissimus_dorsi", "right")


def test_the_selected_point_s_referral_zone_is_toggled_from_the_details(
    window: MainWindow, qtbot: QtBot
) -> None:
    c7, acromion = window.diagram.landmarks["c7"], window.diagram.landmarks["acromion_left"]
    click_at(qtbot, window, (c7[0] + acromion[0]) / 2, (c7[1] + acromion[1]) / 2)
    parts = window.completed()
    zone = parts.drawing.zone
    assert zone.outlines() == []
    (referral,) = parts.details.point_panel.findChildren(ReferralToggle)
    referral.check.setChecked(True)
    assert zone.outlines(), "the upper trapezius zone is drawn"
    assert "also: temple" in referral.text.text()
    referral.check.setChecked(False)
    assert zone.outlines() == []


def test_enter_at_the_crosshair_paints_while_drawing_and_places_no_point(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    _draw_mode(window)
    window.view.setFocus()
    window.view.move_crosshair_to(*_back(window, 40))
    with qtbot.waitSignal(window.doc.pain_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.session.points == []
    (area,) = window.session.pain_areas
    # One dab of the brush (10 mm radius): about 3.1 cm².
    assert measure(window.session.pain_areas, window.diagram).total_cm2 == pytest.approx(
        3.1, rel=0.15
    )
    window.draw_action.trigger()  # leaving drawing mode: Enter places a point again
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert len(window.session.points) == 1
    assert area == window.session.pain_areas[0]
