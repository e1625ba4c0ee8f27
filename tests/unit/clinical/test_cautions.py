"""Cautions follow the position: zones, needle length, thin patients, both lungs."""

from __future__ import annotations

import pytest

from bodymap import clinical
from bodymap.model import DryNeedling, MuscleId, Procedure
from tests.unit.clinical.places import (
    ANGLE_OF_NECK,
    ARM,
    BELOW_T12,
    BESIDE_T5,
    DIAGRAM,
    FRAME,
    INFRASPINOUS_FOSSA,
    LEVATOR_AT_NECK_ANGLE,
    NECK_MIDLINE_C4,
    NECK_PARAMEDIAN_C4,
    ON_T6,
    SUBOCCIPITAL,
    Place,
    lido,
    mirrored,
    point,
    session,
)


def codes_at(place: Place) -> tuple[str, ...]:
    return clinical.site_of(DIAGRAM, *place).caution_codes


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        pytest.param(ANGLE_OF_NECK, ("pneumothorax.apex",), id="angle of the neck"),
        pytest.param(LEVATOR_AT_NECK_ANGLE, ("pneumothorax.apex",), id="levator at the angle"),
        pytest.param(BESIDE_T5, ("pneumothorax.thorax",), id="beside T5"),
        pytest.param(INFRASPINOUS_FOSSA, ("pneumothorax.over_scapula",), id="infraspinous"),
        pytest.param(SUBOCCIPITAL, ("needling.suboccipital",), id="suboccipital"),
        pytest.param(NECK_MIDLINE_C4, ("needling.cervical",), id="neck midline"),
        pytest.param(NECK_PARAMEDIAN_C4, ("needling.cervical",), id="neck paramedian"),
        pytest.param(ARM, (), id="arm"),
        pytest.param(BELOW_T12, (), id="below T12"),
        pytest.param(ON_T6, (), id="on a spinous process"),
    ],
)
def test_zones_on_both_sides(place: Place, expected: tuple[str, ...]) -> None:
    assert codes_at(place) == expected
    assert codes_at(mirrored(place)) == expected


@pytest.mark.parametrize(
    "muscle",
    ["upper_trapezius", "levator_scapulae", "supraspinatus", "splenius_capitis", "multifocal"],
)
def test_the_muscle_chosen_does_not_change_the_caution(muscle: MuscleId) -> None:
    p = point(1, LEVATOR_AT_NECK_ANGLE, muscle, chosen=True)
    cautions = clinical.point_cautions_on_diagram(p, DIAGRAM)
    assert [c.code for c in cautions] == ["pneumothorax.apex"]
    assert clinical.has_pneumothorax_caution(p, DIAGRAM)


def test_cautions_follow_the_landmarks_of_another_drawing() -> None:
    # A drawing with C7 at (100, 50) and 300 mm from C7 to T12: the same frame position.
    frame = {"c7": (100.0, 50.0), "t12": (100.0, 350.0)}
    u, v = FRAME.to_frame(*BESIDE_T5)
    x, y = 100.0 + u * 300.0, 50.0 + v * 300.0
    found = clinical.position_cautions(x, y, landmarks=frame, bones={})
    assert [c.code for c in found] == ["pneumothorax.thorax"]
    assert clinical.position_cautions(x, y, bones={}) == ()  # far above C7 in the real frame


def test_scapular_bone_lowers_the_lung_caution() -> None:
    x, y = BESIDE_T5
    square = [(x - 10, y - 10), (x + 10, y - 10), (x + 10, y + 10), (x - 10, y + 10)]
    found = clinical.position_cautions(x, y, bones={"scapula_right": square})
    assert [c.code for c in found] == ["pneumothorax.over_scapula"]
    assert found[0].risk == "lower"
    forced = clinical.position_cautions(x, y, bones={}, over_scapula=True)
    assert [c.code for c in forced] == ["pneumothorax.over_scapula"]


def test_each_zone_states_its_needle_and_technique() -> None:
    advice = {c.code: c.needle for c in clinical.CAUTIONS}
    assert advice["pneumothorax.apex"].limit_mm == 30
    assert advice["pneumothorax.thorax"].limit_mm == 19
    assert advice["needling.cervical"].limit_mm == 25
    assert advice["needling.suboccipital"].limit_mm == 40
    assert advice["needling.suboccipital"].strict
    assert advice["pneumothorax.over_scapula"].limit_mm is None
    techniques = {c.code: " ".join(c.technique) for c in clinical.CAUTIONS}
    assert "Pincer-grasp" in techniques["pneumothorax.apex"]
    assert "onto a rib" in techniques["pneumothorax.thorax"]
    assert "tangentially" in techniques["pneumothorax.thorax"]
    assert "onto bone" in techniques["pneumothorax.over_scapula"]
    assert "spinal canal" in techniques["needling.cervical"]


def needle_codes(place: Place, length: float, **patient: object) -> list[str]:
    s = session(point(1, place, treatment=lido(needle_length_mm=length)), **patient)
    return [
        w.code
        for w in clinical.session_warnings_on_diagram(s, DIAGRAM)
        if w.code == "needle.too_long"
    ]


@pytest.mark.parametrize(
    ("place", "length", "too_long"),
    [
        (ANGLE_OF_NECK, 30.0, False),
        (ANGLE_OF_NECK, 32.0, True),
        (BESIDE_T5, 19.0, False),
        (BESIDE_T5, 25.0, True),
        (NECK_PARAMEDIAN_C4, 25.0, False),
        (NECK_PARAMEDIAN_C4, 30.0, True),
        (SUBOCCIPITAL, 30.0, False),
        (SUBOCCIPITAL, 40.0, True),
        (INFRASPINOUS_FOSSA, 60.0, False),
        (ARM, 60.0, False),
    ],
)
def test_a_needle_longer_than_the_zone_advises_warns(
    place: Place, length: float, too_long: bool
) -> None:
    assert bool(needle_codes(place, length)) is too_long


def test_a_thin_patient_gets_shorter_needle_advice() -> None:
    # 45 kg at 170 cm: BMI 15.6, underweight; the average-adult limit itself is too long.
    assert needle_codes(ANGLE_OF_NECK, 30.0) == []
    assert needle_codes(ANGLE_OF_NECK, 30.0, height_cm=170.0, weight=45.0) == ["needle.too_long"]
    apex = next(c for c in clinical.CAUTIONS if c.code == "pneumothorax.apex")
    thin = session(weight=45.0, height_cm=170.0).patient
    assert "underweight (BMI 16)" in clinical.needle_advice_text(apex, thin)


def test_ultrasound_guidance_turns_the_needle_warning_into_a_caution() -> None:
    p = point(1, ANGLE_OF_NECK, treatment=DryNeedling(needle_length_mm=40.0))
    plain = clinical.session_warnings_on_diagram(session(p), DIAGRAM)
    guided = clinical.session_warnings_on_diagram(
        session(p, procedure=Procedure(ultrasound_guidance=True)), DIAGRAM
    )
    assert [w.severity for w in plain if w.code == "needle.too_long"] == ["warning"]
    assert [w.severity for w in guided if w.code == "needle.too_long"] == ["caution"]


def test_needling_over_both_lungs_gets_a_caution() -> None:
    right = point(1, ANGLE_OF_NECK, treatment=lido(needle_length_mm=25.0))
    left = point(2, mirrored(BESIDE_T5), treatment=DryNeedling(needle_length_mm=15.0))
    both = clinical.session_warnings_on_diagram(session(right, left), DIAGRAM)
    (bilateral,) = [w for w in both if w.code == "pneumothorax.bilateral"]
    assert bilateral.severity == "caution"
    assert set(bilateral.point_ids) == {right.id, left.id}
    examined = point(2, mirrored(BESIDE_T5))
    one_side = clinical.session_warnings_on_diagram(session(right, examined), DIAGRAM)
    assert "pneumothorax.bilateral" not in [w.code for w in one_side]


def test_the_side_of_the_position_counts_for_both_lungs_not_the_side_typed() -> None:
    right = point(1, ANGLE_OF_NECK, treatment=lido(needle_length_mm=25.0))
    also_right = point(2, BESIDE_T5, side="left", treatment=lido(needle_length_mm=15.0))
    found = clinical.session_warnings_on_diagram(session(right, also_right), DIAGRAM)
    codes = [w.code for w in found]
    assert "pneumothorax.bilateral" not in codes
    assert "laterality.mismatch" in codes


def test_only_treated_points_list_their_cautions() -> None:
    treated = point(1, ANGLE_OF_NECK, treatment=lido(needle_length_mm=25.0))
    examined = point(2, BESIDE_T5)
    found = {
        w.code: w for w in clinical.session_warnings_on_diagram(session(treated, examined), DIAGRAM)
    }
    assert found["pneumothorax.apex"].point_ids == (treated.id,)
    assert "pneumothorax.thorax" not in found
