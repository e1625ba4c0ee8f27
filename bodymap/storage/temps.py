"""Temporary files beside the file being written: their names, and removing crash leftovers.

A temporary file holds a whole session (or a printed record) while it is written, so one left
by a crash is full patient data in the clinic's folder: it is removed at the next save in that
folder, and the window can clear the folders of its recent files at start.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import socket
import sys
import time
from collections.abc import Iterable
from pathlib import Path

TEMP_MARK = ".tmp-"
HOST_TAG = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
"""Identifies this machine in temporary file names, so clean-up never judges another's pids."""
STALE_TEMP_SECONDS = 60.0
"""A temporary file this old is a leftover whoever wrote it (a save takes well under a second)."""
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


def process_started(pid: int) -> int | None:
    """When the process ``pid`` started, in clock ticks since boot (Linux's /proc), or None
    where that cannot be read (no such process, another system): with its id, it names one
    process, where an id alone may be reused by another after the first ended."""
    try:
        with open(f"/proc/{int(pid)}/stat", encoding="ascii") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None


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


NAME_MAX_BYTES = 255
"""The longest file name most file systems take (ext4, XFS, APFS: 255 bytes; NTFS: 255 UTF-16
units, never fewer bytes), where the folder's own limit cannot be asked."""


def _name_max(folder: Path) -> int:
    try:
        return min(os.pathconf(folder, "PC_NAME_MAX"), NAME_MAX_BYTES)
    except (OSError, ValueError, AttributeError):  # no such folder, or no pathconf (Windows)
        return NAME_MAX_BYTES


def sibling(target: Path, prefix: str = "", suffix: str = "") -> Path:
    """The file ``<prefix><name><suffix>`` beside ``target`` (a lock, a backup, a temporary file).

    A session's name may be as long as the file system allows, leaving no room for the prefix
    and suffix: the name part is then shortened (at a character's end) and tagged with a hash
    of the whole name, so the same file always gets the same sibling and files whose names
    differ only after the cut do not share one.
    """
    name = f"{prefix}{target.name}{suffix}"
    limit = _name_max(target.parent)
    if len(os.fsencode(name)) <= limit:
        return target.with_name(name)
    whole = os.fsencode(target.name)
    tag = "~" + hashlib.sha256(whole).hexdigest()[:8]
    room = limit - len(os.fsencode(prefix + suffix + tag))
    cut = whole[: max(room, 0)].decode("utf-8", "ignore")
    return target.with_name(f"{prefix}{cut}{tag}{suffix}")


def temp_name(target: Path) -> Path:
    """Temporary file beside ``target``: ``.<name>.tmp-<pid>-<host tag>-<random>``
    (:func:`sibling`: the name shortened if the whole would be too long).

    The process id and host tag let :func:`cleanup_temp_files` tell a crash leftover from a
    save in progress.
    """
    random = secrets.token_hex(4)
    return sibling(target, ".", f"{TEMP_MARK}{os.getpid()}-{HOST_TAG}-{random}")


def cleanup_temp_files(folder: Path) -> list[Path]:
    """Remove our temporary files left in ``folder`` by a crashed save.

    Only files with our naming pattern are removed, and only when they are older than a minute
    or were written on this machine by a process that is gone: they may hold patient data and
    are never a valid session. ``save_session`` calls it for the folder it saved in.

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            # Cheap tests first: a save calls this in folders of thousands of sessions.
            candidates = [e for e in entries if e.name.startswith(".") and TEMP_MARK in e.name]
    except OSError:
        return removed
    for entry in candidates:
        match = _TEMP_PATTERN.match(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS
        except OSError:
            continue
        ours = match.group("host") == HOST_TAG
        if old or (ours and not pid_alive(int(match.group("pid")))):
            path = Path(entry.path)
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def cleanup_folders(paths: Iterable[Path]) -> list[Path]:
    """:func:`cleanup_temp_files` for the folder of each path (e.g. the recent files at start).

    Each folder is visited once; folders that are gone or unreadable are skipped.

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        folder = Path(path).absolute().parent
        if folder in seen:
            continue
        seen.add(folder)
        removed += cleanup_temp_files(folder)
    return removed
