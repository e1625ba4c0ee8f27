"""Cautions follow the position: zones, needle length, thin patients, both lungs."""

from __future__ import annotations

import pytest

from bodymap import clinical
from bodymap.model import DryNeedling, Injection, MuscleId, Procedure
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
    between,
    lido,
    lm,
    mirrored,
    point,
    session,
)


def codes_at(place: Place) -> tuple[str, ...]:
    return clinical.site_of(DIAGRAM, *place).caution_codes


def at(u: float, v: float) -> Place:
    """A position given in the landmark frame (u towards the patient's right, v caudal)."""
    return FRAME.to_mm(u, v)


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        pytest.param(ANGLE_OF_NECK, ("pneumothorax.apex",), id="angle of the neck"),
        pytest.param(
            LEVATOR_AT_NECK_ANGLE,
            ("needling.cervical", "pneumothorax.apex"),
            id="levator at the angle",
        ),
        pytest.param(BESIDE_T5, ("pneumothorax.thorax",), id="beside T5"),
        pytest.param(INFRASPINOUS_FOSSA, ("pneumothorax.over_scapula",), id="infraspinous"),
        pytest.param(SUBOCCIPITAL, ("needling.suboccipital",), id="suboccipital"),
        pytest.param(NECK_MIDLINE_C4, ("needling.cervical",), id="neck midline"),
        pytest.param(NECK_PARAMEDIAN_C4, ("needling.cervical",), id="neck paramedian"),
        pytest.param(ARM, (), id="arm"),
        pytest.param(BELOW_T12, (), id="below T12"),
        # The lung reaches the level of L1 in some adults (clinical-basis §4.4).
        pytest.param(at(0.15, 1.06), ("pneumothorax.thorax",), id="just below T12"),
        pytest.param(ON_T6, (), id="on a spinous process"),
        # The reviewer's probes.
        pytest.param(at(0.16, -0.20), ("needling.cervical",), id="mid-neck, 45 mm lateral"),
        pytest.param(at(0.45, 0.00), ("pneumothorax.apex",), id="lateral upper trapezius"),
        pytest.param(at(0.22, 0.25), ("pneumothorax.thorax",), id="serratus posterior superior"),
        pytest.param(at(0.23, 0.35), ("pneumothorax.thorax",), id="medial infraspinatus"),
        pytest.param(at(0.28, 0.40), ("pneumothorax.thorax",), id="inside the scapular margin"),
        pytest.param(
            between(lm("t5"), lm("t6")), ("needling.thoracic_spine",), id="between T5 and T6"
        ),
        pytest.param(
            at(0.06, 0.50),
            ("needling.thoracic_paraspinal", "pneumothorax.thorax"),
            id="thoracic paraspinal",
        ),
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
    assert clinical.point_site(p, DIAGRAM).caution_codes == (
        "needling.cervical",
        "pneumothorax.apex",
    )
    assert clinical.has_pneumothorax_caution(p, DIAGRAM)


def test_cautions_follow_the_landmarks_of_another_drawing() -> None:
    # A drawing with C7 at (100, 50) and 300 mm from C7 to T12: the same frame position.
    frame = {"c7": (100.0, 50.0), "t12": (100.0, 350.0)}
    u, v = FRAME.to_frame(*BESIDE_T5)
    x, y = 100.0 + u * 300.0, 50.0 + v * 300.0
    found = clinical.position_cautions(x, y, landmarks=frame, bones={})
    assert [c.code for c in found] == ["pneumothorax.thorax"]
    assert clinical.position_cautions(x, y, bones={}) == ()  # far above C7 in the real frame


def test_scapular_bone_lowers_the_lung_caution_only_well_inside_it() -> None:
    x, y = BESIDE_T5
    big = [(x - 40, y - 40), (x + 40, y - 40), (x + 40, y + 40), (x - 40, y + 40)]
    found = clinical.position_cautions(x, y, bones={"scapula_right": big})
    assert [c.code for c in found] == ["pneumothorax.over_scapula"]
    assert found[0].risk == "lower"
    # 10 mm inside the outline is within the margin for landmark error: still the thorax.
    near_edge = clinical.position_cautions(x + 30, y, bones={"scapula_right": big})
    assert [c.code for c in near_edge] == ["pneumothorax.thorax"]
    forced = clinical.position_cautions(x, y, bones={}, over_scapula=True)
    assert [c.code for c in forced] == ["pneumothorax.over_scapula"]


def test_muscles_on_the_ribs_are_never_lowered_to_over_scapula() -> None:
    x, y = INFRASPINOUS_FOSSA
    found = clinical.position_cautions(x, y, muscles=["serratus_posterior_superior"])
    assert [c.code for c in found] == ["pneumothorax.thorax"]
    assert [c.code for c in clinical.position_cautions(x, y, muscles=["infraspinatus"])] == [
        "pneumothorax.over_scapula"
    ]


def test_over_scapula_is_a_caution_on_the_list() -> None:
    s = session(point(1, INFRASPINOUS_FOSSA, "infraspinatus", treatment=lido()))
    (found,) = [
        w
        for w in clinical.session_warnings_on_diagram(s, DIAGRAM)
        if w.code == "pneumothorax.over_scapula"
    ]
    assert found.severity == "caution"


def test_each_zone_states_its_depth_and_technique() -> None:
    advice = {c.code: c.needle for c in clinical.CAUTIONS}
    limits = {code: (a.limit_mm, a.thin_mm, a.heavy_mm) for code, a in advice.items()}
    assert limits == {
        "needling.suboccipital": (20.0, 15.0, None),
        "needling.cervical": (25.0, 20.0, None),
        "needling.thoracic_spine": (None, None, None),
        "needling.thoracic_paraspinal": (None, None, None),
        "pneumothorax.apex": (30.0, 25.0, None),
        "pneumothorax.thorax": (20.0, 15.0, 25.0),
        "pneumothorax.over_scapula": (40.0, 35.0, None),
    }
    assert advice["pneumothorax.apex"].text == (
        "insertion depth at most 30 mm (needle length 30 mm if inserted to the hub) for an "
        "average adult"
    )
    techniques = {c.code: " ".join(c.technique) for c in clinical.CAUTIONS}
    assert "Pincer-grasp" in techniques["pneumothorax.apex"]
    assert "Never angle the needle medially or caudally" in techniques["pneumothorax.apex"]
    assert "onto a rib" in techniques["pneumothorax.thorax"]
    assert "tangentially" in techniques["pneumothorax.thorax"]
    assert "onto bone" in techniques["pneumothorax.over_scapula"]
    assert "never angle it medially toward the spine" in techniques["needling.cervical"]
    assert "No depth is safe here by landmarks" in techniques["needling.suboccipital"]
    assert "only under ultrasound guidance" in techniques["needling.suboccipital"]
    assert advice["needling.suboccipital"].text.endswith("not a safe depth: nothing is safe here")
    assert "onto the lamina" in techniques["needling.thoracic_paraspinal"]


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
        (BESIDE_T5, 20.0, False),
        (BESIDE_T5, 25.0, True),
        (NECK_PARAMEDIAN_C4, 25.0, False),
        (NECK_PARAMEDIAN_C4, 30.0, True),
        (SUBOCCIPITAL, 20.0, False),
        (SUBOCCIPITAL, 35.0, True),  # was allowed up to 39 mm: more permissive than C4
        (INFRASPINOUS_FOSSA, 40.0, False),
        (INFRASPINOUS_FOSSA, 50.0, True),
        (ARM, 60.0, False),
    ],
)
def test_a_needle_longer_than_the_zone_advises_warns(
    place: Place, length: float, too_long: bool
) -> None:
    assert bool(needle_codes(place, length)) is too_long


def test_the_advice_follows_bmi_where_the_source_supports_it() -> None:
    # 45 kg at 170 cm: BMI 15.6, underweight; 90 kg at 175 cm: BMI 29.4.
    thin = {"height_cm": 170.0, "weight": 45.0}
    heavy = {"height_cm": 175.0, "weight": 90.0}
    assert needle_codes(ANGLE_OF_NECK, 30.0) == []
    assert needle_codes(ANGLE_OF_NECK, 30.0, **thin) == ["needle.too_long"]
    assert needle_codes(ANGLE_OF_NECK, 25.0, **thin) == []
    assert needle_codes(BESIDE_T5, 20.0, **thin) == ["needle.too_long"]
    assert needle_codes(BESIDE_T5, 25.0, **heavy) == []
    assert needle_codes(ANGLE_OF_NECK, 32.0, **heavy) == ["needle.too_long"]  # apex: not relaxed
    apex = next(c for c in clinical.CAUTIONS if c.code == "pneumothorax.apex")
    patient = session(**thin).patient  # type: ignore[arg-type]
    assert clinical.needle_advice_text(apex, patient) == (
        "insertion depth at most 25 mm (needle length 25 mm if inserted to the hub) for this "
        "patient (BMI 16, underweight; 30 mm for an average adult)"
    )
    no_height = session().patient
    assert "record the height" in clinical.needle_advice_text(apex, no_height)


@pytest.mark.parametrize(
    ("place", "template", "expected"),
    [
        (BESIDE_T5, Injection(), 16.0),
        (BESIDE_T5, DryNeedling(), 15.0),
        (ANGLE_OF_NECK, Injection(), 25.0),
        (ANGLE_OF_NECK, DryNeedling(), 30.0),
        (SUBOCCIPITAL, DryNeedling(), 15.0),
        (INFRASPINOUS_FOSSA, Injection(), 32.0),
        (ARM, DryNeedling(), 40.0),
        (BESIDE_T5, Injection(needle_length_mm=13.0), 13.0),
    ],
)
def test_a_new_point_starts_with_a_needle_its_site_allows(
    place: Place, template: Injection | DryNeedling, expected: float
) -> None:
    site = clinical.site_of(DIAGRAM, *place)
    fitted = clinical.treatment_for_site(template, site.cautions, session().patient)
    assert isinstance(fitted, Injection | DryNeedling)
    assert fitted.needle_length_mm == expected
    s = session(point(1, place, treatment=fitted))
    assert "needle.too_long" not in [
        w.code for w in clinical.session_warnings_on_diagram(s, DIAGRAM)
    ]


def test_the_model_defaults_over_the_lungs_would_warn_without_the_site_default() -> None:
    # Why new points take their needle from treatment_for_site: the model's defaults (kept,
    # since signed records depend on them) are longer than every lung zone advises.
    assert needle_codes(BESIDE_T5, Injection().needle_length_mm or 0.0) == ["needle.too_long"]
    heavy = session(height_cm=175.0, weight=90.0).patient
    site = clinical.site_of(DIAGRAM, *BESIDE_T5)
    fitted = clinical.treatment_for_site(DryNeedling(), site.cautions, heavy)
    assert isinstance(fitted, DryNeedling)
    assert fitted.needle_length_mm == 25.0


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
