"""Same trigger point across visits (25 mm, same muscle and side) and the recurrence text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bodymap.history import (
    HistoricPoint,
    earlier_points,
    matching_point,
    pain_series,
    recurrence,
    recurrences,
    same_point,
    treatment_text,
)
from bodymap.history.matching import ordinal
from bodymap.model import Encounter
from tests.unit.history import factories as f


def historic(
    date: str,
    *,
    x: float = 100.0,
    y: float = 80.0,
    muscle: str = "upper_trapezius",
    side: str = "left",
    kind: str = "injection",
    agent: str | None = "lidocaine",
    concentration: float | None = 1.0,
    volume: float | None = 0.5,
    session_id: str | None = None,
    pain: tuple[int | None, int | None] = (None, None),
) -> HistoricPoint:
    return HistoricPoint(
        session_id=session_id or f"session-{date}",
        path=Path(f"{date}.bodymap.json"),
        date=dt.date.fromisoformat(date),
        point_id=f"point-{date}-{x}",
        number=1,
        muscle=muscle,
        side=side,
        x=x,
        y=y,
        kind=kind,
        agent=agent,
        concentration_percent=concentration,
        volume_ml=volume,
        pain_before=pain[0],
        pain_after=pain[1],
    )


@pytest.mark.parametrize(
    ("dx", "dy", "same"),
    [
        (0.0, 0.0, True),
        (24.9, 0.0, True),
        (0.0, -24.9, True),
        (15.0, 20.0, True),  # exactly 25 mm counts as within
        (25.1, 0.0, False),
        (-17.8, 17.8, False),  # 25.17 mm diagonally
    ],
)
def test_same_point_within_25_mm(dx: float, dy: float, same: bool) -> None:
    here = f.point(x=100.0, y=80.0)
    assert same_point(here, historic("2026-01-01", x=100.0 + dx, y=80.0 + dy)) is same


def test_other_side_is_not_the_same_point() -> None:
    assert not same_point(f.point(side="left"), historic("2026-01-01", side="right"))


def test_other_muscle_is_not_the_same_point() -> None:
    assert not same_point(f.point(), historic("2026-01-01", muscle="levator_scapulae"))


@given(
    st.floats(-500, 500),
    st.floats(-500, 500),
    st.floats(-500, 500),
    st.floats(-500, 500),
)
def test_same_point_is_symmetric_and_agrees_with_distance(
    x1: float, y1: float, x2: float, y2: float
) -> None:
    a, b = historic("2026-01-01", x=x1, y=y1), historic("2026-02-01", x=x2, y=y2)
    assert same_point(a, b) == same_point(b, a) == (math.hypot(x1 - x2, y1 - y2) <= 25.0)


def test_recurrence_text_names_visit_date_and_treatment() -> None:
    earlier = [
        historic("2026-08-01", x=110.0, agent="bupivacaine", concentration=0.25, volume=1.0),
        historic("2026-10-02", x=95.0),
        historic("2026-09-01", x=300.0),  # elsewhere: not this trigger point
    ]
    found = recurrence(f.point(x=100.0), earlier)
    assert found is not None
    assert found.visit == 3
    assert [h.date.isoformat() for h in found.earlier] == ["2026-08-01", "2026-10-02"]
    assert found.text == "recurring: 3rd visit, last treated 2026-10-02 with lidocaine 1% 0.5 mL"
    assert str(found) == found.text


def test_new_point_has_no_recurrence() -> None:
    assert recurrence(f.point(), [historic("2026-01-01", x=200.0)]) is None
    assert recurrence(f.point(), []) is None


def test_last_treated_skips_visits_where_it_was_only_examined() -> None:
    earlier = [
        historic("2026-03-01", kind="dry_needling", agent=None, concentration=None, volume=None),
        historic("2026-04-01", kind="examined", agent=None, concentration=None, volume=None),
    ]
    found = recurrence(f.point(), earlier)
    assert found is not None
    assert found.text == "recurring: 3rd visit, last treated 2026-03-01 with dry needling"


def test_never_treated_before() -> None:
    examined = historic("2026-04-01", kind="examined", agent=None, concentration=None, volume=None)
    found = recurrence(f.point(), [examined])
    assert found is not None
    assert found.text == "recurring: 2nd visit, not treated before (last examined 2026-04-01)"


def test_two_marks_in_one_earlier_session_count_as_one_visit() -> None:
    earlier = [
        historic("2026-05-01", x=90.0, session_id="s1", volume=1.0),
        historic("2026-05-01", x=101.0, session_id="s1", volume=0.5),
    ]
    found = recurrence(f.point(x=100.0), earlier)
    assert found is not None
    assert found.visit == 2
    assert found.last_treated is not None
    assert found.last_treated.x == 101.0  # the closer mark


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (101, "101st"),
        (111, "111th"),
    ],
)
def test_ordinal(n: int, text: str) -> None:
    assert ordinal(n) == text


def test_earlier_points_leave_out_this_and_later_sessions() -> None:
    current = f.session("Anna", "A", dt.date(2026, 10, 2), [f.point()])
    history = [
        historic("2026-09-01"),
        historic("2026-10-02"),
        historic("2026-11-01"),
        dataclasses.replace(historic("2026-01-01"), session_id=current.id),
    ]
    assert [h.date.isoformat() for h in earlier_points(history, current)] == ["2026-09-01"]
    undated = current.model_copy(update={"encounter": Encounter()})
    assert len(earlier_points(history, undated)) == 3


def test_recurrences_of_a_session_by_point_id() -> None:
    here, elsewhere = f.point(1), f.point(2, x=300.0)
    current = f.session("Anna", "A", dt.date(2026, 10, 2), [here, elsewhere])
    found = recurrences(current, [historic("2026-09-01"), historic("2026-12-01")])
    assert list(found) == [here.id]
    assert found[here.id].visit == 2


def test_pain_series_runs_over_visits_to_the_current_one() -> None:
    earlier = [
        historic("2026-08-01", pain=(8, 3)),
        historic("2026-09-01", x=300.0, pain=(2, 1)),
        historic("2026-10-02", pain=(6, None)),
    ]
    current = f.point(pain=(5, 1))
    series = pain_series(current, earlier, dt.date(2026, 11, 1))
    assert [(v.date, v.pain_before, v.pain_after, v.current) for v in series] == [
        (dt.date(2026, 8, 1), 8, 3, False),
        (dt.date(2026, 10, 2), 6, None, False),
        (dt.date(2026, 11, 1), 5, 1, True),
    ]
    assert series[-1].treatment == "lidocaine 1% 0.5 mL"


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (("injection", "lidocaine", 1.0, 0.5), "lidocaine 1% 0.5 mL"),
        (("injection", "bupivacaine", 0.25, 2.0), "bupivacaine 0.25% 2 mL"),
        (("injection", "saline", None, 1.0), "saline 1 mL"),
        # A typed name is isolated (invisible on screen and paper).
        (("injection", "procaine", 0.5, 0.3), "\u2068procaine\u2069 0.5% 0.3 mL"),
        (("dry_needling",), "dry needling"),
        (("examined",), "examination only"),
    ],
)
def test_treatment_text(args: tuple[str, str, float | None, float], text: str) -> None:
    assert treatment_text(*args) == text


def test_a_typed_agent_name_cannot_reorder_the_dose_after_it() -> None:
    evil = "procaine \u202e"
    assert treatment_text("injection", evil, 1.0, 0.5) == "\u2068procaine \u202e\u2069 1% 0.5 mL"
    assert treatment_text("injection", "lidocaine", 1.0, 0.5) == "lidocaine 1% 0.5 mL"


def test_matching_point_is_the_closest_same_trigger_point() -> None:
    earlier = historic("2026-10-02", x=100.0)
    far = f.point(1, x=130.0)
    near = f.point(2, x=112.0)
    nearer_other_muscle = f.point(3, x=101.0, muscle="infraspinatus")
    nearer_other_side = f.point(4, x=101.0, side="right")
    closest = f.point(5, x=95.0)
    assert matching_point(earlier, [far]) is None
    assert matching_point(earlier, [far, near, nearer_other_muscle, nearer_other_side]) == near
    assert matching_point(earlier, [near, closest]) == closest
    assert matching_point(earlier, [f.point(6, x=125.0)]) is not None, "25 mm is inclusive"
