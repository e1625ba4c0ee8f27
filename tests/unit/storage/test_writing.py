"""Saving never loses a clinician's work: atomic replace, backups, clear failures."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bodymap import storage
from bodymap.model import Session
from tests.unit.storage.conftest import make_session

ROOT = Path(__file__).resolve().parents[3]


def test_saved_file_is_readable_indented_json_with_envelope(
    tmp_path: Path, session: Session
) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(session, path)
    text = path.read_text("utf-8")
    data = json.loads(text)
    assert data["format"] == "bodymap.session"
    assert data["format_version"] == "1.0"
    assert data["session"]["diagram"] == {"id": "posterior-upper-back", "version": "1.0"}
    assert text.startswith('{\n  "format"')
    assert text.endswith("}\n")


def test_same_session_gives_same_bytes_apart_from_save_time(session: Session) -> None:
    a = json.loads(storage.dumps_session(session))
    b = json.loads(storage.dumps_session(session))
    a.pop("saved_at")
    b.pop("saved_at")
    assert a == b
    assert storage.content_sha256(session) == storage.content_sha256(session.model_copy())


def test_content_hash_changes_with_content(session: Session) -> None:
    moved = session.model_copy(
        update={"points": [session.points[0].model_copy(update={"x": 201.0}), *session.points[1:]]}
    )
    assert storage.content_sha256(moved) != storage.content_sha256(session)


def test_previous_version_is_kept_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    first, second = make_session(1), make_session(2)
    storage.save_session(first, path)
    storage.save_session(second, path)
    assert storage.load_session(path) == second
    assert storage.load_session(path.with_name(path.name + ".bak")) == first


def test_saved_file_is_private_to_the_user(tmp_path: Path, session: Session) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(session, path)
    assert path.stat().st_mode & 0o077 == 0


def test_failed_replace_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.bodymap.json"
    old = make_session(1)
    storage.save_session(old, path)

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr("bodymap.storage.io.REPLACE_RETRY_DELAY_S", 0.0)
    with pytest.raises(storage.SaveError, match="no permission"):
        storage.save_session(make_session(5), path)
    assert storage.load_session(path) == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.bodymap.json", "s.bodymap.json.bak"]


def test_replace_is_retried_while_another_program_holds_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.bodymap.json"
    real_replace = os.replace
    calls = []

    def flaky(src: str, dst: str) -> None:
        calls.append(src)
        if len(calls) < 3:
            raise PermissionError(13, "in use")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    monkeypatch.setattr("bodymap.storage.io.REPLACE_RETRY_DELAY_S", 0.0)
    session = make_session(2)
    storage.save_session(session, path)
    assert len(calls) == 3
    assert storage.load_session(path) == session


def test_save_into_missing_or_read_only_folder_fails_clearly(
    tmp_path: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(storage.SaveError, match="does not exist"):
        storage.save_session(session, tmp_path / "no-such-folder" / "s.bodymap.json")
    folder = tmp_path / "ro"
    folder.mkdir()
    real_open = os.open

    def read_only(path: str, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(13, "Read-only file system")
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(storage.SaveError, match="no permission") as info:
        storage.save_session(session, folder / "s.bodymap.json")
    assert "Zelda" not in str(info.value)
    assert list(folder.iterdir()) == []


def test_leftover_temp_files_of_dead_processes_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "s.bodymap.json"
    dead = tmp_path / f".s.bodymap.json.tmp-999999999-{'a' * 8}"
    alive = storage.io.temp_name(target)
    unrelated = tmp_path / ".hidden-note"
    for p in (dead, alive, unrelated):
        p.write_text("x")
    removed = storage.cleanup_temp_files(tmp_path)
    assert removed == [dead]
    assert alive.exists()
    assert unrelated.exists()


_SAVER = textwrap.dedent(
    """
    import sys
    from bodymap import storage
    from bodymap.model import Session
    path = sys.argv[1]
    new = storage.load_session(sys.argv[2])
    sys.stdout.write("ready\\n"); sys.stdout.flush()
    while True:
        storage.save_session(new, path)
    """
)


@pytest.mark.e2e
def test_killing_a_saving_process_never_leaves_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    old, new = make_session(300), make_session(600)
    storage.save_session(old, path)
    new_file = tmp_path / "new.json"
    storage.save_session(new, new_file)
    rng = random.Random(20261125)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(25):
        proc = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(path), str(new_file)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        loaded = storage.load_session(path)
        assert loaded in (old, new)
        storage.save_session(old, path)
    storage.cleanup_temp_files(tmp_path)
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]
