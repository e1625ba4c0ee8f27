"""Marking, moving, deleting and undoing trigger points by clicking the real map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from bodymap.ui import MainWindow
from tests.ui.helpers import click_at, drag, midpoint, to_viewport

pytestmark = pytest.mark.gui


def lm(window: MainWindow, name: str) -> tuple[float, float]:
    return window.diagram.landmarks[name]


def upper_trapezius_left(window: MainWindow) -> tuple[float, float]:
    return midpoint(lm(window, "c7"), lm(window, "acromion_left"))


def test_click_on_body_adds_numbered_point_named_from_the_top_hit(
    qtbot: QtBot, window: MainWindow
) -> None:
    x, y = upper_trapezius_left(window)
    click_at(qtbot, window, x, y)

    assert len(window.session.points) == 1
    point = window.session.points[0]
    assert point.number == 1
    assert (point.muscle, point.side) == ("upper_trapezius", "left")
    # Stored in diagram millimetres, not pixels: within a pixel's worth of the click.
    tolerance = 1.5 / window.view.current_scale()
    assert point.x == pytest.approx(x, abs=tolerance)
    assert point.y == pytest.approx(y, abs=tolerance)
    assert window.scene.item_for(point.id) is not None
    assert "upper trapezius" in window.parts.details.point_panel.title.text().lower()


def test_click_outside_body_adds_nothing_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    click_at(qtbot, window, 3.0, 3.0)

    assert window.session.points == []
    assert "outside" in window.statusBar().currentMessage().lower()


def test_undo_and_redo_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    click_at(qtbot, window, *upper_trapezius_left(window))
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.points == []
    assert window.scene.selected_ids() == []

    qtbot.keyClick(
        window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(window.session.points) == 1
    assert window.scene.item_for(window.session.points[0].id) is not None


def test_drag_moves_point_and_reidentifies_muscle_with_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    start = upper_trapezius_left(window)
    click_at(qtbot, window, *start)
    point_id = window.session.points[0].id
    # Below the acromion over the back of the shoulder: posterior deltoid.
    acromion = lm(window, "acromion_left")
    target = (acromion[0] + 8.0, acromion[1] + 45.0)

    drag(qtbot, window, start, target)

    moved = window.session.point(point_id)
    assert moved.muscle == "posterior_deltoid"
    assert moved.side == "left"
    tolerance = 2.0 / window.view.current_scale()
    assert (moved.x, moved.y) == pytest.approx(target, abs=tolerance)

    window.parts.edit.undo.trigger()
    back = window.session.point(point_id)
    assert back.muscle == "upper_trapezius"
    assert (back.x, back.y) == pytest.approx(start, abs=tolerance)
    item = window.scene.item_for(point_id)
    assert item is not None
    assert (item.pos().x(), item.pos().y()) == pytest.approx((back.x, back.y))


def test_drag_outside_the_body_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    start = upper_trapezius_left(window)
    click_at(qtbot, window, *start)
    point = window.session.points[0]

    drag(qtbot, window, start, (4.0, 4.0))

    assert window.session.points[0] == point
    item = window.scene.item_for(point.id)
    assert item is not None
    assert (item.pos().x(), item.pos().y()) == pytest.approx((point.x, point.y))
    assert "not moved" in window.statusBar().currentMessage()


def test_muscle_chosen_by_hand_is_kept_when_the_point_moves(
    qtbot: QtBot, window: MainWindow
) -> None:
    c7 = lm(window, "c7")
    superior = lm(window, "superior_angle_right")
    # Just above-medial to the superior angle: levator scapulae lies under the upper trapezius.
    pos = (superior[0] - 8.0, superior[1] - 12.0)
    click_at(qtbot, window, *pos)
    point = window.session.points[0]
    combo = window.parts.details.point_panel.muscle
    index = next(
        i for i in range(combo.count()) if (combo.itemData(i) or (None,))[0] == "levator_scapulae"
    )
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    chosen = window.session.point(point.id)
    assert chosen.muscle == "levator_scapulae"
    assert chosen.muscle_chosen

    drag(qtbot, window, pos, (pos[0] + 4.0, pos[1] + 3.0))
    assert window.session.point(point.id).muscle == "levator_scapulae"
    assert c7[0] < window.session.point(point.id).x  # still on the patient's right


def test_delete_key_removes_selected_point_and_renumbers(qtbot: QtBot, window: MainWindow) -> None:
    c7 = lm(window, "c7")
    positions = [
        upper_trapezius_left(window),
        midpoint(c7, lm(window, "acromion_right")),
        midpoint(lm(window, "t5"), lm(window, "inferior_angle_right"), 0.45),
    ]
    for pos in positions:
        click_at(qtbot, window, *pos)
    first, second, third = (p.id for p in window.session.points)
    window.scene.select_ids([second])
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)

    qtbot.keyClick(window.view, Qt.Key.Key_Delete)

    assert [p.id for p in window.session.points] == [first, third]
    assert [p.number for p in window.session.points] == [1, 2]
    assert window.scene.item_for(second) is None
    window.parts.edit.undo.trigger()
    assert [(p.id, p.number) for p in window.session.points] == [
        (first, 1),
        (second, 2),
        (third, 3),
    ]


def test_markers_keep_their_screen_size_when_zooming(qtbot: QtBot, window: MainWindow) -> None:
    click_at(qtbot, window, *upper_trapezius_left(window))
    item = window.scene.item_for(window.session.points[0].id)
    assert item is not None

    def marker_pixels() -> float:
        transform = item.deviceTransform(window.view.viewportTransform())
        return transform.map(QPointF(10, 0)).x() - transform.map(QPointF(0, 0)).x()

    diagram_scale = window.view.current_scale()
    before = marker_pixels()
    window.view.zoom_in()
    window.view.zoom_in()

    assert window.view.current_scale() == pytest.approx(diagram_scale * 1.25**2)
    assert marker_pixels() == pytest.approx(before)
    # The marker stays on its diagram position.
    point = window.session.points[0]
    assert item.deviceTransform(window.view.viewportTransform()).map(QPointF(0, 0)).toPoint() == (
        to_viewport(window, point.x, point.y)
    )


def test_eight_points_across_both_shoulders_are_named_with_their_side(
    qtbot: QtBot, window: MainWindow
) -> None:
    c7 = lm(window, "c7")
    cases = []
    for side in ("left", "right"):
        acromion = lm(window, f"acromion_{side}")
        spine_root = lm(window, f"scapular_spine_root_{side}")
        inferior = lm(window, f"inferior_angle_{side}")
        outward = -1.0 if side == "left" else 1.0
        cases += [
            (midpoint(c7, acromion), "upper_trapezius", side),
            (midpoint(midpoint(spine_root, acromion, 0.45), inferior, 0.35), "infraspinatus", side),
            ((acromion[0] + 8.0 * outward, acromion[1] + 45.0), "posterior_deltoid", side),
            (midpoint(lm(window, "t6"), inferior, 0.5), None, side),
        ]
    for pos, _muscle, _side in cases:
        click_at(qtbot, window, *pos)

    assert [p.number for p in window.session.points] == list(range(1, 9))
    for point, (_pos, muscle, side) in zip(window.session.points, cases, strict=True):
        assert point.side == side
        if muscle is not None:
            assert point.muscle == muscle
        # Patient's left is on the viewer's left.
        assert (point.x < c7[0]) == (side == "left")


def test_point_over_the_thorax_shows_a_caution_badge_and_the_arm_does_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Between the T5 spinous process and the medial border: over the thorax, no scapula below.
    over_ribs = midpoint(lm(window, "t5"), lm(window, "medial_border_mid_left"), 0.5)
    # Over the back of the arm: far from the lung.
    deltoid = (lm(window, "acromion_right")[0] + 8.0, lm(window, "acromion_right")[1] + 45.0)
    click_at(qtbot, window, *over_ribs)
    click_at(qtbot, window, *deltoid)
    ribs, arm = (window.scene.item_for(p.id) for p in window.session.points)
    assert ribs is not None
    assert arm is not None
    assert ribs.has_caution
    assert "pneumothorax" in ribs.toolTip().lower()
    assert not arm.has_caution


def test_a_click_on_the_highlighted_muscle_marks_another_point(
    qtbot: QtBot, window: MainWindow
) -> None:
    x, y = upper_trapezius_left(window)
    click_at(qtbot, window, x, y)
    assert window.scene.diagram_item.highlight_item.highlight == ("upper_trapezius", "left")

    click_at(qtbot, window, x - 15.0, y + 3.0)  # inside the highlight, away from the marker

    assert [(p.number, p.muscle, p.side) for p in window.session.points] == [
        (1, "upper_trapezius", "left"),
        (2, "upper_trapezius", "left"),
    ]


def test_point_panel_shows_no_side_when_no_point_is_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.parts.details.point_panel
    assert panel.side.currentText() == ""

    click_at(qtbot, window, *upper_trapezius_left(window))
    assert panel.side.currentData() == "left"
    assert panel.side.isEnabled()

    window.doc.undo_stack.undo()
    # A disabled box that still read "Left" could be taken for the side of something.
    assert window.session.points == []
    assert panel.side.currentText() == ""
    assert not panel.side.isEnabled()


def test_a_click_on_a_full_session_adds_nothing_and_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    from bodymap.model import MAX_POINTS, Session, TriggerPoint

    x, y = upper_trapezius_left(window)
    full = [
        TriggerPoint(number=n, x=x, y=y + 40.0, muscle="upper_trapezius", side="left")
        for n in range(1, MAX_POINTS + 1)
    ]
    window.doc.reset(Session(points=full))

    click_at(qtbot, window, x, y)

    assert len(window.session.points) == MAX_POINTS
    assert f"at most {MAX_POINTS} points" in window.statusBar().currentMessage()


def test_a_click_works_out_where_the_new_point_lies_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.ui.document import session_document

    located: list[str] = []
    locate = session_document.locate

    def counted(diagram: object, point: object) -> object:
        located.append(point.id)  # type: ignore[attr-defined]
        return locate(diagram, point)  # type: ignore[arg-type]

    monkeypatch.setattr(session_document, "locate", counted)
    click_at(qtbot, window, *upper_trapezius_left(window))

    point = window.session.points[0]
    where = window.doc.location(point.id).description
    item = window.scene.item_for(point.id)
    assert item is not None
    assert where in item.toolTip()
    assert window.parts.details.point_panel.location.text() == where
    assert window.statusBar().currentMessage() == f"Point 1 added: {where}"
    assert located == [point.id], "marker, panel and status bar share one answer"


def test_new_points_carry_the_last_treatment_unless_it_is_refused_for_the_patient(
    qtbot: QtBot, window: MainWindow
) -> None:
    details = window.parts.details
    x, y = upper_trapezius_left(window)
    click_at(qtbot, window, x, y)
    qtbot.mouseClick(details.treatment_panel.kind.buttons["injection"], Qt.MouseButton.LeftButton)
    click_at(qtbot, window, x - 15.0, y + 3.0)
    assert window.session.points[1].treatment.kind == "injection", "carried forward"

    details.setCurrentWidget(details.patient_panel.parentWidget() or details.patient_panel)
    details.patient_panel.allergy_la.click()
    assert window.session.patient.allergy_local_anaesthetic
    click_at(qtbot, window, *midpoint(lm(window, "c7"), lm(window, "acromion_right")))

    assert len(window.session.points) == 3
    assert window.session.points[2].treatment.kind == "examined"
