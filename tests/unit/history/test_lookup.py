"""Recurrences of a whole session from a clinic folder, as the printed record asks for them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodymap.history import HistoryUnavailable, folder_recurrences
from tests.unit.history import factories as f

MRN = "MRN-ANNA-7"


def _clinic(folder: Path) -> None:
    f.write(folder, "a1", f.session("Anna", MRN, dt.date(2026, 6, 5), [f.point(1)]))
    f.write(folder, "a2", f.session("Anna", MRN, dt.date(2026, 10, 2), [f.point(1, x=110.0)]))
    f.write(folder, "other", f.session("Ben", "MRN-BEN", dt.date(2026, 9, 1), [f.point(1)]))


def test_recurring_points_are_found_by_point_id(tmp_path: Path) -> None:
    _clinic(tmp_path / "clinic")
    today = f.session(
        "Anna", MRN, dt.date(2026, 11, 25), [f.point(1, x=105.0), f.point(2, x=300.0)]
    )
    found = folder_recurrences(today, tmp_path / "clinic", db_path=tmp_path / "i.sqlite3")
    first = today.points[0]
    assert set(found) == {first.id}
    assert found[first.id].text == (
        "recurring: 3rd visit, last treated 2026-10-02 with lidocaine 1% 0.5 mL"
    )


def test_a_later_visit_is_not_an_earlier_one(tmp_path: Path) -> None:
    _clinic(tmp_path / "clinic")
    before_all = f.session("Anna", MRN, dt.date(2026, 1, 1), [f.point(1)])
    assert folder_recurrences(before_all, tmp_path / "clinic", db_path=tmp_path / "i") == {}


def test_session_without_patient_has_no_history(tmp_path: Path) -> None:
    _clinic(tmp_path / "clinic")
    anonymous = f.session("", "", dt.date(2026, 11, 25), [f.point(1)])
    assert folder_recurrences(anonymous, tmp_path / "clinic", db_path=tmp_path / "i") == {}


def test_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    today = f.session("Anna", MRN, dt.date(2026, 11, 25), [f.point(1)])
    with pytest.raises(HistoryUnavailable, match=r"^the clinic folder does not exist$"):
        folder_recurrences(today, tmp_path / "nowhere")
