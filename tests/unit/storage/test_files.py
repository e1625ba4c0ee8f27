"""Locks, change detection and recovery files around an open session."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest

from bodymap import storage
from tests.unit.storage.conftest import make_session


def test_second_opener_is_told_who_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.lock_path(path).write_text(
        json.dumps({"user": "drsmith", "host": "clinic-pc-2", "pid": 4242, "since": "2026-11-25"})
    )
    with pytest.raises(storage.LockedError, match="drsmith on clinic-pc-2") as info:
        storage.acquire_lock(path)
    assert info.value.owner["host"] == "clinic-pc-2"


def test_lock_is_released_and_reacquired(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    lock = storage.acquire_lock(path)
    owner = json.loads(storage.lock_path(path).read_text())
    assert owner["pid"] == os.getpid()
    assert owner["host"] == socket.gethostname()
    lock.release()
    assert not storage.lock_path(path).exists()
    storage.acquire_lock(path).release()


def test_stale_lock_of_a_dead_process_on_this_host_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.lock_path(path).write_text(
        json.dumps({"user": "me", "host": socket.gethostname(), "pid": 999999999, "since": "x"})
    )
    lock = storage.acquire_lock(path)
    assert json.loads(storage.lock_path(path).read_text())["pid"] == os.getpid()
    lock.release()


def test_change_on_disk_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(make_session(1), path)
    before = storage.stamp(path)
    assert not storage.changed_since(path, before)
    storage.save_session(make_session(2), path)
    assert storage.changed_since(path, before)
    path.unlink()
    assert storage.changed_since(path, before)


def test_recovery_round_trip_and_removal(tmp_path: Path) -> None:
    session = make_session(4)
    original = tmp_path / "s.bodymap.json"
    written = storage.write_recovery(session, original)
    assert written.is_relative_to(storage.recovery_dir())
    found = storage.list_recoveries()
    assert [r.original for r in found] == [original]
    assert storage.load_recovery(found[0]) == session
    storage.remove_recovery(found[0].path)
    assert storage.list_recoveries() == []


def test_recovery_never_touches_the_real_file(tmp_path: Path) -> None:
    original = tmp_path / "s.bodymap.json"
    storage.save_session(make_session(1), original)
    before = original.read_bytes()
    storage.write_recovery(make_session(9), original)
    assert original.read_bytes() == before


def test_lock_file_records_who_and_when(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    lock = storage.acquire_lock(path)
    record = json.loads(storage.lock_path(path).read_text())
    assert set(record) == {"user", "host", "pid", "created"}
    lock.release()


def test_lock_left_half_written_by_a_crash_is_taken_over_after_a_minute(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    broken = storage.lock_path(path)
    broken.write_text("")
    with pytest.raises(storage.LockedError) as info:
        storage.acquire_lock(path)
    assert info.value.owner["user"] == "unknown"
    two_minutes_ago = time.time() - 120
    os.utime(broken, (two_minutes_ago, two_minutes_ago))
    storage.acquire_lock(path).release()


def test_lock_from_another_machine_is_never_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    lock = storage.lock_path(path)
    lock.write_text(json.dumps({"user": "nurse", "host": "other-pc", "pid": 999999999}))
    an_hour_ago = time.time() - 3600
    os.utime(lock, (an_hour_ago, an_hour_ago))
    with pytest.raises(storage.LockedError):
        storage.acquire_lock(path)


def test_a_folder_without_room_for_a_lock_still_lets_the_file_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.bodymap.json"
    session = make_session(2)
    storage.save_session(session, path)

    def read_only(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(PermissionError):
        storage.acquire_lock(path)
    assert storage.load_session(path) == session


def test_process_ids_are_checked_without_harm() -> None:
    assert storage.pid_alive(os.getpid())
    assert not storage.pid_alive(0)
    assert not storage.pid_alive(-5)
    assert not storage.pid_alive(10**12)


def test_recovery_folder_is_private(tmp_path: Path) -> None:
    storage.write_recovery(make_session(1), None)
    if os.name == "posix":
        assert storage.recovery_dir().stat().st_mode & 0o077 == 0
    assert storage.list_recoveries()[0].original is None
