"""A new session from a previous one: what carries over to the next visit and what does not."""

from __future__ import annotations

import datetime as dt

from bodymap.history import point_from_previous, session_from_previous
from bodymap.model import Encounter, ExaminedOnly, Patient, Procedure, Session
from tests.unit.history import factories as f


def previous_session() -> Session:
    return Session(
        patient=Patient(name="Anna Müller", identifier="A-7", fibromyalgia=True, allergies="latex"),
        encounter=Encounter(
            date=dt.date(2026, 10, 2),
            clinician="Dr Berg",
            clinic="Spine clinic",
            indication="neck pain",
            diagnoses=["M79.1"],
            consent_obtained=True,
            timeout_done=True,
        ),
        procedure=Procedure(vapocoolant=True, complications=["none"]),
        points=[f.point(1, pain=(7, 2)), f.point(2, x=200.0)],
    )


def test_new_session_carries_the_patient_not_the_visit() -> None:
    previous = previous_session()
    new = session_from_previous(previous)
    assert new.id != previous.id
    assert new.patient == previous.patient
    assert new.encounter.date is None
    assert new.points == []
    assert (new.encounter.clinician, new.encounter.clinic) == ("Dr Berg", "Spine clinic")
    assert (new.encounter.indication, new.encounter.diagnoses) == ("neck pain", ["M79.1"])
    assert not new.encounter.consent_obtained
    assert not new.encounter.timeout_done
    assert new.procedure == Procedure()
    assert new.created >= previous.created


def test_previous_session_is_left_as_it_was() -> None:
    previous = previous_session()
    before = previous.model_dump_json()
    session_from_previous(previous)
    assert previous.model_dump_json() == before


def test_accepted_point_keeps_place_not_findings() -> None:
    old = previous_session().points[0]
    new = point_from_previous(old, number=3)
    assert new.id != old.id
    assert (new.number, new.x, new.y, new.muscle, new.side) == (3, old.x, old.y, old.muscle, "left")
    assert new.findings.pain_before is None
    assert new.treatment == ExaminedOnly()
    assert point_from_previous(old, 1, keep_treatment=True).treatment == old.treatment
