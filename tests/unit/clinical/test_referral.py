"""Referral zones: each follows a cited description, and the muscles whose zone fits a drawing."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest

from bodymap.anatomy import load_diagram, point_in_polygon
from bodymap.clinical.pain_drawing import Stroke, painted
from bodymap.clinical.referral import GUIDE_NOTE, fitting_muscles, load_zones, zones_for
from bodymap.model import MuscleId, PainArea

D = load_diagram()
M = D.landmarks
BASIS = Path(__file__).resolve().parents[3] / "docs" / "clinical-basis.md"


def _in_zone(muscle: str, side: str, x: float, y: float) -> bool:
    (zone,) = zones_for(D, muscle, side)
    return any(point_in_polygon(x, y, outline) for outline in zone.outlines)


def _drawing(*strokes: Stroke) -> list[PainArea]:
    polygons: list = []
    for stroke in strokes:
        polygons = painted(polygons, stroke, D)
    return [PainArea(quality="aching", intensity=6, polygons=polygons)]


def test_every_zone_names_a_muscle_of_the_diagram_and_cites_a_source() -> None:
    muscles = set(typing.get_args(MuscleId))
    for zone in load_zones(D):
        assert zone.muscle in muscles
        assert zone.description
        assert zone.section == "§10.4"
        assert zone.sources
        assert all(s.url.startswith("http") for s in zone.sources)
        for outline in zone.outlines:
            assert all(0 <= x <= D.width and 0 <= y <= D.height for x, y in outline)


def test_every_zone_and_source_is_in_the_clinical_basis() -> None:
    text = BASIS.read_text("utf-8")
    section = text[text.index("## 10.") : text.index("## Sources")]
    sources = text[text.index("## Sources") :]
    for zone in load_zones(D):
        name = D.muscle_names[zone.muscle]
        assert f"| {name} |" in section, f"{name} is not in §10.4"
        for source in zone.sources:
            assert source.url in sources, f"{source.url} is not listed in the sources"


def test_left_zones_mirror_the_right_about_the_midline() -> None:
    right, left = (
        zones_for(D, "levator_scapulae", "right")[0],
        zones_for(D, "levator_scapulae", "left")[0],
    )
    for r, mirrored in zip(right.outlines, left.outlines, strict=True):
        assert sorted((round(2 * D.midline_x - x, 1), y) for x, y in r) == sorted(mirrored)
    assert len(zones_for(D, "levator_scapulae", "midline")) == 2


@pytest.mark.parametrize(
    ("muscle", "where"),
    [
        # Upper trapezius: the posterolateral neck up to the mastoid (clinical-basis §10.4).
        ("upper_trapezius", lambda: (M["mastoid_right"][0] - 4, M["mastoid_right"][1] + 10)),
        # Levator scapulae: the angle of the neck and down the medial border.
        ("levator_scapulae", lambda: (M["c7"][0] + 50, M["c7"][1])),
        ("levator_scapulae", lambda: M["medial_border_mid_right"]),
        # Rhomboids: along the medial border of the scapula.
        (
            "rhomboid_major",
            lambda: (M["medial_border_mid_right"][0] - 8, M["medial_border_mid_right"][1]),
        ),
        # Latissimus dorsi: around the inferior angle of the scapula.
        ("latissimus_dorsi", lambda: M["inferior_angle_right"]),
        # Middle trapezius: towards the C7 to T3 spinous processes.
        ("middle_trapezius", lambda: (M["t2"][0] + 10, M["t2"][1])),
    ],
)
def test_zones_cover_the_landmarks_their_description_names(muscle: str, where: object) -> None:
    x, y = where()  # type: ignore[operator]
    assert _in_zone(muscle, "right", x, y)
    assert _in_zone(muscle, "left", 2 * D.midline_x - x, y)


def test_zones_outside_the_view_are_named_in_words() -> None:
    (zone,) = zones_for(D, "upper_trapezius", "left")
    assert zone.also_text == "also: temple, behind the eye, angle of the jaw"
    assert zones_for(D, "rhomboid_major", "left")[0].also_text == ""


def test_pain_at_the_angle_of_the_neck_fits_levator_scapulae_on_that_side() -> None:
    x, y = M["c7"][0] - 50, M["c7"][1]  # the patient's left angle of the neck
    fits = fitting_muscles(_drawing(Stroke("brush", ((x, y),), 10.0)), D)
    assert fits, "a muscle fits"
    assert all(f.side == "left" for f in fits)
    assert "levator_scapulae" in [f.muscle for f in fits[:3]]
    assert fits == sorted(fits, key=lambda f: -f.overlap_cm2)
    assert 0 < fits[0].share_of_pain <= 1


def test_pain_around_the_inferior_angle_ranks_latissimus_first() -> None:
    fits = fitting_muscles(_drawing(Stroke("brush", (M["inferior_angle_right"],), 25.0)), D)
    assert (fits[0].muscle, fits[0].side) == ("latissimus_dorsi", "right")


def test_no_drawing_fits_no_muscle_and_the_list_says_it_is_no_diagnosis() -> None:
    assert fitting_muscles([], D) == []
    assert "not a diagnosis" in GUIDE_NOTE
