"""A point is named and checked at the position it is kept at, and its side follows it."""

from __future__ import annotations

import pytest

from bodymap.anatomy import MIDLINE_HALF_WIDTH_MM
from bodymap.ui import MainWindow

pytestmark = pytest.mark.gui


def test_a_point_is_named_where_it_is_stored_not_where_the_click_fell(window: MainWindow) -> None:
    # 4.96 mm from the midline is in the midline band; stored at the tenth of a millimetre it
    # is 5.0 mm away, on the patient's left: the side and the description must agree.
    lm = window.diagram.landmarks
    x = window.diagram.midline_x - MIDLINE_HALF_WIDTH_MM + 0.04
    y = lm["t4"][1] + 12.0
    point = window.doc.add_point(x, y)
    assert point.x == round(x, 1)
    assert point.side == window.doc.location(point.id).site.side == "left"


def test_a_chosen_muscle_keeps_its_name_but_not_its_side_across_the_midline(
    window: MainWindow,
) -> None:
    diagram = window.diagram
    sup = diagram.landmarks["superior_angle_right"]
    point = window.doc.add_point(sup[0] - 8.0, sup[1] - 12.0)
    assert point.side == "right"
    window.doc.edit_points(
        [point.id], "Set muscle", lambda p: p.model_copy(update={"muscle_chosen": True})
    )
    mirrored = 2 * diagram.midline_x - point.x
    window.doc.move_point(point.id, mirrored, point.y)
    moved = window.doc.point(point.id)
    assert moved.muscle == point.muscle
    assert moved.side == diagram.side_at(moved.x) == "left"
