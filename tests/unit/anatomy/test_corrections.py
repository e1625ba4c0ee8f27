"""The corrected anatomy, checked against the landmark frame (clinical-basis §2).

Every position here comes from the diagram's landmarks, so the tests follow the anatomy rather
than the pixels of one drawing.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from bodymap.anatomy import NEXT_TO_MM, Diagram, MuscleHit

Frame = Callable[[float, float, str], tuple[float, float]]
SIDES = ("left", "right")


def ids(hits: list[MuscleHit]) -> list[str]:
    return [h.muscle for h in hits]


def under(hits: list[MuscleHit]) -> list[str]:
    return [h.muscle for h in hits if not h.beside]


@pytest.mark.parametrize("side", SIDES)
def test_lateral_to_the_spine_root_the_trapezius_covers_serratus_posterior_superior(
    diagram: Diagram, side: str
) -> None:
    x, y = diagram.landmarks[f"scapular_spine_root_{side}"]
    outwards = 10.0 if side == "right" else -10.0
    hits = diagram.muscles_at(x + outwards, y)
    assert hits[0].muscle in {"middle_trapezius", "lower_trapezius"}
    assert hits[0].side == side
    # Serratus posterior superior lies deep, under the scapula, never on top.
    assert "serratus_posterior_superior" in ids(hits)[1:]


@pytest.mark.parametrize("side", SIDES)
def test_the_posterior_acromial_angle_is_bone_with_the_deltoid_beside_it(
    diagram: Diagram, side: str
) -> None:
    x, y = diagram.landmarks[f"acromion_{side}"]
    bones = diagram.bones_at(x, y)
    assert bones[0].name == "posterior acromial angle"
    assert bones[0].subcutaneous
    hits = diagram.muscles_at(x, y)
    assert hits, "a click on the acromion must not become multifocal"
    assert all(h.beside for h in hits)
    # The deltoid arises from the angle: its posterior part is the nearest muscle.
    assert hits[0].muscle == "posterior_deltoid"
    assert {"posterior_deltoid", "middle_deltoid"} <= set(ids(hits))
    assert "supraspinatus" not in ids(hits)
    text = diagram.describe(x, y)
    assert text.startswith(f"{side}, over the posterior acromial angle, next to the ")
    assert "posterior deltoid" in text
    assert "supraspinatus" not in text


@pytest.mark.parametrize("side", SIDES)
def test_at_the_mastoid_tip_levator_scapulae_lies_deep(diagram: Diagram, side: str) -> None:
    hits = diagram.muscles_at(*diagram.landmarks[f"mastoid_{side}"])
    found = ids(hits)
    assert found[0] == "sternocleidomastoid"
    assert "splenius_capitis" in found
    # Levator scapulae arises from C1-C4 transverse processes deep to both.
    if "levator_scapulae" in found:
        assert found.index("levator_scapulae") > found.index("splenius_capitis")
    assert diagram.describe(*diagram.landmarks[f"mastoid_{side}"]).startswith(
        f"{side} sternocleidomastoid, "
    )


def test_layer_order_wherever_these_muscles_overlap(diagram: Diagram) -> None:
    """Serratus posterior superior lies superficial to splenius and deep to the rhomboids; the
    levator's origin lies deep to sternocleidomastoid and splenius capitis, over splenius
    cervicis, and its insertion superficial to serratus."""
    above = [
        ("serratus_posterior_superior", "splenius_capitis"),
        ("serratus_posterior_superior", "splenius_cervicis"),
        ("rhomboid_minor", "serratus_posterior_superior"),
        ("rhomboid_major", "serratus_posterior_superior"),
        ("sternocleidomastoid", "splenius_capitis"),
        ("sternocleidomastoid", "levator_scapulae"),
        ("splenius_capitis", "levator_scapulae"),
        ("levator_scapulae", "splenius_cervicis"),
        ("levator_scapulae", "serratus_posterior_superior"),
        ("teres_minor", "triceps_long_head"),
        ("triceps_long_head", "teres_major"),
    ]
    seen: set[tuple[str, str]] = set()
    c7x = diagram.landmarks["c7"][0]
    for x in range(int(c7x) - 250, int(c7x) + 250, 3):
        for y in range(20, 560, 3):
            found = under(diagram.muscles_at(x + 0.37, y + 0.61))
            for top, deep in above:
                if top in found and deep in found:
                    assert found.index(top) < found.index(deep), (top, deep, x, y)
                    seen.add((top, deep))
    assert seen == set(above), "each pair overlaps somewhere in the drawing"


def test_levator_lies_over_serratus_and_under_splenius(diagram: Diagram, frame: Frame) -> None:
    # Below the superior angle the levator's insertion overlies serratus posterior superior.
    sx, sy = diagram.landmarks["superior_angle_right"]
    found = under(diagram.muscles_at(sx - 6.0, sy + 8.0))
    assert found.index("levator_scapulae") < found.index("serratus_posterior_superior")
    # At its origin, under the mastoid, it lies deep to splenius.
    mx, my = diagram.landmarks["mastoid_right"]
    found = under(diagram.muscles_at(mx - 3.0, my + 12.0))
    assert found.index("splenius_capitis") < found.index("levator_scapulae")


@pytest.mark.parametrize("side", SIDES)
def test_over_the_scapular_spine_names_the_bone_and_its_neighbours(
    diagram: Diagram, side: str
) -> None:
    x, y = diagram.landmarks[f"spine_of_scapula_mid_{side}"]
    assert diagram.bones_at(x, y)[0].name == "scapular spine"
    hits = diagram.muscles_at(x, y)
    assert hits
    assert all(h.beside for h in hits)
    assert {"middle_trapezius", "infraspinatus"} <= set(ids(hits))
    text = diagram.describe(x, y)
    assert text.startswith(f"{side}, over the scapular spine, ")
    assert "lateral to its root, next to the " in text


@pytest.mark.parametrize("side", SIDES)
def test_the_angle_of_the_neck_has_a_muscle_all_the_way_to_the_skin(
    diagram: Diagram, side: str
) -> None:
    # Every position across the neck between the mastoid and C7 levels, out to the skin.
    c7x, c7y = diagram.landmarks["c7"]
    mastoid_y = diagram.landmarks[f"mastoid_{side}"][1]
    step = 1.0 if side == "right" else -1.0
    for y in range(int(mastoid_y) + 8, int(c7y), 4):
        x = c7x + step * 6.0
        while diagram.contains(x, y + 0.5):
            assert under(diagram.muscles_at(x, y + 0.5)), (x, y)
            x += step
    # Where the levator emerges from under the upper trapezius (clinical-basis §2.2).
    mx, _ = diagram.landmarks[f"mastoid_{side}"]
    x = mx
    y = c7y - 0.4 * (c7y - mastoid_y)
    while diagram.contains(x + step, y):
        x += step
    assert ids(diagram.muscles_at(x - step, y))[0] == "levator_scapulae"


@pytest.mark.parametrize("side", SIDES)
def test_the_lateral_shoulder_cap_is_middle_deltoid(diagram: Diagram, side: str) -> None:
    hx, hy = diagram.landmarks[f"humeral_head_{side}"]
    step = 1.0 if side == "right" else -1.0
    x = hx
    while diagram.contains(x + step, hy + 25.0):
        x += step
    # Just inside the skin, lateral to the humeral head: the middle deltoid.
    hits = diagram.muscles_at(x - 3 * step, hy + 25.0)
    assert ids(hits) == ["middle_deltoid"]
    text = diagram.describe(x - 3 * step, hy + 25.0)
    assert text.startswith(f"{side} middle deltoid, ")


@pytest.mark.parametrize("side", SIDES)
def test_between_teres_minor_and_major_is_the_long_head_of_triceps(
    diagram: Diagram, side: str
) -> None:
    lm = diagram.landmarks
    (ax, ay), (bx, by) = lm[f"lateral_border_mid_{side}"], lm[f"posterior_axillary_fold_{side}"]
    hits = diagram.muscles_at((ax + bx) / 2, (ay + by) / 2)
    assert ids(hits)[0] == "triceps_long_head"
    assert "teres_major" in ids(hits)
    # Further down the arm, below the posterior deltoid, it is the long head alone.
    dx, dy = lm[f"deltoid_tuberosity_{side}"]
    inwards = -1.0 if side == "right" else 1.0
    assert ids(diagram.muscles_at(dx + inwards * 25.0, dy + 40.0)) == ["triceps_long_head"]


def test_every_position_inside_the_body_is_named(diagram: Diagram) -> None:
    """No gap in the drawing: a muscle lies under each position, or bone lies directly under
    the skin there, or it is one of the named parts the muscle list does not carry."""
    bare_bone = 0
    for x in range(2, 600, 3):
        for y in range(2, 600, 3):
            px, py = x + 0.37, y + 0.61
            if not diagram.contains(px, py):
                continue
            hits = diagram.muscles_at(px, py)
            if under(hits):
                continue
            bones = [b for b in diagram.bones_at(px, py) if b.subcutaneous]
            if bones:
                bare_bone += 1
                # Over bare bone away from the skull, the muscles next to it are named, so a
                # click there never falls back to "multifocal".
                if bones[0].id != "skull":
                    assert hits, (px, py, bones[0].name)
                continue
            assert diagram.areas_at(px, py), (px, py)
    assert bare_bone > 0


def test_named_parts_without_a_listed_muscle_are_only_the_ear_and_the_lateral_arm(
    diagram: Diagram,
) -> None:
    assert sorted({a.name for a in diagram.areas}) == ["ear", "lateral head of triceps"]
    for area in diagram.areas:
        ys = [p[1] for p in area.outline]
        if area.name == "lateral head of triceps":
            # Below the deltoid's insertion only.
            assert min(ys) >= diagram.landmarks[f"deltoid_tuberosity_{area.side}"][1]
        else:
            assert max(ys) < diagram.landmarks[f"mastoid_{area.side}"][1]


def _distance(point: tuple[float, float], outline: tuple[tuple[float, float], ...]) -> float:
    """Distance to an outline, measured on its edges resampled every 0.1 mm."""
    px, py = point
    best = float("inf")
    for (x0, y0), (x1, y1) in zip(outline, outline[1:] + outline[:1], strict=True):
        steps = max(1, int(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 / 0.1))
        for k in range(steps + 1):
            x, y = x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps
            best = min(best, ((x - px) ** 2 + (y - py) ** 2) ** 0.5)
    return best


@pytest.mark.parametrize("landmark", ["acromion_right", "spine_of_scapula_mid_left", "eop"])
def test_muscles_beside_bare_bone_are_those_within_reach_nearest_first(
    diagram: Diagram, landmark: str
) -> None:
    x, y = diagram.landmarks[landmark]
    hits = diagram.muscles_at(x, y)
    assert hits
    assert all(h.beside for h in hits)
    nearest: dict[tuple[str, str], float] = {}
    for region in diagram.regions:
        key = (region.muscle, region.side)
        nearest[key] = min(nearest.get(key, float("inf")), _distance((x, y), region.outline))
    listed = [(h.muscle, h.side) for h in hits]
    within = {key for key, d in nearest.items() if d <= NEXT_TO_MM - 0.1}
    assert within <= set(listed)
    distances = [nearest[key] for key in listed]
    assert all(d <= NEXT_TO_MM + 0.1 for d in distances)
    # The superficial muscles first, then the deeper ones (not felt before the muscles over
    # them); nearest first within each.
    superficial = [h.layer == "superficial" for h in hits]
    assert superficial == sorted(superficial, reverse=True)
    for group in (True, False):
        ranked = [d for d, s in zip(distances, superficial, strict=True) if s is group]
        assert all(b >= a - 0.1 for a, b in itertools.pairwise(ranked))


@pytest.mark.parametrize("side", SIDES)
def test_over_the_scapular_spine_a_muscle_beside_it_is_offered_before_one_beneath(
    diagram: Diagram, side: str
) -> None:
    # 22 mm lateral to the spine root, on the bare spine: serratus posterior superior is drawn
    # beneath the bone there, and was offered (and recorded) as the point's muscle.
    x, y = diagram.landmarks[f"scapular_spine_root_{side}"]
    outwards = 22.0 if side == "right" else -22.0
    hits = diagram.muscles_at(x + outwards, y - 5.0)
    assert hits[0].layer == "superficial"
    assert hits[0].beside
    assert hits[-1].muscle == "serratus_posterior_superior"
    assert not hits[-1].beside, "beneath the bone, still listed for the cautions"
    described = diagram.describe(x + outwards, y - 5.0)
    assert described.startswith(f"{side}, over the scapular spine")
    assert "serratus" not in described


@pytest.mark.parametrize("side", SIDES)
def test_below_the_superior_nuchal_line_a_deep_muscle_does_not_name_the_place(
    diagram: Diagram, side: str
) -> None:
    # 36 mm lateral to and 10 mm below the external occipital protuberance the suboccipital
    # group (deep, under trapezius, splenius and sternocleidomastoid) was the point's muscle.
    x, y = diagram.landmarks["eop"]
    for lateral, below in ((36.0, 10.0), (28.0, 4.0)):
        outwards = lateral if side == "right" else -lateral
        hits = diagram.muscles_at(x + outwards, y + below)
        assert hits[0].layer == "superficial"
        assert "suboccipitals" in [h.muscle for h in hits], "still near the point, listed later"
        described = diagram.describe(x + outwards, y + below)
        assert described.startswith(f"{side}, over the superior nuchal")
