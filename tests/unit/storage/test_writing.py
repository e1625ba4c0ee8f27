"""Saving never loses a clinician's work: atomic replace, backups, clear failures."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import stat
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
    assert data["format_version"] == storage.FORMAT_VERSION
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


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_session_file_follows_the_users_umask(
    tmp_path: Path, session: Session, umask: int, expected: int
) -> None:
    # Colleagues with access to the clinic folder read the sessions saved there, as they read
    # any other file the user writes there.
    path = tmp_path / "s.bodymap.json"
    old = os.umask(umask)
    try:
        storage.save_session(session, path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == expected


def test_failed_replace_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.bodymap.json"
    old = make_session(1)
    storage.save_session(old, path)

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr("bodymap.storage.atomic.REPLACE_RETRY_DELAY_S", 0.0)
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
    monkeypatch.setattr("bodymap.storage.atomic.REPLACE_RETRY_DELAY_S", 0.0)
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


def _temp(folder: Path, pid: int, host: str) -> Path:
    path = folder / f".s.bodymap.json.tmp-{pid}-{host}-{'a' * 8}"
    path.write_text("x")
    return path


def test_leftover_temp_files_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead = _temp(tmp_path, 999_999_999, storage.temps.HOST_TAG)
    alive = storage.temps.temp_name(tmp_path / "s.bodymap.json")
    alive.write_text("x")
    unrelated = tmp_path / ".hidden-note"
    unrelated.write_text("x")
    removed = storage.cleanup_temp_files(tmp_path)
    assert removed == [dead]
    assert alive.exists()
    assert unrelated.exists()


def test_another_machines_save_in_progress_is_left_alone(tmp_path: Path) -> None:
    other_host = "000000" if storage.temps.HOST_TAG != "000000" else "111111"
    fresh = _temp(tmp_path, 999_999_999, other_host)
    assert storage.cleanup_temp_files(tmp_path) == []
    an_hour_ago = time.time() - 3600
    os.utime(fresh, (an_hour_ago, an_hour_ago))
    assert storage.cleanup_temp_files(tmp_path) == [fresh]


def test_the_next_save_in_a_folder_removes_what_a_crashed_save_left_there(tmp_path: Path) -> None:
    leftover = _temp(tmp_path, 999_999_999, storage.temps.HOST_TAG)
    leftover.write_bytes(storage.dumps_session(make_session(2, name="Zelda Secretname")))
    other_file = tmp_path / "other.bodymap.json"
    storage.save_session(make_session(1), other_file)
    assert not leftover.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.bodymap.json"]


def test_folders_of_recent_files_are_cleared_at_start(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    left = [
        _temp(a, 999_999_999, storage.temps.HOST_TAG),
        _temp(b, 999_999_998, storage.temps.HOST_TAG),
    ]
    recent = [a / "one.bodymap.json", a / "two.bodymap.json", b / "x.bodymap.json"]
    recent.append(tmp_path / "gone" / "y.bodymap.json")
    assert sorted(storage.cleanup_folders(recent)) == sorted(left)


def test_backup_is_copied_where_hard_links_are_not_supported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.bodymap.json"
    first = make_session(1)
    storage.save_session(first, path)

    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    storage.save_session(make_session(2), path)
    assert storage.load_session(path.with_name(path.name + ".bak")) == first


def test_save_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.bodymap.json"
    storage.save_session(make_session(1), real)
    link = tmp_path / "link.bodymap.json"
    link.symlink_to(real)
    second = make_session(2)
    storage.save_session(second, link)
    assert link.is_symlink()
    assert storage.load_session(real) == second


def test_overwriting_keeps_the_permissions_the_clinic_gave_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(make_session(1), path)
    path.chmod(0o640)
    storage.save_session(make_session(2), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_session_that_could_not_be_opened_again_is_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    old = make_session(1)
    storage.save_session(old, path)
    width, _height = storage.DIAGRAM_BOUNDS["posterior-upper-back"]
    outside = old.model_copy(update={"points": [old.points[0].model_copy(update={"x": width + 1})]})
    with pytest.raises(storage.SaveError, match=r"points\[0\]\.x lies outside the diagram"):
        storage.save_session(outside, path)
    assert storage.load_session(path) == old
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temporary file is left"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not as root"
)
def test_save_into_a_really_read_only_folder_fails_and_keeps_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "s.bodymap.json"
    old = make_session(1)
    storage.save_session(old, path)
    folder.chmod(0o500)
    try:
        with pytest.raises(storage.SaveError, match="no permission"):
            storage.save_session(make_session(2), path)
        assert storage.load_session(path) == old
    finally:
        folder.chmod(0o700)


def test_read_only_disk_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only_fs(*args: object, **kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", read_only_fs)
    with pytest.raises(storage.SaveError, match="read-only disk"):
        storage.save_session(make_session(1), tmp_path / "s.bodymap.json")


# A helper process that, on each request, forks a child saving two sessions alternately in an
# endless loop; the test kills the child with SIGKILL at a random moment. Forking from a warm
# process keeps 40 kills well under the time a fresh interpreter per kill would need.
_SAVER = textwrap.dedent(
    """
    import os, sys
    from bodymap import storage
    path = sys.argv[1]
    sessions = [storage.load_session(sys.argv[2]), storage.load_session(sys.argv[3])]
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            sys.stdout.write(f"{os.getpid()}\\n"); sys.stdout.flush()
            n = 0
            while True:
                n += 1
                storage.save_session(sessions[n % 2], path)
        os.waitpid(pid, 0)
        sys.stdout.write("reaped\\n"); sys.stdout.flush()
    """
)


@pytest.mark.e2e
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_killing_a_saving_process_never_leaves_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    old, new = make_session(150), make_session(300)
    files = []
    for name, session in (("old", old), ("new", new)):
        files.append(tmp_path / f"{name}.json")
        storage.save_session(session, files[-1])
    started = time.perf_counter()
    storage.save_session(new, path)
    storage.save_session(old, path)
    # Kills land anywhere within several saves, so that either session can be the last one
    # written, however fast the forked saver runs against this process.
    one_save = max((time.perf_counter() - started) / 2, 0.001)
    rng = random.Random(20261125)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    helper = subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(path), *map(str, files)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert helper.stdin is not None
    assert helper.stdout is not None
    seen = []
    try:
        for _ in range(40):
            helper.stdin.write("go\n")
            helper.stdin.flush()
            child = int(helper.stdout.readline())
            time.sleep(rng.uniform(0.0, 10 * one_save))
            os.kill(child, signal.SIGKILL)
            assert helper.stdout.readline() == "reaped\n"
            loaded = storage.load_session(path)
            assert loaded in (old, new)
            seen.append(loaded == new)
    finally:
        helper.kill()
        helper.wait(timeout=10)
        helper.stdin.close()
        helper.stdout.close()
    assert time.perf_counter() - started < 20
    assert any(seen)
    assert not all(seen)
    storage.cleanup_temp_files(tmp_path)
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_a_write_that_fails_midway_in_any_way_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.bodymap.json"
    old = make_session(1)
    storage.save_session(old, path)
    before = path.read_bytes()

    def half_then_fail(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise MemoryError("out of memory while writing")

    monkeypatch.setattr("bodymap.storage.atomic._write_all", half_then_fail)
    with pytest.raises(MemoryError):
        storage.save_session(make_session(3), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temporary file is left"


def test_a_name_as_long_as_the_file_system_allows_is_saved_backed_up_and_locked(
    tmp_path: Path,
) -> None:
    # 76 three-byte characters and the suffix: 241 bytes, a legal name with no room left
    # for the temporary file's, the backup's or the lock's additions as such.
    path = tmp_path / ("\u60a3" * 76 + ".bodymap.json")
    assert len(os.fsencode(path.name)) == 241
    storage.save_session(make_session(), path)
    storage.save_session(make_session(), path)
    assert storage.load_session(path) is not None
    backups = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert len(backups) == 1
    assert backups[0].read_bytes().startswith(b"{")
    lock = storage.acquire_lock(path)
    try:
        assert storage.lock_path(path).exists()
        assert len(os.fsencode(storage.lock_path(path).name)) <= 255
    finally:
        lock.release()
    # The same file always gets the same lock; a name that differs only after the cut does not.
    other = tmp_path / ("\u60a3" * 76 + "x.bodymap.json")
    assert storage.lock_path(path) == storage.lock_path(path)
    assert storage.lock_path(other) != storage.lock_path(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, backups[0].name])
