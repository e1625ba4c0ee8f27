"""The painted area of a patient's earlier visits, read from their files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodymap import history, storage
from bodymap.anatomy import load_diagram
from bodymap.clinical.pain_drawing import Stroke, painted
from bodymap.model import PainArea, Session
from tests.unit.history import factories as f

D = load_diagram()


def drawn(session: Session, radius: float) -> Session:
    """``session`` with a dab of aching pain of ``radius`` mm right of T6."""
    x, y = D.landmarks["t6"]
    polygons = painted([], Stroke("brush", ((x + 60, y),), radius), D)
    area = PainArea(quality="aching", intensity=5, polygons=polygons)
    return session.model_copy(update={"pain_areas": [area]})


def test_earlier_visits_are_measured_oldest_first_and_later_ones_left_out(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "clinic"
    folder.mkdir()
    visits = [
        drawn(f.session("Anna Berg", "A-1", dt.date(2026, 9, 1)), 20.0),
        f.session("Anna Berg", "A-1", dt.date(2026, 10, 1)),  # no drawing that day
        drawn(f.session("Anna Berg", "A-1", dt.date(2026, 12, 1)), 5.0),  # after today
        drawn(f.session("Ben Chen", "B-2", dt.date(2026, 9, 1)), 30.0),  # someone else
    ]
    for i, visit in enumerate(visits):
        storage.save_session(visit, folder / f"{i}.bodymap.json")
    (folder / "broken.bodymap.json").write_text("{", encoding="utf-8")
    today = drawn(f.session("Anna Berg", "A-1", dt.date(2026, 11, 1)), 10.0)
    with history.ClinicIndex(folder, db_path=tmp_path / "index.sqlite3") as index:
        index.refresh()
        found = history.earlier_painted_areas(index, today, D)
    assert [(a.date, a.drawn) for a in found] == [
        (dt.date(2026, 9, 1), True),
        (dt.date(2026, 10, 1), False),
    ]
    assert found[0].painted_cm2 == pytest.approx(3.1416 * 4, rel=0.02)
    assert found[1].painted_cm2 == 0.0


def test_a_session_without_a_patient_has_no_earlier_visits(tmp_path: Path) -> None:
    with history.ClinicIndex(tmp_path, db_path=tmp_path / "i.sqlite3") as index:
        assert history.earlier_painted_areas(index, Session(), D) == []


def test_an_undated_next_visit_counts_a_visit_earlier_the_same_day(tmp_path: Path) -> None:
    # The first visit was saved today without an encounter date; the next visit, started the
    # same day and not dated yet, compares its drawing with it (the earlier points do too).
    folder = tmp_path / "clinic"
    folder.mkdir()
    first = drawn(f.session("Anna Berg", "A-1", None), 20.0)
    storage.save_session(first, folder / "first.bodymap.json")
    next_visit = drawn(f.session("Anna Berg", "A-1", None), 10.0)
    with history.ClinicIndex(folder, db_path=tmp_path / "index.sqlite3") as index:
        index.refresh()
        found = history.earlier_painted_areas(index, next_visit, D)
    assert [a.session_id for a in found] == [first.id]
