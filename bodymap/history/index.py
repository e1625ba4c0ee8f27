"""ClinicIndex: a SQLite index of a clinic folder of session files, kept in the user's cache.

The session files stay the truth. The index only remembers, per file, its size and
modification time and what a patient lookup needs (patient, date, points, treatments), so
that finding a patient's sessions among ten thousand files does not mean opening them.
``refresh`` rescans the folder and re-reads only the files that are new or changed. A cache
database that is corrupt or from an older layout is dropped and rebuilt from the files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Self, TypeVar

from bodymap import signing, storage
from bodymap.history import queries, search
from bodymap.history.database import (
    SCHEMA_VERSION,
    create_tables,
    drop_tables,
    is_access_problem,
    is_corruption,
    layout_ok,
    writing,
)
from bodymap.history.keys import CACHE_ENV, default_cache_dir, fold
from bodymap.history.records import (
    FileProblem,
    HistoricPoint,
    PatientSummary,
    RefreshReport,
    SessionSummary,
)
from bodymap.history.scanning import index_file, scan_folder, stat_files

_log = logging.getLogger(__name__)

_T = TypeVar("_T")

Progress = Callable[[int, int], None]
"""Told (files read, files to read) while a refresh reads the folder."""
PROGRESS_EVERY = 250
"""A refresh reports its progress after this many files read."""

BUSY_TIMEOUT_S = 60.0
"""How long a refresh waits for another process's refresh of the same index to finish."""
_COMPANIONS = ("-journal", "-wal", "-shm")


def default_db_path(folder: Path) -> Path:
    """The cache database of one clinic folder (one database per folder)."""
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:16]
    return default_cache_dir() / "history" / f"clinic-{digest}.sqlite3"


class ClinicIndex:
    """Index of the session files in one clinic folder (and its subfolders).

    Args:
        folder: the clinic folder.
        db_path: the cache database; by default one per folder under the user's cache.

    Not thread-safe: use one instance per thread. Several processes may share one index: its
    layout is checked and each refresh is written in one transaction that waits for the
    others' (``BEGIN IMMEDIATE``), so a refresh never sees another's half-written rows.
    The cache holds patient data: its folder is private (0700) and its files 0600.
    """

    def __init__(self, folder: Path, db_path: Path | None = None) -> None:
        self.folder = Path(folder)
        self._default_place = db_path is None
        self.db_path = Path(db_path) if db_path is not None else default_db_path(self.folder)
        self._folder_id = str(self.folder.resolve())
        self.rebuilt = False
        """Set when the database found on opening was unusable and has been started afresh."""
        self.in_memory = False
        """Set when the cache folder cannot be used: the index then lasts only this run."""
        try:
            self._conn = self._open()
        except (OSError, sqlite3.OperationalError) as exc:
            _log.warning("cannot use cache %s (%s): indexing in memory", self.db_path, exc)
            self.in_memory = True
            self._conn = self._recreate()

    # --- lifetime ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the cache database."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _connect(self) -> sqlite3.Connection:
        if self.in_memory:
            conn = sqlite3.connect(":memory:")
        else:
            self._prepare_place()
            conn = sqlite3.connect(self.db_path, timeout=BUSY_TIMEOUT_S)
        return conn

    @staticmethod
    def _configure(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA synchronous = NORMAL")  # a cache: losing the last write is fine
        # Readers (the window) go on while a refresh (a background thread) writes.
        conn.execute("PRAGMA journal_mode = WAL")

    def _prepare_place(self) -> None:
        """A private folder and a 0600 database file (SQLite gives its companion files the
        database's mode), tightening what an earlier version left more open."""
        folder = self.db_path.parent
        if self._default_place:
            # <cache>/history, and <cache> itself unless an environment variable named it.
            storage.private_folder(folder, parent_is_ours=CACHE_ENV not in os.environ)
        else:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        storage.create_private_file(self.db_path)
        for path in (self.db_path, *(Path(f"{self.db_path}{s}") for s in _COMPANIONS)):
            storage.tighten_file(path)

    def _open(self) -> sqlite3.Connection:
        conn = self._connect()
        try:
            self._configure(conn)
            # The usual case reads only, so it never waits for another process's refresh.
            if self._ready(conn):
                return conn
            with writing(conn):
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version == SCHEMA_VERSION and layout_ok(conn):
                    if not self._ready(conn):  # another process may have just made it so
                        self._clear(conn)
                    return conn
                if drop_tables(conn):
                    _log.info(
                        "cache %s has layout %s, not %s: rebuilding",
                        self.db_path,
                        version,
                        SCHEMA_VERSION,
                    )
                    self.rebuilt = True
                create_tables(conn)
                self._clear(conn)
            return conn
        except sqlite3.DatabaseError as exc:
            conn.close()
            if is_access_problem(exc):
                raise
            _log.warning("cache %s is unusable (%s): rebuilding", self.db_path, exc)
        return self._recreate()

    def _ready(self, conn: sqlite3.Connection) -> bool:
        """Whether the database has this version's layout and indexes this clinic folder."""
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return False
        if not layout_ok(conn):
            return False
        row = conn.execute("SELECT value FROM meta WHERE key = 'folder'").fetchone()
        return row is not None and row[0] == self._folder_id

    def _recreate(self) -> sqlite3.Connection:
        """A new, empty database in place of a damaged file (or in memory)."""
        if not self.in_memory:
            for suffix in ("", *_COMPANIONS):
                Path(f"{self.db_path}{suffix}").unlink(missing_ok=True)
        conn = self._connect()
        self._configure(conn)
        with writing(conn):
            drop_tables(conn)
            create_tables(conn)
            self._clear(conn)
        self.rebuilt = True
        return conn

    def _clear(self, conn: sqlite3.Connection) -> None:
        search.clear(conn)
        conn.execute("DELETE FROM points")
        conn.execute("DELETE FROM sessions")
        conn.execute("DELETE FROM files")
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('folder', ?)", (self._folder_id,)
        )

    def _recovering(self, action: Callable[[], _T]) -> _T:
        """Run ``action``; if the database turns out to be corrupt, rebuild it and rerun."""
        try:
            return action()
        except sqlite3.DatabaseError as exc:
            self._start_afresh_if_corrupt(exc)
        self._refresh()
        return action()

    def _start_afresh_if_corrupt(self, exc: sqlite3.DatabaseError) -> None:
        """Replace a corrupt cache database by an empty one; re-raise any other error."""
        if not is_corruption(exc):
            raise exc
        _log.warning("cache %s is corrupt (%s): rebuilding", self.db_path, exc)
        self._conn.close()
        self._conn = self._recreate()

    # --- refresh ----------------------------------------------------------------------------

    def refresh(
        self, progress: Progress | None = None, paths: Iterable[Path] | None = None
    ) -> RefreshReport:
        """Bring the index up to date with the folder.

        Only new files and files whose size or modification time changed are read; rows of
        files that are gone are removed. A file that cannot be read or is not a valid session
        is recorded as a problem (and not read again until it changes); it never stops the
        refresh.

        Args:
            progress: told ``(files read, files to read)`` once the folder has been listed,
                then every ``PROGRESS_EVERY`` files and at the end.
            paths: look at these files only (a session just saved), not the whole folder;
                files outside the folder are left out.
        """
        start = time.perf_counter()
        was_rebuilt = self.rebuilt
        chosen = None if paths is None else list(paths)
        try:
            report = self._refresh(progress, chosen)
        except sqlite3.DatabaseError as exc:
            self._start_afresh_if_corrupt(exc)
            report = self._refresh(progress, chosen)
        self.rebuilt = False
        return RefreshReport(
            scanned=report.scanned,
            added=report.added,
            updated=report.updated,
            removed=report.removed,
            unchanged=report.unchanged,
            problems=report.problems,
            rebuilt=was_rebuilt or self.rebuilt,
            seconds=time.perf_counter() - start,
        )

    def _refresh(
        self, progress: Progress | None = None, paths: list[Path] | None = None
    ) -> RefreshReport:
        problems: list[FileProblem] = []
        if paths is None:
            on_disk = dict(scan_folder(self.folder, problems))
        else:
            on_disk = dict(stat_files(self.folder, paths, problems))
        added = updated = unchanged = 0
        # One writer at a time: what is known is read inside the transaction that writes, so
        # a refresh of another process is either all seen or waited for.
        with writing(self._conn):
            known = {
                path: (file_id, mtime_ns, size)
                for file_id, path, mtime_ns, size in self._known(paths)
            }
            gone = [(known[path][0],) for path in known.keys() - on_disk.keys()]
            changed = sorted(
                rel for rel, stamp in on_disk.items() if rel not in known or known[rel][1:] != stamp
            )
            unchanged = len(on_disk) - len(changed)
            touched = self._patients_of([file_id for (file_id,) in gone])
            touched |= self._patients_of([known[rel][0] for rel in changed if rel in known])
            self._conn.executemany("DELETE FROM points WHERE file_id = ?", gone)
            self._conn.executemany("DELETE FROM sessions WHERE file_id = ?", gone)
            self._conn.executemany("DELETE FROM files WHERE id = ?", gone)
            if progress is not None:
                progress(0, len(changed))
            # Read once a refresh: a key registered later counts from the file's next change.
            keys = signing.load_key_ring(self.folder) if changed else signing.KeyRing({})
            for done, rel in enumerate(changed, 1):
                previous = known.get(rel)
                if previous is None:
                    added += 1
                else:
                    updated += 1
                file_id = None if previous is None else previous[0]
                indexed = index_file(self._conn, self.folder, rel, on_disk[rel], file_id, keys)
                if indexed.problem is not None:
                    problems.append(indexed.problem)
                if indexed.key is not None:
                    touched.add(indexed.key)
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, len(changed))
            search.update_patients(self._conn, sorted(touched))
            if progress is not None:
                progress(len(changed), len(changed))
        return RefreshReport(
            scanned=len(on_disk),
            added=added,
            updated=updated,
            removed=len(gone),
            unchanged=unchanged,
            problems=tuple(problems),
        )

    def _known(self, paths: list[Path] | None) -> list[tuple[int, str, int, int]]:
        """The files rows (id, path, stamp) of the whole folder, or of ``paths`` only."""
        query = "SELECT id, path, mtime_ns, size FROM files"
        if paths is None:
            return self._conn.execute(query).fetchall()
        rows: list[tuple[int, str, int, int]] = []
        for rel in sorted({r for r in map(self._relative, paths) if r is not None}):
            rows += self._conn.execute(query + " WHERE path = ?", (rel,)).fetchall()
        return rows

    def _relative(self, path: Path) -> str | None:
        """``path`` as the index names it (relative to the folder), or None if outside."""
        try:
            return Path(path).resolve().relative_to(self.folder.resolve()).as_posix()
        except (OSError, ValueError):
            return None

    def _patients_of(self, file_ids: list[int]) -> set[str]:
        """The patient keys of the sessions indexed from these files."""
        keys: set[str] = set()
        for start in range(0, len(file_ids), 500):
            chunk = file_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT patient_key FROM sessions WHERE file_id IN ({marks})"
                " AND patient_key IS NOT NULL",
                chunk,
            )
            keys.update(key for (key,) in rows)
        return keys

    # --- queries ----------------------------------------------------------------------------

    def session_count(self) -> int:
        """How many sessions are indexed."""
        return self._recovering(
            lambda: int(self._conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
        )

    def problems(self) -> list[FileProblem]:
        """Every file in the folder that could not be indexed, and why."""

        def run() -> list[FileProblem]:
            rows = self._conn.execute(
                "SELECT path, error FROM files WHERE error IS NOT NULL ORDER BY path"
            )
            return [FileProblem(self.folder / path, error) for path, error in rows]

        return self._recovering(run)

    def search_patients(self, text: str, limit: int = 200) -> list[PatientSummary]:
        """Patients whose name or identifier contains ``text`` (case and accents ignored).

        Exact identifier matches come first, then names or identifiers that start with the
        text (or have a word that does), then the other matches; each group by name. One or
        two characters match the start of a word of a name or identifier only (see
        :mod:`bodymap.history.search`). An empty ``text`` lists every patient. Sessions
        without name and identifier are left out. No lookup reads every patient or session
        where SQLite has FTS5 with the trigram tokenizer.
        """
        needle = fold(text)
        rows = self._recovering(lambda: search.find(self._conn, needle, limit))
        return [
            PatientSummary(
                key=key,
                name=name,
                identifier=identifier,
                session_count=count,
                last_date=dt.date.fromisoformat(latest.split(" ", 1)[0]),
            )
            for key, name, identifier, latest, count in rows
        ]

    def patient_count(self) -> int:
        """How many patients the indexed sessions name."""
        return self._recovering(
            lambda: int(self._conn.execute("SELECT count(*) FROM patients").fetchone()[0])
        )

    def sessions_for(self, key: str) -> list[SessionSummary]:
        """A patient's sessions, oldest first.

        Args:
            key: the patient's identifier, or ``PatientSummary.key``.
        """
        return self._recovering(lambda: queries.sessions_of(self._conn, self.folder, key))

    def point_history(self, key: str) -> list[HistoricPoint]:
        """Every point of a patient's indexed sessions, oldest session first."""
        return self._recovering(lambda: queries.points_of(self._conn, self.folder, key))
