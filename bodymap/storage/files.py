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
import time
from dataclasses import dataclass
from pathlib import Path

from bodymap.storage.errors import LockedError
from bodymap.storage.io import TEMP_MARK

LOCK_SUFFIX = ".lock"
STALE_TEMP_SECONDS = 60.0
_TEMP_PATTERN = re.compile(r"^\..+" + re.escape(TEMP_MARK) + r"(\d+)-[0-9a-f]{8}$")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
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


def _read_owner(path: Path) -> dict[str, str]:
    try:
        owner = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {"user": "unknown", "host": "unknown", "pid": "", "since": ""}
    if not isinstance(owner, dict):
        return {"user": "unknown", "host": "unknown", "pid": "", "since": ""}
    return {k: str(owner.get(k, "")) for k in ("user", "host", "pid", "since")}


def acquire_lock(path: Path) -> Lock:
    """Lock ``path`` for editing by this process.

    A stale lock left on this host by a process that no longer runs is taken over.

    Raises:
        LockedError: another process, here or on another machine, holds the lock.
        OSError: the lock file cannot be created (e.g. a read-only folder).
    """
    target = lock_path(Path(path))
    record = {
        "user": _user(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    }
    for _ in range(2):
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            owner = _read_owner(target)
            same_host = owner["host"] == socket.gethostname()
            pid = int(owner["pid"]) if owner["pid"].isdigit() else -1
            if same_host and pid == os.getpid():
                return Lock(target)
            if same_host and not _pid_alive(pid):
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
    raise LockedError("The file is locked.", _read_owner(target))


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

    Only files with our naming pattern whose writing process is gone, or that are older than a
    minute, are removed: they may hold patient data and are never a valid session.
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
        if old or not _pid_alive(int(match.group(1))):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed
