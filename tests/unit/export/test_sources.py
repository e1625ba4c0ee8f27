"""Which files an export reads and writes: folders, bad files, never over an input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bodymap import export
from tests.unit.export.factories import example_session, landmark_session, save


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    folder = tmp_path / "clinic"
    (folder / "2026" / "03").mkdir(parents=True)
    save(example_session(), folder / "a.bodymap.json")
    save(landmark_session(), folder / "2026" / "03" / "b.bodymap.json")
    (folder / "notes.txt").write_text("not a session", encoding="utf-8")
    return folder


def test_a_folder_stands_for_every_session_below_it(clinic: Path) -> None:
    loaded = export.load_sessions([clinic])
    assert len(loaded.sessions) == 2
    assert not loaded.problems
    assert {s.id for s in loaded.sessions} == {example_session().id, landmark_session().id}


def test_bad_files_are_skipped_and_named_escaped(clinic: Path) -> None:
    bad = clinic / "evil\x1b[32m ok\n.bodymap.json"
    bad.write_text('{"format": "bodymap.session", "session": {"points": [', encoding="utf-8")
    loaded = export.load_sessions([clinic])
    assert len(loaded.sessions) == 2
    (problem,) = loaded.problems
    assert "\x1b" not in problem.name
    assert "\n" not in problem.name
    assert "evil\\x1b[32m ok\\x0a.bodymap.json" in problem.name
    assert problem.reason


def test_same_file_named_twice_is_read_once(clinic: Path) -> None:
    loaded = export.load_sessions([clinic / "a.bodymap.json", clinic])
    assert len(loaded.sessions) == 2


def test_a_copy_of_a_session_file_is_exported_once_and_named(clinic: Path) -> None:
    # Its points would be counted twice, under one session key.
    copy = clinic / "z copy.bodymap.json"
    copy.write_bytes((clinic / "a.bodymap.json").read_bytes())
    loaded = export.load_sessions([clinic])
    assert len(loaded.sessions) == 2
    (problem,) = loaded.problems
    assert problem.name.endswith("z copy.bodymap.json")
    assert problem.reason.startswith("the same session as ")
    assert problem.reason.endswith("a.bodymap.json, exported once")


def test_two_versions_of_one_session_are_neither_exported(clinic: Path) -> None:
    # A copy later changed (an amendment, an edit): which is the record is not for the export
    # to guess, so neither is counted and both are named.
    changed = example_session()
    changed = changed.model_copy(
        update={"points": [changed.points[0].model_copy(update={"notes": "changed"})]}
    )
    save(changed, clinic / "z other version.bodymap.json")
    loaded = export.load_sessions([clinic])
    assert [s.id for s in loaded.sessions] == [landmark_session().id]
    names = sorted(p.name for p in loaded.problems)
    assert names[0].endswith("a.bodymap.json")
    assert names[1].endswith("z other version.bodymap.json")
    assert all("neither exported" in p.reason for p in loaded.problems)


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    loaded = export.load_sessions([tmp_path / "gone.bodymap.json"])
    assert not loaded.sessions
    assert loaded.problems[0].reason == "the file does not exist"


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "dotted"])
def test_output_over_an_input_is_refused(clinic: Path, how: str) -> None:
    source = clinic / "a.bodymap.json"
    before = source.read_bytes()
    if how == "same":
        output = source
    elif how == "symlink":
        output = clinic / "out.csv"
        output.symlink_to(source)
    elif how == "hardlink":
        output = clinic / "out.csv"
        os.link(source, output)
    else:
        output = clinic / "2026" / ".." / "a.bodymap.json"
    with pytest.raises(export.ExportError, match="one of the session files"):
        export.export_csv([clinic], output, deidentify=False)
    with pytest.raises(export.ExportError):
        export.export_fhir(source, output, pdf=None)
    assert source.read_bytes() == before


def test_output_over_a_bad_input_is_refused_too(clinic: Path) -> None:
    bad = clinic / "broken.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(export.ExportError, match="one of the session files"):
        export.export_csv([clinic, bad], bad, deidentify=False)
    assert bad.read_text(encoding="utf-8") == "{"


def test_output_named_like_a_session_or_a_folder_is_refused(clinic: Path) -> None:
    with pytest.raises(export.ExportError, match="not a session file"):
        export.export_csv([clinic], clinic.parent / "new.bodymap.json", deidentify=False)
    with pytest.raises(export.ExportError, match="folder"):
        export.export_csv([clinic], clinic, deidentify=False)


def test_nothing_readable_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "x.bodymap.json").write_text("[]", encoding="utf-8")
    out = tmp_path / "points.csv"
    with pytest.raises(export.ExportError, match="no session"):
        export.export_csv([tmp_path], out, deidentify=False)
    assert not out.exists()


def test_nothing_readable_says_why_of_each_file(tmp_path: Path) -> None:
    (tmp_path / "x.bodymap.json").write_text("[]", encoding="utf-8")
    out = tmp_path / "points.csv"
    with pytest.raises(export.ExportError) as caught:
        export.export_csv([tmp_path / "x.bodymap.json"], out, deidentify=False)
    (problem,) = export.load_sessions([tmp_path / "x.bodymap.json"]).problems
    assert f"{problem.name}: {problem.reason}" in str(caught.value).splitlines()


def test_unwritable_folder_is_a_plain_error(tmp_path: Path, clinic: Path) -> None:
    out = tmp_path / "missing-folder" / "points.csv"
    with pytest.raises(export.ExportError, match="Not written") as caught:
        export.export_csv([clinic], out, deidentify=False)
    assert "Jane" not in str(caught.value)


def test_shown_escapes_what_a_terminal_would_act_on() -> None:
    assert export.shown("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert export.shown("r\u202eevil") == "r\\u202eevil"
    assert export.shown("zero\u200bwidth\u2028line") == "zero\\u200bwidth\\u2028line"
    # A Windows path reads as written.
    assert export.shown("C:\\Users\\out.csv") == "C:\\Users\\out.csv"
    assert export.shown("caf\u00e9 \u5c71") == "caf\u00e9 \u5c71"
    # A byte of a name that is not UTF-8 (as Python decodes it) is shown as that byte.
    assert export.shown("bad\udcff") == "bad\\xff"
