"""Reading and writing session files: bounded reads, exact bytes, atomic saves with a backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import secrets
import shutil
import socket
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

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are refused before parsing (a 2,000-point session is well under 2 MB)."""
TEMP_MARK = ".tmp-"
HOST_TAG = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
"""Identifies this machine in temporary file names, so clean-up never judges another's pids."""
REPLACE_RETRIES = 10
REPLACE_RETRY_DELAY_S = 0.05


# --- reading -------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing folders, devices and anything over the size limit unread."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SessionFileError("this is a folder, not a session file")
        if not stat.S_ISREG(info.st_mode):
            raise SessionFileError("this is not a regular file (a device or a pipe?)")
        if info.st_size > MAX_FILE_BYTES:
            raise SessionFileError(_too_large())
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except SessionFileError:
        raise
    except FileNotFoundError:
        raise SessionFileError("the file does not exist") from None
    except IsADirectoryError:
        raise SessionFileError("this is a folder, not a session file") from None
    except PermissionError:
        raise SessionFileError("permission denied: the file cannot be read") from None
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else "input/output error"
        raise SessionFileError(f"the file cannot be read ({reason})") from None
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        raise SessionFileError(_too_large())
    return data


def _too_large() -> str:
    return f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not a session file"


def load_session(path: Path | str) -> Session:
    """Read a session file, upgrading older format versions.

    Raises:
        SessionFileError: the file is missing, unreadable or not a valid session; the message
            says what and where, and never repeats the file's content.
    """
    return parse_session(_read_bytes(Path(path)))


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
    reason = os.strerror(exc.errno) if exc.errno else "input/output error"
    return f"Could not save: {reason}."


def temp_name(target: Path) -> Path:
    """Temporary file beside ``target``: ``.<name>.tmp-<pid>-<host tag>-<random>``.

    The process id and host tag let :func:`cleanup_temp_files` tell a crash leftover from a
    save in progress.
    """
    random = secrets.token_hex(4)
    return target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}-{HOST_TAG}-{random}")


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


def _write_temp(tmp: Path, data: bytes, mode: int | None) -> None:
    """Create ``tmp`` (it must not exist), write ``data``, set ``mode``, flush it to disk."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
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


def atomic_write(
    target: Path, data: bytes, *, backup: bool = True, check: Callable[[], None] | None = None
) -> None:
    """Write ``data`` to ``target`` so that it holds either the old or the new bytes.

    Writes a temporary file (mode 0600, or the mode of the file it replaces) in the same
    folder, flushes and fsyncs it, keeps the previous file as ``<name>.bak``, renames over the
    target (retrying briefly while another program holds it), then fsyncs the folder. A
    symbolic link is followed, so the file it points to is replaced and the link stays.

    Args:
        target: the file to write.
        data: its new bytes.
        backup: keep the previous file as ``<name>.bak``.
        check: run while the temporary file is written; if it raises, nothing is replaced,
            the temporary file is removed and its exception propagates.

    Raises:
        SaveError: nothing was replaced and no temporary file is left; the message says why.
    """
    target = Path(target)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent
    tmp = temp_name(target)
    try:
        existing_mode: int | None = None
        with contextlib.suppress(OSError):
            info = target.stat()
            if stat.S_ISREG(info.st_mode):
                existing_mode = stat.S_IMODE(info.st_mode)
        if check is None:
            _write_temp(tmp, data, existing_mode)
        else:
            _write_temp_during(tmp, data, existing_mode, check)
        if backup and existing_mode is not None:
            _keep_backup(target)
        for attempt in range(REPLACE_RETRIES):
            try:
                os.replace(tmp, target)
                break
            except PermissionError:
                # Windows: antivirus or sync tools may hold the target for a moment.
                if attempt == REPLACE_RETRIES - 1:
                    raise
                time.sleep(REPLACE_RETRY_DELAY_S)
        _fsync_dir(folder)
    except SaveError:
        raise  # from ``check``: already a plain message, the temporary file removed
    except OSError as exc:
        _discard(tmp)
        raise SaveError(_explain(exc, folder)) from None


def save_session(session: Session, path: Path | str) -> None:
    """Save ``session`` atomically to ``path`` (the previous version kept as ``<name>.bak``).

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
    atomic_write(Path(path), data, check=check)
