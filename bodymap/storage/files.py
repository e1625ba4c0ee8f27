"""Around the session file: locks, change detection and clean-up of crash leftovers."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import re
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bodymap.storage.errors import LockedError
from bodymap.storage.io import HOST_TAG, TEMP_MARK

LOCK_SUFFIX = ".lock"
STALE_TEMP_SECONDS = 60.0
STALE_BROKEN_LOCK_SECONDS = 60.0
"""A lock file without a readable owner this old was left by a crash while being written."""
_TEMP_PATTERN = re.compile(
    r"^\..+" + re.escape(TEMP_MARK) + r"(?P<pid>\d{1,10})-(?P<host>[0-9a-f]{6})-[0-9a-f]{8}$"
)


if sys.platform == "win32":  # checked by mypy only when it runs for Windows

    def _windows_pid_alive(pid: int) -> bool:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        query_limited_information = 0x1000
        still_active = 259
        handle = kernel32.OpenProcess(query_limited_information, False, pid)
        if not handle:
            access_denied = 5
            return bool(ctypes.get_last_error() == access_denied)
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if not 0 < pid < 2**31:  # not a process id (and too large for the system calls)
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) would terminate the process on Windows.
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown user"


def lock_path(path: Path) -> Path:
    """The lock file beside a session file."""
    return path.with_name(path.name + LOCK_SUFFIX)


@dataclass
class Lock:
    """A held lock on a session file; release it when the file is closed."""

    path: Path

    def release(self) -> None:
        """Remove the lock file (only if it is still ours)."""
        with contextlib.suppress(OSError, ValueError):
            owner = json.loads(self.path.read_text("utf-8"))
            if owner.get("pid") == os.getpid() and owner.get("host") == socket.gethostname():
                self.path.unlink()


_UNKNOWN_OWNER = {"user": "unknown", "host": "unknown", "pid": "", "since": ""}


def _read_owner(path: Path) -> dict[str, str] | None:
    """Who holds the lock, or None when the lock file has no readable owner record."""
    try:
        owner = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(owner, dict) or not owner.get("host"):
        return None
    since = owner.get("created", owner.get("since", ""))
    return {
        "user": str(owner.get("user", ""))[:80] or "unknown",
        "host": str(owner.get("host", ""))[:80],
        "pid": str(owner.get("pid", ""))[:12],
        "since": str(since)[:40],
    }


def _age_seconds(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def acquire_lock(path: Path) -> Lock:
    """Lock ``path`` for editing by this process.

    The lock file ``<name>.lock`` beside it is created atomically and records ``user``,
    ``host``, ``pid`` and ``created``. A stale lock left on this host by a process that no longer
    runs is taken over, as is a lock file without a readable owner older than a minute.

    Raises:
        LockedError: another process, here or on another machine, holds the lock.
        OSError: the lock file cannot be created (e.g. a read-only folder).
    """
    target = lock_path(Path(path))
    record = {
        "user": _user(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    }
    for _ in range(2):
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            owner = _read_owner(target)
            if owner is None:
                if _age_seconds(target) > STALE_BROKEN_LOCK_SECONDS:
                    with contextlib.suppress(FileNotFoundError):
                        target.unlink()
                    continue
                owner = dict(_UNKNOWN_OWNER)
            same_host = owner["host"] == socket.gethostname()
            pid = int(owner["pid"]) if owner["pid"].isdigit() else -1
            if same_host and pid == os.getpid():
                return Lock(target)
            if same_host and not pid_alive(pid):
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
                continue
            since = owner["since"] or "an unknown time"
            raise LockedError(
                f"Opened by {owner['user']} on {owner['host']} since {since}.", owner
            ) from None
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        return Lock(target)
    raise LockedError("The file is locked.", _read_owner(target) or dict(_UNKNOWN_OWNER))


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like when we read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str


def stamp(path: Path) -> FileStamp | None:
    """The stamp of ``path`` now, or None if it cannot be read."""
    try:
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return FileStamp(info.st_mtime_ns, info.st_size, digest)


def changed_since(path: Path, before: FileStamp | None) -> bool:
    """Whether someone changed (or removed) ``path`` since ``before`` was taken."""
    if before is None:
        return False
    try:
        info = path.stat()
    except OSError:
        return True
    if info.st_mtime_ns == before.mtime_ns and info.st_size == before.size:
        return False
    now = stamp(path)
    return now is None or now.sha256 != before.sha256


def cleanup_temp_files(folder: Path) -> list[Path]:
    """Remove our temporary files left in ``folder`` by a crashed save.

    Only files with our naming pattern are removed, and only when they are older than a minute
    or were written on this machine by a process that is gone: they may hold patient data and
    are never a valid session. Call it for the folder of every file opened.

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP_PATTERN.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            old = now - entry.stat().st_mtime > STALE_TEMP_SECONDS
        except OSError:
            continue
        ours = match.group("host") == HOST_TAG
        if old or (ours and not pid_alive(int(match.group("pid")))):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed
