"""Around the session file: locks, change detection, and whether two names are one file.

A lock is taken on the file's real path (links resolved), so two ways to one file share one
lock. Change detection always compares the content's SHA-256, reading at most
``MAX_FILE_BYTES`` of a regular file and never waiting on a pipe or device.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bodymap.i18n import translate
from bodymap.storage.errors import LockedError
from bodymap.storage.reading import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    NotRegularFileError,
    read_regular,
)
from bodymap.storage.temps import pid_alive, sibling, temp_name

LOCK_SUFFIX = ".lock"
STALE_BROKEN_LOCK_SECONDS = 60.0
"""A lock file without a readable owner this old was left by a crash while being written."""
_LOCK_BYTES = 4096
"""A lock file is a short JSON record; more is not read."""


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown user"


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file: the same path once links are resolved, or the same
    file on disk (a hard link); a path that cannot be looked at is no other file."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def lock_path(path: Path) -> Path:
    """The lock file beside a session file, at its real path (symbolic links resolved)."""
    real = Path(os.path.realpath(path))
    return sibling(real, suffix=LOCK_SUFFIX)


def _read_record(path: Path) -> dict[str, object] | None:
    """The JSON object in a lock file (read without following a link or waiting on a pipe)."""
    try:
        data = read_regular(path, _LOCK_BYTES, follow_symlinks=False)
        record = json.loads(data.decode("utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


@dataclass
class Lock:
    """A held lock on a session file; release it when the file is closed."""

    path: Path

    def release(self) -> None:
        """Remove the lock file (only if it is still ours)."""
        owner = _read_record(self.path)
        if owner and owner.get("pid") == os.getpid() and owner.get("host") == socket.gethostname():
            with contextlib.suppress(OSError):
                self.path.unlink()


_UNKNOWN_OWNER = {"user": "unknown", "host": "unknown", "pid": "", "since": ""}


def _read_owner(path: Path) -> dict[str, str] | None:
    """Who holds the lock, or None when the lock file has no readable owner record."""
    owner = _read_record(path)
    if owner is None or not owner.get("host"):
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
        return time.time() - path.lstat().st_mtime
    except OSError:
        return 0.0


def _record() -> dict[str, object]:
    return {
        "user": _user(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    }


def _locked(owner: dict[str, str]) -> LockedError:
    return LockedError(
        translate("storage", "Opened by {user} on {host} since {since}.").format(
            user=owner["user"], host=owner["host"], since=owner["since"] or _unknown_time()
        ),
        owner,
    )


def _unknown_time() -> str:
    return translate("storage", "an unknown time")


def _running_here(owner: Mapping[str, str]) -> bool:
    """Whether the holder is a process that still runs on this machine."""
    pid = int(owner["pid"]) if owner["pid"].isdigit() else -1
    return owner["host"] == socket.gethostname() and pid_alive(pid)


def acquire_lock(path: Path) -> Lock:
    """Lock ``path`` for editing by this process.

    The lock file ``<name>.lock`` beside the file's real path is created atomically and
    records ``user``, ``host``, ``pid`` and ``created``. A stale lock left on this host by a
    process that no longer runs is taken over, as is a lock file without a readable owner older
    than a minute. A lock held on another machine is only taken over by :func:`take_over_lock`,
    after the user has confirmed it.

    Raises:
        LockedError: another process, here or on another machine, holds the lock.
        OSError: the lock file cannot be created (e.g. a read-only folder).
    """
    target = lock_path(Path(path))
    for _ in range(2):
        try:
            fd = os.open(
                target,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                0o644,
            )
        except FileExistsError:
            owner = _read_owner(target)
            if owner is None:
                if _age_seconds(target) > STALE_BROKEN_LOCK_SECONDS:
                    with contextlib.suppress(FileNotFoundError):
                        target.unlink()
                    continue
                owner = dict(_UNKNOWN_OWNER)
            same_host = owner["host"] == socket.gethostname()
            if same_host and owner["pid"] == str(os.getpid()):
                return Lock(target)
            if same_host and not _running_here(owner):
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
                continue
            raise _locked(owner) from None
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(_record(), handle)
        return Lock(target)
    raise LockedError("The file is locked.", _read_owner(target) or dict(_UNKNOWN_OWNER))


def take_over_lock(path: Path, holder: Mapping[str, str]) -> Lock:
    """Take the lock of ``path`` from ``holder``, once the user has confirmed it.

    For a lock held on another machine (or by no readable owner): the window shows who holds
    it and since when (``LockedError.owner``) and asks; on yes, it passes that same owner
    here. The lock file is replaced atomically by ours. The holder's bodymap is not told:
    its next save will find the file changed (see :func:`changed_since`).

    Raises:
        LockedError: the lock is now held by someone other than ``holder`` (it changed while
            the user was asked), or by a bodymap still running on this machine.
        OSError: the lock file cannot be written.
    """
    target = lock_path(Path(path))
    current = _read_owner(target)
    if current is None and not os.path.lexists(target):
        return acquire_lock(path)
    shown = current or dict(_UNKNOWN_OWNER)
    if shown != dict(holder):
        raise LockedError(
            translate(
                "storage",
                "The lock changed while you were asked: now opened by {user} on {host} since "
                "{since}.",
            ).format(
                user=shown["user"], host=shown["host"], since=shown["since"] or _unknown_time()
            ),
            shown,
        )
    if current is not None and _running_here(current) and current["pid"] != str(os.getpid()):
        raise LockedError(
            translate(
                "storage",
                "Still open in bodymap on this computer, by {user}: switch to that window instead.",
            ).format(user=current["user"]),
            current,
        )
    record = _record()
    tmp = temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    mine = _read_record(target)
    if not mine or mine.get("pid") != os.getpid() or mine.get("host") != record["host"]:
        now = _read_owner(target) or dict(_UNKNOWN_OWNER)
        raise _locked(now)  # someone else took it over at the same moment
    return Lock(target)


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like when we read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str


def _sha256_of(path: Path) -> str:
    """SHA-256 of a regular file of at most ``MAX_FILE_BYTES``.

    Raises:
        OSError: not a regular file, too large, or unreadable (see ``read_regular``).
    """
    return hashlib.sha256(read_regular(path, MAX_FILE_BYTES)).hexdigest()


def stamp(path: Path) -> FileStamp | None:
    """The stamp of ``path`` now, or None if it is not a readable regular file within the
    size limit."""
    try:
        digest = _sha256_of(Path(path))
        info = os.stat(path)
    except OSError:
        return None
    return FileStamp(info.st_mtime_ns, info.st_size, digest)


def change_reason(path: Path, before: FileStamp | None) -> str | None:
    """Why ``path`` no longer is what ``before`` recorded, or None when it is unchanged.

    The content's SHA-256 is compared every time (a change within one tick of a coarse file
    system clock leaves size and time alike). A path that is now a folder, a pipe, a device,
    a file over ``MAX_FILE_BYTES`` or unreadable counts as changed, without waiting on it or
    reading more than the limit. With no ``before`` there is nothing to compare: None.
    """
    if before is None:
        return None
    try:
        digest = _sha256_of(Path(path))
    except FileNotFoundError:
        return translate("storage", "the file was removed or renamed")
    except IsADirectoryError:
        return translate("storage", "a folder now has the file's name")
    except NotRegularFileError:
        return translate(
            "storage", "the file was replaced by something that is not a file (a pipe or a device?)"
        )
    except FileTooLargeError:
        return translate("storage", "the file is now larger than {mb} MB").format(
            mb=MAX_FILE_BYTES // (1024 * 1024)
        )
    except PermissionError:
        return translate("storage", "the file can no longer be read (permission denied)")
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else translate("storage", "input/output error")
        return translate("storage", "the file can no longer be read ({reason})").format(
            reason=reason
        )
    if digest != before.sha256:
        return translate("storage", "the file's content was changed by another program or computer")
    return None


def changed_since(path: Path, before: FileStamp | None) -> bool:
    """Whether someone changed (or removed, or replaced) ``path`` since ``before`` was taken.

    See :func:`change_reason` for what counts and why.
    """
    return change_reason(path, before) is not None
