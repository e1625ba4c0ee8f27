"""Autosave recovery files in the per-user data folder; never a substitute for a save.

A recovery file is named from a hash of the session id and the original file's real path, so
two files holding the same session (a copy) never share one, and removing one's recovery never
touches the other's. The folder is private (0700, files 0600); its files are written and read
without following symbolic links, and a link planted in it is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from bodymap.i18n import translate
from bodymap.model import Session
from bodymap.storage.atomic import atomic_write
from bodymap.storage.errors import SaveError
from bodymap.storage.files import FileStamp, change_reason, stamp
from bodymap.storage.private import private_folder
from bodymap.storage.reading import load_session, read_regular
from bodymap.storage.temps import cleanup_temp_files, pid_alive, process_started
from bodymap.storage.writing import dumps_session

RECOVERY_SUFFIX = ".recovery.bodymap.json"
META_SUFFIX = ".meta.json"
DATA_ENV = "BODYMAP_DATA_DIR"
"""Environment variable that overrides the per-user data folder (tests set it)."""
_META_BYTES = 64 * 1024


def data_dir() -> Path:
    """The per-user data folder of bodymap (``$BODYMAP_DATA_DIR`` when set)."""
    base = os.environ.get(DATA_ENV)
    return Path(base) if base else Path(platformdirs.user_data_dir("bodymap", "bodymap"))


def recovery_dir() -> Path:
    """Where recovery files live (``BODYMAP_DATA_DIR`` overrides the data folder, for tests)."""
    return data_dir() / "recovery"


def recovery_name(session_id: str, original: Path | None) -> str:
    """The recovery file's name for a session kept in ``original`` (None: never saved).

    A hash of the id and the original's real path: no text from the file reaches the file
    system, and two files with the same session id get separate recovery files.
    """
    where = os.path.realpath(original) if original is not None else ""
    key = f"{session_id}\0{where}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(key).hexdigest()[:32] + RECOVERY_SUFFIX


@dataclass(frozen=True)
class RecoveryInfo:
    """One recovery file: where it is, which file it belongs to, when it was written."""

    path: Path
    original: Path | None
    saved_at: dt.datetime
    pid: int | None = None
    original_sha256: str | None = None
    """SHA-256 of the original file's bytes when the autosave was written (None: unknown)."""
    pid_started: int | None = None
    """When the process that wrote it started (``process_started``; None: unknown)."""

    @property
    def pid_alive(self) -> bool:
        """Whether the process that wrote it still runs (then it is not a crash leftover).

        A process with that id that started at another time is another process (the id was
        reused, after a restart perhaps): the work is a leftover, to be offered.
        """
        if self.pid is None or not pid_alive(self.pid):
            return False
        if self.pid_started is None:
            return True
        started = process_started(self.pid)
        return started is None or started == self.pid_started

    def original_change(self) -> str | None:
        """Why the original file differs from what it was at the autosave, or None if it does
        not: then restoring over it loses nothing.

        Ask before a restored session is saved over an original that changed since (another
        workstation saved it, or it was edited elsewhere). An original without a recorded hash
        (an autosave of an older version) counts as changed: nobody can tell.
        """
        if self.original is None:
            return None
        if self.original_sha256 is None:
            return translate("storage", "the file's state at the autosave is not known")
        before = FileStamp(0, 0, self.original_sha256)
        return change_reason(self.original, before)

    def original_changed(self) -> bool:
        """Whether the original file changed since the autosave (see ``original_change``)."""
        return self.original_change() is not None


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(RECOVERY_SUFFIX) + META_SUFFIX)


def _folder() -> Path:
    try:
        return private_folder(recovery_dir(), parent_is_ours=DATA_ENV not in os.environ)
    except OSError as exc:
        reason = exc.strerror or translate("storage", "the folder is unusable")
        raise SaveError(
            translate("storage", "Could not write the recovery file: {reason}.").format(
                reason=reason
            )
        ) from None


def write_recovery(
    session: Session, original: Path | None, *, base: FileStamp | None = None
) -> Path:
    """Write the unsaved session to its recovery file (atomically) and return the path.

    The notes beside it record the original file's path and a content hash of it, so that a
    restore can tell whether the original changed since (``RecoveryInfo.original_changed``):
    the hash of ``base``, the stamp the window took when it opened or last saved the file
    (what the unsaved edits started from), else of the file as it is now.

    Raises:
        SaveError: the recovery file could not be written (also when a symbolic link is in
            the way in the recovery folder).
    """
    folder = _folder()
    path = folder / recovery_name(session.id, original)
    atomic_write(path, dumps_session(session), backup=False, private=True, follow_symlinks=False)
    if base is None and original is not None:
        base = stamp(original)
    meta = {
        "original": str(original) if original else None,
        "session_id": session.id,
        "original_sha256": base.sha256 if base is not None and original else None,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(),
        "pid": os.getpid(),
        "pid_started": process_started(os.getpid()),
    }
    atomic_write(
        _meta_path(path),
        json.dumps(meta).encode("utf-8"),
        backup=False,
        private=True,
        follow_symlinks=False,
    )
    return path


def _read_meta(path: Path) -> dict[str, object]:
    with contextlib.suppress(OSError, ValueError):
        meta = json.loads(read_regular(_meta_path(path), _META_BYTES, follow_symlinks=False))
        if isinstance(meta, dict):
            return meta
    return {}


def list_recoveries() -> list[RecoveryInfo]:
    """Recovery files left by sessions that did not end cleanly, newest first.

    Symbolic links in the recovery folder are never followed (nor listed).
    """
    folder = recovery_dir()
    if not folder.is_dir() or folder.is_symlink():
        return []
    with contextlib.suppress(OSError):
        private_folder(folder, parent_is_ours=DATA_ENV not in os.environ)
    cleanup_temp_files(folder)
    found: list[RecoveryInfo] = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"*{RECOVERY_SUFFIX}"):
            if path.is_symlink() or not path.is_file():
                continue
            saved_at = dt.datetime.fromtimestamp(path.lstat().st_mtime, dt.UTC)
            meta = _read_meta(path)
            original = meta.get("original")
            digest = meta.get("original_sha256")
            pid = meta.get("pid")
            started = meta.get("pid_started")
            noted = meta.get("saved_at")  # missing when a crash came between the two writes
            if isinstance(noted, str):
                with contextlib.suppress(ValueError):
                    saved_at = dt.datetime.fromisoformat(noted)
            found.append(
                RecoveryInfo(
                    path,
                    Path(original) if isinstance(original, str) and original else None,
                    saved_at if saved_at.tzinfo else saved_at.replace(tzinfo=dt.UTC),
                    pid if isinstance(pid, int) else None,
                    digest if isinstance(digest, str) else None,
                    started if isinstance(started, int) else None,
                )
            )
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def load_recovery(info: RecoveryInfo) -> Session:
    """The session kept in a recovery file (a symbolic link is refused, not followed).

    Raises:
        SessionFileError: the recovery file is damaged.
    """
    return load_session(info.path, follow_symlinks=False)


def remove_recovery(path: Path) -> None:
    """Delete a recovery file and its notes (after a save, a clean exit or a decision)."""
    for candidate in (path, _meta_path(path)):
        with contextlib.suppress(OSError):
            candidate.unlink()


__all__ = [
    "RECOVERY_SUFFIX",
    "RecoveryInfo",
    "data_dir",
    "list_recoveries",
    "load_recovery",
    "recovery_dir",
    "recovery_name",
    "remove_recovery",
    "write_recovery",
]
