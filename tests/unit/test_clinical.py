"""Clinical logic: doses, allergy refusal, needling cautions, codes, diagnoses, times, warnings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bodymap import clinical
from bodymap.clinical import (
    AFTERCARE_TEXT,
    AGENT_PRESETS,
    FIBROMYALGIA_NOTE,
    ICD10_CHOICES,
    agent_totals,
    allergy_conflicts,
    check_treatment_allowed,
    dose_warnings,
    elapsed_minutes,
    max_dose_mg,
    max_volume_ml,
    mg,
    pneumothorax_caution,
    point_cautions,
    session_warnings,
    suboccipital_caution,
    suggest_diagnoses,
    suggest_procedure_codes,
)
from bodymap.model import (
    Agent,
    DryNeedling,
    Encounter,
    ExaminedOnly,
    Injection,
    MuscleId,
    Patient,
    Procedure,
    Session,
    Side,
    Treatment,
    TriggerPoint,
)

# The diagram frame of the reference (clinical.md 2; docs/adr/0002): C7 spinous process at
# (300, 230) mm, 280 mm from C7 to T12, +x to the patient's right, +y caudal.
C7 = (300.0, 230.0)
UNIT_MM = 280.0
LANDMARKS = {"c7": C7, **{f"t{n}": (C7[0], C7[1] + UNIT_MM * n / 12) for n in range(1, 13)}}


def mm(u: float, v: float) -> tuple[float, float]:
    """Reference frame units -> diagram millimetres."""
    return (C7[0] + u * UNIT_MM, C7[1] + v * UNIT_MM)


def lido(ml: float = 1.0, pct: float | None = 1.0) -> Injection:
    return Injection(agent="lidocaine", concentration_percent=pct, volume_ml=ml)


def point(
    number: int,
    muscle: MuscleId = "upper_trapezius",
    side: Side | None = None,
    treatment: Treatment | None = None,
    at: tuple[float, float] = (0.32, -0.02),
) -> TriggerPoint:
    """A point at frame position ``at`` given for the patient's right; mirrored for the left."""
    u, v = at
    side = side or "right"
    x, y = mm(-u if side == "left" else u, v)
    return TriggerPoint(
        number=number,
        x=x,
        y=y,
        muscle=muscle,
        side=side,
        treatment=treatment or ExaminedOnly(),
    )


def session(
    *points: TriggerPoint,
    weight: float | None = 70.0,
    allergic: bool = False,
    fibromyalgia: bool = False,
    consent: bool = True,
    timeout: bool = True,
    diagnoses: tuple[str, ...] = ("M79.18",),
    procedure: Procedure | None = None,
) -> Session:
    return Session(
        patient=Patient(
            weight_kg=weight, allergy_local_anaesthetic=allergic, fibromyalgia=fibromyalgia
        ),
        encounter=Encounter(
            consent_obtained=consent, timeout_done=timeout, diagnoses=list(diagnoses)
        ),
        procedure=procedure or Procedure(),
        points=list(points),
    )


def codes(warnings: list[clinical.ClinicalWarning]) -> list[str]:
    return [w.code for w in warnings]


# --------------------------------------------------------------------------- agents


def test_presets_are_the_issue_list_in_order() -> None:
    assert [p.label for p in AGENT_PRESETS] == [
        "Lidocaine 1%",
        "Lidocaine 2%",
        "Bupivacaine 0.25%",
        "Bupivacaine 0.5%",
        "Ropivacaine 0.2%",
        "Ropivacaine 0.5%",
        "Normal saline 0.9%",
        "Other (name)",
    ]


@pytest.mark.parametrize("preset", AGENT_PRESETS, ids=lambda p: p.label)
def test_every_preset_builds_a_valid_injection_and_maps_back(
    preset: clinical.AgentPreset,
) -> None:
    inj = Injection(
        agent=preset.agent,
        concentration_percent=preset.concentration_percent,
        agent_other="procaine" if preset.agent == "other" else "",
    )
    assert clinical.preset_for(inj) == preset


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        ("lidocaine", True),
        ("bupivacaine", True),
        ("ropivacaine", True),
        ("saline", False),
        ("other", False),
    ],
)
def test_is_local_anaesthetic(agent: Agent, expected: bool) -> None:
    assert clinical.is_local_anaesthetic(agent) is expected


def test_agent_label_names_drug_and_concentration() -> None:
    assert clinical.agent_label(lido(pct=1.0)) == "Lidocaine 1%"
    assert clinical.agent_label(Injection(agent="bupivacaine", concentration_percent=0.25)) == (
        "Bupivacaine 0.25%"
    )
    other = Injection(agent="other", agent_other=" Procaine ", concentration_percent=0.5)
    assert clinical.agent_label(other) == "Procaine 0.5%"


# --------------------------------------------------------------------------- doses


@pytest.mark.parametrize(
    ("injection", "expected_mg"),
    [
        (lido(1.0, 1.0), 10.0),
        (lido(0.5, 2.0), 10.0),
        (Injection(agent="bupivacaine", concentration_percent=0.25, volume_ml=5.0), 12.5),
        (Injection(agent="bupivacaine", concentration_percent=0.5, volume_ml=2.0), 10.0),
        (Injection(agent="ropivacaine", concentration_percent=0.2, volume_ml=2.0), 4.0),
        (Injection(agent="saline", concentration_percent=0.9, volume_ml=3.0), None),
        (Injection(agent="other", agent_other="procaine", concentration_percent=0.5), None),
        (lido(1.0, None), None),
    ],
)
def test_mg_is_percent_times_ten_times_ml(injection: Injection, expected_mg: float | None) -> None:
    result = mg(injection)
    if expected_mg is None:
        assert result is None
    else:
        assert result == pytest.approx(expected_mg)


@pytest.mark.parametrize(
    ("agent", "weight", "expected"),
    [
        ("lidocaine", 70.0, 300.0),  # min(315, 300): the reference's worked example
        ("lidocaine", 50.0, 225.0),
        ("lidocaine", 100.0, 300.0),
        ("bupivacaine", 60.0, 150.0),
        ("bupivacaine", 70.0, 175.0),
        ("bupivacaine", 90.0, 175.0),
        ("ropivacaine", 50.0, 150.0),
        ("ropivacaine", 80.0, 200.0),
        ("saline", 70.0, None),
        ("other", 70.0, None),
        ("lidocaine", None, None),
    ],
)
def test_max_dose_is_weight_based_and_capped(
    agent: Agent, weight: float | None, expected: float | None
) -> None:
    result = max_dose_mg(agent, weight)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


@pytest.mark.parametrize(
    ("agent", "pct", "weight", "expected_ml"),
    [
        ("lidocaine", 1.0, 70.0, 30.0),
        ("lidocaine", 2.0, 70.0, 15.0),
        ("lidocaine", 1.0, 50.0, 22.5),
        ("bupivacaine", 0.25, 70.0, 70.0),
        ("ropivacaine", 0.2, 50.0, 75.0),
    ],
)
def test_max_volume(agent: Agent, pct: float, weight: float, expected_ml: float) -> None:
    assert max_volume_ml(agent, pct, weight) == pytest.approx(expected_ml)


@given(
    agent=st.sampled_from(["lidocaine", "bupivacaine", "ropivacaine"]),
    weight=st.floats(min_value=1.0, max_value=400.0),
)
def test_max_dose_never_exceeds_the_cap(agent: Agent, weight: float) -> None:
    limit = max_dose_mg(agent, weight)
    assert limit is not None
    assert limit <= {"lidocaine": 300.0, "bupivacaine": 175.0, "ropivacaine": 200.0}[agent]
    assert limit == pytest.approx(
        min(limit, {"lidocaine": 4.5, "bupivacaine": 2.5, "ropivacaine": 3.0}[agent] * weight)
    )


def test_totals_per_drug_with_rows_per_concentration() -> None:
    s = session(
        point(1, treatment=lido(1.0, 1.0)),
        point(2, treatment=lido(1.0, 1.0)),
        point(3, treatment=lido(0.5, 2.0)),
        point(4, treatment=Injection(agent="saline", concentration_percent=0.9, volume_ml=1.5)),
        point(5, treatment=DryNeedling()),
        point(6),
    )
    totals = agent_totals(s)
    assert [t.agent for t in totals] == ["lidocaine", "saline"]
    lidocaine, saline = totals
    assert lidocaine.total_ml == pytest.approx(2.5)
    assert lidocaine.total_mg == pytest.approx(30.0)
    assert lidocaine.max_mg == pytest.approx(300.0)
    assert lidocaine.fraction_of_max == pytest.approx(0.1)
    assert [r.label for r in lidocaine.rows] == ["Lidocaine 1%", "Lidocaine 2%"]
    assert [r.total_ml for r in lidocaine.rows] == pytest.approx([2.0, 0.5])
    assert [r.total_mg for r in lidocaine.rows] == pytest.approx([20.0, 10.0])
    assert len(lidocaine.point_ids) == 3
    assert saline.total_ml == pytest.approx(1.5)
    assert saline.total_mg is None
    assert saline.max_mg is None
    assert saline.fraction_of_max is None


def test_totals_without_weight_have_no_maximum() -> None:
    (total,) = agent_totals(session(point(1, treatment=lido()), weight=None))
    assert total.total_mg == pytest.approx(10.0)
    assert total.max_mg is None
    assert total.fraction_of_max is None


def test_other_agents_are_grouped_by_name() -> None:
    s = session(
        point(1, treatment=Injection(agent="other", agent_other="Procaine", volume_ml=1.0)),
        point(2, treatment=Injection(agent="other", agent_other="procaine ", volume_ml=1.0)),
        point(3, treatment=Injection(agent="other", agent_other="Sarapin", volume_ml=1.0)),
    )
    assert [(t.name, t.total_ml) for t in agent_totals(s)] == [("Procaine", 2.0), ("Sarapin", 1.0)]


def test_over_the_maximum_warns_with_numbers() -> None:
    # 70 kg, lidocaine 2 %: 8 mL = 160 mg per point, 320 mg total > 300 mg.
    s = session(point(1, treatment=lido(8.0, 2.0)), point(2, treatment=lido(8.0, 2.0)))
    (warning,) = dose_warnings(s)
    assert warning.code == "dose.over_max.lidocaine"
    assert warning.severity == "warning"
    assert "320 mg" in warning.message
    assert "300 mg" in warning.message
    assert "70 kg" in warning.message
    assert set(warning.point_ids) == {p.id for p in s.points}


def test_exactly_at_the_maximum_does_not_warn() -> None:
    # 70 kg, lidocaine 1 %: 30 mL = 300 mg, the maximum itself.
    s = session(point(1, treatment=lido(15.0)), point(2, treatment=lido(15.0)))
    assert dose_warnings(s) == []


def test_lower_weight_lowers_the_maximum() -> None:
    # 50 kg: 225 mg; 24 mL of 1 % = 240 mg is too much.
    s = session(point(1, treatment=lido(12.0)), point(2, treatment=lido(12.0)), weight=50.0)
    assert codes(dose_warnings(s)) == ["dose.over_max.lidocaine"]


def test_missing_weight_warns_only_for_local_anaesthetics() -> None:
    assert codes(dose_warnings(session(point(1, treatment=lido()), weight=None))) == [
        "dose.weight_missing"
    ]
    saline = Injection(agent="saline", concentration_percent=0.9)
    assert dose_warnings(session(point(1, treatment=saline), weight=None)) == []
    assert dose_warnings(session(point(1, treatment=DryNeedling()), weight=None)) == []


def test_combined_fractions_over_one_warn() -> None:
    # 70 kg: lidocaine 180 mg of 300 (60 %) + bupivacaine 87.5 mg of 175 (50 %) = 110 %.
    bupi = Injection(agent="bupivacaine", concentration_percent=0.5, volume_ml=17.5)
    s = session(point(1, treatment=lido(18.0)), point(2, treatment=bupi))
    (warning,) = dose_warnings(s)
    assert warning.code == "dose.combined_over_max"
    assert "110%" in warning.message
    assert "lidocaine 60%, bupivacaine 50%" in warning.message


def test_missing_concentration_is_flagged() -> None:
    s = session(point(1, treatment=lido(1.0, None)), point(2, treatment=lido(1.0, 1.0)))
    (total,) = agent_totals(s)
    assert total.mg_incomplete
    assert total.total_mg == pytest.approx(10.0)
    (warning,) = dose_warnings(s)
    assert warning.code == "dose.concentration_missing.lidocaine"
    assert warning.point_ids == (s.points[0].id,)


# --------------------------------------------------------------------------- allergy

ALLERGIC = Patient(allergy_local_anaesthetic=True)


def test_allergy_refuses_local_anaesthetic_injection() -> None:
    assert check_treatment_allowed(ALLERGIC, lido()) == (
        "Patient is allergic to local anaesthetics: injection with lidocaine is refused. "
        "Consider dry needling or normal saline."
    )
    bupi = Injection(agent="bupivacaine", concentration_percent=0.25)
    assert "bupivacaine" in (check_treatment_allowed(ALLERGIC, bupi) or "")


@pytest.mark.parametrize(
    ("patient", "treatment"),
    [
        (ALLERGIC, DryNeedling()),
        (ALLERGIC, ExaminedOnly()),
        (ALLERGIC, Injection(agent="saline", concentration_percent=0.9)),
        (Patient(), lido()),
    ],
)
def test_allowed_treatments(patient: Patient, treatment: Treatment) -> None:
    assert check_treatment_allowed(patient, treatment) is None


def test_allergy_conflicts_in_a_loaded_session() -> None:
    s = session(
        point(1, treatment=lido()),
        point(2, treatment=DryNeedling()),
        point(3, treatment=lido()),
        allergic=True,
    )
    assert allergy_conflicts(s) == [s.points[0].id, s.points[2].id]
    first = session_warnings(s)[0]
    assert first.code == "allergy.local_anaesthetic"
    assert "points 1, 3" in first.message


def test_allergy_with_an_other_agent_asks_to_check() -> None:
    other = Injection(agent="other", agent_other="procaine")
    s = session(point(1, treatment=other), allergic=True)
    assert "allergy.other_agent" in codes(session_warnings(s))


# --------------------------------------------------------------------------- needling cautions


@pytest.mark.parametrize(
    ("muscle", "side", "at", "expected"),
    [
        # Typical TrP positions of clinical.md 1 (right side; mirrored for the left).
        ("upper_trapezius", "right", (0.32, -0.02), "pneumothorax.apex"),
        ("upper_trapezius", "left", (0.32, -0.02), "pneumothorax.apex"),
        ("upper_trapezius", "right", (0.38, 0.03), "pneumothorax.apex"),
        ("upper_trapezius", "right", (0.15, -0.25), None),  # high in the neck
        ("middle_trapezius", "right", (0.12, 0.17), "pneumothorax.thorax"),
        ("lower_trapezius", "left", (0.20, 0.50), "pneumothorax.thorax"),
        ("rhomboid_major", "right", (0.19, 0.38), "pneumothorax.thorax"),
        ("serratus_posterior_superior", "right", (0.22, 0.25), "pneumothorax.thorax"),
        ("thoracic_paraspinals", "right", (0.12, 0.50), "pneumothorax.thorax"),
        ("thoracic_paraspinals", "left", (0.12, 0.92), "pneumothorax.thorax"),
        ("latissimus_dorsi", "right", (0.47, 0.45), "pneumothorax.thorax"),
        ("infraspinatus", "right", (0.38, 0.30), "pneumothorax.over_scapula"),
        ("infraspinatus", "left", (0.28, 0.40), "pneumothorax.over_scapula"),
        ("supraspinatus", "right", (0.32, 0.16), "pneumothorax.over_scapula"),
        ("posterior_deltoid", "right", (0.62, 0.22), None),  # over the shoulder joint
        ("levator_scapulae", "right", (0.18, -0.08), None),  # above the apex
        ("splenius_capitis", "right", (0.10, -0.32), None),
        ("thoracic_multifidus", "midline", (0.0, 0.5), None),  # on a spinous process
        ("thoracic_paraspinals", "right", (0.12, 1.15), None),  # below T12
    ],
)
def test_pneumothorax_caution_by_region(
    muscle: MuscleId, side: Side, at: tuple[float, float], expected: str | None
) -> None:
    caution = pneumothorax_caution(point(1, muscle, side, at=at), landmarks=LANDMARKS)
    assert (caution.code if caution else None) == expected


def test_caution_texts_carry_the_technique_rules() -> None:
    apex = pneumothorax_caution(point(1), landmarks=LANDMARKS)
    assert apex is not None
    assert apex.risk == "high"
    assert any("Pincer-grasp" in t for t in apex.technique)
    assert any("perpendicular" in t for t in apex.technique)
    thorax = pneumothorax_caution(point(1, "rhomboid_major", at=(0.19, 0.38)))
    assert thorax is not None
    assert any("onto a rib" in t for t in thorax.technique)
    assert any("intercostal" in t for t in thorax.technique)
    scapula = pneumothorax_caution(point(1, "infraspinatus", at=(0.38, 0.30)))
    assert scapula is not None
    assert scapula.risk == "lower"


def test_over_scapula_argument_overrides_the_outline() -> None:
    infra = point(1, "infraspinatus", at=(0.38, 0.30))
    forced = pneumothorax_caution(infra, landmarks=LANDMARKS, over_scapula=False)
    assert forced is not None
    assert forced.code == "pneumothorax.thorax"
    rhomboid = point(1, "rhomboid_major", at=(0.19, 0.38))
    forced = pneumothorax_caution(rhomboid, landmarks=LANDMARKS, over_scapula=True)
    assert forced is not None
    assert forced.code == "pneumothorax.over_scapula"


def test_bone_outlines_decide_when_given() -> None:
    square = [mm(0.10, 0.30), mm(0.30, 0.30), mm(0.30, 0.45), mm(0.10, 0.45)]
    bones = {"scapula_right": square}
    trapezius = point(1, "lower_trapezius", at=(0.19, 0.38))
    caution = pneumothorax_caution(trapezius, landmarks=LANDMARKS, bones=bones)
    assert caution is not None
    assert caution.code == "pneumothorax.over_scapula"
    outside = point(1, "lower_trapezius", at=(0.05, 0.38))
    caution = pneumothorax_caution(outside, landmarks=LANDMARKS, bones=bones)
    assert caution is not None
    assert caution.code == "pneumothorax.thorax"


def test_muscles_on_the_ribs_keep_the_thoracic_caution_over_the_outline() -> None:
    # Rhomboids and serratus posterior superior never lie on the scapula (clinical.md 1, 5c).
    square = [mm(0.10, 0.30), mm(0.30, 0.30), mm(0.30, 0.45), mm(0.10, 0.45)]
    rhomboid = point(1, "rhomboid_major", at=(0.19, 0.38))
    caution = pneumothorax_caution(rhomboid, landmarks=LANDMARKS, bones={"scapula_right": square})
    assert caution is not None
    assert caution.code == "pneumothorax.thorax"


def test_cautions_follow_the_landmarks_of_another_frame() -> None:
    # A drawing with C7 at (100, 50) and 300 mm from C7 to T12.
    frame = {"c7": (100.0, 50.0), "t12": (100.0, 350.0)}
    p = point(1, "rhomboid_major", at=(0.0, 0.0)).model_copy(
        update={"x": 100.0 + 0.19 * 300.0, "y": 50.0 + 0.38 * 300.0}
    )
    caution = pneumothorax_caution(p, landmarks=frame)
    assert caution is not None
    assert caution.code == "pneumothorax.thorax"
    assert pneumothorax_caution(p, landmarks=LANDMARKS) is None  # far above C7 in that frame


def test_cautions_on_the_real_diagram() -> None:
    anatomy = pytest.importorskip("bodymap.anatomy")
    diagram = anatomy.load_diagram()
    infra = point(1, "infraspinatus", at=(0.38, 0.30))
    assert [c.code for c in clinical.point_cautions_on_diagram(infra, diagram)] == [
        "pneumothorax.over_scapula"
    ]
    rhomboid = point(1, "rhomboid_major", at=(0.19, 0.38))
    assert [c.code for c in clinical.point_cautions_on_diagram(rhomboid, diagram)] == [
        "pneumothorax.thorax"
    ]


@pytest.mark.parametrize(
    ("muscle", "at", "expected"),
    [
        ("suboccipitals", (0.06, -0.40), True),
        ("semispinalis_capitis", (0.05, -0.36), True),
        ("upper_trapezius", (0.32, -0.02), False),
        ("splenius_cervicis", (0.08, -0.05), False),
    ],
)
def test_suboccipital_caution(muscle: MuscleId, at: tuple[float, float], expected: bool) -> None:
    caution = suboccipital_caution(point(1, muscle, at=at), landmarks=LANDMARKS)
    assert (caution is not None) is expected
    if caution:
        assert "vertebral artery" in caution.title


def test_point_cautions_lists_high_risk_first() -> None:
    p = point(1, "suboccipitals", at=(0.06, -0.40))
    assert [c.code for c in point_cautions(p, landmarks=LANDMARKS)] == ["needling.suboccipital"]
    assert point_cautions(point(1, "posterior_deltoid", at=(0.62, 0.22))) == []


def test_session_lists_cautions_for_treated_points_only() -> None:
    s = session(
        point(1, treatment=lido()),
        point(2, "rhomboid_major", at=(0.19, 0.38), treatment=DryNeedling()),
        point(3, "middle_trapezius", at=(0.12, 0.17)),
    )
    warnings = {w.code: w for w in session_warnings(s, landmarks=LANDMARKS)}
    assert warnings["pneumothorax.apex"].point_ids == (s.points[0].id,)
    assert warnings["pneumothorax.thorax"].point_ids == (s.points[1].id,)
    assert warnings["pneumothorax.thorax"].severity == "caution"


# --------------------------------------------------------------------------- procedure codes

INJ = lido()
DN = DryNeedling()


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        pytest.param([], [], id="nothing"),
        pytest.param([("upper_trapezius", "right", ExaminedOnly())], [], id="examined only"),
        pytest.param([("upper_trapezius", "right", INJ)], [("20552", 1)], id="one muscle"),
        pytest.param(
            [("upper_trapezius", "right", INJ), ("upper_trapezius", "right", INJ)],
            [("20552", 1)],
            id="same muscle twice",
        ),
        pytest.param(
            [("upper_trapezius", "left", INJ), ("upper_trapezius", "right", INJ)],
            [("20552", 2)],
            id="left and right",
        ),
        pytest.param(
            [
                ("upper_trapezius", "right", INJ),
                ("middle_trapezius", "right", INJ),
                ("lower_trapezius", "right", INJ),
            ],
            [("20552", 1)],
            id="three trapezius parts one side",
        ),
        pytest.param(
            [
                ("upper_trapezius", "right", INJ),
                ("levator_scapulae", "right", INJ),
                ("infraspinatus", "right", INJ),
            ],
            [("20553", 3)],
            id="three muscles",
        ),
        pytest.param(
            [
                ("upper_trapezius", "right", INJ),
                ("upper_trapezius", "left", INJ),
                ("infraspinatus", "right", ExaminedOnly()),
                ("rhomboid_major", "left", ExaminedOnly()),
            ],
            [("20552", 2)],
            id="examined points ignored",
        ),
        pytest.param(
            [
                ("upper_trapezius", "right", DN),
                ("levator_scapulae", "right", DN),
                ("infraspinatus", "left", DN),
            ],
            [("20561", 3)],
            id="dry needling three",
        ),
        pytest.param(
            [
                ("upper_trapezius", "right", INJ),
                ("upper_trapezius", "left", INJ),
                ("levator_scapulae", "left", INJ),
                ("infraspinatus", "right", DN),
            ],
            [("20553", 3), ("20560", 1)],
            id="both kinds",
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
    points: list[tuple[MuscleId, Side, Treatment]], expected: list[tuple[str, int]]
) -> None:
    s = session(*(point(n, m, side, t) for n, (m, side, t) in enumerate(points, start=1)))
    suggestions = suggest_procedure_codes(s)
    assert [(c.code, c.muscle_count) for c in suggestions] == expected
    for c in suggestions:
        assert len(c.muscles) == c.muscle_count
        assert c.descriptor


def test_code_suggestion_names_the_counted_muscles() -> None:
    s = session(
        point(1, "upper_trapezius", "right", INJ),
        point(2, "lower_trapezius", "right", INJ),
        point(3, "upper_trapezius", "left", INJ),
    )
    (suggestion,) = suggest_procedure_codes(s)
    assert [m.label for m in suggestion.muscles] == ["right trapezius", "left trapezius"]
    assert suggestion.point_ids == tuple(p.id for p in s.points)
    assert suggestion.treatment == "injection"


def test_codes_are_never_written_into_the_session() -> None:
    s = session(point(1, treatment=INJ), diagnoses=())
    before = s.model_dump()
    suggest_procedure_codes(s)
    suggest_diagnoses(s)
    session_warnings(s)
    assert s.model_dump() == before


def test_unnamed_muscle_is_flagged_for_billing() -> None:
    s = session(point(1, "multifocal", treatment=INJ))
    assert "billing.muscle_unnamed" in codes(session_warnings(s))


# --------------------------------------------------------------------------- diagnoses


def test_icd10_choices_are_billable_and_valid_in_the_model() -> None:
    listed = [code for code, _ in ICD10_CHOICES]
    assert "M79.1" not in listed
    assert {"M79.18", "M79.7", "M25.511", "M25.512", "M25.519"} <= set(listed)
    assert len(set(listed)) == len(listed)
    Encounter(diagnoses=listed[:20])


@pytest.mark.parametrize(
    ("points", "fibromyalgia", "expected"),
    [
        ([("upper_trapezius", "right")], False, ["M79.18"]),
        ([("upper_trapezius", "right")], True, ["M79.18", "M79.7"]),
        ([("infraspinatus", "right")], False, ["M79.18", "M25.511"]),
        ([("posterior_deltoid", "left")], False, ["M79.18", "M25.512"]),
        (
            [("infraspinatus", "right"), ("infraspinatus", "left")],
            False,
            ["M79.18", "M25.511", "M25.512"],
        ),
        ([("suboccipitals", "right")], False, ["M79.12"]),
        ([], False, []),
    ],
)
def test_suggest_diagnoses(
    points: list[tuple[MuscleId, Side]], fibromyalgia: bool, expected: list[str]
) -> None:
    s = session(
        *(point(n, m, side) for n, (m, side) in enumerate(points, start=1)),
        fibromyalgia=fibromyalgia,
        diagnoses=(),
    )
    suggestions = suggest_diagnoses(s)
    assert [d.code for d in suggestions] == expected
    assert all(d.title and d.reason for d in suggestions)


def test_chosen_diagnoses_are_not_suggested_again() -> None:
    s = session(point(1, "infraspinatus", "right"), diagnoses=("M79.18",))
    assert [d.code for d in suggest_diagnoses(s)] == ["M25.511"]


def test_non_billable_parent_code_is_flagged() -> None:
    s = session(point(1, treatment=INJ), diagnoses=("M79.1",))
    assert "diagnosis.not_billable" in codes(session_warnings(s))


# --------------------------------------------------------------------------- time


def times(start: str | None, end: str | None) -> Procedure:
    def parse(value: str | None) -> dt.time | None:
        return dt.time.fromisoformat(value) if value else None

    return Procedure(start_time=parse(start), end_time=parse(end))


@pytest.mark.parametrize(
    ("start", "end", "minutes", "warning"),
    [
        ("10:00", "10:45", 45, None),
        ("10:00", "11:00", 60, None),
        ("10:00", "11:01", 61, "time.long"),
        ("09:10", "10:35:30", 85, "time.long"),
        ("10:00", "10:00", 0, None),
        ("23:50", "00:10", None, "time.end_before_start"),
        ("10:00", None, None, None),
        (None, "10:00", None, None),
    ],
)
def test_elapsed_minutes_and_warnings(
    start: str | None, end: str | None, minutes: int | None, warning: str | None
) -> None:
    procedure = times(start, end)
    assert elapsed_minutes(procedure) == minutes
    assert codes(clinical.time_warnings(procedure)) == ([warning] if warning else [])


def test_long_procedure_reaches_the_session_list() -> None:
    s = session(procedure=times("10:00", "11:30"))
    (warning,) = session_warnings(s)
    assert warning.code == "time.long"
    assert "90 minutes" in warning.message


# --------------------------------------------------------------------------- aftercare


def test_aftercare_text_covers_the_advice_and_red_flags() -> None:
    text = AFTERCARE_TEXT.lower()
    for phrase in [
        "sore",
        "24 to 48 hours",
        "ice",
        "ibuprofen",
        "stretch",
        "dimple",
        "infection",
        "bleeding",
        "short of breath",
        "chest pain",
        "2 days",
        "fever",
        "redness",
    ]:
        assert phrase in text, phrase


def test_fibromyalgia_note_on_the_record() -> None:
    assert FIBROMYALGIA_NOTE.startswith("Fibromyalgia: trigger points may recur")
    assert clinical.record_notes(session(fibromyalgia=True)) == [FIBROMYALGIA_NOTE]
    assert clinical.record_notes(session()) == []


# --------------------------------------------------------------------------- all warnings


def test_complete_session_has_no_warnings() -> None:
    s = session(
        point(1, "posterior_deltoid", at=(0.62, 0.22), treatment=lido()),
        point(2, "upper_trapezius", at=(0.15, -0.25), treatment=DryNeedling()),
        procedure=times("10:00", "10:20"),
    )
    assert session_warnings(s, landmarks=LANDMARKS) == []


def test_consent_and_timeout_needed_only_when_treating() -> None:
    examined = session(point(1), consent=False, timeout=False)
    assert session_warnings(examined) == []
    treated = session(point(1, treatment=DryNeedling()), consent=False, timeout=False)
    assert {"encounter.consent_missing", "encounter.timeout_missing"} <= set(
        codes(session_warnings(treated))
    )


def test_anticoagulation_is_a_caution_when_treating() -> None:
    s = session(point(1, "posterior_deltoid", at=(0.62, 0.22), treatment=DryNeedling()))
    s = s.model_copy(update={"patient": s.patient.model_copy(update={"anticoagulation": True})})
    assert codes(session_warnings(s)) == ["contraindication.anticoagulation"]


def test_wrong_side_is_flagged() -> None:
    right_point = point(1, "infraspinatus", "right", at=(0.38, 0.30))
    wrong = right_point.model_copy(update={"side": "left"})
    s = session(wrong)
    (warning,) = session_warnings(s, landmarks=LANDMARKS)
    assert warning.code == "laterality.mismatch"
    assert warning.point_ids == (wrong.id,)


def test_warnings_come_in_a_stable_severity_order() -> None:
    s = session(
        point(1, treatment=lido()),
        point(2, "multifocal", at=(0.12, 0.5), treatment=DryNeedling()),
        weight=None,
        consent=False,
        diagnoses=(),
        procedure=times("10:00", "11:30"),
    )
    warnings = session_warnings(s, landmarks=LANDMARKS)
    assert codes(warnings) == [
        "dose.weight_missing",
        "encounter.consent_missing",
        "time.long",
        "pneumothorax.apex",
        "pneumothorax.thorax",
        "billing.muscle_unnamed",
        "diagnosis.missing",
    ]
    assert warnings == session_warnings(s, landmarks=LANDMARKS)
    for w in warnings:
        assert w.message.strip()
