"""What the FHIR bundle says: procedures with the patient's side, scores, doses, the record."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from bodymap import export
from bodymap.anatomy import load_diagram
from bodymap.export.fhir_points import markdown_literal
from bodymap.model import DryNeedling, Injection, Session
from tests.unit.export.factories import example_session, landmark_session, mixture_session

PDF = b"%PDF-1.7\n% test record\n"
SNOMED = "http://snomed.info/sct"


def _doc(session: Session, **kwargs: Any) -> dict[str, Any]:
    bundle = export.build_bundle(session, record_pdf=PDF, **kwargs)
    result: dict[str, Any] = json.loads(export.bundle_bytes(bundle))
    return result


def _resources(doc: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in doc["entry"] if e["resource"]["resourceType"] == kind]


def _laterality(site: dict[str, Any]) -> str:
    (ext,) = site["extension"]
    assert ext["url"].endswith("mcode-laterality-qualifier")
    code: str = ext["valueCodeableConcept"]["coding"][0]["code"]
    return code


SIDE_CODES = {"left": "7771000", "right": "24028007", "midline": "399488007"}


def test_every_treated_point_is_a_procedure_with_its_side() -> None:
    session = example_session()
    doc = _doc(session)
    procedures = _resources(doc, "Procedure")
    treated = [p for p in session.points if isinstance(p.treatment, Injection | DryNeedling)]
    assert len(procedures) == len(treated)
    for point, procedure in zip(sorted(treated, key=lambda p: p.number), procedures, strict=True):
        assert procedure["status"] == "completed"
        (site,) = procedure["bodySite"]
        assert _laterality(site) == SIDE_CODES[point.side]
        assert site["text"].startswith(f"{point.side} ")


def test_left_is_the_patients_left() -> None:
    # Point 1 lies midway C7 - LEFT acromion (viewer's left on a posterior view).
    session = landmark_session()
    assert session.points[0].side == "left"
    doc = _doc(session)
    procedure = _resources(doc, "Procedure")[0]
    assert _laterality(procedure["bodySite"][0]) == "7771000"
    structure = _resources(doc, "BodyStructure")[0]
    assert structure["locationQualifier"][0]["coding"][0]["code"] == "7771000"
    right = _resources(doc, "Procedure")[1]
    assert _laterality(right["bodySite"][0]) == "24028007"


def test_procedure_codes_muscle_time_and_findings() -> None:
    doc = _doc(landmark_session())
    injection, needling = _resources(doc, "Procedure")
    assert injection["code"]["coding"][0]["code"] == "20552"
    assert injection["code"]["coding"][0]["system"] == "http://www.ama-assn.org/go/cpt"
    assert needling["code"]["coding"][0]["code"] == "20560"
    site = injection["bodySite"][0]
    assert site["coding"] == [{"system": SNOMED, "code": "31764008", "display": "Trapezius muscle"}]
    assert site["text"].startswith("left upper trapezius, ")  # exact muscle, parent's code
    start = dt.datetime.fromisoformat(injection["performedPeriod"]["start"])
    end = dt.datetime.fromisoformat(injection["performedPeriod"]["end"])
    assert start.tzinfo is not None
    assert (end - start) == dt.timedelta(minutes=30)
    assert start.astimezone().replace(tzinfo=None) == dt.datetime(2026, 3, 2, 10, 0)
    assert injection["note"][0]["text"] == "active"


def test_ultrasound_guidance_does_not_take_the_place_of_a_point_s_procedure_code() -> None:
    session = landmark_session()
    guided = session.model_copy(
        update={"procedure": session.procedure.model_copy(update={"ultrasound_guidance": True})}
    )
    injection, needling = _resources(_doc(guided), "Procedure")
    assert injection["code"]["coding"][0]["code"] == "20552"
    assert needling["code"]["coding"][0]["code"] == "20560"


def test_every_point_has_a_body_structure_and_references_resolve() -> None:
    session = example_session()
    doc = _doc(session)
    structures = _resources(doc, "BodyStructure")
    assert len(structures) == len(session.points)
    assert {s["identifier"][0]["value"] for s in structures} == {
        f"urn:uuid:{p.id}" for p in session.points
    }
    urls = [e["fullUrl"] for e in doc["entry"]]
    assert len(set(urls)) == len(urls)

    def references(node: Any) -> list[str]:
        if isinstance(node, dict):
            found = [node["reference"]] if isinstance(node.get("reference"), str) else []
            return found + [r for value in node.values() for r in references(value)]
        if isinstance(node, list):
            return [r for item in node for r in references(item)]
        return []

    for ref in references(doc):
        assert ref in urls or ref == "#agent", ref


def test_full_urls_are_stable_across_exports() -> None:
    session = example_session()
    first = [e["fullUrl"] for e in _doc(session)["entry"]]
    second = [e["fullUrl"] for e in _doc(session)["entry"]]
    assert first == second
    assert all(url.startswith("urn:uuid:") for url in first)
    other = session.model_copy(update={"id": "another-session"})
    assert not set(first) & {e["fullUrl"] for e in _doc(other)["entry"]}


def test_pain_scores_are_loinc_observations_part_of_the_procedure() -> None:
    doc = _doc(landmark_session())
    urls = {id(e["resource"]): e["fullUrl"] for e in doc["entry"]}
    procedures = {urls[id(p)]: p for p in _resources(doc, "Procedure")}
    observations = _resources(doc, "Observation")
    # Point 1: before 7, after 2; point 2: before 5; point 3 (examined only): before 3.
    assert [o["valueInteger"] for o in observations] == [7, 2, 5, 3]
    for obs in observations:
        assert obs["code"]["coding"][0] == {
            "system": "http://loinc.org",
            "code": "72514-3",
            "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
        }
    assert "before" in observations[0]["code"]["text"]
    assert "after" in observations[1]["code"]["text"]
    assert observations[0]["partOf"][0]["reference"] in procedures
    assert "partOf" not in observations[3]  # nothing was done at an examined-only point


def test_injection_is_a_medication_administration() -> None:
    doc = _doc(landmark_session())
    (given,) = _resources(doc, "MedicationAdministration")
    dosage = given["dosage"]
    assert dosage["dose"] == {
        "value": 0.5,
        "unit": "mL",
        "system": "http://unitsofmeasure.org",
        "code": "mL",
    }
    assert dosage["route"]["coding"][0]["code"] == "78421000"
    assert dosage["text"] == "0.5 mL Lidocaine 1% = 5 mg"
    (agent,) = given["contained"]
    strength = agent["ingredient"][0]["strength"]
    assert strength["numerator"]["value"] == 10
    assert strength["numerator"]["code"] == "mg"
    assert agent["code"]["text"] == "Lidocaine 1%"
    assert _laterality(dosage["site"]) == "7771000"


def test_patient_encounter_practitioner() -> None:
    doc = _doc(landmark_session())
    (patient,) = _resources(doc, "Patient")
    assert patient["name"] == [{"text": "Ada Q. Tester"}]
    assert patient["identifier"][0]["value"] == "MRN-778899"
    assert patient["birthDate"] == "1960-07-15"
    assert patient["gender"] == "female"
    (practitioner,) = _resources(doc, "Practitioner")
    assert practitioner["name"] == [{"text": "Dr B. Careful"}]
    (encounter,) = _resources(doc, "Encounter")
    assert encounter["reasonCode"][0]["coding"][0]["code"] == "M79.18"


def test_document_reference_carries_the_record_pdf() -> None:
    doc = _doc(example_session())
    (document,) = _resources(doc, "DocumentReference")
    attachment = document["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert base64.b64decode(attachment["data"]) == PDF
    assert base64.b64decode(attachment["hash"]) == hashlib.sha1(PDF).digest()
    assert attachment["size"] == len(PDF)
    assert doc["entry"][-1]["resource"] is not None
    assert doc["entry"][-1]["resource"]["resourceType"] == "DocumentReference"


def test_muscle_without_a_cited_code_is_text_only() -> None:
    session = example_session()
    levator = next(p for p in session.points if p.muscle == "levator_scapulae")
    doc = _doc(session.model_copy(update={"points": [levator]}))
    site = _resources(doc, "Procedure")[0]["bodySite"][0]
    assert "coding" not in site
    assert "levator scapulae" in site["text"]


def test_chosen_muscle_is_named_even_where_another_lies_on_top() -> None:
    session = landmark_session()
    first = session.points[0].model_copy(update={"muscle": "supraspinatus", "muscle_chosen": True})
    doc = _doc(session.model_copy(update={"points": [first]}))
    site = _resources(doc, "Procedure")[0]["bodySite"][0]
    assert site["text"].startswith("left supraspinatus")
    assert site["coding"][0]["code"] == "6423006"


def test_typed_text_in_notes_is_not_markup() -> None:
    session = landmark_session()
    first = session.points[0].model_copy(update={"notes": "<b>**see** [x](javascript:1)</b>"})
    doc = _doc(session.model_copy(update={"points": [first]}))
    note = _resources(doc, "Procedure")[0]["note"][-1]["text"]
    assert note == markdown_literal("<b>**see** [x](javascript:1)</b>")
    for markup in ("<b>", "**", "]("):
        assert markup not in note
    assert markdown_literal("a\\b") == "a\\\\b"


def test_times_without_a_date_use_the_session_creation() -> None:
    session = landmark_session()
    undated = session.model_copy(
        update={"encounter": session.encounter.model_copy(update={"date": None})}
    )
    start, end = export.session_times(undated)
    assert start == session.created
    assert end is None
    dated_only = session.model_copy(
        update={"procedure": session.procedure.model_copy(update={"start_time": None})}
    )
    assert export.session_times(dated_only) == (dt.date(2026, 3, 2), None)


def test_no_clinician_no_practitioner() -> None:
    session = landmark_session()
    anonymous = session.model_copy(
        update={"encounter": session.encounter.model_copy(update={"clinician": "  "})}
    )
    doc = _doc(anonymous, diagram=load_diagram())
    assert not _resources(doc, "Practitioner")
    assert "performer" not in _resources(doc, "Procedure")[0]


def test_a_mixture_is_one_administration_of_one_medication_with_an_ingredient_per_agent() -> None:
    doc = _doc(mixture_session())
    given = _resources(doc, "MedicationAdministration")
    assert len(given) == 2  # one syringe per injected point, whatever it holds
    mixed = given[0]
    assert mixed["dosage"]["dose"]["value"] == 2.0  # the mixture's volume, given once
    assert mixed["dosage"]["text"] == "2 mL Lidocaine 0.5% + bupivacaine 0.125% = 10 mg + 2.5 mg"
    (medication,) = mixed["contained"]
    assert medication["code"]["text"] == "Lidocaine 0.5% + bupivacaine 0.125%"
    ingredients = medication["ingredient"]
    assert [i["itemCodeableConcept"]["text"] for i in ingredients] == ["Lidocaine", "Bupivacaine"]
    assert all(i["isActive"] for i in ingredients)
    strengths = [i["strength"] for i in ingredients]
    assert [s["numerator"]["value"] for s in strengths] == [5, 1.25]  # mg per mL in the syringe
    assert {s["denominator"]["value"] for s in strengths} == {1}


def test_a_mixture_s_agent_without_concentration_or_identity_has_no_strength() -> None:
    doc = _doc(mixture_session())
    typed = _resources(doc, "MedicationAdministration")[1]
    (medication,) = typed["contained"]
    lido, sarapin = medication["ingredient"]
    assert lido["strength"]["numerator"]["value"] == 5
    assert sarapin["itemCodeableConcept"]["text"] == "Sarapin"
    assert "strength" not in sarapin
    assert typed["dosage"]["text"].endswith("= 5 mg + concentration missing, dose not checked")


@pytest.mark.parametrize(
    ("allergies", "ticked", "expected"),
    [
        ("lido - hives", False, ["lido - hives"]),
        ("Penicillin (rash)", True, ["Local anaesthetics (amide and ester)", "Penicillin (rash)"]),
        ("NKDA", False, []),
        ("", True, ["Local anaesthetics (amide and ester)"]),
    ],
)
def test_the_patient_s_allergies_go_with_the_bundle_as_recorded(
    allergies: str, ticked: bool, expected: list[str]
) -> None:
    # An EHR that takes the procedure must not lose the allergy that decided its treatment.
    session = example_session()
    patient = session.patient.model_copy(
        update={"allergies": allergies, "allergy_local_anaesthetic": ticked}
    )
    doc = _doc(session.model_copy(update={"patient": patient}))
    found = _resources(doc, "AllergyIntolerance")
    assert [a["code"]["text"] for a in found] == expected
    patient_url = next(
        e["fullUrl"] for e in doc["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    for allergy in found:
        assert allergy["patient"]["reference"] == patient_url
        assert allergy["clinicalStatus"]["coding"][0]["code"] == "active"
        assert "coding" not in allergy["code"], "free text: no code invented"
    Bundle.model_validate(doc)


def test_a_typed_agent_is_written_as_typed_without_screen_formatting() -> None:
    # Bidi isolates keep a typed name from reordering a line on screen and paper; in data
    # for another program they are characters the clinician never typed.
    doc = _doc(mixture_session())
    text = json.dumps(doc, ensure_ascii=False)
    assert "\u2068" not in text
    assert "\u2069" not in text
    assert '"text": "Lidocaine 0.5% + Sarapin"' in text  # the contained Medication
    assert '"text": "1 mL Lidocaine 0.5% + Sarapin = 5 mg' in text  # the dosage
