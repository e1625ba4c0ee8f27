"""App-private folders (recovery files, the clinic index cache): 0700, their files 0600.

Files written where the user chose (sessions, PDFs) are not private: they follow the user's
umask, as ``atomic_write`` documents. What bodymap keeps for itself under the per-user data and
cache folders holds patient data too and is for this user alone, also when the folder was
created earlier with looser modes: whatever of it this user owns is tightened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_POSIX = os.name == "posix"


def _ours(info: os.stat_result) -> bool:
    return not _POSIX or info.st_uid == os.geteuid()


def _make_missing(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each 0700."""
    missing: list[Path] = []
    current = folder
    while not os.path.lexists(current) and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, PRIVATE_DIR_MODE)


def _tighten_folder(folder: Path) -> None:
    """0700 for a folder this user owns whose mode lets others in."""
    info = os.stat(folder)
    if _POSIX and _ours(info) and stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(folder, PRIVATE_DIR_MODE)


def tighten_file(path: Path) -> None:
    """0600 for a regular file this user owns whose mode lets others read it (links are left
    alone, never followed)."""
    if not _POSIX:
        return
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # gone, a link, or not ours to open
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and _ours(info) and stat.S_IMODE(info.st_mode) & 0o077:
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def private_folder(folder: Path, *, parent_is_ours: bool = False) -> Path:
    """Make ``folder`` a private folder of this user and return it.

    Missing folders on the way are created 0700. An existing ``folder`` this user owns is
    tightened to 0700, and so are its subfolders, and its files to 0600; with
    ``parent_is_ours`` (the folder's parent is bodymap's own data or cache folder, not one
    named by an environment variable) the parent is tightened too.

    Raises:
        OSError: it cannot be created, or ``folder`` is a symbolic link or not a folder.
    """
    folder = Path(folder)
    _make_missing(folder)
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise OSError(errno.ENOTDIR, "the private folder is not a folder (or is a link)")
    if parent_is_ours:
        _tighten_folder(folder.parent)
    _tighten_folder(folder)
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_symlink():
                continue
            if entry.is_dir(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    _tighten_folder(Path(entry.path))
            else:
                tighten_file(Path(entry.path))
    return folder


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (never through a link), so
    that a program which then opens it (SQLite) keeps that mode for it and its companions."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, flags, PRIVATE_FILE_MODE))
