"""Patient search without a scan (trigram full-text table), the fallback without it, and the
refresh that keeps the patient rows in step: whole folder, given files, with progress."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bodymap.history import ClinicIndex, search
from bodymap.history.index import PROGRESS_EVERY
from bodymap.model import Findings
from tests.unit.history import factories as f

QUERIES = ["anna", "ANNA MÜLLER", "müll", "muller", "an", "a", "mr", "mrn0000", "7", "a-7", ""]


def _clinic(folder: Path) -> Path:
    f.build_clinic(folder, 300, patients=90, seed=3)
    known = [
        ("Anna Müller", "MRN-ANNA-7", dt.date(2026, 8, 1)),
        ("Anna Müller-Berg", "MRN-ANNA-7", dt.date(2026, 10, 2)),  # the name changed since
        ("Hanna Ito", "H-1", dt.date(2026, 9, 9)),
        ("Ímre Ândersen", "", dt.date(2026, 9, 9)),
    ]
    for i, (name, identifier, date) in enumerate(known):
        f.write(folder / "known", f"k{i}", f.session(name, identifier, date, [f.point()]))
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _clinic(tmp_path_factory.mktemp("clinic"))


@pytest.fixture(scope="module")
def index(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClinicIndex]:
    with ClinicIndex(folder, db_path=tmp_path_factory.mktemp("c") / "i.sqlite3") as opened:
        opened.refresh()
        yield opened


def _found(index: ClinicIndex, text: str) -> list[tuple[str, str, int]]:
    return [(p.key, p.name, p.session_count) for p in index.search_patients(text, limit=10_000)]


def test_this_python_has_the_trigram_table() -> None:
    assert sqlite3.sqlite_version_info >= (3, 34)
    assert search.trigram_available()


def test_a_patient_is_listed_under_the_latest_name_and_found_by_every_name(
    index: ClinicIndex,
) -> None:
    for text in ("müller-berg", "anna muller", "MRN-ANNA", "a-7"):
        assert _found(index, text)[0] == ("mrn-anna-7", "Anna Müller-Berg", 2), text
    mrn = {key for key, _, _ in _found(index, "mrn")}  # generated patients, and Anna
    assert index.patient_count() == len(mrn) + 2  # Hanna (H-1) and Ímre (no identifier)


def test_one_or_two_characters_match_word_starts(index: ClinicIndex) -> None:
    names = [name for _, name, _ in _found(index, "an")]
    assert "Anna Müller-Berg" in names
    assert "Ímre Ândersen" in names, "accents ignored"
    assert "Hanna Ito" not in names, "'an' inside a word needs three characters"
    assert "Hanna Ito" in [name for _, name, _ in _found(index, "ann")]
    assert _found(index, "h-")[0][1] == "Hanna Ito"


def test_ranking_exact_identifier_then_word_start_then_inside(index: ClinicIndex) -> None:
    found = [p.name for p in index.search_patients("anna")]
    word_starts = [name for name in found if name.startswith("Anna ")]
    assert found[: len(word_starts)] == sorted(word_starts, key=str.casefold)
    assert "Anna Müller-Berg" in word_starts
    assert found[len(word_starts) :] == ["Hanna Ito"]
    assert index.search_patients("h-1")[0].identifier == "H-1"


@pytest.mark.parametrize("text", ["müller", "an", ""])
def test_the_search_reads_no_table_from_end_to_end(index: ClinicIndex, text: str) -> None:
    """Each kind of search is answered through an index (SQLite's own query plan)."""
    statement, values = search.query(index._conn, text, 200)
    plan = [row[-1] for row in index._conn.execute("EXPLAIN QUERY PLAN " + statement, values)]
    scans = [step for step in plan if step.startswith("SCAN") and "INDEX" not in step]
    assert scans == [], plan


@pytest.mark.parametrize("text", QUERIES)
def test_without_the_trigram_table_the_answers_are_the_same(
    folder: Path,
    index: ClinicIndex,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
) -> None:
    monkeypatch.setattr(search, "trigram_available", lambda: False)
    with ClinicIndex(folder, db_path=tmp_path / "plain.sqlite3") as plain:
        plain.refresh()
        assert not search.has_text_table(plain._conn)
        assert _found(plain, text) == _found(index, text)


def test_an_index_built_with_the_trigram_table_is_rebuilt_without_it(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "moved.sqlite3"
    with ClinicIndex(folder, db_path=db) as built:
        built.refresh()
    monkeypatch.setattr(search, "trigram_available", lambda: False)
    with ClinicIndex(folder, db_path=db) as reopened:
        assert reopened.rebuilt
        assert reopened.refresh().added == 304
        assert [p.name for p in reopened.search_patients("müller")] == ["Anna Müller-Berg"]


def test_refresh_reports_its_progress(tmp_path: Path) -> None:
    f.build_clinic(tmp_path, PROGRESS_EVERY + 10, patients=50)
    told: list[tuple[int, int]] = []
    with ClinicIndex(tmp_path) as index:
        index.refresh(lambda done, total: told.append((done, total)))
        total = PROGRESS_EVERY + 10
        assert told == [(0, total), (PROGRESS_EVERY, total), (total, total)]
        told.clear()
        index.refresh(lambda done, total: told.append((done, total)))
        assert told == [(0, 0), (0, 0)], "nothing to read"


def test_refresh_of_given_files_reads_only_those(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    f.build_clinic(clinic, 20, patients=5)
    with ClinicIndex(clinic) as index:
        index.refresh()
        saved = f.write(clinic / "new", "ida", f.session("Ida", "ID-1", None, [f.point()]))
        elsewhere = f.write(tmp_path / "elsewhere", "eve", f.session("Eve", "E-1", None))
        unnoticed = f.write(clinic / "new", "quentin", f.session("Quentin", "Q-1", None))
        report = index.refresh(paths=[saved, elsewhere])
        assert (report.scanned, report.added, report.unchanged) == (1, 1, 0)
        assert [p.name for p in index.search_patients("ida")] == ["Ida"]
        assert index.search_patients("eve") == []
        assert index.search_patients("quentin") == [], "only the files given"
        saved.unlink()
        assert index.refresh(paths=[saved]).removed == 1
        assert index.search_patients("ida") == []
        assert index.refresh().added == 1
        assert [p.path for p in index.sessions_for("Q-1")] == [unnoticed]


def test_a_patient_whose_last_session_is_removed_leaves_the_list(tmp_path: Path) -> None:
    path = f.write(tmp_path, "a", f.session("Ida Jensen", "ID-1", dt.date(2026, 1, 5)))
    later = f.write(tmp_path, "b", f.session("Ida Jensen-Kaur", "ID-1", dt.date(2026, 3, 5)))
    with ClinicIndex(tmp_path) as index:
        index.refresh()
        assert [(p.name, p.session_count) for p in index.search_patients("ida")] == [
            ("Ida Jensen-Kaur", 2)
        ]
        later.unlink()
        index.refresh()
        assert [(p.name, p.session_count) for p in index.search_patients("ida")] == [
            ("Ida Jensen", 1)
        ]
        assert index.search_patients("kaur") == []
        path.unlink()
        index.refresh()
        assert (index.search_patients(""), index.patient_count()) == ([], 0)


def test_earlier_findings_come_back_from_the_index(tmp_path: Path) -> None:
    findings = Findings(status="active", twitch="visible", referral_area="arm", pain_before=7)
    point = f.point().model_copy(update={"findings": findings})
    f.write(tmp_path, "a", f.session("Ida", "ID-1", dt.date(2026, 1, 5), [point]))
    with ClinicIndex(tmp_path) as index:
        index.refresh()
        [earlier] = index.point_history("ID-1")
    assert earlier.findings == findings
    assert (earlier.pain_before, earlier.pain_after) == (7, None)


def test_a_file_below_a_hidden_folder_is_not_indexed_even_when_named(tmp_path: Path) -> None:
    hidden = f.write(tmp_path / ".trash", "a", f.session("Ida", "ID-1", None))
    with ClinicIndex(tmp_path) as index:
        assert index.refresh(paths=[hidden]).scanned == 0
        assert index.refresh().scanned == 0
    assert os.path.exists(hidden)
