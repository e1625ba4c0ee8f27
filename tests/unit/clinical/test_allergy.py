"""The allergies field is read safety-first: any mention of a local anaesthetic refuses its
class, whatever negation surrounds it; only a whole-field "no allergies" is not an allergy."""

from __future__ import annotations

import pytest

from bodymap import clinical
from bodymap.clinical import check_treatment_allowed
from bodymap.model import (
    DryNeedling,
    ExaminedOnly,
    Injection,
    MixedAgent,
    Patient,
    Treatment,
    isolate,
)
from tests.unit.clinical.places import ARM, lido, other, point, session

BUPI = Injection(agent="bupivacaine", concentration_percent=0.25)
SALINE = Injection(agent="saline", concentration_percent=0.9)
PROCAINE = other("procaine", 1.0, 0.5)
LIDO_BUPI = Injection(
    agent="lidocaine",
    concentration_percent=0.5,
    volume_ml=2.0,
    mixed_with=(MixedAgent(agent="bupivacaine", concentration_percent=0.125),),
)


def test_the_ticked_box_refuses_every_local_anaesthetic() -> None:
    allergic = Patient(allergy_local_anaesthetic=True)
    assert check_treatment_allowed(allergic, lido()) == (
        "Patient is allergic to local anaesthetics: injection with lidocaine is refused. "
        "Consider dry needling or normal saline."
    )
    assert check_treatment_allowed(allergic, PROCAINE) is not None
    assert check_treatment_allowed(allergic, other("Mepivacaine")) is not None


# The reviewer's probes: each of these is how a clinician writes a real allergy, and each must
# refuse a lidocaine (amide) injection.
@pytest.mark.parametrize(
    "allergies",
    [
        "NKDA except lidocaine",
        "No allergies except lidocaine (rash)",
        "Did not tolerate lidocaine",
        "Never give lidocaine - anaphylaxis",
        "Do not give bupivacaine",
        "tolerated articaine but reacted to lidocaine",
        "Non-anaphylactic rash with lidocaine",
        "Not allergic to lidocaine",
        "Allergic to Naropin",
        "Citanest - swelling",
        "EMLA cream rash",
        "allergic to all -caines",
        "lidocaïne",
        "LA allergy",
        "allergy to dental anaesthetic",
        "allergic to numbing injections at dentist",
        "Marcaine 0.5% - hives",
        "Xylocain",
        "bupivicaine (misspelt)",
        "amide local anaesthetics",
        "local anaesthetic - anaphylaxis 2019",
    ],
)
def test_any_mention_of_an_amide_or_of_local_anaesthetics_refuses_lidocaine(allergies: str) -> None:
    message = check_treatment_allowed(Patient(allergies=allergies), lido())
    assert message is not None
    assert message.startswith("The allergies field mentions ")
    assert "are refused. Tick 'Allergic to local anaesthetics', or if the patient is not" in (
        message
    )
    assert "reword the allergies field" in message
    assert "dry needling or normal saline" in message


@pytest.mark.parametrize(
    ("allergies", "found"),
    [
        (
            "Never give lidocaine - anaphylaxis",
            f"mentions {isolate('lidocaine')}: injections of amide",
        ),
        (
            "Allergic to Naropin",
            f"mentions {isolate('naropin')} (ropivacaine): injections of amide",
        ),
        ("allergic to all -caines", f"mentions {isolate('caines')}: injections of local"),
        ("LA allergy", f"mentions {isolate('LA')}: injections of local anaesthetics are refused"),
    ],
)
def test_the_message_names_what_was_found_and_the_class_refused(allergies: str, found: str) -> None:
    message = check_treatment_allowed(Patient(allergies=allergies), lido())
    assert message is not None
    assert found in message


@pytest.mark.parametrize(
    ("allergies", "refused", "allowed"),
    [
        ("Lidocaine (hives)", [lido(), BUPI], [PROCAINE]),
        ("ester-type local anesthetic", [PROCAINE], [lido()]),
        ("Procaine: urticaria", [PROCAINE], [BUPI]),
        ("Novocain", [PROCAINE], [lido()]),
        ("cocaine", [PROCAINE], [lido()]),
        ("PABA (sunscreen)", [PROCAINE], [lido()]),
        # Shortened names as charts write them (clinical-basis §6.1 [6-11]).
        ("lido", [lido(), BUPI], [PROCAINE]),
        ("Lido - hives", [lido(), LIDO_BUPI], [PROCAINE]),
        ("xylo", [lido()], [PROCAINE]),
        ("bupi (anaphylaxis)", [BUPI, lido()], [PROCAINE]),
        ("mepi; ropi", [lido()], [PROCAINE]),
    ],
)
def test_a_mention_refuses_its_class_only(
    allergies: str, refused: list[Injection], allowed: list[Injection]
) -> None:
    patient = Patient(allergies=allergies)
    for injection in refused:
        assert check_treatment_allowed(patient, injection) is not None
    for injection in allowed:
        assert check_treatment_allowed(patient, injection) is None
    for alternative in (DryNeedling(), SALINE, ExaminedOnly()):
        assert check_treatment_allowed(patient, alternative) is None


@pytest.mark.parametrize(
    "allergies",
    [
        "",
        "NKDA",
        "NKDA.",
        "No known allergies",
        "no known drug allergies",
        "None",
        "nil",
        "Penicillin (rash)",
        "Sulfonamide antibiotics",
        "Polyester clothing",
        "Codeine - nausea",
        "General anaesthetic: malignant hyperthermia in father",
        "carbo (carboplatin): rash",
        "Mepilex dressing",
    ],
)
def test_texts_that_name_no_local_anaesthetic_refuse_nothing(allergies: str) -> None:
    patient = Patient(allergies=allergies)
    for injection in (lido(), BUPI, PROCAINE, LIDO_BUPI):
        assert check_treatment_allowed(patient, injection) is None


def test_every_agent_of_a_mixture_is_checked() -> None:
    # The allergy is to bupivacaine; lidocaine comes first in the syringe.
    message = check_treatment_allowed(Patient(allergies="bupivacaine - hives"), LIDO_BUPI)
    assert message is not None
    ticked = check_treatment_allowed(Patient(allergy_local_anaesthetic=True), LIDO_BUPI)
    assert ticked is not None
    assert "lidocaine + bupivacaine" in ticked


@pytest.mark.parametrize(
    "name",
    ["lidocaine 1% / bupivacaine 0.25% 1:1", "Marcaine and saline", "Foocaine 1%"],
)
def test_every_agent_named_in_an_other_name_is_checked(name: str) -> None:
    typed = other(name)
    assert check_treatment_allowed(Patient(allergies="bupivacaine (anaphylaxis)"), typed)
    assert check_treatment_allowed(Patient(allergy_local_anaesthetic=True), typed)


def test_the_text_asks_the_user_to_tick_the_box_or_reword() -> None:
    s = session(point(1, ARM, treatment=lido()), allergies="NKDA except lidocaine")
    warnings = clinical.session_warnings(s)
    codes = [w.code for w in warnings]
    assert codes[:2] == ["allergy.local_anaesthetic", "allergy.text_unticked"]
    unticked = warnings[1]
    assert unticked.severity == "warning"
    assert unticked.message == (
        f"The allergies field mentions {isolate('lidocaine')}: injections of amide local "
        "anaesthetics are refused. Tick 'Allergic to local anaesthetics', or if the patient is "
        "not allergic, reword the allergies field."
    )
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


def test_an_agent_the_app_cannot_check_is_a_warning_for_an_allergic_patient() -> None:
    s = session(point(1, ARM, treatment=other("Sarapin")), allergy_local_anaesthetic=True)
    (warning,) = [w for w in clinical.session_warnings(s) if w.code == "allergy.other_agent"]
    assert warning.severity == "warning"
    assert "confirm it is not a local anaesthetic" in warning.message


def test_parabens_ask_for_preservative_free_solutions() -> None:
    s = session(point(1, ARM, treatment=lido()), allergies="methylparaben")
    (warning,) = [w for w in clinical.session_warnings(s) if w.code == "allergy.paraben"]
    assert warning.severity == "caution"
    assert "preservative-free (MPF)" in warning.message
    assert check_treatment_allowed(s.patient, lido()) is None


def test_sulfites_warn_only_against_solutions_with_epinephrine() -> None:
    plain = session(point(1, ARM, treatment=lido()), allergies="sulphites (asthma)")
    (caution,) = [w for w in clinical.session_warnings(plain) if w.code == "allergy.sulfite"]
    assert caution.severity == "caution"
    with_epi = session(
        point(1, ARM, treatment=lido(with_epinephrine=True)), allergies="metabisulfite"
    )
    (warning,) = [w for w in clinical.session_warnings(with_epi) if w.code == "allergy.sulfite"]
    assert warning.severity == "warning"
    assert "point 1 records epinephrine" in warning.message


@pytest.mark.parametrize("treatment", [DryNeedling(), ExaminedOnly(), SALINE, lido(), LIDO_BUPI])
def test_without_any_allergy_everything_is_allowed(treatment: Treatment) -> None:
    assert check_treatment_allowed(Patient(), treatment) is None


RLO = "\u202e"
"""RIGHT-TO-LEFT OVERRIDE: typed after a name, it would reverse the rest of a sentence."""


def test_an_allergy_word_quoted_in_a_message_cannot_reorder_the_sentence() -> None:
    message = check_treatment_allowed(Patient(allergies="Xylocaine rash"), lido())
    assert message is not None
    assert message.startswith(
        f"The allergies field mentions {isolate('xylocaine')} (lidocaine): injections of amide"
    )


def test_a_typed_agent_named_in_a_refusal_is_isolated_with_its_override_closed() -> None:
    typed = other(f"Foocaine{RLO} 1%")
    message = check_treatment_allowed(Patient(allergy_local_anaesthetic=True), typed)
    assert message is not None
    # The override stays inside the isolate: the words after it read in their own order.
    assert f"injection with \u2068Foocaine{RLO} 1%\u2069 is refused." in message


# Clinics write the allergies field in their own language (clinical-basis §6.1): German and
# Spanish drug names, the class and its type words must refuse the same injections.
@pytest.mark.parametrize(
    "allergies",
    [
        "Allergie gegen Lidocain",
        "Lidocain-Allergie (Urtikaria)",
        "Xylocain: Quaddeln",
        "Allergie gegen Lokalanästhetika",
        "Lokalanästhetikum - Anaphylaxie",
        "Unverträglichkeit örtlicher Betäubung beim Zahnarzt",
        "Lokalanästhetika vom Amidtyp",
        "alergia a lidocaína",
        "alérgico a la xilocaína",
        "Alergia a anestésicos locales",
        "reacción a la anestesia local (dentista)",
        "anestésicos locales tipo amida",
        "alergia a todas las -caínas",
    ],
)
def test_german_and_spanish_mentions_refuse_lidocaine(allergies: str) -> None:
    assert check_treatment_allowed(Patient(allergies=allergies), lido()) is not None


@pytest.mark.parametrize(
    ("allergies", "refused", "allowed"),
    [
        ("Lokalanästhetika vom Estertyp", [PROCAINE], [lido()]),
        ("anestésicos locales de tipo éster", [PROCAINE], [lido()]),
        ("Bupivacaína: urticaria", [BUPI], [PROCAINE]),
        ("Procain", [PROCAINE], [lido()]),
    ],
)
def test_german_and_spanish_type_words_refuse_their_class_only(
    allergies: str, refused: list[Injection], allowed: list[Injection]
) -> None:
    patient = Patient(allergies=allergies)
    for injection in refused:
        assert check_treatment_allowed(patient, injection) is not None
    for injection in allowed:
        assert check_treatment_allowed(patient, injection) is None


@pytest.mark.parametrize(
    "allergies",
    ["Penicillin (Exanthem)", "Amidotrizoat? nein: Jod-Kontrastmittel", "anestesia general"],
)
def test_german_and_spanish_words_that_name_no_local_anaesthetic_refuse_nothing(
    allergies: str,
) -> None:
    assert check_treatment_allowed(Patient(allergies=allergies), lido()) is None


@pytest.mark.parametrize(
    "allergies",
    ["alergia a sulfitos", "metabisulfito sódico", "Sulfit-Allergie", "Natriummetabisulfit"],
)
def test_sulfites_written_in_german_or_spanish_warn_against_epinephrine(allergies: str) -> None:
    with_epi = session(point(1, ARM, treatment=lido(with_epinephrine=True)), allergies=allergies)
    codes = [w.code for w in clinical.session_warnings(with_epi)]
    assert "allergy.sulfite" in codes


@pytest.mark.parametrize(
    "allergies", ["alergia a los parabenos", "metilparabeno", "Parabene (Kontaktekzem)"]
)
def test_parabens_written_in_german_or_spanish_ask_for_preservative_free(allergies: str) -> None:
    s = session(point(1, ARM, treatment=lido()), allergies=allergies)
    assert "allergy.paraben" in [w.code for w in clinical.session_warnings(s)]


@pytest.mark.parametrize(
    ("name", "allergies"),
    [
        # Local anaesthetics known only from allergies, typed as the agent (clinical-basis §6.1).
        ("Tetracaine 1%", "esters"),
        ("Etidocaine", "lidocaine"),
        ("Cocaine 4%", "procaine"),
        # A misspelling may be a brand bodymap does not know: Octocaine is lidocaine with
        # epinephrine, though 88 % like cocaine.
        ("Octocaine 2%", "lidocaine"),
    ],
)
def test_a_typed_local_anaesthetic_of_any_name_is_refused_to_an_allergic_patient(
    name: str, allergies: str
) -> None:
    injection = other(name)
    assert check_treatment_allowed(Patient(allergy_local_anaesthetic=True), injection) is not None
    assert check_treatment_allowed(Patient(allergies=allergies), injection) is not None


@pytest.mark.parametrize(
    ("allergies", "injection"),
    [
        # "every LA" names every class although the clause also names an ester.
        ("Allergic to Novocaine and every LA", lido()),
        ("lidocaine and all local anaesthetics", PROCAINE),
        ("lidocaine - also reacts to other local anesthetics", PROCAINE),
        # A misspelling counts as what it resembles and as every class.
        ("Octocaine", lido()),
        # "L.A." as well as "LA", though the field is cut into clauses at full stops.
        ("L.A.", lido()),
        ("allergic to L.A.", PROCAINE),
        ("L. A. allergy", lido()),
    ],
)
def test_a_mention_of_every_local_anaesthetic_is_never_narrowed(
    allergies: str, injection: Injection
) -> None:
    assert check_treatment_allowed(Patient(allergies=allergies), injection) is not None


@pytest.mark.parametrize("allergies", ["Procain", "procaína", "Novocain", "lidocaines"])
def test_an_international_name_with_its_ending_is_read_exactly_not_as_a_misspelling(
    allergies: str,
) -> None:
    # An ester's name refuses esters, not lidocaine; "lidocaines" refuses amides, not procaine.
    amide = "lido" in allergies
    refused, allowed = (BUPI, PROCAINE) if amide else (PROCAINE, lido())
    assert check_treatment_allowed(Patient(allergies=allergies), refused) is not None
    assert check_treatment_allowed(Patient(allergies=allergies), allowed) is None


@pytest.mark.parametrize(
    "allergies",
    [
        "Penicillin\u2026 also lidocaine",  # an ellipsis: three full stops once spelt out
        "\u9752\u9709\u7d20\uff0c lidocaine",  # a full-width comma after Chinese text
        "Stra\u00dfe; lidocaine",  # a sharp s, two letters once case-folded
    ],
)
def test_a_mention_after_punctuation_spelt_out_otherwise_is_read(allergies: str) -> None:
    assert check_treatment_allowed(Patient(allergies=allergies), lido()) is not None


def test_a_shortened_name_typed_as_the_agent_is_refused_to_an_allergic_patient() -> None:
    lido_typed = other("Lido 1%")
    assert check_treatment_allowed(Patient(allergy_local_anaesthetic=True), lido_typed) is not None
    assert check_treatment_allowed(Patient(allergies="bupivacaine"), lido_typed) is not None
    assert check_treatment_allowed(Patient(allergies="procaine"), lido_typed) is None
