"""The printed record's pain drawing: key, area per region, change since the last visit."""

from __future__ import annotations

import datetime as dt

from bodymap import storage
from bodymap.anatomy import load_diagram
from bodymap.history import VisitArea
from bodymap.report import build_record
from tests.unit.storage.conftest import DATA

D = load_diagram()
SESSION = storage.load_session(DATA / "v1_4_pain_drawing.bodymap.json")


def test_each_area_is_keyed_with_its_quality_intensity_and_size() -> None:
    pain = build_record(SESSION, D).pain
    assert pain is not None
    assert [k.quality for k in pain.key] == ["aching", "burning"]
    assert pain.key[0].text.startswith("Aching, intensity 6/10: ")
    assert pain.key[0].text.endswith(" cm²")
    assert pain.summary.startswith("Painted area ")
    assert "neck, patient's right" in pain.summary
    assert "shoulder and upper back, patient's left" in pain.summary
    assert pain.change == ""


def test_a_follow_up_says_how_the_painted_area_changed() -> None:
    previous = VisitArea("earlier", dt.date(2026, 10, 2), 80.0, True)
    pain = build_record(SESSION, D, previous_area=previous).pain
    assert pain is not None
    assert pain.change.startswith("Painted area ")
    assert "at the last visit (2026-10-02) 80 cm²" in pain.change
    assert "smaller" in pain.change


def test_an_earlier_visit_without_a_drawing_is_not_compared() -> None:
    previous = VisitArea("earlier", dt.date(2026, 10, 2), 0.0, False)
    assert build_record(SESSION, D, previous_area=previous).pain.change == ""  # type: ignore[union-attr]


def test_a_session_without_a_drawing_prints_none_unless_the_last_visit_had_one() -> None:
    plain = SESSION.model_copy(update={"pain_areas": []})
    assert build_record(plain, D).pain is None
    previous = VisitArea("earlier", dt.date(2026, 10, 2), 40.0, True)
    pain = build_record(plain, D, previous_area=previous).pain
    assert pain is not None
    assert pain.summary == "No pain drawn at this visit."
    # Not drawn today is not "no pain": no change (-100%) is claimed.
    assert pain.change == ""
