"""Body regions of the pain drawing, placed from the landmarks (clinical-basis §10.2)."""

from __future__ import annotations

import pytest

from bodymap.anatomy import load_diagram, point_in_polygon
from bodymap.anatomy.regions import REGION_IDS, body_regions

D = load_diagram()
M = D.landmarks


def _region_at(x: float, y: float) -> list[str]:
    return [r.id for r in body_regions(D) if point_in_polygon(x, y, r.outline)]


def _between(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        # Halfway between C7 and the mastoid tip: the neck, on the mastoid's side.
        (lambda: _between(M["c7"], M["mastoid_right"]), "neck_right"),
        (lambda: _between(M["c7"], M["mastoid_left"]), "neck_left"),
        # The scapular spine's root, the inferior angle, the acromion's tip a little lower.
        (lambda: M["scapular_spine_root_left"], "shoulder_upper_back_left"),
        (lambda: M["inferior_angle_right"], "shoulder_upper_back_right"),
        (lambda: (M["acromion_left"][0], M["acromion_left"][1] + 5), "shoulder_upper_back_left"),
        (lambda: M["deltoid_tuberosity_right"], "shoulder_upper_back_right"),
        # 10 mm above the external occipital protuberance: the back of the head.
        (lambda: (M["eop"][0] + 10, M["eop"][1] - 10), "head_right"),
        (lambda: (M["eop"][0] - 10, M["eop"][1] - 10), "head_left"),
    ],
)
def test_landmarks_lie_in_their_region(where: object, expected: str) -> None:
    x, y = where()  # type: ignore[operator]
    assert _region_at(x, y) == [expected]


def test_the_neck_ends_on_the_line_from_c7_to_the_acromion() -> None:
    c7, acromion = M["c7"], M["acromion_right"]
    x, y = _between(c7, acromion)
    assert _region_at(x, y - 2) == ["neck_right"]
    assert _region_at(x, y + 2) == ["shoulder_upper_back_right"]


def test_left_is_the_patient_s_left_on_the_viewer_s_left() -> None:
    for region in body_regions(D):
        xs = [x for x, _ in region.outline]
        if region.side == "left":
            assert max(xs) <= D.midline_x
        else:
            assert min(xs) >= D.midline_x


def test_regions_tile_the_drawing_without_overlap() -> None:
    regions = body_regions(D)
    assert tuple(r.id for r in regions) == REGION_IDS
    for y in range(5, 600, 23):
        for x in range(3, 600, 19):
            if abs(x - D.midline_x) < 0.5:
                continue
            assert len(_region_at(x + 0.37, y + 0.41)) == 1, (x, y)
