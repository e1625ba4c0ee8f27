"""Autosave recovery files in the per-user data folder; never a substitute for a save."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from bodymap.model import Session
from bodymap.storage.errors import SaveError
from bodymap.storage.files import cleanup_temp_files, pid_alive
from bodymap.storage.io import atomic_write, dumps_session, load_session

RECOVERY_SUFFIX = ".recovery.bodymap.json"


def user_data_dir() -> Path:
    """The per-user data folder of bodymap (``BODYMAP_DATA_DIR`` overrides, for tests)."""
    base = os.environ.get("BODYMAP_DATA_DIR") or platformdirs.user_data_dir("bodymap", "bodymap")
    return Path(base)


def recovery_dir() -> Path:
    """Where recovery files live: ``recovery`` in :func:`user_data_dir`."""
    return user_data_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryInfo:
    """One recovery file: where it is, which file it belongs to, when it was written."""

    path: Path
    original: Path | None
    saved_at: dt.datetime
    pid: int | None = None

    @property
    def pid_alive(self) -> bool:
        """Whether the process that wrote it still runs (then it is not a crash leftover)."""
        return self.pid is not None and pid_alive(self.pid)


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(RECOVERY_SUFFIX) + ".meta.json")


def write_recovery(session: Session, original: Path | None) -> Path:
    """Write the unsaved session to its recovery file (atomically) and return the path.

    Raises:
        SaveError: the recovery file could not be written.
    """
    folder = recovery_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # holds patient data
    except OSError as exc:
        raise SaveError(f"Could not write the recovery file: {exc.strerror}") from None
    path = folder / f"{session.id}{RECOVERY_SUFFIX}"
    atomic_write(path, dumps_session(session), backup=False)
    meta = {
        "original": str(original) if original else None,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(),
        "pid": os.getpid(),
    }
    atomic_write(_meta_path(path), json.dumps(meta).encode("utf-8"), backup=False)
    return path


def list_recoveries() -> list[RecoveryInfo]:
    """Recovery files left by sessions that did not end cleanly, newest first."""
    folder = recovery_dir()
    cleanup_temp_files(folder)
    found: list[RecoveryInfo] = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"*{RECOVERY_SUFFIX}"):
            original: Path | None = None
            saved_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
            pid: int | None = None
            with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
                meta = json.loads(_meta_path(path).read_text("utf-8"))
                original = Path(meta["original"]) if meta.get("original") else None
                saved_at = dt.datetime.fromisoformat(meta["saved_at"])
                pid = int(meta["pid"])
            found.append(RecoveryInfo(path, original, saved_at, pid))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def load_recovery(info: RecoveryInfo) -> Session:
    """The session kept in a recovery file.

    Raises:
        SessionFileError: the recovery file is damaged.
    """
    return load_session(info.path)


def remove_recovery(path: Path) -> None:
    """Delete a recovery file and its notes (after a save, a clean exit or a decision)."""
    for candidate in (path, _meta_path(path)):
        with contextlib.suppress(OSError):
            candidate.unlink()
