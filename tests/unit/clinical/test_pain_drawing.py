"""Strokes into painted polygons and painted area in cm² (clinical-basis §10.2, §10.3)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from bodymap.anatomy import load_diagram
from bodymap.clinical.pain_drawing import (
    Stroke,
    change_text,
    erased,
    measure,
    painted,
)
from bodymap.model import PainArea, PaintedPolygon

D = load_diagram()
M = D.landmarks
BACK = (M["t6"][0] + 60.0, M["t6"][1])
"""A spot 6 cm right of T6: well inside the body, far from any region line."""


def _area(polygons: list[PaintedPolygon], quality: str = "aching", intensity: int = 5) -> PainArea:
    return PainArea(quality=quality, intensity=intensity, polygons=polygons)  # type: ignore[arg-type]


def test_a_brush_dab_is_a_disc_of_its_radius() -> None:
    polygons = painted([], Stroke("brush", (BACK,), 10.0), D)
    total = measure([_area(polygons)], D).total_cm2
    assert total == pytest.approx(math.pi * 1.0**2, rel=0.02)  # radius 1 cm


def test_a_brush_stroke_is_its_path_widened_with_round_ends() -> None:
    x, y = BACK
    stroke = Stroke("brush", ((x - 20, y), (x + 20, y)), 5.0)
    total = measure([_area(painted([], stroke, D))], D).total_cm2
    assert total == pytest.approx((40 * 10 + math.pi * 25) / 100, rel=0.02)


def test_painting_twice_over_the_same_place_adds_nothing() -> None:
    once = painted([], Stroke("brush", (BACK,), 10.0), D)
    twice = painted(once, Stroke("brush", (BACK,), 10.0), D)
    assert measure([_area(twice)], D).total_cm2 == pytest.approx(
        measure([_area(once)], D).total_cm2, rel=1e-3
    )


def test_erasing_leaves_a_hole_and_its_area_is_gone() -> None:
    x, y = BACK
    square = Stroke(
        "polygon", ((x - 20, y - 20), (x + 20, y - 20), (x + 20, y + 20), (x - 20, y + 20))
    )
    polygons = erased(painted([], square, D), Stroke("brush", (BACK,), 5.0))
    assert len(polygons) == 1
    assert len(polygons[0].holes) == 1
    total = measure([_area(polygons)], D).total_cm2
    assert total == pytest.approx((1600 - math.pi * 25) / 100, rel=0.01)


def test_erasing_everything_leaves_no_polygon() -> None:
    polygons = painted([], Stroke("brush", (BACK,), 5.0), D)
    assert erased(polygons, Stroke("brush", (BACK,), 20.0)) == []


def test_paint_off_the_body_is_not_kept() -> None:
    outside = (5.0, 5.0)  # the drawing's corner, beside the head
    assert not D.contains(*outside)
    assert painted([], Stroke("brush", (outside,), 4.0), D) == []


def test_vertices_are_on_the_tenth_of_a_millimetre_grid() -> None:
    polygons = painted([], Stroke("brush", ((301.234, 350.111), (355.555, 371.987)), 7.3), D)
    for x, y in polygons[0].exterior:
        assert round(x, 1) == x
        assert round(y, 1) == y


def test_overlapping_areas_of_two_qualities_count_once() -> None:
    dab = painted([], Stroke("brush", (BACK,), 10.0), D)
    one = measure([_area(dab)], D).total_cm2
    both = measure([_area(dab), _area(dab, "burning", 3)], D).total_cm2
    assert both == pytest.approx(one)


def test_a_stroke_across_the_midline_is_split_between_left_and_right() -> None:
    x, y = M["t8"]
    stroke = Stroke(
        "polygon", ((x - 30, y - 10), (x + 10, y - 10), (x + 10, y + 10), (x - 30, y + 10))
    )
    result = measure([_area(painted([], stroke, D))], D)
    assert result.by_region["shoulder_upper_back_left"] == pytest.approx(6.0, rel=0.01)
    assert result.by_region["shoulder_upper_back_right"] == pytest.approx(2.0, rel=0.01)
    assert result.total_cm2 == pytest.approx(8.0, rel=0.01)


def test_neck_and_back_are_told_apart_at_the_c7_acromion_line() -> None:
    c7, acromion = M["c7"], M["acromion_right"]
    mx, my = (c7[0] + acromion[0]) / 2, (c7[1] + acromion[1]) / 2
    result = measure([_area(painted([], Stroke("brush", ((mx, my),), 10.0), D))], D)
    neck, back = result.by_region["neck_right"], result.by_region["shoulder_upper_back_right"]
    assert neck == pytest.approx(back, rel=0.1), "a dab on the line is half neck, half back"
    assert sum(result.by_region.values()) == pytest.approx(result.total_cm2)


def test_no_drawing_measures_zero_everywhere() -> None:
    result = measure([], D)
    assert result.total_cm2 == 0.0
    assert result.regions_painted() == []


@pytest.mark.parametrize(
    ("stroke", "message"),
    [
        (lambda: Stroke("brush", (BACK,), 0.2), "radius"),
        (lambda: Stroke("polygon", (BACK, BACK)), "three corners"),
        (lambda: Stroke("brush", (), 5.0), "at least one point"),
    ],
)
def test_impossible_strokes_are_refused(stroke: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        stroke()  # type: ignore[operator]


def test_the_change_since_the_last_visit_is_said_in_cm2_and_percent() -> None:
    text = change_text(84.0, 120.0, dt.date(2026, 10, 2))
    assert text == (
        "Painted area 84 cm²; at the last visit (2026-10-02) 120 cm²: 36 cm² smaller (-30%)."
    )
    assert change_text(50.0, 40.0, None).endswith("10 cm² larger (+25%).")
    assert change_text(40.0, 40.0, None).endswith("unchanged.")
