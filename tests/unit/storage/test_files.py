"""Locks, change detection and recovery files around an open session."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bodymap import storage
from tests.unit.storage.conftest import make_session

ROOT = Path(__file__).resolve().parents[3]


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

    real_open = os.open

    def read_only(path: str, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, mode)

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


def test_opening_through_a_link_takes_the_same_lock(tmp_path: Path) -> None:
    real = tmp_path / "real.bodymap.json"
    storage.save_session(make_session(1), real)
    link = tmp_path / "link.bodymap.json"
    link.symlink_to(real)
    assert storage.lock_path(link) == storage.lock_path(real)
    lock = storage.acquire_lock(link)
    assert lock.path == tmp_path / "real.bodymap.json.lock"
    assert not (tmp_path / "link.bodymap.json.lock").exists()
    lock.release()


def test_a_lock_held_through_a_link_stops_another_machine_opening_the_real_file(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real.bodymap.json"
    link = tmp_path / "link.bodymap.json"
    link.symlink_to(real)
    storage.lock_path(link).write_text(
        json.dumps({"user": "nurse", "host": "other-pc", "pid": 12, "created": "2026-11-25"})
    )
    with pytest.raises(storage.LockedError, match="nurse on other-pc"):
        storage.acquire_lock(real)


def _foreign_lock(path: Path) -> dict[str, str]:
    storage.lock_path(path).write_text(
        json.dumps({"user": "drsmith", "host": "clinic-pc-2", "pid": 4242, "created": "2026-11-25"})
    )
    with pytest.raises(storage.LockedError) as info:
        storage.acquire_lock(path)
    return info.value.owner


def test_another_machines_lock_is_taken_over_once_confirmed(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    holder = _foreign_lock(path)
    assert (holder["user"], holder["host"], holder["since"]) == (
        "drsmith",
        "clinic-pc-2",
        "2026-11-25",
    )
    lock = storage.take_over_lock(path, holder)
    record = json.loads(storage.lock_path(path).read_text())
    assert (record["pid"], record["host"]) == (os.getpid(), socket.gethostname())
    lock.release()
    assert not storage.lock_path(path).exists()


def test_a_take_over_is_refused_when_the_lock_changed_hands_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    holder = _foreign_lock(path)
    storage.lock_path(path).write_text(
        json.dumps({"user": "nurse", "host": "clinic-pc-3", "pid": 77, "created": "2026-11-26"})
    )
    with pytest.raises(storage.LockedError, match="nurse on clinic-pc-3") as info:
        storage.take_over_lock(path, holder)
    assert info.value.owner["host"] == "clinic-pc-3"
    assert json.loads(storage.lock_path(path).read_text())["user"] == "nurse"


def test_a_bodymap_running_on_this_machine_keeps_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    parent = os.getppid()  # a process that surely runs here
    storage.lock_path(path).write_text(
        json.dumps({"user": "me", "host": socket.gethostname(), "pid": parent, "created": "x"})
    )
    with pytest.raises(storage.LockedError) as info:
        storage.acquire_lock(path)
    with pytest.raises(storage.LockedError, match="this computer"):
        storage.take_over_lock(path, info.value.owner)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_place_of_a_lock_file_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    os.mkfifo(storage.lock_path(path))
    with pytest.raises(storage.LockedError):
        storage.acquire_lock(path)


def test_a_same_size_change_within_one_clock_tick_is_detected(tmp_path: Path) -> None:
    # Coarse file system clocks (FAT: 2 s, some network shares: 1 s) leave size and time alike.
    path = tmp_path / "s.bodymap.json"
    path.write_text('{"a": 1}')
    before = storage.stamp(path)
    assert before is not None
    path.write_text('{"a": 2}')
    os.utime(path, ns=(before.mtime_ns, before.mtime_ns))
    assert path.stat().st_size == before.size
    assert storage.changed_since(path, before)
    assert storage.change_reason(path, before) == (
        "the file's content was changed by another program or computer"
    )


# A change check that regressed to reading whatever is there would hang on a pipe and fill
# the memory of a machine others share on /dev/zero or a sparse file: it runs in a child
# process with a memory limit and a timeout, where a regression fails instead.
_BOUNDED_CHECK = """
import resource, sys
limit = 1024 ** 3
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from pathlib import Path
from bodymap import storage
before = storage.FileStamp(0, 0, sys.argv[2])
print(storage.change_reason(Path(sys.argv[1]), before))
print(storage.stamp(Path(sys.argv[1])))
"""


def _bounded_check(path: Path, before: storage.FileStamp | None) -> list[str]:
    """``change_reason`` and ``stamp`` of ``path``, each printed as a line by a child process."""
    assert before is not None
    done = subprocess.run(
        [sys.executable, "-c", _BOUNDED_CHECK, str(path), before.sha256],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


bounded = pytest.mark.skipif(os.name != "posix", reason="needs resource limits")


@bounded
def test_a_pipe_swapped_in_for_the_open_file_counts_as_changed_without_hanging(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(make_session(1), path)
    before = storage.stamp(path)
    path.unlink()
    os.mkfifo(path)
    assert _bounded_check(path, before) == [
        "the file was replaced by something that is not a file (a pipe or a device?)",
        "None",
    ]


@bounded
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_counts_as_changed_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(make_session(1), path)
    before = storage.stamp(path)
    path.unlink()
    path.symlink_to("/dev/zero")
    assert _bounded_check(path, before) == [
        "the file was replaced by something that is not a file (a pipe or a device?)",
        "None",
    ]


@bounded
def test_a_huge_sparse_file_counts_as_changed_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(make_session(1), path)
    before = storage.stamp(path)
    with path.open("r+b") as handle:
        handle.truncate(64 * 1024**3)  # 64 GB of nothing: no disk used
    assert _bounded_check(path, before) == ["the file is now larger than 20 MB", "None"]


def test_a_folder_in_place_of_the_file_counts_as_changed(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(make_session(1), path)
    before = storage.stamp(path)
    path.unlink()
    path.mkdir()
    assert storage.change_reason(path, before) == "a folder now has the file's name"


def test_the_error_says_whether_the_holder_is_on_another_machine(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    _foreign_lock(path)
    with pytest.raises(storage.LockedError) as elsewhere:
        storage.acquire_lock(path)
    assert elsewhere.value.elsewhere
    storage.lock_path(path).write_text(
        json.dumps({"user": "me", "host": socket.gethostname(), "pid": os.getppid()})
    )
    with pytest.raises(storage.LockedError) as here:
        storage.acquire_lock(path)
    assert not here.value.elsewhere
