"""Hit-testing, landmarks and descriptions of the bundled diagram (pure Python, no Qt)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from bodymap.anatomy import Diagram, MuscleHit, asset_path, load_diagram

Frame = Callable[[float, float, str], tuple[float, float]]

SIDES = ("left", "right")

# Approximate classic TrP sites (patient's right, frame units of clinical-basis §2.1).
REFERENCE_TRPS: dict[str, list[tuple[float, float]]] = {
    "upper_trapezius": [(0.32, -0.02), (0.38, 0.03)],
    "middle_trapezius": [(0.12, 0.17), (0.50, 0.10)],
    "lower_trapezius": [(0.20, 0.50), (0.19, 0.30)],
    "levator_scapulae": [(0.18, -0.08), (0.24, 0.10)],
    "rhomboid_minor": [(0.17, 0.22)],
    "rhomboid_major": [(0.19, 0.38), (0.21, 0.48)],
    "serratus_posterior_superior": [(0.22, 0.25)],
    "supraspinatus": [(0.32, 0.16), (0.55, 0.08)],
    "infraspinatus": [(0.38, 0.30), (0.28, 0.40)],
    "teres_minor": [(0.48, 0.30)],
    "teres_major": [(0.40, 0.50)],
    "latissimus_dorsi": [(0.47, 0.45)],
    "posterior_deltoid": [(0.62, 0.22)],
    "splenius_capitis": [(0.10, -0.32)],
    "splenius_cervicis": [(0.08, -0.05)],
    "semispinalis_capitis": [(0.05, -0.36)],
    "suboccipitals": [(0.06, -0.40)],
    "thoracic_paraspinals": [(0.12, 0.50), (0.12, 0.92)],
    "thoracic_multifidus": [(0.04, 0.33), (0.04, 0.75)],
}

REQUIRED_MUSCLES = {m for m in REFERENCE_TRPS if m != "thoracic_multifidus"}


def mid(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def ids(hits: list[MuscleHit]) -> list[tuple[str, str]]:
    return [(h.muscle, h.side) for h in hits]


def test_asset_is_found_in_the_checkout() -> None:
    path = asset_path("diagram", "posterior_upper_back.json")
    assert path.is_file()
    assert path.parent.name == "diagram"


def test_load_diagram_is_cached(diagram: Diagram) -> None:
    assert load_diagram() is diagram
    assert diagram.id == "posterior-upper-back"
    assert diagram.version == "1.0"


def test_landmarks_follow_the_contract(diagram: Diagram) -> None:
    lm = diagram.landmarks
    assert lm["c7"] == (300.0, 230.0)
    assert lm["t12"][1] - lm["c7"][1] == pytest.approx(280.0)
    spinous = ["c7"] + [f"t{n}" for n in range(1, 13)]
    ys = [lm[name][1] for name in spinous]
    assert ys == sorted(ys)
    assert all(lm[name][0] == lm["c7"][0] for name in spinous)
    assert lm["eop"][1] < lm["c7"][1]
    for name in (
        "mastoid",
        "acromion",
        "scapular_spine_root",
        "superior_angle",
        "inferior_angle",
        "humeral_head",
        "deltoid_tuberosity",
    ):
        left, right = lm[f"{name}_left"], lm[f"{name}_right"]
        # Posterior view: the patient's left is on the viewer's left.
        assert left[0] < lm["c7"][0] < right[0], name
        assert left[1] == right[1]
        assert lm["c7"][0] - left[0] == pytest.approx(right[0] - lm["c7"][0])
    assert lm["superior_angle_right"][1] < lm["scapular_spine_root_right"][1]
    assert lm["scapular_spine_root_right"][1] < lm["inferior_angle_right"][1]


def test_every_required_muscle_is_drawn_on_both_sides(diagram: Diagram) -> None:
    drawn = {(r.muscle, r.side) for r in diagram.regions}
    for muscle in REQUIRED_MUSCLES:
        assert (muscle, "left") in drawn
        assert (muscle, "right") in drawn


def test_muscle_names_cover_regions_and_multifocal(diagram: Diagram) -> None:
    assert diagram.muscle_names["multifocal"] == "Multifocal / unspecified"
    assert diagram.muscle_names["upper_trapezius"] == "Upper trapezius"
    for region in diagram.regions:
        assert diagram.muscle_names[region.muscle] == region.name


@pytest.mark.parametrize(
    ("muscle", "layer"),
    [
        ("upper_trapezius", "superficial"),
        ("latissimus_dorsi", "superficial"),
        ("posterior_deltoid", "superficial"),
        ("middle_deltoid", "superficial"),
        ("sternocleidomastoid", "superficial"),
        ("triceps_long_head", "superficial"),
        ("infraspinatus", "superficial"),
        ("levator_scapulae", "intermediate"),
        ("rhomboid_major", "intermediate"),
        ("supraspinatus", "intermediate"),
        ("splenius_capitis", "intermediate"),
        ("serratus_posterior_superior", "intermediate"),
        ("semispinalis_capitis", "deep"),
        ("suboccipitals", "deep"),
        ("thoracic_paraspinals", "deep"),
    ],
)
def test_layers(diagram: Diagram, muscle: str, layer: str) -> None:
    assert {r.layer for r in diagram.regions if r.muscle == muscle} == {layer}


def test_region_sides_match_their_half_of_the_diagram(diagram: Diagram) -> None:
    midline = diagram.landmarks["c7"][0]
    for region in diagram.regions:
        xs = [p[0] for p in region.outline]
        centroid = sum(xs) / len(xs)
        assert (centroid < midline) == (region.side == "left"), region.muscle
        if region.side == "left":
            assert max(xs) <= midline, region.muscle
        else:
            assert min(xs) >= midline, region.muscle


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(
    ("muscle", "point"),
    [(m, p) for m, points in REFERENCE_TRPS.items() for p in points],
)
def test_reference_trigger_points_hit_their_muscle(
    diagram: Diagram, frame: Frame, muscle: str, point: tuple[float, float], side: str
) -> None:
    hits = diagram.muscles_at(*frame(*point, side))
    assert (muscle, side) in ids(hits)


def test_midway_c7_acromion_is_upper_trapezius(diagram: Diagram) -> None:
    lm = diagram.landmarks
    for side in SIDES:
        hits = diagram.muscles_at(*mid(lm["c7"], lm[f"acromion_{side}"]))
        assert ids(hits)[0] == ("upper_trapezius", side)


def test_infraspinous_fossa_is_infraspinatus(diagram: Diagram) -> None:
    lm = diagram.landmarks
    for side in SIDES:
        point = mid(lm[f"spine_of_scapula_mid_{side}"], lm[f"inferior_angle_{side}"])
        assert ids(diagram.muscles_at(*point))[0] == ("infraspinatus", side)


def test_between_t5_and_medial_border_is_rhomboid_major(diagram: Diagram) -> None:
    lm = diagram.landmarks
    for side in SIDES:
        point = mid(lm["t5"], lm[f"medial_border_mid_{side}"])
        assert ("rhomboid_major", side) in ids(diagram.muscles_at(*point))


def test_above_medial_to_superior_angle_is_levator(diagram: Diagram) -> None:
    sx, sy = diagram.landmarks["superior_angle_right"]
    assert ("levator_scapulae", "right") in ids(diagram.muscles_at(sx - 5.0, sy - 8.0))
    lx, ly = diagram.landmarks["superior_angle_left"]
    assert ("levator_scapulae", "left") in ids(diagram.muscles_at(lx + 5.0, ly - 8.0))


def test_below_the_acromion_is_posterior_deltoid_first(diagram: Diagram) -> None:
    for side in SIDES:
        ax, ay = diagram.landmarks[f"acromion_{side}"]
        hits = diagram.muscles_at(ax, ay + 30.0)
        assert ids(hits)[0] == ("posterior_deltoid", side)


def test_hits_are_ordered_superficial_to_deep(diagram: Diagram, frame: Frame) -> None:
    # Lower trapezius over rhomboid major over serratus posterior superior.
    hits = diagram.muscles_at(*frame(0.14, 0.30, "right"))
    layers = [h.layer for h in hits]
    assert layers == sorted(layers, key=("superficial", "intermediate", "deep").index)
    assert ids(hits)[:2] == [("lower_trapezius", "right"), ("rhomboid_major", "right")]
    assert ("serratus_posterior_superior", "right") in ids(hits)


def test_outside_the_body_is_empty(diagram: Diagram) -> None:
    assert diagram.muscles_at(5.0, 5.0) == []
    assert not diagram.contains(5.0, 5.0)
    assert diagram.muscles_at(diagram.width - 5.0, diagram.height - 5.0) == []
    assert diagram.muscles_at(-100.0, 250.0) == []


def test_contains_the_landmarks_of_the_trunk(diagram: Diagram) -> None:
    for name, (x, y) in diagram.landmarks.items():
        assert diagram.contains(x, y), name


def test_mirrored_points_give_mirrored_hits(diagram: Diagram) -> None:
    midline = diagram.landmarks["c7"][0]
    flip = {"left": "right", "right": "left", "midline": "midline"}
    for x in range(120, 300, 7):
        for y in range(60, 560, 9):
            # Offsets off the 0.1 mm grid keep the probes away from outline vertices.
            right = diagram.muscles_at(2 * midline - x + 0.137, y + 0.219)
            left = diagram.muscles_at(x - 0.137, y + 0.219)
            assert [(h.muscle, flip[h.side]) for h in left] == ids(right), (x, y)


def test_describe_upper_trapezius(diagram: Diagram) -> None:
    lm = diagram.landmarks
    x, y = mid(lm["c7"], lm["acromion_left"])
    text = diagram.describe(x, y - 10.0)
    assert text.startswith("left upper trapezius, ")
    lateral_cm = math.floor((lm["c7"][0] - x) / 5 + 0.5) / 2  # nearest 0.5 cm
    assert f"{lateral_cm:.1f} cm lateral to C7 spinous process" in text
    assert text.endswith("1.0 cm superior to the line C7\u2013acromion")


def test_describe_on_the_trapezius_line(diagram: Diagram) -> None:
    lm = diagram.landmarks
    text = diagram.describe(*mid(lm["c7"], lm["acromion_right"]))
    assert text.endswith("on the line C7\u2013acromion")
    assert text.startswith("right upper trapezius")


def test_describe_spinal_level(diagram: Diagram) -> None:
    t4x, t4y = diagram.landmarks["t4"]
    text = diagram.describe(t4x + 25.0, t4y + 10.0)
    assert text.startswith("right ")
    assert "1.0 cm inferior to T4 spinous process" in text
    assert text.endswith("2.5 cm lateral to the midline")
    at_level = diagram.describe(t4x - 25.0, t4y + 2.0)
    assert at_level.startswith("left ")
    assert "at the level of T4" in at_level


def test_describe_scapular_muscle_uses_scapular_landmarks(diagram: Diagram) -> None:
    sx, sy = diagram.landmarks["spine_of_scapula_mid_right"]
    text = diagram.describe(sx, sy + 30.0)
    assert text == "right infraspinatus, 3.0 cm inferior to the midpoint of the scapular spine"
    ix, iy = diagram.landmarks["inferior_angle_left"]
    text = diagram.describe(ix - 20.0, iy - 40.0)
    assert text.startswith("left infraspinatus, 4.0 cm superior and 2.0 cm lateral to the ")


def test_describe_outside_and_a_named_part_without_a_listed_muscle(diagram: Diagram) -> None:
    assert diagram.describe(5.0, 5.0) == "outside the body"
    # Lateral arm below the deltoid: the lateral head of triceps, which the list does not carry.
    dx, dy = diagram.landmarks["deltoid_tuberosity_left"]
    x, y = dx - 5.0, dy + 60.0
    assert diagram.contains(x, y)
    assert diagram.muscles_at(x, y) == []
    assert [a.name for a in diagram.areas_at(x, y)] == ["lateral head of triceps"]
    text = diagram.describe(x, y)
    assert text == (
        "left, over the lateral head of triceps, "
        "6.0 cm inferior and 0.5 cm lateral to the deltoid tuberosity"
    )


def test_describe_is_deterministic_and_short(diagram: Diagram, frame: Frame) -> None:
    for muscle, points in REFERENCE_TRPS.items():
        for side in SIDES:
            point = frame(*points[0], side)
            text = diagram.describe(*point)
            assert text == diagram.describe(*point)
            assert text.startswith(side + " ")
            assert len(text) < 110, text
            assert "-0.0" not in text
            assert muscle  # every reference point yields a description


def test_changing_a_returned_hit_list_does_not_change_later_answers(diagram: Diagram) -> None:
    x, y = mid(diagram.landmarks["c7"], diagram.landmarks["acromion_left"])
    first = diagram.muscles_at(x, y)
    kept = list(first)
    assert first[0].muscle == "upper_trapezius"
    first.clear()
    assert diagram.muscles_at(x, y) == kept
    assert diagram.muscles_at(1.0, 1.0) == []
