"""Reading session files: bounded reads that never wait on a pipe or device, strict parsing.

A file is checked on its open handle before it is read: a folder, pipe or device is refused
unread, as is a file over the size limit. What it holds is then parsed as strictly as a save
checks it (:mod:`bodymap.storage.parsing`).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from bodymap.i18n import translate
from bodymap.model import Session
from bodymap.storage.errors import SessionFileError
from bodymap.storage.parsing import parse_session

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are refused before parsing (a 2,000-point session is well under 2 MB)."""


class NotRegularFileError(OSError):
    """The path names a pipe, a device or a socket, not a file."""


class FileTooLargeError(OSError):
    """The file is larger than the limit it was read with."""


def read_regular(path: Path, limit: int, *, follow_symlinks: bool = True) -> bytes:
    """The bytes (at most ``limit``) of the regular file ``path``, never blocking on what it is.

    The file is opened without waiting (a named pipe swapped in for a file opens at once) and
    checked on the open handle, so a folder, pipe or device is refused unread, as is a file
    whose size is over ``limit``, or that grows past it while it is read.

    Raises:
        IsADirectoryError: a folder.
        NotRegularFileError: a pipe, device or socket.
        FileTooLargeError: larger than ``limit``, before or while it is read.
        OSError: it cannot be opened or read (``ELOOP`` for a link not followed).
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(errno.EINVAL, "not a regular file")
        if info.st_size > limit:
            raise FileTooLargeError(errno.EFBIG, "too large")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:  # more than ``limit`` bytes: it grew while it was read
            raise FileTooLargeError(errno.EFBIG, "too large")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _read_bytes(path: Path, *, follow_symlinks: bool = True) -> bytes:
    """The file's bytes, refusing folders, devices and anything over the size limit unread."""
    try:
        data = read_regular(path, MAX_FILE_BYTES, follow_symlinks=follow_symlinks)
    except IsADirectoryError:
        raise SessionFileError(
            translate("storage", "this is a folder, not a session file")
        ) from None
    except NotRegularFileError:
        raise SessionFileError(
            translate("storage", "this is not a regular file (a device or a pipe?)")
        ) from None
    except FileTooLargeError:
        raise SessionFileError(_too_large()) from None
    except FileNotFoundError:
        raise SessionFileError(translate("storage", "the file does not exist")) from None
    except PermissionError:
        raise SessionFileError(
            translate("storage", "permission denied: the file cannot be read")
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_symlinks:
            raise SessionFileError(
                translate("storage", "this is a symbolic link, which is not followed here")
            ) from None
        reason = os.strerror(exc.errno) if exc.errno else translate("storage", "input/output error")
        raise SessionFileError(
            translate("storage", "the file cannot be read ({reason})").format(reason=reason)
        ) from None
    return data


def _too_large() -> str:
    return translate("storage", "the file is larger than {mb} MB: not a session file").format(
        mb=MAX_FILE_BYTES // (1024 * 1024)
    )


def load_session(path: Path | str, *, follow_symlinks: bool = True) -> Session:
    """Read a session file, upgrading older format versions.

    Args:
        path: the session file.
        follow_symlinks: when False a symbolic link is refused (files in app-private folders).

    Raises:
        SessionFileError: the file is missing, unreadable or not a valid session; the message
            says what and where, and never repeats the file's content.
    """
    return parse_session(_read_bytes(Path(path), follow_symlinks=follow_symlinks))
