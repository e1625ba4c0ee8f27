"""Bundles validate with the R4B models and against HL7's FHIR R4 JSON Schema."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fhir.resources.R4B.bundle import Bundle

from bodymap import export
from bodymap.model import Injection
from tests.unit.export.factories import example_session, landmark_session, mixture_session

SCHEMA = Path(__file__).parents[2] / "data" / "fhir" / "fhir.schema.json"
SCHEMA_SHA256 = "2230406893b4cf002a4ee1e5e2bbeca22ac5d2d4931b3e9ef7b9594bbc376a01"
"""The copy described in tests/data/fhir/README.md."""


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft6Validator:
    data = SCHEMA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256, "the FHIR R4 schema copy changed"
    schema = json.loads(data)
    jsonschema.Draft6Validator.check_schema(schema)
    return jsonschema.Draft6Validator(schema)


def _bundle_json(session: Any) -> dict[str, Any]:
    bundle = export.build_bundle(session, record_pdf=b"%PDF-1.7\n% test record\n")
    result: dict[str, Any] = json.loads(export.bundle_bytes(bundle))
    return result


def _errors(validator: jsonschema.Draft6Validator, doc: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
        for e in validator.iter_errors(doc)
    ]


@pytest.mark.parametrize("make", [example_session, landmark_session, mixture_session])
def test_bundle_validates_against_the_r4_schema(
    make: Any, validator: jsonschema.Draft6Validator
) -> None:
    assert _errors(validator, _bundle_json(make())) == []


@pytest.mark.parametrize("make", [example_session, landmark_session, mixture_session])
def test_bundle_parses_with_the_r4b_models(make: Any) -> None:
    doc = _bundle_json(make())
    parsed = Bundle.model_validate(doc)
    assert parsed.type == "collection"
    assert json.loads(parsed.model_dump_json()) == doc


def test_the_schema_rejects_what_fhir_does_not_allow(validator: jsonschema.Draft6Validator) -> None:
    # A control: the schema really checks the resources inside the bundle.
    doc = _bundle_json(landmark_session())  # valid: see the test above

    def first(bundle: dict[str, Any], kind: str) -> dict[str, Any]:
        resource: dict[str, Any] = next(
            e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind
        )
        return resource

    bad = copy.deepcopy(doc)
    first(bad, "Procedure")["laterality"] = "left"  # no such element in R4
    assert not validator.is_valid(bad)
    bad = copy.deepcopy(doc)
    del first(bad, "Encounter")["class"]  # 1..1 in R4
    assert not validator.is_valid(bad)
    bad = copy.deepcopy(doc)
    first(bad, "Observation")["valueInteger"] = "7"  # an integer, not text
    assert not validator.is_valid(bad)


def test_typed_text_with_odd_spaces_and_controls_still_validates(
    validator: jsonschema.Draft6Validator,
) -> None:
    session = landmark_session()
    odd = "Ada\u00a0Q.\u3000Tester\x0b\x1b[31m\u2028line\x0c"
    first = session.points[0].model_copy(update={"notes": odd})
    # The model refuses control characters at input; the export must still cope with a value
    # built without validation.
    other = Injection(agent="other", agent_other="Procaine", concentration_percent=1.0)
    other = other.model_copy(update={"agent_other": "Procaine\u00a0\x1b"})
    second = session.points[1].model_copy(update={"treatment": other})
    session = session.model_copy(
        update={
            "points": [first, second],
            "patient": session.patient.model_copy(update={"name": odd, "identifier": "\u00a0"}),
            "encounter": session.encounter.model_copy(update={"clinician": odd}),
        }
    )
    doc = _bundle_json(session)
    assert _errors(validator, doc) == []
    patient = doc["entry"][0]["resource"]
    assert patient["name"] == [{"text": "Ada Q. Tester \ufffd[31m\nline"}]
    assert "identifier" not in patient  # nothing but a space was typed


def test_a_bundle_with_the_patient_s_allergies_validates(
    validator: jsonschema.Draft6Validator,
) -> None:
    session = example_session()
    patient = session.patient.model_copy(update={"allergy_local_anaesthetic": True})
    doc = _bundle_json(session.model_copy(update={"patient": patient}))
    kinds = [e["resource"]["resourceType"] for e in doc["entry"]]
    assert kinds.count("AllergyIntolerance") == 2
    assert _errors(validator, doc) == []
