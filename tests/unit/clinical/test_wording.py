"""The one wording of points, agents, doses and treatments; aftercare and complications."""

from __future__ import annotations

import pytest

from bodymap import clinical
from bodymap.clinical import wording
from bodymap.export import wording as export_wording
from bodymap.history import treatment_text as history_text
from bodymap.model import (
    Complication,
    DryNeedling,
    ExaminedOnly,
    Findings,
    Injection,
    MixedAgent,
    Patient,
    Session,
    Treatment,
)
from bodymap.report import content
from tests.unit.clinical.places import ARM, DIAGRAM, lido, other, point


def test_muscle_and_side_read_side_first() -> None:
    assert wording.muscle_side_label("upper_trapezius", "left", DIAGRAM.muscle_names) == (
        "Left upper trapezius"
    )
    assert wording.muscle_side_label("triceps_long_head", "right") == "Right triceps, long head"
    assert wording.muscle_side_label("thoracic_multifidus", "midline") == (
        "Midline thoracic multifidus"
    )


@pytest.mark.parametrize(
    ("treatment", "text"),
    [
        (lido(0.5), "Lidocaine 1%, 0.5 mL = 5 mg; needle 27 G \u00d7 32 mm"),
        (
            lido(2.0, 2.0, with_epinephrine=True, needle_gauge=None, needle_length_mm=None),
            "Lidocaine 2% with epinephrine, 2 mL = 40 mg",
        ),
        (
            lido(0.5, None, needle_gauge=None, needle_length_mm=None),
            "Lidocaine, 0.5 mL, concentration missing",
        ),
        (
            other("Sarapin", 1.0, None, needle_gauge=None, needle_length_mm=None),
            "\u2068Sarapin\u2069, 1 mL, concentration missing, dose not checked",
        ),
        (
            Injection(agent="saline", concentration_percent=0.9, needle_length_mm=None),
            "Normal saline 0.9%, 0.5 mL; needle 27 G",
        ),
        (DryNeedling(), "Dry needling; needle 0.25 mm \u00d7 40 mm"),
        (ExaminedOnly(), "Examined only"),
    ],
)
def test_treatment_text(treatment: Treatment, text: str) -> None:
    assert wording.treatment_text(treatment) == text
    assert "0 mg" not in wording.treatment_text(treatment).replace("40 mg", "")


def test_record_and_history_read_treatments_through_the_wording_module() -> None:
    p = point(1, ARM, treatment=lido(0.5, None))
    assert content.treatment_text(p) == wording.treatment_text(p.treatment)
    assert history_text("injection", "lidocaine", None, 0.5) == (
        "lidocaine 0.5 mL, concentration missing"
    )
    assert history_text("injection", "lidocaine", 1.0, 0.5) == "lidocaine 1% 0.5 mL"
    assert history_text("injection", "saline", None, 1.0) == "saline 1 mL"


def test_findings_read_the_same_in_exports_and_on_paper() -> None:
    findings = Findings(
        status="active", taut_band=True, twitch="visible", referral_area="  right temple "
    )
    assert wording.findings_text(findings, "right temple") == (
        "active; taut band; visible twitch; referral to right temple"
    )
    assert export_wording.findings_text(findings) == wording.findings_text(findings, "right temple")
    assert export_wording.findings_text(findings, free_text=False) == (
        "active; taut band; visible twitch"
    ), "without free text, a typed area alone says nothing"
    printed = point(1, ARM).model_copy(update={"findings": findings})
    assert content.point_row(printed, DIAGRAM).findings == (
        "Active; taut band; visible twitch; referral to \u2068right temple\u2069"
    )
    assert wording.findings_text(Findings(referred_pain=False)) == "no referral"


def test_agent_labels() -> None:
    assert clinical.agent_label(Injection(agent="bupivacaine", concentration_percent=0.25)) == (
        "Bupivacaine 0.25%"
    )
    # A typed name is bidi-isolated: text in it cannot reorder the strength after it.
    assert clinical.agent_label(other(" Procaine ", pct=0.5)) == "\u2068Procaine\u2069 0.5%"
    assert clinical.agent_name(Injection(agent="saline")) == "Normal saline"


def test_every_complication_has_words() -> None:
    from typing import get_args

    assert set(wording.COMPLICATION_LABELS) == set(get_args(Complication))
    listed: list[Complication] = ["allergic_reaction", "pneumothorax_suspected"]
    assert wording.complication_text(listed) == "Suspected pneumothorax, Allergic reaction"
    assert "toxicity" in wording.COMPLICATION_LABELS["anaesthetic_toxicity"]


def test_aftercare_without_ibuprofen_when_anticoagulated() -> None:
    general = clinical.aftercare_text(Patient())
    anticoagulated = clinical.aftercare_text(Patient(anticoagulation=True))
    assert "You may take paracetamol (acetaminophen), or ibuprofen" in general
    assert "may take ibuprofen" not in anticoagulated
    assert "paracetamol (acetaminophen)" in anticoagulated
    assert "Put ice on sore areas" in anticoagulated
    for text in (general, anticoagulated):
        lowered = " ".join(text.lower().split())
        for phrase in [
            "24 to 48 hours",
            "infection",
            "bleeding",
            "short of breath",
            "2 days",
            "numbness around the mouth",
            "hives",
            "fever",
        ]:
            assert phrase in lowered, phrase


def test_aftercare_never_tells_a_patient_to_stop_prescribed_aspirin() -> None:
    lowered = " ".join(clinical.aftercare_text(Patient(anticoagulation=True)).lower().split())
    assert "keep taking your usual blood thinner and any aspirin your doctor prescribed" in lowered
    assert "do not take extra aspirin, ibuprofen or other anti-inflammatory painkillers" in lowered
    assert "do not take ibuprofen, aspirin" not in lowered


def test_aftercare_lists_neurological_red_flags_and_when_toxicity_starts() -> None:
    for patient in (Patient(), Patient(anticoagulation=True)):
        lowered = " ".join(clinical.aftercare_text(patient).lower().split())
        assert "new weakness, numbness or tingling in an arm or leg, difficulty walking" in lowered
        assert "severe neck or back pain or headache" in lowered
        assert "usually start within minutes of the injection, occasionally later" in lowered
        (toxicity,) = [line for line in lowered.split(" - ") if "metallic taste" in line]
        assert "hours later" not in toxicity
        # A pneumothorax can start at once, hours later or days later (clinical-basis §8.1).
        assert "it can start during the treatment, hours later, or up to 2 days after it" in lowered


def test_the_dimple_line_only_where_a_steroid_was_injected() -> None:
    plain = session_with(lido())
    assert "dimple" not in clinical.aftercare_text(plain.patient, plain)
    assert "fat shrinkage" not in clinical.AFTERCARE_TEXT
    steroid = session_with(other("Triamcinolone 40 mg/mL", 1.0, None))
    assert clinical.steroid_given(steroid)
    text = " ".join(clinical.aftercare_text(steroid.patient, steroid).split())
    assert "Where a steroid was injected, the fat under the skin may shrink" in text


def test_a_mixture_reads_agent_by_agent_everywhere() -> None:
    mixture = Injection(
        agent="lidocaine",
        concentration_percent=0.5,
        volume_ml=2.0,
        mixed_with=(
            MixedAgent(agent="other", agent_other="Levobupivacaine", concentration_percent=0.125),
        ),
    )
    # A typed name is bidi-isolated there, as everywhere it is shown.
    assert wording.agent_label(mixture) == "Lidocaine 0.5% + \u2068Levobupivacaine\u2069 0.125%"
    assert wording.dose_text(mixture) == "10 mg + 2.5 mg"
    assert wording.treatment_summary_of(mixture) == (
        "lidocaine 0.5% + \u2068Levobupivacaine\u2069 0.125% 2 mL"
    )


def session_with(treatment: Treatment) -> Session:
    return Session(points=[point(1, ARM, treatment=treatment)])


def test_fibromyalgia_note() -> None:
    assert clinical.FIBROMYALGIA_NOTE.startswith("Fibromyalgia: trigger points may recur")
    # Both conditions of the coverage for a repeat (clinical-basis §8.3, [9-2]).
    assert "after relief of at least 50% that lasted at least 6 weeks" in (
        clinical.FIBROMYALGIA_NOTE
    )


def test_a_steroid_typed_beside_the_anaesthetic_it_names_gets_the_dimple_line() -> None:
    # The name identifies lidocaine for its dose; the steroid in it still counts.
    injection = other("Lidocaine 1% + triamcinolone 40 mg", 1.0, 1.0)
    injected = session_with(injection)
    assert clinical.identify_agent(injection) is clinical.known_agent("lidocaine")
    assert clinical.steroid_given(injected)


@pytest.mark.parametrize(
    "name",
    ["Triamcinolon 40 mg/ml", "Dexamethason", "triamcinolona", "Metilprednisolona", "Kortison"],
)
def test_a_steroid_typed_in_german_or_spanish_gets_the_dimple_line(name: str) -> None:
    assert clinical.steroid_given(session_with(other(name, 1.0, None)))


@pytest.mark.parametrize("name", ["Procain", "Kochsalzlösung", "suero fisiológico"])
def test_other_german_or_spanish_agents_are_no_steroid(name: str) -> None:
    assert not clinical.steroid_given(session_with(other(name, 1.0, None)))
