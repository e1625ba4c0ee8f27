"""Earlier visits in the main window: recurrence in the details panel and on the record."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from bodymap.model import Session, TriggerPoint
from bodymap.ui import MainWindow, preferences
from tests.ui.conftest import FakeDialogs
from tests.unit.history import factories as f

pytestmark = pytest.mark.gui

MRN = "MRN-ANNA-7"
TRAPEZIUS = {"x": 230.0, "y": 240.0, "muscle": "upper_trapezius", "side": "left"}
RECURRING = "recurring: 3rd visit, last treated 2026-10-02 with lidocaine 1% 0.5 mL"


def _at(number: int, dx: float = 0.0, **kw: object) -> TriggerPoint:
    values = {**TRAPEZIUS, "x": TRAPEZIUS["x"] + dx, **kw}
    return f.point(number, **values)  # type: ignore[arg-type]


@pytest.fixture
def clinic(tmp_path: Path, dialogs: type[FakeDialogs]) -> Path:
    """Anna's two earlier visits in the clinic folder set in the preferences."""
    folder = tmp_path / "clinic"
    f.write(folder, "anna-1", f.session("Anna", MRN, dt.date(2026, 6, 5), [_at(1)]))
    f.write(folder, "anna-2", f.session("Anna", MRN, dt.date(2026, 10, 2), [_at(1, dx=6.0)]))
    preferences.set_clinic_folder(folder)
    return folder


@pytest.fixture
def today(clinic: Path) -> Path:
    """Today's visit: point 1 is back (within 25 mm), point 2 is new (the other side)."""
    session = f.session(
        "Anna", MRN, dt.date(2026, 11, 25), [_at(1, dx=3.0), _at(2, x=370.0, side="right")]
    )
    return f.write(clinic.parent / "today", "anna-3", session)


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> Session:
    with qtbot.waitSignal(window.parts.clinic.indexed, timeout=10_000):
        assert window.open_file(path)
    return window.doc.session


def test_opened_session_shows_recurrence_of_the_selected_point(
    qtbot: QtBot, window: MainWindow, today: Path
) -> None:
    session = _open(qtbot, window, today)
    label = window.parts.history.visits.recurrence_label
    window.scene.select_ids([session.points[0].id])
    assert not window.parts.history.visits.isHidden()
    assert label.text() == RECURRING
    window.scene.select_ids([session.points[1].id])
    assert label.text() == "First visit for this point."


def test_exported_record_prints_the_recurring_line(
    qtbot: QtBot,
    window: MainWindow,
    today: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _open(qtbot, window, today)
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", lambda *_: out)
    assert window.parts.printing.export_pdf() == out
    text = " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in pypdf.PdfReader(out).pages)
    assert "Recurring: 3rd visit, last treated 2026-10-02 with lidocaine 1% 0.5 mL" in text
    assert text.count("Recurring:") == 1, "only point 1 recurs"


def test_record_of_a_patient_without_history_has_no_recurring_line(
    qtbot: QtBot,
    window: MainWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = f.session("Ben", "MRN-BEN", dt.date(2026, 11, 25), [_at(1)])
    _open(qtbot, window, f.write(tmp_path / "today", "ben", other))
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", lambda *_: out)
    assert window.parts.printing.export_pdf() == out
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Recurring" not in text
    assert "Ben" in text


def test_a_visit_saved_since_the_index_was_read_counts_when_a_session_is_opened(
    qtbot: QtBot, window: MainWindow, clinic: Path, today: Path
) -> None:
    _open(qtbot, window, today)
    window.scene.select_ids([window.session.points[0].id])
    assert window.parts.history.visits.recurrence_label.text() == RECURRING
    later = f.session("Anna", MRN, dt.date(2026, 11, 1), [_at(1, dx=-4.0)])
    f.write(clinic, "anna-nov", later)
    session = _open(qtbot, window, today)
    window.scene.select_ids([session.points[0].id])
    assert window.parts.history.visits.recurrence_label.text() == (
        "recurring: 4th visit, last treated 2026-11-01 with lidocaine 1% 0.5 mL"
    )


def test_without_a_usable_cache_the_panel_says_so_and_the_record_still_finds_visits(
    qtbot: QtBot,
    window: MainWindow,
    today: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    not_a_folder = tmp_path / "cache-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("BODYMAP_CACHE_DIR", str(not_a_folder))
    with qtbot.assertNotEmitted(window.parts.clinic.indexed, wait=0):
        assert window.open_file(today)  # indexing starts, but can keep no cache
        qtbot.waitUntil(lambda: "not shown" in window.statusBar().currentMessage())
    window.scene.select_ids([window.session.points[0].id])
    assert window.parts.history.visits.isHidden(), "no claim of a first visit from an empty index"
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", lambda *_: out)
    assert window.parts.printing.export_pdf() == out
    text = " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in pypdf.PdfReader(out).pages)
    assert "Recurring: 3rd visit" in text
