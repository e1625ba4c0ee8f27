"""Recovery files: one per file (not per session id), never through a link, and they know
whether the original changed since the autosave."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bodymap import storage
from bodymap.model import Session
from tests.unit.storage.conftest import make_session


def _save(session: Session, path: Path) -> Path:
    storage.save_session(session, path)
    return path


def test_a_copy_of_a_file_gets_its_own_recovery_file(tmp_path: Path) -> None:
    session = make_session(2)
    first = _save(session, tmp_path / "a.bodymap.json")
    copy = tmp_path / "copy.bodymap.json"
    shutil.copyfile(first, copy)
    assert storage.load_session(copy).id == session.id

    # Each window edits its own file; both sessions keep the id the files share.
    edited_first = session.model_copy(update={"points": session.points[:1]})
    edited_copy = session.model_copy(update={"points": session.points[1:]})
    one = storage.write_recovery(edited_first, first)
    other = storage.write_recovery(edited_copy, copy)
    assert one != other
    storage.remove_recovery(one)  # the first window saves or closes
    [left] = storage.list_recoveries()
    assert (left.path, left.original) == (other, copy)
    assert storage.load_recovery(left) == edited_copy


def test_recovery_names_come_from_a_hash_not_from_the_file(tmp_path: Path) -> None:
    session = make_session(1)
    path = storage.write_recovery(session, tmp_path / "Zelda Secretname.bodymap.json")
    assert path.parent == storage.recovery_dir()
    assert session.id not in path.name
    assert "Zelda" not in path.name
    assert path.name == storage.recovery_name(
        session.id, tmp_path / "Zelda Secretname.bodymap.json"
    )


def test_two_ways_to_one_file_share_its_recovery_file(tmp_path: Path) -> None:
    real = _save(make_session(1), tmp_path / "real.bodymap.json")
    link = tmp_path / "link.bodymap.json"
    link.symlink_to(real)
    session = make_session(2)
    assert storage.recovery_name(session.id, link) == storage.recovery_name(session.id, real)


def test_a_link_planted_in_the_recovery_folder_is_refused(tmp_path: Path) -> None:
    session = make_session(1)
    original = tmp_path / "s.bodymap.json"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    folder = storage.recovery_dir()
    folder.mkdir(parents=True)
    planted = folder / storage.recovery_name(session.id, original)
    planted.symlink_to(victim)
    with pytest.raises(storage.SaveError, match="symbolic link"):
        storage.write_recovery(session, original)
    assert victim.read_text() == "precious"
    assert planted.is_symlink()
    assert storage.list_recoveries() == [], "a link is never listed"


def test_a_recovery_file_replaced_by_a_link_is_not_read_through_it(tmp_path: Path) -> None:
    session = make_session(1)
    path = storage.write_recovery(session, None)
    info = storage.list_recoveries()[0]
    elsewhere = _save(make_session(5), tmp_path / "elsewhere.bodymap.json")
    path.unlink()
    path.symlink_to(elsewhere)
    with pytest.raises(storage.SessionFileError, match="symbolic link"):
        storage.load_recovery(info)


def test_the_notes_say_whether_the_original_changed_since_the_autosave(tmp_path: Path) -> None:
    original = _save(make_session(1), tmp_path / "s.bodymap.json")
    opened = storage.stamp(original)
    assert opened is not None
    storage.write_recovery(make_session(2), original, base=opened)
    info = storage.list_recoveries()[0]
    assert info.original_sha256 == opened.sha256
    assert not info.original_changed()
    assert info.original_change() is None

    _save(make_session(7), original)  # another workstation saved meanwhile
    assert info.original_changed()
    assert "changed" in (info.original_change() or "")

    original.unlink()
    assert info.original_change() == "the file was removed or renamed"


def test_without_a_base_the_file_as_it_is_at_the_autosave_is_recorded(tmp_path: Path) -> None:
    original = _save(make_session(1), tmp_path / "s.bodymap.json")
    storage.write_recovery(make_session(2), original)
    info = storage.list_recoveries()[0]
    stamp = storage.stamp(original)
    assert stamp is not None
    assert info.original_sha256 == stamp.sha256


def test_an_autosave_with_no_recorded_hash_counts_as_changed(tmp_path: Path) -> None:
    original = _save(make_session(1), tmp_path / "s.bodymap.json")
    path = storage.write_recovery(make_session(2), original)
    meta = path.with_name(path.name.removesuffix(".recovery.bodymap.json") + ".meta.json")
    notes = json.loads(meta.read_text())
    del notes["original_sha256"]
    meta.write_text(json.dumps(notes))
    info = storage.list_recoveries()[0]
    assert info.original == original
    assert info.original_changed()


def test_an_untitled_session_has_no_original_to_compare(tmp_path: Path) -> None:
    storage.write_recovery(make_session(1), None)
    info = storage.list_recoveries()[0]
    assert info.original is None
    assert not info.original_changed()


@pytest.mark.parametrize("notes", [None, "{not json", "[]", '{"saved_at": 5}', '{"pid": 7}'])
def test_work_kept_without_its_notes_is_still_offered(tmp_path: Path, notes: str | None) -> None:
    # A crash between writing the recovery file and its notes, or damaged notes: the work is
    # offered back (from an unknown file, at the file's own time), and nothing fails.
    original = _save(make_session(1), tmp_path / "s.bodymap.json")
    kept = make_session(2)
    path = storage.write_recovery(kept, original)
    meta = path.with_name(path.name.removesuffix(".recovery.bodymap.json") + ".meta.json")
    if notes is None:
        meta.unlink()
    else:
        meta.write_text(notes)
    (info,) = storage.list_recoveries()
    assert info.path == path
    assert info.original is None
    assert info.saved_at.tzinfo is not None
    assert storage.load_recovery(info) == kept


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_work_of_a_process_whose_id_another_now_has_is_a_leftover(tmp_path: Path) -> None:
    # After a restart the id of the process that wrote the work may belong to another one;
    # it started at another time, so the work is not "still being worked on".
    original = _save(make_session(1), tmp_path / "s.bodymap.json")
    path = storage.write_recovery(make_session(2), original)
    [info] = storage.list_recoveries()
    assert info.pid_alive  # this process
    meta = path.with_name(path.name.removesuffix(".recovery.bodymap.json") + ".meta.json")
    notes = json.loads(meta.read_text())
    notes["pid"] = 1  # the first process: running, and started long before this one
    meta.write_text(json.dumps(notes))
    [info] = storage.list_recoveries()
    assert not info.pid_alive
    # Notes of an earlier version, without the start: a running id is taken at its word.
    del notes["pid_started"]
    meta.write_text(json.dumps(notes))
    [info] = storage.list_recoveries()
    assert info.pid_alive
