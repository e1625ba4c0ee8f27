"""Every local anaesthetic counts: maxima, identification, additive toxicity, body size."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bodymap import clinical
from bodymap.clinical import AGENT_PRESETS, agent_totals, dose_warnings, max_dose_mg, mg
from bodymap.model import Agent, DryNeedling, Injection, MixedAgent
from tests.unit.clinical.places import ARM, lido, other, point, session

# clinical-basis §5.3: (plain mg/kg, cap) and (with epinephrine mg/kg, cap), the lowest figure
# of each row's sources: lidocaine plain 200 mg (UK SmPC), articaine 500 mg (EU SmPC), plain
# articaine 4 mg/kg (German product without adrenaline).
TABLE = {
    "lidocaine": ((4.5, 200.0), (7.0, 500.0), "amide"),
    "bupivacaine": ((2.0, 175.0), (3.0, 225.0), "amide"),
    "levobupivacaine": ((2.0, 150.0), (3.0, 150.0), "amide"),
    "ropivacaine": ((3.0, 200.0), (3.0, 200.0), "amide"),
    "mepivacaine": ((4.5, 350.0), (7.0, 500.0), "amide"),
    "articaine": ((4.0, 500.0), (7.0, 500.0), "amide"),
    "prilocaine": ((6.0, 400.0), (8.0, 600.0), "amide"),
    "chloroprocaine": ((10.0, 800.0), (12.0, 1000.0), "ester"),
    "procaine": ((10.0, 600.0), (10.0, 600.0), "ester"),
}


def test_the_table_holds_every_agent_of_the_clinical_basis() -> None:
    assert [a.id for a in clinical.KNOWN_AGENTS] == list(TABLE)
    for agent in clinical.KNOWN_AGENTS:
        plain, epi, agent_class = TABLE[agent.id]
        assert (agent.plain.mg_per_kg, agent.plain.cap_mg) == plain
        assert (agent.with_epinephrine.mg_per_kg, agent.with_epinephrine.cap_mg) == epi
        assert agent.agent_class == agent_class


@pytest.mark.parametrize("agent_id", list(TABLE))
@pytest.mark.parametrize("weight", [40.0, 70.0, 120.0])
@pytest.mark.parametrize("epinephrine", [False, True])
def test_maximum_is_per_kg_and_capped(agent_id: str, weight: float, epinephrine: bool) -> None:
    per_kg, cap = TABLE[agent_id][1 if epinephrine else 0]
    expected = per_kg * weight if cap is None else min(per_kg * weight, cap)
    assert max_dose_mg(agent_id, weight, with_epinephrine=epinephrine) == pytest.approx(expected)


@given(weight=st.floats(min_value=1.0, max_value=400.0), agent_id=st.sampled_from(list(TABLE)))
def test_epinephrine_never_lowers_the_maximum(weight: float, agent_id: str) -> None:
    plain = max_dose_mg(agent_id, weight)
    with_epi = max_dose_mg(agent_id, weight, with_epinephrine=True)
    assert plain is not None
    assert with_epi is not None
    assert with_epi >= plain - 1e-9


def test_pregnancy_lowers_the_maximum_by_a_fifth() -> None:
    pregnant = session(pregnant=True).patient
    assert max_dose_mg("lidocaine", 70.0, patient=pregnant) == pytest.approx(160.0)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mepivacaine", "mepivacaine"),
        ("mepivacaine 1% plain", "mepivacaine"),
        ("ARTICAINE", "articaine"),
        ("Levobupivacaine 0.25%", "levobupivacaine"),
        ("Xylocaine MPF", "lidocaine"),
        ("lignocaine", "lidocaine"),
        ("Nesacaine", "chloroprocaine"),
        ("Polocaine", "mepivacaine"),
        ("procaine", "procaine"),
        ("Marcaine 0.5%", "bupivacaine"),
        ("Marcain", "bupivacaine"),
        ("bupivicaine 0.25%", "bupivacaine"),
        ("Naropin", "ropivacaine"),
        ("Septocaine", "articaine"),
        ("Citanest", "prilocaine"),
        ("Novocain", "procaine"),
        ("Lidocaïne 1 %", "lidocaine"),
        ("lidocaine 1% with epinephrine", "lidocaine"),
        ("Sarapin", None),
        ("lidocaine + bupivacaine", None),
        ("lidocaine and foocaine", None),
        ("cocaine", None),
    ],
)
def test_an_other_agent_naming_a_known_one_is_identified(typed: str, expected: str | None) -> None:
    found = clinical.identify_agent(other(typed))
    assert (found.id if found else None) == expected


def test_preset_agents_are_identified_and_saline_is_not() -> None:
    assert [clinical.is_local_anaesthetic(a) for a in ("lidocaine", "saline", "other")] == [
        True,
        False,
        False,
    ]
    assert clinical.is_local_anaesthetic(other("mepivacaine"))
    assert not clinical.is_local_anaesthetic(Injection(agent="saline", concentration_percent=0.9))


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
    ("injection", "expected_mg"),
    [
        (lido(1.0, 1.0), 10.0),
        (lido(0.5, 2.0), 10.0),
        (Injection(agent="bupivacaine", concentration_percent=0.25, volume_ml=5.0), 12.5),
        (other("Mepivacaine", 2.0, 1.0), 20.0),
        (Injection(agent="saline", concentration_percent=0.9, volume_ml=3.0), None),
        (other("Sarapin"), None),
        (lido(1.0, None), None),
    ],
)
def test_mg_is_percent_times_ten_times_ml(injection: Injection, expected_mg: float | None) -> None:
    assert mg(injection) == (None if expected_mg is None else pytest.approx(expected_mg))


def test_totals_join_an_other_agent_to_the_drug_it_names() -> None:
    s = session(
        point(1, ARM, treatment=lido(1.0)),
        point(2, ARM, treatment=other("Lidocaine", 1.0, 2.0)),
        point(3, ARM, treatment=other("mepivacaine", 2.0, 1.0)),
        point(4, ARM, treatment=Injection(agent="saline", concentration_percent=0.9)),
        point(5, ARM, treatment=other("Sarapin", 1.0, None)),
        point(6, ARM, treatment=DryNeedling()),
    )
    totals = {t.name: t for t in agent_totals(s)}
    assert list(totals) == ["Lidocaine", "Mepivacaine", "Normal saline", "Sarapin"]
    assert totals["Lidocaine"].total_mg == pytest.approx(30.0)
    assert totals["Lidocaine"].max_mg == pytest.approx(200.0)
    assert totals["Mepivacaine"].fraction_of_max == pytest.approx(20.0 / 315.0)
    assert totals["Sarapin"].limit_text == "dose not checked"
    assert totals["Normal saline"].limit_text == "no weight-based maximum"


def test_one_drug_over_its_maximum_warns_with_numbers() -> None:
    # 20 kg, lidocaine 1%: 10 mL = 100 mg > 4.5 mg/kg x 20 kg = 90 mg.
    s = session(point(1, ARM, treatment=lido(10.0)), weight=20.0)
    (warning,) = dose_warnings(s)
    assert warning.code == "dose.over_max.lidocaine"
    assert warning.severity == "warning"
    assert "exceeds the maximum of 90 mg for 20 kg" in warning.message


def test_epinephrine_raises_the_maximum_it_is_recorded_with() -> None:
    # 70 kg: 400 mg of lidocaine is over the plain 200 mg but under 490 mg with epinephrine.
    plain = session(point(1, ARM, treatment=lido(20.0, 2.0)))
    with_epi = session(point(1, ARM, treatment=lido(20.0, 2.0, with_epinephrine=True)))
    assert [w.code for w in dose_warnings(plain)] == ["dose.over_max.lidocaine"]
    assert dose_warnings(with_epi) == []


def test_toxicity_adds_up_across_all_agents() -> None:
    # 70 kg: lidocaine 120 of 200 mg (60%) + mepivacaine 157.5 of 315 mg (50%) = 110%.
    s = session(
        point(1, ARM, treatment=lido(12.0)),
        point(2, ARM, treatment=other("Mepivacaine", 15.75, 1.0)),
    )
    (warning,) = dose_warnings(s)
    assert warning.code == "dose.combined_over_max"
    assert "110%" in warning.message
    assert "lidocaine 60%, mepivacaine 50%" in warning.message


def test_an_unidentified_agent_is_not_checked_and_says_so() -> None:
    s = session(point(1, ARM, treatment=other("Sarapin", 5.0)))
    (warning,) = dose_warnings(s)
    assert warning.code == "dose.not_checked"
    assert warning.severity == "warning"
    assert warning.message.startswith(
        'Dose not checked: "\u2068Sarapin\u2069" at point 1 is a mixture or a name the app '
        "does not recognise."
    )


def test_an_anaesthetic_known_only_from_allergies_is_named_not_called_unknown() -> None:
    # Tetracaine is a local anaesthetic bodymap knows (for allergies) but has no maximum for
    # infiltration: the warning says so instead of "a name the app does not recognise".
    s = session(
        point(1, ARM, treatment=other("Tetracaine 1%", 1.0)),
        point(2, ARM, treatment=other("tetracaine 1%", 1.0)),
    )
    messages = [w.message for w in dose_warnings(s) if w.code == "dose.not_checked"]
    assert messages
    assert all("names tetracaine, a local anaesthetic with no maximum dose" in m for m in messages)
    assert not any("does not recognise" in m for m in messages)


def test_a_missing_concentration_is_never_zero_mg() -> None:
    s = session(point(1, ARM, treatment=lido(1.0, None)), point(2, ARM, treatment=lido(1.0)))
    (total,) = agent_totals(s)
    assert total.mg_incomplete
    assert total.total_mg == pytest.approx(10.0)
    (warning,) = dose_warnings(s)
    assert warning.code == "dose.concentration_missing.lidocaine"
    assert "concentration missing at point 1" in warning.message
    assert clinical.wording.dose_text(lido(1.0, None)) == "concentration missing"


def test_a_drug_with_no_concentration_at_all_has_no_share_of_its_maximum() -> None:
    # 0% of the maximum would read as nothing given; the share is unknown.
    s = session(point(1, ARM, treatment=lido(5.0, None)), point(2, ARM, treatment=lido(1.0, None)))
    (total,) = agent_totals(s)
    assert total.total_mg is None
    assert total.mg_incomplete
    assert total.fraction_of_max is None
    assert total.share is None
    without_weight = session(point(1, ARM, treatment=lido(5.0, None)), weight=None)
    assert agent_totals(without_weight)[0].share is None


def test_missing_weight_warns_only_for_local_anaesthetics() -> None:
    assert [
        w.code for w in dose_warnings(session(point(1, ARM, treatment=lido()), weight=None))
    ] == ["dose.weight_missing"]
    saline = Injection(agent="saline", concentration_percent=0.9)
    assert dose_warnings(session(point(1, ARM, treatment=saline), weight=None)) == []


def test_lean_body_weight_follows_janmahasatian() -> None:
    assert clinical.lean_body_weight(110.0, 178.0, "male") == pytest.approx(71.9, abs=0.05)
    assert clinical.lean_body_weight(70.0, 170.0, "female") == pytest.approx(44.2, abs=0.05)
    unknown = clinical.lean_body_weight(110.0, 178.0, "unknown")
    assert unknown == pytest.approx(clinical.lean_body_weight(110.0, 178.0, "female"))


def test_doses_use_lean_body_weight_from_bmi_30_when_the_height_is_known() -> None:
    obese = session(weight=110.0, height_cm=178.0, sex="male").patient
    weight = clinical.dosing_weight(obese)
    assert weight is not None
    assert weight.basis == "lean"
    assert weight.kg == pytest.approx(71.9, abs=0.05)
    assert weight.text == "71.9 kg lean body weight (BMI 35)"
    no_height = clinical.dosing_weight(session(weight=110.0).patient)
    assert no_height is not None
    assert (no_height.kg, no_height.basis) == (110.0, "total")
    lean = session(weight=60.0, height_cm=178.0).patient
    assert clinical.dosing_weight(lean).basis == "total"  # type: ignore[union-attr]


def test_the_dose_warning_names_the_lean_body_weight() -> None:
    # Bupivacaine 160 mg: under 175 mg for the total 110 kg, over 2 mg/kg x 71.9 kg lean.
    bupi = Injection(agent="bupivacaine", concentration_percent=0.5, volume_ml=16.0)
    points = [point(1, ARM, treatment=bupi), point(2, ARM, treatment=bupi)]
    assert dose_warnings(session(*points, weight=110.0)) == []
    s = session(*points, weight=110.0, height_cm=178.0, sex="male")
    (warning,) = dose_warnings(s)
    assert "exceeds the maximum of 143.8 mg for 71.9 kg lean body weight (BMI 35)" in (
        warning.message
    )


def test_bmi() -> None:
    assert clinical.bmi(session(weight=81.0, height_cm=180.0).patient) == pytest.approx(25.0)
    assert clinical.bmi(session(weight=81.0).patient) is None


@pytest.mark.parametrize("agent", ["lidocaine", "bupivacaine", "ropivacaine"])
def test_max_volume_follows_the_maximum(agent: Agent) -> None:
    limit = max_dose_mg(agent, 70.0)
    assert limit is not None
    assert clinical.max_volume_ml(agent, 1.0, 70.0) == pytest.approx(limit / 10.0)


# --- mixtures --------------------------------------------------------------------------------


def mixture(ml: float = 2.0, lido_pct: float = 0.5, bupi_pct: float | None = 0.125) -> Injection:
    return Injection(
        agent="lidocaine",
        concentration_percent=lido_pct,
        volume_ml=ml,
        mixed_with=(MixedAgent(agent="bupivacaine", concentration_percent=bupi_pct),),
    )


def test_each_agent_of_a_mixture_counts_against_its_own_maximum() -> None:
    # Lidocaine 1% + bupivacaine 0.25% drawn 1:1 are 0.5% + 0.125% in the syringe.
    s = session(point(1, ARM, treatment=mixture()), point(2, ARM, treatment=lido(1.0)))
    assert clinical.wording.treatment_text(mixture()).startswith(
        "Lidocaine 0.5% + bupivacaine 0.125%, 2 mL = 10 mg + 2.5 mg"
    )
    totals = {t.name: t for t in agent_totals(s)}
    assert totals["Lidocaine"].total_mg == pytest.approx(20.0)
    assert totals["Bupivacaine"].total_mg == pytest.approx(2.5)
    assert totals["Bupivacaine"].fraction_of_max == pytest.approx(2.5 / 140.0)
    assert [r.label for r in totals["Bupivacaine"].rows] == ["Bupivacaine 0.125% in a mixture"]
    assert totals["Lidocaine"].mixed
    assert clinical.component_doses(mixture()) == (("Lidocaine", 10.0), ("Bupivacaine", 2.5))
    assert dose_warnings(s) == []


def test_an_overdose_hidden_in_mixtures_is_found() -> None:
    # 70 kg: 10 syringes of 5 mL, lidocaine 0.5% (25 mg) + bupivacaine 0.25% (12.5 mg):
    # lidocaine 250 of 200 mg; bupivacaine 125 of 140 mg; together far over 100%.
    big = mixture(5.0, 0.5, 0.25)
    s = session(*(point(n, ARM, treatment=big) for n in range(1, 11)))
    codes = [w.code for w in dose_warnings(s)]
    assert codes == ["dose.over_max.lidocaine", "dose.combined_over_max"]


def test_a_mixture_component_without_its_concentration_is_not_zero_mg() -> None:
    s = session(point(1, ARM, treatment=mixture(bupi_pct=None)))
    totals = {t.name: t for t in agent_totals(s)}
    assert totals["Bupivacaine"].total_mg is None
    assert totals["Bupivacaine"].mg_incomplete
    assert clinical.wording.dose_text(mixture(bupi_pct=None)) == "10 mg + concentration missing"
    assert "dose.concentration_missing.bupivacaine" in [w.code for w in dose_warnings(s)]


def test_a_typed_mixture_without_concentrations_asks_to_be_entered_as_a_mixture() -> None:
    typed = other("lidocaine 1% / bupivacaine 0.25% 1:1", 2.0, None)
    (warning,) = dose_warnings(session(point(3, ARM, treatment=typed)))
    assert warning.code == "dose.not_checked"
    assert warning.message == (
        'Dose not checked: "\u2068lidocaine 1% / bupivacaine 0.25% 1:1\u2069" at point 3 names '
        "2 local anaesthetics (lidocaine, bupivacaine). Enter it as a mixture, each agent with its "
        "concentration in the syringe, so that each dose is checked."
    )


# --- the absolute cap applies without a weight ------------------------------------------------


def test_the_cap_is_checked_even_when_the_weight_is_missing() -> None:
    # 20 mL of lidocaine 2% plain = 400 mg: over the 200 mg cap at any weight.
    s = session(point(1, ARM, treatment=lido(20.0, 2.0)), weight=None)
    warnings = {w.code: w for w in dose_warnings(s)}
    assert list(warnings) == ["dose.weight_missing", "dose.over_max.lidocaine"]
    assert warnings["dose.over_max.lidocaine"].message == (
        "Lidocaine total 400 mg (20 mL) exceeds the maximum of 200 mg whatever the weight "
        "(4.5 mg/kg, at most 200 mg, plain). The weight is not recorded."
    )
    (total,) = agent_totals(s)
    assert total.exceeds_max
    assert total.limit_text == "weight not recorded; at most 200 mg whatever the weight"
    under = session(point(1, ARM, treatment=lido(5.0)), weight=None)
    assert [w.code for w in dose_warnings(under)] == ["dose.weight_missing"]


def test_agents_together_are_checked_against_their_caps_without_a_weight() -> None:
    # Lidocaine 150 of 200 mg (75%) + bupivacaine 100 of 175 mg (57%) whatever the weight.
    s = session(
        point(1, ARM, treatment=lido(15.0)),
        point(
            2,
            ARM,
            treatment=Injection(agent="bupivacaine", concentration_percent=0.5, volume_ml=20.0),
        ),
        weight=None,
    )
    combined = [w for w in dose_warnings(s) if w.code == "dose.combined_over_max"]
    assert len(combined) == 1
    assert "132% of the maximum dose whatever the weight" in combined[0].message


def test_plain_and_epinephrine_together_say_each_counts_against_its_own() -> None:
    s = session(
        point(1, ARM, treatment=lido(1.0)),
        point(2, ARM, treatment=lido(1.0, with_epinephrine=True)),
    )
    (total,) = agent_totals(s)
    assert total.maximum_text.endswith("plain; each injection counts against its own maximum")
    assert total.fraction_of_max == pytest.approx(10 / 200 + 10 / 490)
    assert clinical.dose_basis_text(s) == (
        "Maxima for 70 kg; each injection counts against its own maximum (plain or with "
        "epinephrine), every agent of a mixture against its own."
    )


def test_total_mg_is_none_when_no_concentration_was_counted() -> None:
    (total,) = agent_totals(session(point(1, ARM, treatment=lido(10.0, None))))
    assert total.total_mg is None
    assert total.mg_incomplete


def test_a_typed_name_in_a_dose_message_is_isolated() -> None:
    rlo = "\u202e"
    s = session(point(1, ARM, treatment=other(f"Sarapin{rlo}", 5.0)))
    (warning,) = dose_warnings(s)
    assert f'"\u2068Sarapin{rlo}\u2069" at point 1' in warning.message


def test_a_typed_agent_of_a_mixture_is_isolated_in_the_totals() -> None:
    mixed = Injection(
        agent="lidocaine",
        concentration_percent=0.5,
        volume_ml=2.0,
        mixed_with=(MixedAgent(agent="other", agent_other="Sarapin", concentration_percent=1.0),),
    )
    totals = agent_totals(session(point(1, ARM, treatment=mixed)))
    typed = next(t for t in totals if not t.checked)
    assert [r.label for r in typed.rows] == ["\u2068Sarapin\u2069 1% in a mixture"]


@pytest.mark.parametrize(
    "name",
    [
        "Levo-bupivacaine 0.5%",
        "L-bupivacaine",
        "(S)-bupivacaine",
        "levo\u2013bupivacaína",
        "S(-)-bupivacaine",
        "S(\u2212)-bupivacaine",
        "Levo bupivacaine 0.5%",
        "levo\u2014bupivacaine",
        "L\u2212bupivacaine",
        "Levo\uff0dbupivacaine",  # a full-width hyphen
        "levo\u00adbupivacaine",  # a soft hyphen
        "\uff08S\uff09-bupivacaine",  # full-width brackets
        "(S)-(\u2212)-bupivacaine",
        "S-(-)-bupivacaine",
        "S(\u2212)bupivacaine",
        "L bupivacaine",
    ],
)
def test_levobupivacaine_written_in_two_parts_is_checked_against_its_own_maximum(
    name: str,
) -> None:
    # 160 mg at 90 kg: under bupivacaine's 175 mg cap, over levobupivacaine's 150 mg.
    s = session(
        point(1, ARM, treatment=other(name, 16.0, 0.5)),
        point(2, ARM, treatment=other(name, 16.0, 0.5)),
        weight=90.0,
    )
    injection = s.points[0].treatment
    assert isinstance(injection, Injection)
    assert clinical.identify_agent(injection) is clinical.known_agent("levobupivacaine")
    assert "dose.over_max.levobupivacaine" in [w.code for w in dose_warnings(s)]


@pytest.mark.parametrize(
    "name", ["Lido 1% / Marcaine 0.25% 1:1", "Lidocaine/bupi", "Xylo + bupivacaine"]
)
def test_a_mixture_typed_with_a_shortened_name_is_not_taken_for_one_agent(name: str) -> None:
    # 150 mg of lidocaine listed, and a typed lidocaine-bupivacaine mixture: counted as
    # bupivacaine alone, the lidocaine would be left out of its total and of the combined one.
    s = session(
        point(1, ARM, treatment=lido(15.0, 1.0)), point(2, ARM, treatment=other(name, 10.0, 0.125))
    )
    assert clinical.identify_agent(other(name)) is None
    codes = [w.code for w in dose_warnings(s)]
    assert "dose.not_checked" in codes


def test_a_name_known_only_from_allergies_beside_a_known_agent_is_not_checked_as_it() -> None:
    s = session(point(1, ARM, treatment=other("Lidocaine + tetracaine", 10.0, 1.0)))
    assert clinical.identify_agent(other("Lidocaine + tetracaine")) is None
    assert "dose.not_checked" in [w.code for w in dose_warnings(s)]


def test_bmi_30_as_shown_is_obese_for_the_dosing_weight() -> None:
    from bodymap.model import Patient

    patient = Patient(weight_kg=76.8, height_cm=160.0, sex="female")
    assert clinical.bmi(patient) == 30.0
    assert clinical.dosing_weight(patient).basis == "lean"


def test_a_dose_just_over_its_maximum_never_reads_100_percent() -> None:
    from bodymap.clinical.common import share_percent

    assert share_percent(200.05 / 200) == "101"
    assert share_percent(1.0) == "100"
    assert share_percent(0.996) == "100"
    assert share_percent(1.321) == "132"


def test_the_record_gives_the_share_of_the_cap_without_a_weight_as_the_window_does() -> None:
    from bodymap.report.sections import totals_section

    s = session(point(1, ARM, treatment=lido(20.0, 2.0)), weight=None)  # 400 mg, cap 200 mg
    [row] = totals_section(s).totals
    assert row.share == "200% of the cap"
