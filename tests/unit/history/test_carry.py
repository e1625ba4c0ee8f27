"""A new session from a previous one: what carries over to the next visit and what does not."""

from __future__ import annotations

import datetime as dt
import itertools
import math

from hypothesis import given
from hypothesis import strategies as st

from bodymap.history import (
    CONFIRM_AT_NEXT_VISIT,
    TOLERANCE_MM,
    point_from_previous,
    points_to_accept,
    session_from_previous,
)
from bodymap.model import Encounter, ExaminedOnly, Patient, Procedure, Session, TriggerPoint
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


# --- accept all ---------------------------------------------------------------------------------

_COORD = st.floats(min_value=0.0, max_value=120.0, allow_nan=False)
_POINTS = st.lists(
    st.tuples(_COORD, _COORD, st.sampled_from(["upper_trapezius", "infraspinatus"])),
    max_size=12,
)


def _points(specs: list[tuple[float, float, str]]) -> list[TriggerPoint]:
    return [f.point(i + 1, x=x, y=y, muscle=m) for i, (x, y, m) in enumerate(specs)]


@given(_POINTS, _POINTS)
def test_accept_all_never_places_two_points_within_the_matching_distance(
    offered_specs: list[tuple[float, float, str]], current_specs: list[tuple[float, float, str]]
) -> None:
    offered, current = _points(offered_specs), _points(current_specs)
    taken = points_to_accept(offered, current)
    assert [p for p in offered if p in taken] == taken, "in the order offered"
    for a, b in itertools.combinations(taken, 2):
        assert math.dist((a.x, a.y), (b.x, b.y)) > TOLERANCE_MM
    for a in taken:
        assert all(math.dist((a.x, a.y), (c.x, c.y)) > TOLERANCE_MM for c in current)
    for left in (p for p in offered if p not in taken):  # each left out for a reason
        near = [*current, *taken]
        assert any(math.dist((left.x, left.y), (c.x, c.y)) <= TOLERANCE_MM for c in near)


def test_accept_all_takes_the_first_offered_of_one_trigger_point() -> None:
    newer, older = f.point(1, x=100.0), f.point(1, x=112.0)
    apart = f.point(2, x=200.0)
    assert points_to_accept([newer, older, apart], []) == [newer, apart]
    assert points_to_accept([newer, apart], [f.point(1, x=90.0, muscle="infraspinatus")]) == [apart]


def test_the_fields_to_confirm_are_patient_fields() -> None:
    assert set(CONFIRM_AT_NEXT_VISIT) <= set(Patient.model_fields)
    assert {"weight_kg", "allergies", "anticoagulation", "pregnant"} <= set(CONFIRM_AT_NEXT_VISIT)
