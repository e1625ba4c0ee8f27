"""ClinicIndex: incremental refresh, patient search, sessions and point history."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from bodymap import history, storage
from bodymap.history import ClinicIndex, default_cache_dir, historic_points
from bodymap.history.index import default_db_path
from bodymap.history.matching import earlier_points, recurrence
from bodymap.model import DryNeedling, ExaminedOnly, Injection, MixedAgent, Session
from tests.unit.history import factories as f

GENERATED = 3000
ANNA = "MRN-ANNA-7"


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ClinicIndex]:
    """A clinic folder of 3,000 generated sessions plus three known ones, indexed once."""
    folder = tmp_path_factory.mktemp("clinic")
    f.build_clinic(folder, GENERATED, patients=600)
    anna = [
        (dt.date(2026, 8, 1), [f.point(1, treatment=f.BUPIVACAINE)]),
        (dt.date(2026, 10, 2), [f.point(1), f.point(2, muscle="infraspinatus", side="right")]),
        (dt.date(2026, 6, 5), [f.point(1, treatment=DryNeedling())]),
    ]
    for date, points in anna:
        f.write(folder / "known", f"anna-{date}", f.session("Anna Müller", ANNA, date, points))
    index = ClinicIndex(folder, db_path=tmp_path_factory.mktemp("cache") / "index.sqlite3")
    report = index.refresh()
    assert (report.added, report.problems) == (GENERATED + 3, ())
    yield folder, index
    index.close()


def test_second_refresh_reads_nothing(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    report = index.refresh()
    assert (report.unchanged, report.added, report.updated, report.removed) == (3003, 0, 0, 0)


def test_search_by_name_ignores_case_and_accents(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    for text in ("Anna Müller", "MULLER", "müll", "  anna   müller "):
        assert [p.identifier for p in index.search_patients(text)] == [ANNA], text


def test_search_by_identifier_substring(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    found = index.search_patients("anna-7")
    assert [(p.name, p.session_count, p.last_date) for p in found] == [
        ("Anna Müller", 3, dt.date(2026, 10, 2))
    ]


def test_search_ranks_exact_identifier_first(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    found = index.search_patients("MRN000012")
    assert found[0].identifier == "MRN000012"
    assert all("mrn000012" in p.identifier.casefold() for p in found)


def test_search_empty_text_lists_patients_up_to_limit(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    assert len(index.search_patients("", limit=50)) == 50
    everyone = index.search_patients("", limit=10_000)
    assert 500 < len(everyone) <= 601
    assert len({p.key for p in everyone}) == len(everyone)
    assert sum(p.session_count for p in everyone) == GENERATED + 3


def test_search_text_is_data_not_sql(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    assert index.search_patients("x' OR 1=1; DROP TABLE sessions; --") == []
    assert index.search_patients("%") == []
    assert index.session_count() == GENERATED + 3


def test_sessions_for_lists_by_date(clinic: tuple[Path, ClinicIndex]) -> None:
    folder, index = clinic
    sessions = index.sessions_for(ANNA)
    assert [s.date for s in sessions] == [
        dt.date(2026, 6, 5),
        dt.date(2026, 8, 1),
        dt.date(2026, 10, 2),
    ]
    last = sessions[-1]
    assert last.path == folder / "known" / "anna-2026-10-02.bodymap.json"
    assert last.point_count == 2
    assert last.muscles == ("infraspinatus", "upper_trapezius")
    assert last.agents == ("lidocaine",)
    assert sessions[0].agents == ("dry needling",)


def test_sessions_for_generated_patient_are_sorted(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    sessions = index.sessions_for("MRN000042")
    assert len(sessions) >= 2
    assert [s.sort_date for s in sessions] == sorted(s.sort_date for s in sessions)
    assert {s.patient_identifier for s in sessions} == {"MRN000042"}


def test_point_history_holds_what_matching_needs(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    history = index.point_history(ANNA)
    assert [(h.date.isoformat(), h.number, h.treatment) for h in history] == [
        ("2026-06-05", 1, "dry needling"),
        ("2026-08-01", 1, "bupivacaine 0.25% 1 mL"),
        ("2026-10-02", 1, "lidocaine 1% 0.5 mL"),
        ("2026-10-02", 2, "lidocaine 1% 0.5 mL"),
    ]
    assert (history[3].muscle, history[3].side, history[3].x, history[3].y) == (
        "infraspinatus",
        "right",
        100.0,
        80.0,
    )


def test_unknown_patient_has_no_sessions(clinic: tuple[Path, ClinicIndex]) -> None:
    _, index = clinic
    assert index.sessions_for("nobody") == []
    assert index.point_history("nobody") == []


# --- incremental refresh on a small folder ------------------------------------------------------


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, ClinicIndex]:
    folder = tmp_path / "clinic"
    f.build_clinic(folder, 20, patients=5)
    f.write(folder, "ida", f.session("Ida Jensen", "ID-1", dt.date(2026, 1, 5), [f.point()]))
    index = ClinicIndex(folder)
    assert index.refresh().added == 21
    return folder, index


def _bump_mtime(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_index_lives_in_the_cache_dir(small: tuple[Path, ClinicIndex]) -> None:
    folder, index = small
    assert index.db_path == default_db_path(folder)
    assert index.db_path.is_relative_to(default_cache_dir())
    assert default_cache_dir() == Path(os.environ["BODYMAP_CACHE_DIR"])


def test_touched_file_is_read_again(small: tuple[Path, ClinicIndex]) -> None:
    folder, index = small
    _bump_mtime(folder / "ida.bodymap.json")
    report = index.refresh()
    assert (report.updated, report.unchanged, report.added, report.removed) == (1, 20, 0, 0)


def test_modified_file_updates_the_index(small: tuple[Path, ClinicIndex]) -> None:
    folder, index = small
    renamed = f.session("Ida Jensen-Kaur", "ID-1", dt.date(2026, 1, 5), [f.point(), f.point(2)])
    path = f.write(folder, "ida", renamed)
    _bump_mtime(path)
    assert index.refresh().updated == 1
    assert [p.name for p in index.search_patients("jensen-kaur")] == ["Ida Jensen-Kaur"]
    assert [s.point_count for s in index.sessions_for("ID-1")] == [2]
    assert len(index.point_history("ID-1")) == 2


def test_deleted_file_leaves_the_index(small: tuple[Path, ClinicIndex]) -> None:
    folder, index = small
    (folder / "ida.bodymap.json").unlink()
    report = index.refresh()
    assert (report.removed, report.unchanged) == (1, 20)
    assert index.search_patients("ida jensen") == []
    assert index.sessions_for("ID-1") == []
    assert index.point_history("ID-1") == []


def test_bad_files_are_recorded_not_fatal(small: tuple[Path, ClinicIndex]) -> None:
    folder, index = small
    (folder / "broken.bodymap.json").write_text("{ not json", encoding="utf-8")
    (folder / "empty.bodymap.json").write_bytes(b"")
    (folder / "ignored.json").write_text("{}", encoding="utf-8")
    report = index.refresh()
    assert report.added == 2
    assert sorted(p.path.name for p in report.problems) == [
        "broken.bodymap.json",
        "empty.bodymap.json",
    ]
    assert all(p.message for p in report.problems)
    assert index.session_count() == 21
    again = index.refresh()
    assert (again.problems, again.unchanged) == ((), 23)
    assert len(index.problems()) == 2
    f.write(folder, "broken", f.session("Greta Berg", "G-1", None))
    _bump_mtime(folder / "broken.bodymap.json")
    index.refresh()
    assert [p.path.name for p in index.problems()] == ["empty.bodymap.json"]
    assert [p.name for p in index.search_patients("greta berg")] == ["Greta Berg"]


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    index = ClinicIndex(tmp_path / "absent")
    report = index.refresh()
    assert report.scanned == 0
    assert [p.message for p in report.problems] == ["the clinic folder does not exist"]


def test_session_without_date_is_listed_under_its_creation_day(tmp_path: Path) -> None:
    value = f.session("Hugo Ito", "H-1", None)
    f.write(tmp_path, "hugo", value)
    index = ClinicIndex(tmp_path)
    index.refresh()
    [summary] = index.sessions_for("H-1")
    assert (summary.date, summary.sort_date) == (None, value.created.date())


def test_patient_without_identifier_is_found_by_name(tmp_path: Path) -> None:
    f.write(tmp_path, "a", f.session("Eva Dahl", "", dt.date(2026, 3, 1)))
    f.write(tmp_path, "b", f.session("eva  dahl", "", dt.date(2026, 4, 1)))
    f.write(tmp_path, "anon", f.session("", "", dt.date(2026, 4, 1)))
    index = ClinicIndex(tmp_path)
    index.refresh()
    [patient] = index.search_patients("dahl")
    assert (patient.key, patient.session_count, patient.name) == ("name:eva dahl", 2, "eva  dahl")
    assert len(index.sessions_for(patient.key)) == 2
    assert len(index.search_patients("")) == 1


# --- the cache database survives damage ---------------------------------------------------------


def test_corrupt_cache_is_rebuilt(small: tuple[Path, ClinicIndex]) -> None:
    folder, index = small
    index.close()
    index.db_path.write_bytes(b"this is not a database" * 100)
    reopened = ClinicIndex(folder)
    assert reopened.rebuilt
    report = reopened.refresh()
    assert (report.rebuilt, report.added) == (True, 21)
    assert [s.point_count for s in reopened.sessions_for("ID-1")] == [1]
    assert not reopened.refresh().rebuilt


def test_cache_of_an_older_layout_is_rebuilt(tmp_path: Path) -> None:
    f.write(tmp_path / "clinic", "ida", f.session("Ida Jensen", "ID-1", None, [f.point()]))
    db = tmp_path / "old.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE files (path TEXT)")
        conn.execute("PRAGMA user_version = 0")
    conn.close()
    index = ClinicIndex(tmp_path / "clinic", db_path=db)
    assert index.rebuilt
    assert index.refresh().added == 1
    assert len(index.point_history("ID-1")) == 1


def test_cache_with_a_tampered_layout_is_rebuilt(small: tuple[Path, ClinicIndex]) -> None:
    folder, index = small
    index.close()
    with sqlite3.connect(index.db_path) as conn:
        conn.execute("ALTER TABLE points DROP COLUMN pain_after")
    conn.close()
    reopened = ClinicIndex(folder)
    assert (reopened.rebuilt, reopened.in_memory) == (True, False)
    assert reopened.refresh().added == 21


def test_cache_damaged_while_open_is_rebuilt_on_query(small: tuple[Path, ClinicIndex]) -> None:
    _, index = small
    data = bytearray(index.db_path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # keep page 1, wreck all the others
        data[start : start + page] = b"\xff" * min(page, len(data) - start)
    data[24:28] = (int.from_bytes(data[24:28], "big") + 1).to_bytes(4, "big")  # change counter
    index.db_path.write_bytes(bytes(data))
    assert [s.point_count for s in index.sessions_for("ID-1")] == [1]
    assert index.session_count() == 21


def test_cache_of_another_folder_is_not_reused(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    f.write(one, "ida", f.session("Ida Jensen", "ID-1", None))
    f.write(two, "hugo", f.session("Hugo Ito", "H-1", None))
    db = tmp_path / "shared.sqlite3"
    with ClinicIndex(one, db_path=db) as index:
        index.refresh()
    with ClinicIndex(two, db_path=db) as index:
        assert index.refresh().added == 1
        assert [p.identifier for p in index.search_patients("")] == ["H-1"]


def test_examined_only_points_are_history_too(tmp_path: Path) -> None:
    f.write(tmp_path, "x", f.session("Ben Chen", "B-1", None, [f.point(treatment=ExaminedOnly())]))
    index = ClinicIndex(tmp_path)
    index.refresh()
    [h] = index.point_history("B-1")
    assert (h.kind, h.treated, h.agent) == ("examined", False, None)
    assert h.treatment == "examination only"
    assert index.sessions_for("B-1")[0].agents == ()


def test_identifier_case_and_spaces_do_not_split_a_patient(tmp_path: Path) -> None:
    f.write(tmp_path, "a", f.session("Eva Dahl", "MRN-12", dt.date(2026, 3, 1)))
    f.write(tmp_path, "b", f.session("Eva Dahl", " mrn-12", dt.date(2026, 4, 1)))
    index = ClinicIndex(tmp_path)
    index.refresh()
    [patient] = index.search_patients("eva")
    assert patient.session_count == 2
    assert len(index.sessions_for("MRN-12")) == len(index.sessions_for(patient.key)) == 2


def test_unusable_cache_folder_falls_back_to_memory(tmp_path: Path) -> None:
    f.write(tmp_path / "clinic", "ida", f.session("Ida Jensen", "ID-1", None))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    index = ClinicIndex(tmp_path / "clinic", db_path=blocker / "index.sqlite3")
    assert index.in_memory
    assert index.refresh().added == 1
    assert len(index.sessions_for("ID-1")) == 1


def test_every_agent_of_a_mixture_is_indexed_for_the_recurrence_line(tmp_path: Path) -> None:
    mixture = Injection(
        agent="lidocaine",
        concentration_percent=0.5,
        volume_ml=2.0,
        mixed_with=(
            MixedAgent(agent="bupivacaine", concentration_percent=0.125),
            MixedAgent(agent="other", agent_other="Sarapin", concentration_percent=None),
        ),
    )
    earlier = f.session("Ida Jensen", "ID-1", dt.date(2026, 3, 1), [f.point(treatment=mixture)])
    f.write(tmp_path, "first", earlier)
    index = ClinicIndex(tmp_path)
    index.refresh()

    [summary] = index.sessions_for("ID-1")
    assert summary.agents == ("Sarapin", "bupivacaine", "lidocaine")
    [h] = index.point_history("ID-1")
    assert h.mixed_with == (("bupivacaine", 0.125), ("Sarapin", None))
    assert h.treatment == ("lidocaine 0.5% + bupivacaine 0.125% + \u2068Sarapin\u2069 2 mL")
    # The same point read from its file (an earlier visit not yet indexed) says the same.
    [from_file] = historic_points(earlier, tmp_path / "first.bodymap.json")
    assert from_file.treatment == h.treatment

    today = f.session("Ida Jensen", "ID-1", dt.date(2026, 4, 1), [f.point()])
    found = recurrence(today.points[0], earlier_points([h], today))
    assert found is not None
    assert found.text == (
        "recurring: 2nd visit, last treated 2026-03-01 with lidocaine 0.5% + bupivacaine "
        "0.125% + \u2068Sarapin\u2069 2 mL"
    )


def test_a_cache_without_the_mixture_column_is_rebuilt(tmp_path: Path) -> None:
    f.write(tmp_path / "clinic", "ida", f.session("Ida Jensen", "ID-1", None, [f.point()]))
    db = tmp_path / "cache.sqlite3"
    with ClinicIndex(tmp_path / "clinic", db_path=db) as index:
        index.refresh()
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE points DROP COLUMN mixed_with")
    conn.close()
    reopened = ClinicIndex(tmp_path / "clinic", db_path=db)
    assert reopened.rebuilt
    assert reopened.refresh().added == 1
    reopened.close()


def test_a_signed_visit_is_indexed_as_its_amendments_correct_it(tmp_path: Path) -> None:
    # Signed with 0.5 mL, corrected by an amendment to 2 mL: the next visit must read 2 mL.
    from bodymap import signing

    key = signing.create_key("Dr A. Example", "correct horse battery staple")
    signing.register_key(key.record, tmp_path)  # the clinic's keys confirm the amendment
    earlier = f.session("Ida Jensen", "ID-1", dt.date(2026, 3, 1), [f.point(treatment=f.LIDOCAINE)])
    signed = signing.sign(earlier, key)
    fix = signing.correction(signed, "/points/0/treatment/volume_ml", 2.0)
    amended = signing.amend(
        signed, key, reason="volume entered wrongly", text="", corrections=[fix]
    )
    f.write(tmp_path, "first", amended)
    index = ClinicIndex(tmp_path)
    index.refresh()
    [h] = index.point_history("ID-1")
    assert h.treatment == "lidocaine 1% 2 mL"
    # Opened from its file for the next visit, it carries the corrected dose as well.
    loaded = storage.load_session(tmp_path / "first.bodymap.json")
    keys = signing.load_key_ring(tmp_path)
    assert history.as_amended(loaded, keys).points[0].treatment == fix_applied(loaded)
    # Unless the clinic's keys do not confirm it: then it carries what was signed.
    assert history.as_amended(loaded, signing.KeyRing({})).points[0].treatment == (
        loaded.points[0].treatment
    )


def fix_applied(session: Session) -> Injection:
    """The first point's injection with the corrected volume."""
    treatment = session.points[0].treatment
    assert isinstance(treatment, Injection)
    return treatment.model_copy(update={"volume_ml": 2.0})


def test_an_amendment_that_does_not_verify_corrects_nothing_carried_forward() -> None:
    # Anyone can append an "amendment" to a file; one that empties the allergies must not
    # empty them in what is carried forward (the next visit, the clinic index: as_amended).
    from bodymap import signing

    key = signing.create_key("Dr A. Example", "correct horse battery staple")
    earlier = f.session("Ida Jensen", "ID-1", dt.date(2026, 3, 1), [f.point()])
    earlier = earlier.model_copy(
        update={"patient": earlier.patient.model_copy(update={"allergies": "Penicillin (rash)"})}
    )
    signed = signing.sign(earlier, key)
    fix = signing.correction(signed, "/points/0/notes", "re-examined")
    amended = signing.amend(signed, key, reason="notes", text="", corrections=[fix])
    forged_fix = signing.correction(amended, "/patient/allergies", "")
    forged = amended.amendments[0].model_copy(
        update={
            "corrections": [forged_fix],
            "amends_sha256": signing.amendment_sha256(amended.amendments[-1]),
        }
    )
    session = amended.model_copy(update={"amendments": [*amended.amendments, forged]})
    assert signing.integrity_problem(session) is not None
    ring = signing.KeyRing({key.fingerprint: key.record})
    assert history.as_amended(amended, ring).points[0].notes == "re-examined"
    assert history.as_amended(session, ring).patient.allergies == "Penicillin (rash)"
    # Nor one signed with a key of the writer's own making, which the clinic does not register.
    own = signing.create_key("Dr Own Key", "correct horse battery staple")
    self_signed = signing.amend(amended, own, reason="x", text="", corrections=[forged_fix])
    assert signing.integrity_problem(self_signed) is None
    assert history.as_amended(self_signed, ring).patient.allergies == "Penicillin (rash)"
