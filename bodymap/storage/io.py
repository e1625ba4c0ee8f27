"""Reading and writing session files: bounded reads, exact bytes, atomic saves with a backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import stat
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

import bodymap
from bodymap.model import Session
from bodymap.storage.canonical import content_sha256
from bodymap.storage.errors import SaveError, SessionFileError
from bodymap.storage.format import FORMAT, FORMAT_VERSION, SessionFile
from bodymap.storage.parsing import check_bounds, parse_session, validation_message
from bodymap.storage.private import PRIVATE_FILE_MODE
from bodymap.storage.temps import HOST_TAG, TEMP_MARK, cleanup_temp_files, temp_name

__all__ = [
    "HOST_TAG",
    "MAX_FILE_BYTES",
    "TEMP_MARK",
    "FileTooLargeError",
    "NotRegularFileError",
    "atomic_write",
    "content_sha256",
    "create_temp",
    "dumps_session",
    "load_session",
    "read_regular",
    "replace_with_temp",
    "save_session",
    "temp_name",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are refused before parsing (a 2,000-point session is well under 2 MB)."""
REPLACE_RETRIES = 10
REPLACE_RETRY_DELAY_S = 0.05
_NEW_FILE_MODE = 0o666
"""Mode asked for a new file in a folder the user chose; the user's umask (and the folder's
default ACL) then decide, as for any other program's files there."""


# --- reading -------------------------------------------------------------------------------


class NotRegularFileError(OSError):
    """The path names a pipe, a device or a socket, not a file."""


class FileTooLargeError(OSError):
    """The file is larger than the limit it was read with."""


def read_regular(path: Path, limit: int, *, follow_symlinks: bool = True) -> bytes:
    """Up to ``limit`` + 1 bytes of the regular file ``path``, never blocking on what it is.

    The file is opened without waiting (a named pipe swapped in for a file opens at once) and
    checked on the open handle, so a folder, pipe or device is refused unread, as is a file
    whose size is over ``limit``. Reading more than ``limit`` bytes means the file grew: the
    caller sees ``limit`` + 1 bytes and decides.

    Raises:
        IsADirectoryError: a folder.
        NotRegularFileError: a pipe, device or socket.
        FileTooLargeError: larger than ``limit``.
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
        return b"".join(chunks)
    finally:
        os.close(fd)


def _read_bytes(path: Path, *, follow_symlinks: bool = True) -> bytes:
    """The file's bytes, refusing folders, devices and anything over the size limit unread."""
    try:
        data = read_regular(path, MAX_FILE_BYTES, follow_symlinks=follow_symlinks)
    except IsADirectoryError:
        raise SessionFileError("this is a folder, not a session file") from None
    except NotRegularFileError:
        raise SessionFileError("this is not a regular file (a device or a pipe?)") from None
    except FileTooLargeError:
        raise SessionFileError(_too_large()) from None
    except FileNotFoundError:
        raise SessionFileError("the file does not exist") from None
    except PermissionError:
        raise SessionFileError("permission denied: the file cannot be read") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_symlinks:
            raise SessionFileError("this is a symbolic link, which is not followed here") from None
        reason = os.strerror(exc.errno) if exc.errno else "input/output error"
        raise SessionFileError(f"the file cannot be read ({reason})") from None
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        raise SessionFileError(_too_large())
    return data


def _too_large() -> str:
    return f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not a session file"


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


# --- writing -------------------------------------------------------------------------------


def dumps_session(session: Session, saved_at: dt.datetime | None = None) -> bytes:
    """The exact bytes a save writes: UTF-8 JSON, indented, stable key order, final newline."""
    envelope = SessionFile(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        app_version=bodymap.__version__,
        saved_at=saved_at or dt.datetime.now(dt.UTC).replace(microsecond=0),
        session=session,
    )
    # The serializer's bytes directly: model_dump_json would decode them to str first.
    return SessionFile.__pydantic_serializer__.to_json(envelope, indent=2) + b"\n"


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # folders cannot be opened for fsync there
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _explain(exc: OSError, folder: Path) -> str:
    where = f"the folder \u201c{folder.name or folder}\u201d"
    if exc.errno == errno.EROFS:
        return f"Could not save: {where} is on a read-only disk."
    if exc.errno in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return f"Could not save: no permission to write in {where} (read-only?)."
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "Could not save: the disk is full."
    if exc.errno == errno.ENOENT:
        return f"Could not save: {where} does not exist."
    if exc.errno == errno.EISDIR or isinstance(exc, IsADirectoryError):
        return "Could not save: a folder has that name."
    if exc.errno == errno.ELOOP:
        return "Could not save: a symbolic link is in the way, and it is not followed here."
    reason = os.strerror(exc.errno) if exc.errno else "input/output error"
    return f"Could not save: {reason}."


def _keep_backup(target: Path) -> None:
    """Keep the current ``target`` as ``<name>.bak`` (a hard link, or a copy where links fail).

    Best effort: a missing backup never stops a save, the atomic replace protects the file.
    """
    bak = target.with_name(target.name + ".bak")
    with contextlib.suppress(OSError):
        bak.unlink(missing_ok=True)
    try:
        os.link(target, bak)
    except OSError:
        with contextlib.suppress(OSError):
            shutil.copy2(target, bak)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _existing_mode(target: Path) -> int | None:
    """The permission bits of the regular file ``target``, or None when there is none."""
    try:
        info = os.stat(target)
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) & 0o777 if stat.S_ISREG(info.st_mode) else None


def _final_mode(target: Path, private: bool) -> int | None:
    """The mode the written file gets: 0600 if private, else that of the file it replaces;
    None for a new file (its creation mode, from the user's umask, stands)."""
    return PRIVATE_FILE_MODE if private else _existing_mode(target)


def _open_temp(tmp: Path, mode: int | None) -> int:
    """Create ``tmp`` exclusively (never through a link) and return its descriptor.

    Created 0600 when its final ``mode`` is known (it is set once the data is written), else
    with the mode a new file in that folder gets.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    return os.open(tmp, flags, PRIVATE_FILE_MODE if mode is not None else _NEW_FILE_MODE)


def _write_temp(tmp: Path, data: bytes, mode: int | None) -> None:
    """Create ``tmp`` (it must not exist), write ``data``, set ``mode``, flush it to disk."""
    fd = _open_temp(tmp, mode)
    try:
        _write_all(fd, data)
        if mode is not None and hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp_during(tmp: Path, data: bytes, mode: int | None, check: Callable[[], None]) -> None:
    """``_write_temp`` in a thread while ``check`` runs here (the disk wait overlaps the check).

    Raises whatever ``check`` raised, else whatever the writer raised (its OSError becomes the
    caller's save error); on any failure ``tmp`` is removed.
    """
    failure: list[BaseException] = []

    def write() -> None:
        try:
            _write_temp(tmp, data, mode)
        except BaseException as exc:  # re-raised in the saving thread below
            failure.append(exc)

    writer = threading.Thread(target=write, name="bodymap-save")
    writer.start()
    try:
        check()
    except BaseException:
        writer.join()
        _discard(tmp)
        raise
    writer.join()
    if failure:
        _discard(tmp)
        raise failure[0]


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _resolve_target(target: Path, follow_symlinks: bool) -> Path:
    """The file to replace: a symbolic link's target when links are followed.

    Raises:
        SaveError: links are not followed and ``target`` is one.
    """
    if not target.is_symlink():
        return target
    if not follow_symlinks:
        raise SaveError(
            "Could not save: a symbolic link is in the way, and it is not followed here."
        )
    return Path(os.path.realpath(target))


def _replace(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` over ``target``, retrying briefly while another program holds it."""
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:
            # Windows: antivirus or sync tools may hold the target for a moment.
            if attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(REPLACE_RETRY_DELAY_S)


def create_temp(target: Path | str, *, private: bool = False) -> Path:
    """Create an empty temporary file beside ``target`` for another writer (a PDF printer).

    Named as every temporary file of ours (so crash leftovers are cleaned up), created
    exclusively and never through a link; a symbolic link ``target`` is followed, as
    :func:`atomic_write` does. Fill it, then call :func:`replace_with_temp`.

    Raises:
        SaveError: it could not be created; the message says why.
    """
    resolved = _resolve_target(Path(target), follow_symlinks=True)
    tmp = temp_name(resolved)
    try:
        os.close(_open_temp(tmp, PRIVATE_FILE_MODE if private else None))
    except OSError as exc:
        raise SaveError(_explain(exc, resolved.parent)) from None
    return tmp


def replace_with_temp(
    tmp: Path, target: Path | str, *, private: bool = False, backup: bool = False
) -> None:
    """Replace ``target`` by the written temporary file ``tmp`` (from :func:`create_temp`).

    Gives ``tmp`` the mode of the file it replaces (0600 if ``private``), flushes it to disk,
    optionally keeps the previous file as ``<name>.bak``, renames it over the target and
    flushes the folder. On failure ``tmp`` is removed and the target is unchanged.

    Raises:
        SaveError: nothing was replaced; the message says why.
    """
    resolved = _resolve_target(Path(target), follow_symlinks=True)
    mode = _final_mode(resolved, private)
    try:
        flags = os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(tmp, flags)
        try:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        if backup and _existing_mode(resolved) is not None:
            _keep_backup(resolved)
        _replace(tmp, resolved)
        _fsync_dir(resolved.parent)
    except OSError as exc:
        _discard(tmp)
        raise SaveError(_explain(exc, resolved.parent)) from None


def atomic_write(
    target: Path,
    data: bytes,
    *,
    backup: bool = True,
    check: Callable[[], None] | None = None,
    private: bool = False,
    follow_symlinks: bool = True,
) -> None:
    """Write ``data`` to ``target`` so that it holds either the old or the new bytes.

    Writes a temporary file in the same folder, flushes and fsyncs it, keeps the previous file
    as ``<name>.bak``, renames over the target (retrying briefly while another program holds
    it), then fsyncs the folder.

    Modes: a replaced file keeps its mode; a new file gets the mode the user's umask gives
    (files in a clinic folder are meant to be read by colleagues there); a ``private`` file is
    always 0600 (the temporary file is created 0600 whenever the final mode is known).

    Args:
        target: the file to write.
        data: its new bytes.
        backup: keep the previous file as ``<name>.bak``.
        check: run while the temporary file is written; if it raises, nothing is replaced,
            the temporary file is removed and its exception propagates.
        private: the file holds data for this user alone (mode 0600).
        follow_symlinks: a symbolic link ``target`` is followed, so the file it points to is
            replaced and the link stays; when False such a link is refused (for files in
            app-private folders, where a link can only have been planted).

    Raises:
        SaveError: nothing was replaced and no temporary file is left; the message says why.
    """
    target = _resolve_target(Path(target), follow_symlinks)
    folder = target.parent
    tmp = temp_name(target)
    try:
        mode = _final_mode(target, private)
        if check is None:
            _write_temp(tmp, data, mode)
        else:
            _write_temp_during(tmp, data, mode, check)
        if backup and _existing_mode(target) is not None:
            _keep_backup(target)
        if not follow_symlinks and target.is_symlink():
            raise SaveError(
                "Could not save: a symbolic link is in the way, and it is not followed here."
            )
        _replace(tmp, target)
        _fsync_dir(folder)
    except SaveError:
        _discard(tmp)
        raise  # from ``check`` or a link planted meanwhile: a plain message
    except OSError as exc:
        _discard(tmp)
        raise SaveError(_explain(exc, folder)) from None


def save_session(session: Session, path: Path | str) -> None:
    """Save ``session`` atomically to ``path`` (the previous version kept as ``<name>.bak``).

    A new file gets the mode the user's umask gives, a replaced file keeps its mode. Our
    temporary files left in the folder by a crash are removed after the save.

    The bytes are read back through the same checks as :func:`load_session` (while the
    temporary file is written) and nothing replaces the file unless they pass, so a save never
    produces a file that cannot be opened again. A signed session whose content no longer
    matches its signature is refused: a signed record is never saved changed (ADR 6).

    Raises:
        SaveError: the session was not saved and the file on disk is unchanged.
    """
    signature = session.signature
    if signature is not None and content_sha256(session) != signature.content_sha256:
        raise SaveError(
            "Could not save: this record is signed and its content differs from what was "
            "signed. Add an amendment instead."
        )
    data = dumps_session(session)

    def check() -> None:
        try:
            # The bytes pydantic just wrote are well-formed JSON; what could still fail on
            # opening is the model's own validation and the diagram bounds.
            check_bounds(SessionFile.model_validate_json(data).session)
        except ValidationError as exc:
            raise SaveError(
                f"Could not save: the session is not valid ({validation_message(exc)})."
            ) from None
        except SessionFileError as exc:
            raise SaveError(f"Could not save: the session is not valid ({exc}).") from None

    # The check runs while the temporary file goes to disk; nothing replaces the file
    # unless it passes.
    target = Path(path)
    atomic_write(target, data, check=check)
    # Temporary files a crash left in this folder hold whole sessions: clear them now.
    cleanup_temp_files(Path(os.path.realpath(target)).parent)
