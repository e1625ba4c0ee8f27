"""Suggested CPT and ICD-10-CM codes: counted by muscle, never from positions alone."""

from __future__ import annotations

import pytest

from bodymap.clinical import ICD10_CHOICES, suggest_diagnoses, suggest_procedure_codes
from bodymap.model import (
    DryNeedling,
    Encounter,
    ExaminedOnly,
    Injection,
    MuscleId,
    Procedure,
    Side,
    Treatment,
)
from tests.unit.clinical.places import ARM, lido, point, session

INJ = lido()
DN = DryNeedling()


def codes_for(
    *spec: tuple[MuscleId, Side, Treatment], ultrasound: bool = False
) -> list[tuple[str, int]]:
    points = [point(n, ARM, m, side=s, treatment=t) for n, (m, s, t) in enumerate(spec, 1)]
    s = session(*points, procedure=Procedure(ultrasound_guidance=ultrasound))
    return [(c.code, c.muscle_count) for c in suggest_procedure_codes(s)]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param([], [], id="nothing"),
        pytest.param([("upper_trapezius", "right", ExaminedOnly())], [], id="examined only"),
        pytest.param([("upper_trapezius", "right", INJ)], [("20552", 1)], id="one muscle"),
        pytest.param(
            [("upper_trapezius", "left", INJ), ("upper_trapezius", "right", INJ)],
            [("20552", 2)],
            id="left and right are two",
        ),
        pytest.param(
            [
                ("upper_trapezius", "right", INJ),
                ("middle_trapezius", "right", INJ),
                ("lower_trapezius", "right", INJ),
            ],
            [("20552", 1)],
            id="trapezius parts of one side are one",
        ),
        pytest.param(
            [("posterior_deltoid", "right", INJ), ("middle_deltoid", "right", INJ)],
            [("20552", 1)],
            id="deltoid parts of one side are one",
        ),
        pytest.param(
            [
                ("upper_trapezius", "right", INJ),
                ("levator_scapulae", "right", INJ),
                ("sternocleidomastoid", "right", INJ),
            ],
            [("20553", 3)],
            id="three muscles",
        ),
        pytest.param(
            [("infraspinatus", "right", INJ), ("infraspinatus", "right", DN)],
            [("20552", 1)],
            id="injected and needled: the injection code covers it",
        ),
        pytest.param(
            [("infraspinatus", "right", INJ), ("infraspinatus", "left", DN)],
            [("20552", 1), ("20560", 1)],
            id="needled on the other side counts",
        ),
        pytest.param(
            [
                ("thoracic_multifidus", "left", INJ),
                ("thoracic_multifidus", "right", INJ),
                ("thoracic_multifidus", "midline", INJ),
            ],
            [("20552", 2)],
            id="a midline point adds no muscle beyond the sides",
        ),
        pytest.param(
            [("thoracic_multifidus", "midline", INJ)], [("20552", 1)], id="midline alone is one"
        ),
        pytest.param(
            [("thoracic_multifidus", "left", INJ), ("thoracic_multifidus", "midline", DN)],
            [("20552", 1)],
            id="midline needling of an injected muscle",
        ),
        pytest.param(
            [("infraspinatus", "right", Injection(agent="saline", concentration_percent=0.9))],
            [("20552", 1)],
            id="saline is an injection",
        ),
        pytest.param([("multifocal", "right", INJ)], [], id="unnamed muscle not counted"),
    ],
)
def test_procedure_codes_count_distinct_muscles(
    spec: list[tuple[MuscleId, Side, Treatment]], expected: list[tuple[str, int]]
) -> None:
    assert codes_for(*spec) == expected


def test_ultrasound_guidance_adds_76942_once() -> None:
    spec = [("upper_trapezius", "right", INJ), ("infraspinatus", "left", DN)]
    assert codes_for(*spec, ultrasound=True) == [("20552", 1), ("20560", 1), ("76942", 0)]  # type: ignore[arg-type]
    assert codes_for(ultrasound=True) == []
    (_, _, guidance) = suggest_procedure_codes(
        session(
            point(1, ARM, treatment=INJ),
            point(2, ARM, treatment=INJ),
            point(3, ARM, "infraspinatus", treatment=DN),
            procedure=Procedure(ultrasound_guidance=True),
        )
    )
    assert "Once per session. Some payers do not cover imaging guidance with trigger point " in (
        guidance.summary
    )
    assert "L36859" in guidance.summary


def test_code_suggestion_names_the_counted_muscles() -> None:
    s = session(
        point(1, ARM, "upper_trapezius", side="right", treatment=INJ),
        point(2, ARM, "lower_trapezius", side="right", treatment=INJ),
        point(3, ARM, "upper_trapezius", side="left", treatment=INJ),
    )
    (suggestion,) = suggest_procedure_codes(s)
    assert [m.label for m in suggestion.muscles] == ["right trapezius", "left trapezius"]
    assert suggestion.summary.endswith("2 muscles: right trapezius, left trapezius.")


def test_codes_are_never_written_into_the_session() -> None:
    s = session(point(1, ARM, treatment=INJ), diagnoses=())
    before = s.model_dump()
    suggest_procedure_codes(s)
    suggest_diagnoses(s)
    assert s.model_dump() == before


@pytest.mark.parametrize(
    ("spec", "fibromyalgia", "expected"),
    [
        ([("upper_trapezius", "right")], False, ["M79.18"]),
        ([("upper_trapezius", "right")], True, ["M79.18", "M79.7"]),
        ([("infraspinatus", "right")], False, ["M79.18"]),
        ([("posterior_deltoid", "left"), ("infraspinatus", "right")], False, ["M79.18"]),
        ([("suboccipitals", "right")], False, ["M79.12"]),
        ([("sternocleidomastoid", "left")], False, ["M79.12"]),
        ([], False, []),
    ],
)
def test_diagnoses_never_suggest_shoulder_pain_from_positions(
    spec: list[tuple[MuscleId, Side]], fibromyalgia: bool, expected: list[str]
) -> None:
    points = [point(n, ARM, m, side=s) for n, (m, s) in enumerate(spec, 1)]
    found = suggest_diagnoses(session(*points, fibromyalgia=fibromyalgia, diagnoses=()))
    assert [d.code for d in found] == expected
    assert not any(d.code.startswith("M25.51") for d in found)


def test_the_picker_still_offers_shoulder_pain_and_no_category_code() -> None:
    listed = [code for code, _ in ICD10_CHOICES]
    assert "M79.1" not in listed
    assert {"M79.18", "M79.7", "M25.511", "M25.512", "M25.519"} <= set(listed)
    Encounter(diagnoses=listed[:20])


def test_dry_needling_says_medicare_does_not_cover_this_region() -> None:
    (suggestion,) = suggest_procedure_codes(session(point(1, ARM, treatment=DN)))
    assert suggestion.code == "20560"
    assert suggestion.summary.endswith(
        "Medicare covers dry needling only as acupuncture for chronic low back pain "
        "(NCD 30.3.3), not for the neck, upper back or shoulder."
    )
    (injection,) = suggest_procedure_codes(session(point(1, ARM, treatment=INJ)))
    assert injection.caveat == ""


@pytest.mark.parametrize(
    ("muscle", "named"),
    [
        ("thoracic_paraspinals", "iliocostalis, longissimus or spinalis"),
        ("suboccipitals", "rectus capitis posterior major or minor"),
    ],
)
def test_a_broad_muscle_group_asks_for_the_specific_muscle(muscle: MuscleId, named: str) -> None:
    from bodymap import clinical

    s = session(point(1, ARM, muscle, treatment=INJ))
    (found,) = [w for w in clinical.session_warnings(s) if w.code == "billing.muscle_broad"]
    assert named in found.message
    assert found.severity == "info"


def test_the_neck_code_says_it_is_a_coding_judgement() -> None:
    s = session(point(1, ARM, "splenius_capitis"), diagnoses=())
    reasons = {d.code: d.reason for d in suggest_diagnoses(s)}
    assert "a coding judgement" in reasons["M79.12"]
