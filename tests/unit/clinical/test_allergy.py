"""Allergy written only as text counts like the ticked box, without false alarms."""

from __future__ import annotations

import pytest

from bodymap import clinical
from bodymap.clinical import check_treatment_allowed
from bodymap.model import DryNeedling, ExaminedOnly, Injection, Patient, Treatment
from tests.unit.clinical.places import ARM, lido, other, point, session

BUPI = Injection(agent="bupivacaine", concentration_percent=0.25)
SALINE = Injection(agent="saline", concentration_percent=0.9)
PROCAINE = other("procaine", 1.0, 0.5)


def test_the_ticked_box_refuses_every_local_anaesthetic() -> None:
    allergic = Patient(allergy_local_anaesthetic=True)
    assert check_treatment_allowed(allergic, lido()) == (
        "Patient is allergic to local anaesthetics: injection with lidocaine is refused. "
        "Consider dry needling or normal saline."
    )
    assert check_treatment_allowed(allergic, PROCAINE) is not None
    assert check_treatment_allowed(allergic, other("Mepivacaine")) is not None


@pytest.mark.parametrize(
    ("allergies", "refused", "allowed"),
    [
        ("Lidocaine (hives)", [lido(), BUPI], [PROCAINE]),
        ("lignocaine", [lido()], [PROCAINE]),
        ("amide local anaesthetics", [lido(), BUPI], [PROCAINE]),
        ("ester-type local anesthetic", [PROCAINE], [lido()]),
        ("Procaine: urticaria", [PROCAINE], [BUPI]),
        ("cocaine", [PROCAINE], [lido()]),
        ("Novocaine", [lido(), PROCAINE], []),
        ("local anaesthetic - anaphylaxis 2019", [lido(), PROCAINE], []),
    ],
)
def test_an_allergy_written_as_text_refuses_that_class(
    allergies: str, refused: list[Injection], allowed: list[Injection]
) -> None:
    patient = Patient(allergies=allergies)
    for injection in refused:
        message = check_treatment_allowed(patient, injection)
        assert message is not None
        assert "dry needling or normal saline" in message
        assert "tick the local anaesthetic allergy box" in message
    for injection in allowed:
        assert check_treatment_allowed(patient, injection) is None
    for alternative in (DryNeedling(), SALINE, ExaminedOnly()):
        assert check_treatment_allowed(patient, alternative) is None


@pytest.mark.parametrize(
    "allergies",
    [
        "",
        "No known allergies",
        "NKDA",
        "Penicillin (rash)",
        "Sulfonamide antibiotics",
        "Not allergic to lidocaine",
        "Tolerated lidocaine at the dentist; penicillin rash",
        "Polyester clothing",
    ],
)
def test_texts_that_name_no_local_anaesthetic_allergy_refuse_nothing(allergies: str) -> None:
    patient = Patient(allergies=allergies)
    for injection in (lido(), BUPI, PROCAINE):
        assert check_treatment_allowed(patient, injection) is None


def test_a_negated_mention_is_shown_for_checking() -> None:
    s = session(allergies="Not allergic to lidocaine")
    (warning,) = [w for w in clinical.session_warnings(s) if w.code.startswith("allergy.")]
    assert (warning.code, warning.severity) == ("allergy.text_check", "info")
    assert '"lidocaine"' in warning.message


def test_the_text_asks_the_user_to_tick_the_box() -> None:
    s = session(point(1, ARM, treatment=lido()), allergies="Lidocaine - hives")
    codes = [w.code for w in clinical.session_warnings(s)]
    assert codes[:2] == ["allergy.local_anaesthetic", "allergy.text_unticked"]
    ticked = s.model_copy(
        update={"patient": s.patient.model_copy(update={"allergy_local_anaesthetic": True})}
    )
    assert "allergy.text_unticked" not in [w.code for w in clinical.session_warnings(ticked)]


def test_conflicts_in_a_loaded_session_name_their_points() -> None:
    s = session(
        point(1, ARM, treatment=lido()),
        point(2, ARM, treatment=DryNeedling()),
        point(3, ARM, treatment=BUPI),
        allergy_local_anaesthetic=True,
    )
    assert clinical.allergy_conflicts(s) == [s.points[0].id, s.points[2].id]
    first = clinical.session_warnings(s)[0]
    assert first.code == "allergy.local_anaesthetic"
    assert "points 1, 3" in first.message


def test_an_unidentified_agent_for_an_allergic_patient_is_to_be_checked() -> None:
    s = session(point(1, ARM, treatment=other("Sarapin")), allergy_local_anaesthetic=True)
    assert "allergy.other_agent" in [w.code for w in clinical.session_warnings(s)]


@pytest.mark.parametrize("treatment", [DryNeedling(), ExaminedOnly(), SALINE, lido()])
def test_without_any_allergy_everything_is_allowed(treatment: Treatment) -> None:
    assert check_treatment_allowed(Patient(), treatment) is None
