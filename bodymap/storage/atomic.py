"""Atomic replacement of a file: its new bytes in a temporary file beside it, then a rename.

The file holds either its old or its new bytes, never a part of them: the temporary file is
written, flushed to disk and renamed over the file, and the folder is flushed. The previous
file can be kept as ``<name>.bak``; a replaced file keeps its mode.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bodymap.i18n import translate
from bodymap.storage.errors import SaveError
from bodymap.storage.private import PRIVATE_FILE_MODE
from bodymap.storage.temps import sibling, temp_name

REPLACE_RETRIES = 10
REPLACE_RETRY_DELAY_S = 0.05
_NEW_FILE_MODE = 0o666
"""Mode asked for a new file in a folder the user chose; the user's umask (and the folder's
default ACL) then decide, as for any other program's files there."""


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
    folder_name = str(folder.name or folder)
    if exc.errno == errno.EROFS:
        text = translate(
            "storage", "Could not save: the folder \u201c{folder}\u201d is on a read-only disk."
        )
    elif exc.errno in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        text = translate(
            "storage",
            "Could not save: no permission to write in the folder \u201c{folder}\u201d "
            "(read-only?).",
        )
    elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("storage", "Could not save: the disk is full.")
    elif exc.errno == errno.ENOENT:
        text = translate(
            "storage", "Could not save: the folder \u201c{folder}\u201d does not exist."
        )
    elif exc.errno == errno.EISDIR or isinstance(exc, IsADirectoryError):
        return translate("storage", "Could not save: a folder has that name.")
    elif exc.errno == errno.ELOOP:
        return symlink_refused()
    else:
        reason = os.strerror(exc.errno) if exc.errno else translate("storage", "input/output error")
        return translate("storage", "Could not save: {reason}.").format(reason=reason)
    return text.format(folder=folder_name)


def symlink_refused() -> str:
    """Why a save stops at a symbolic link in the way."""
    return translate(
        "storage", "Could not save: a symbolic link is in the way, and it is not followed here."
    )


def _keep_backup(target: Path) -> None:
    """Keep the current ``target`` as ``<name>.bak`` (a hard link, or a copy where links fail).

    Best effort: a missing backup never stops a save, the atomic replace protects the file.
    """
    bak = sibling(target, suffix=".bak")
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
        discard_temp(tmp)
        raise
    writer.join()
    if failure:
        discard_temp(tmp)
        raise failure[0]


def discard_temp(tmp: Path) -> None:
    """Delete a temporary file made by :func:`create_temp` that will not replace its target;
    a failure is no error."""
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
        raise SaveError(symlink_refused())
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
        discard_temp(tmp)
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
            raise SaveError(symlink_refused())
        _replace(tmp, target)
        _fsync_dir(folder)
    except SaveError:
        discard_temp(tmp)
        raise  # from ``check`` or a link planted meanwhile: a plain message
    except OSError as exc:
        discard_temp(tmp)
        raise SaveError(_explain(exc, folder)) from None
