"""Reading a clinic folder into the index: find the session files, (re)index one file.

Used by ``ClinicIndex.refresh``. A file that cannot be read or is not a valid session becomes
a ``FileProblem``; nothing here stops a refresh.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from bodymap import signing, storage
from bodymap.history.database import insert_session
from bodymap.history.records import FileProblem, as_amended
from bodymap.i18n import translate
from bodymap.model import Session

_log = logging.getLogger(__name__)

Stamp = tuple[int, int]
"""A file's modification time (ns) and size: what tells the index a file has changed."""


def scan_folder(folder: Path, problems: list[FileProblem]) -> Iterator[tuple[str, Stamp]]:
    """Yield (path relative to ``folder``, stamp) of every session file below it.

    Hidden files and folders are skipped; folders and files that cannot be read are added
    to ``problems``.
    """
    if not folder.is_dir():
        problems.append(
            FileProblem(folder, translate("history", "the clinic folder does not exist"))
        )
        return
    pending = [folder]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(Path(entry.path))
                        elif entry.name.endswith(storage.SUFFIX) and entry.is_file():
                            st = entry.stat()
                            rel = Path(entry.path).relative_to(folder).as_posix()
                            yield rel, (st.st_mtime_ns, st.st_size)
                    except OSError as exc:
                        problems.append(FileProblem(Path(entry.path), os_message(exc)))
        except OSError as exc:
            problems.append(FileProblem(directory, os_message(exc)))


def stat_files(
    folder: Path, paths: list[Path], problems: list[FileProblem]
) -> Iterator[tuple[str, Stamp]]:
    """Like :func:`scan_folder`, for the given files only: those below ``folder`` that
    ``scan_folder`` would list and that exist (a file that is gone is simply not yielded)."""
    try:
        base = folder.resolve()
    except OSError as exc:
        problems.append(FileProblem(folder, os_message(exc)))
        return
    for path in paths:
        try:
            rel = Path(path).resolve().relative_to(base)
        except (OSError, ValueError):
            continue
        if not rel.name.endswith(storage.SUFFIX) or any(p.startswith(".") for p in rel.parts):
            continue
        try:
            st = (base / rel).stat()
        except FileNotFoundError:
            continue
        except OSError as exc:
            problems.append(FileProblem(Path(path), os_message(exc)))
            continue
        yield rel.as_posix(), (st.st_mtime_ns, st.st_size)


@dataclasses.dataclass(frozen=True, slots=True)
class Indexed:
    """What indexing one file found: its problem, or the patient its session names."""

    problem: FileProblem | None = None
    key: str | None = None
    """The session's patient key (None for a problem, or a session naming no patient)."""


def index_file(
    conn: sqlite3.Connection,
    folder: Path,
    rel: str,
    stamp: Stamp,
    file_id: int | None,
    key_ring: signing.KeyRing,
) -> Indexed:
    """Read one session file and store it under ``file_id`` (a new row if None), as its
    amendments correct it when the clinic's keys (``key_ring``) confirm them (:func:`as_amended`).

    The result holds the problem if the file could not be read or is not a valid session;
    the file's row then records the error, so that it is not read again until it changes.
    """
    path = folder / rel
    mtime_ns, size = stamp
    session: Session | None = None
    error: str | None = None
    try:
        session = as_amended(storage.load_session(path), key_ring)
    except storage.SessionFileError as exc:
        error = str(exc) or type(exc).__name__
    except OSError as exc:
        error = os_message(exc)
    except Exception as exc:  # a bad file must never stop indexing the others
        # Not the path: a patient's folder is named after the patient (see places.py).
        _log.error("unexpected failure reading a session file (%s)", type(exc).__name__)
        # Not its text: it may quote the file.
        error = translate("history", "unexpected error ({kind})").format(kind=type(exc).__name__)
    if file_id is None:
        cursor = conn.execute(
            "INSERT INTO files (path, mtime_ns, size, error) VALUES (?, ?, ?, ?)",
            (rel, mtime_ns, size, error),
        )
        file_id = cursor.lastrowid
    else:
        conn.execute("DELETE FROM points WHERE file_id = ?", (file_id,))
        conn.execute("DELETE FROM sessions WHERE file_id = ?", (file_id,))
        conn.execute(
            "UPDATE files SET mtime_ns = ?, size = ?, error = ? WHERE id = ?",
            (mtime_ns, size, error, file_id),
        )
    if session is None:
        return Indexed(problem=FileProblem(path, error or translate("history", "unreadable")))
    return Indexed(key=insert_session(conn, file_id, session))


def os_message(exc: OSError) -> str:
    """An OS error's own words (without the path, which the problem names)."""
    return exc.strerror or str(exc)
