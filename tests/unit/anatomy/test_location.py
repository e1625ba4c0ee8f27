"""Location text: the midline defined once, 0.5 cm steps, unambiguous directions (§3)."""

from __future__ import annotations

import re

import pytest

from bodymap.anatomy import MIDLINE_HALF_WIDTH_MM, Diagram
from bodymap.anatomy.location import half_cm


@pytest.mark.parametrize("level", ["c7", "t3", "t8"])
def test_side_and_description_share_the_midline(diagram: Diagram, level: str) -> None:
    x0, y0 = diagram.landmarks[level]
    y = y0 + 11.0  # between two spinous processes
    inside = MIDLINE_HALF_WIDTH_MM - 0.1
    outside = MIDLINE_HALF_WIDTH_MM + 0.1
    assert diagram.side_at(x0 + inside) == "midline"
    assert diagram.side_at(x0 - inside) == "midline"
    assert diagram.side_at(x0 + outside) == "right"
    assert diagram.side_at(x0 - outside) == "left"
    for dx in (-outside, -inside, 0.0, inside, outside):
        side = diagram.side_at(x0 + dx)
        text = diagram.describe(x0 + dx, y)
        assert text.startswith(f"{side}, " if side == "midline" else f"{side} "), (dx, text)
        assert ("in the midline" in text) == (side == "midline"), (dx, text)


def test_the_midline_is_as_wide_as_the_spinous_processes(diagram: Diagram) -> None:
    # The drawn spinous process tips are 11-15 mm wide; the band is 10 mm, inside them.
    for bone in diagram.bones:
        if bone.id.startswith("spinous_"):
            xs = [p[0] for p in bone.outline]
            assert max(xs) - min(xs) >= 2 * MIDLINE_HALF_WIDTH_MM, bone.id


@pytest.mark.parametrize(
    ("mm", "cm"),
    [(0.0, 0.0), (2.4, 0.0), (2.5, 0.5), (7.4, 0.5), (7.5, 1.0), (23.0, 2.5), (27.6, 3.0)],
)
def test_distances_round_to_the_nearest_half_centimetre(mm: float, cm: float) -> None:
    assert half_cm(mm) == cm
    assert half_cm(-mm) == cm


def test_lateral_distance_in_half_centimetres(diagram: Diagram) -> None:
    t6x, t6y = diagram.landmarks["t6"]
    assert diagram.describe(t6x + 23.0, t6y).endswith("2.5 cm lateral to the midline")
    assert diagram.describe(t6x + 28.0, t6y).endswith("3.0 cm lateral to the midline")
    assert "at the level of T6" in diagram.describe(t6x + 28.0, t6y + 2.0)
    assert "0.5 cm inferior to T6 spinous process" in diagram.describe(t6x + 28.0, t6y + 3.0)


def test_every_description_uses_half_centimetres_and_no_above_or_below(diagram: Diagram) -> None:
    checked = 0
    for x in range(20, 600, 13):
        for y in range(20, 600, 13):
            if not diagram.contains(x + 0.3, y + 0.3):
                continue
            text = diagram.describe(x + 0.3, y + 0.3)
            checked += 1
            assert not re.search(r"\b(above|below)\b", text), text
            for value in re.findall(r"(\d+\.\d) cm", text):
                assert float(value) * 2 == int(float(value) * 2), text
                assert float(value) > 0, text
            assert "no muscle identified" not in text, text
    assert checked > 500


def test_superior_and_inferior_for_the_scapula(diagram: Diagram) -> None:
    ix, iy = diagram.landmarks["inferior_angle_right"]
    text = diagram.describe(ix + 20.0, iy - 40.0)
    assert "4.0 cm superior and 2.0 cm lateral to the inferior angle of the scapula" in text
