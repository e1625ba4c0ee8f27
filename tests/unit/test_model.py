"""Session model: what it accepts, what it refuses, and that it round-trips through JSON."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from bodymap.model import DryNeedling, Injection, Procedure, Session, TriggerPoint


def point(**changes: object) -> TriggerPoint:
    values: dict[str, object] = {
        "number": 1,
        "x": 210.0,
        "y": 226.0,
        "muscle": "upper_trapezius",
        "side": "left",
        "notes": "",
    }
    values.update(changes)
    return TriggerPoint.model_validate(values)


def test_empty_session_is_valid() -> None:
    session = Session()
    assert session.points == []
    assert session.created.tzinfo is not None


def test_point_needs_only_the_issue_fields() -> None:
    p = TriggerPoint(number=1, x=210.0, y=226.0, muscle="infraspinatus", side="right", notes="x")
    assert p.treatment.kind == "examined"
    assert len(p.id) == 36


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_coordinates_are_rejected(bad: float) -> None:
    with pytest.raises(ValidationError):
        point(x=bad)


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError, match="extra"):
        TriggerPoint.model_validate(
            {"number": 1, "x": 1, "y": 1, "muscle": "teres_major", "side": "left", "colour": 3}
        )


@pytest.mark.parametrize(
    ("field", "value"),
    [("muscle", "biceps"), ("side", "viewer_left"), ("number", 0)],
)
def test_invalid_values_are_rejected(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        point(**{field: value})


def test_points_are_immutable_values() -> None:
    p = point()
    with pytest.raises(ValidationError):
        p.x = 3.0  # type: ignore[misc]


def test_duplicate_ids_or_numbers_are_rejected() -> None:
    a = point()
    with pytest.raises(ValidationError, match="same id"):
        Session(points=[a, a.model_copy(update={"number": 2})])
    with pytest.raises(ValidationError, match="same number"):
        Session(points=[a, point()])


def test_session_round_trips_through_json() -> None:
    session = Session(
        points=[
            point(
                treatment=Injection(agent="bupivacaine", concentration_percent=0.25, volume_ml=1)
            ),
            point(number=2, side="right", x=390.0, treatment=DryNeedling()),
        ]
    )
    assert Session.model_validate_json(session.model_dump_json()) == session


def test_injection_with_other_agent_needs_a_name() -> None:
    with pytest.raises(ValidationError, match="name"):
        Injection(agent="other")
    assert Injection(agent="other", agent_other="procaine").agent_other == "procaine"


def test_none_complication_is_exclusive() -> None:
    with pytest.raises(ValidationError, match="none"):
        Procedure(complications=["none", "bleeding"])


def test_next_number_follows_the_highest() -> None:
    session = Session(points=[point(), point(number=2, x=300)])
    assert session.next_number() == 3
    assert session.point(session.points[1].id).number == 2
