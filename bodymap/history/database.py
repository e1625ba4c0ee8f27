"""The clinic index's SQLite tables: their layout, writing one session, telling errors apart."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator

from bodymap.history import search
from bodymap.history.keys import fold, patient_key, sort_date
from bodymap.history.records import agent_name, mixed_agents
from bodymap.model import DryNeedling, Injection, Session

SCHEMA_VERSION = 4
"""Layout of the cache database; a database with another version is dropped and rebuilt.

2: one row per patient (``patients``), found through ``patient_words`` and, where SQLite has
FTS5 with its trigram tokenizer, ``patient_text``; the points keep their findings.
3: the further agents of a mixture (``points.mixed_with``, and in ``sessions.agents``).
4: a signed session is indexed as its amendments correct it (``history.as_amended``); the
   same layout, rebuilt so that no value a correction put right stays indexed.
"""

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    error TEXT
);
CREATE TABLE sessions (
    file_id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL,
    patient_key TEXT,
    patient_name TEXT NOT NULL,
    patient_identifier TEXT NOT NULL,
    name_fold TEXT NOT NULL,
    identifier_fold TEXT NOT NULL,
    date TEXT,
    sort_date TEXT NOT NULL,
    created TEXT NOT NULL,
    point_count INTEGER NOT NULL,
    muscles TEXT NOT NULL,
    agents TEXT NOT NULL
);
CREATE INDEX sessions_by_patient ON sessions (patient_key, sort_date, created);
CREATE TABLE points (
    file_id INTEGER NOT NULL,
    point_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    muscle TEXT NOT NULL,
    side TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    kind TEXT NOT NULL,
    agent TEXT,
    concentration_percent REAL,
    volume_ml REAL,
    pain_before INTEGER,
    pain_after INTEGER,
    findings TEXT NOT NULL,
    mixed_with TEXT
);
CREATE INDEX points_by_file ON points (file_id);
CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    identifier TEXT NOT NULL,
    name_fold TEXT NOT NULL,
    identifier_fold TEXT NOT NULL,
    session_count INTEGER NOT NULL,
    latest TEXT NOT NULL
);
CREATE INDEX patients_by_name ON patients (name_fold, identifier);
CREATE TABLE patient_words (word TEXT NOT NULL, patient_id INTEGER NOT NULL);
CREATE INDEX patient_words_by_word ON patient_words (word, patient_id);
CREATE INDEX patient_words_by_patient ON patient_words (patient_id);
PRAGMA user_version = {SCHEMA_VERSION:d}
"""

CORRUPTION_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
ACCESS_CODES = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_FULL,
    }
)


@contextlib.contextmanager
def writing(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, started at once (``BEGIN IMMEDIATE``): another process's
    transaction is waited for (the connection's busy timeout) instead of failing later."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def create_tables(conn: sqlite3.Connection) -> None:
    """Create the tables of ``SCHEMA`` in the current transaction (``executescript`` would
    commit it first), and the full-text table where this SQLite has one."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    if search.trigram_available():
        search.create_text_table(conn)


def drop_tables(conn: sqlite3.Connection) -> bool:
    """Drop every table (a layout this version does not use); True if there were any.

    One at a time, looking again after each: dropping a full-text table drops its own
    shadow tables with it.
    """
    dropped = False
    while True:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return dropped
        conn.execute(f'DROP TABLE "{row[0].replace(chr(34), chr(34) * 2)}"')
        dropped = True


def layout_ok(conn: sqlite3.Connection) -> bool:
    """Whether the tables have the columns this code uses (damage raises, as ever)."""
    try:
        check_layout(conn)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", sqlite3.SQLITE_ERROR) & 0xFF != sqlite3.SQLITE_ERROR:
            raise
        return False
    return True


def insert_session(conn: sqlite3.Connection, file_id: int | None, session: Session) -> str | None:
    """Write what a patient lookup needs of ``session``: its row and one row per point.

    Returns the session's patient key (``keys.patient_key``).
    """
    patient = session.patient
    muscles = sorted({p.muscle for p in session.points})
    agents: set[str] = set()
    for p in session.points:
        if isinstance(p.treatment, Injection):
            agents.add(agent_name(p.treatment) or "injection")
            agents.update(name for name, _ in mixed_agents(p.treatment))
        elif isinstance(p.treatment, DryNeedling):
            agents.add("dry needling")
    key = patient_key(patient)
    conn.execute(
        """
        INSERT INTO sessions (file_id, session_id, patient_key, patient_name, patient_identifier,
                              name_fold, identifier_fold, date, sort_date, created, point_count,
                              muscles, agents)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (
            file_id,
            session.id,
            key,
            patient.name.strip(),
            patient.identifier.strip(),
            fold(patient.name),
            fold(patient.identifier),
            session.encounter.date.isoformat() if session.encounter.date else None,
            sort_date(session).isoformat(),
            session.created.astimezone(dt.UTC).isoformat(),
            len(session.points),
            json.dumps(muscles),
            json.dumps(sorted(agents)),
        ),
    )
    rows = []
    for p in session.points:
        t = p.treatment
        injection = t if isinstance(t, Injection) else None
        rows.append(
            (
                file_id,
                p.id,
                p.number,
                p.muscle,
                p.side,
                p.x,
                p.y,
                t.kind,
                agent_name(t),
                injection.concentration_percent if injection else None,
                injection.volume_ml if injection else None,
                p.findings.pain_before,
                p.findings.pain_after,
                p.findings.model_dump_json(exclude_defaults=True),
                json.dumps(mixed_agents(t)) if injection and injection.mixed_with else None,
            )
        )
    conn.executemany(
        "INSERT INTO points VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
    )
    return key


def check_layout(conn: sqlite3.Connection) -> None:
    """Raise ``sqlite3.DatabaseError`` unless the tables have the columns this code uses."""
    conn.execute("SELECT key, value FROM meta LIMIT 0")
    conn.execute("SELECT id, path, mtime_ns, size, error FROM files LIMIT 0")
    conn.execute(
        "SELECT file_id, session_id, patient_key, patient_name, patient_identifier, name_fold,"
        " identifier_fold, date, sort_date, created, point_count, muscles, agents"
        " FROM sessions LIMIT 0"
    )
    conn.execute(
        "SELECT file_id, point_id, number, muscle, side, x, y, kind, agent,"
        " concentration_percent, volume_ml, pain_before, pain_after, findings, mixed_with"
        " FROM points LIMIT 0"
    )
    conn.execute(
        "SELECT id, key, name, identifier, name_fold, identifier_fold, session_count, latest"
        " FROM patients LIMIT 0"
    )
    conn.execute("SELECT word, patient_id FROM patient_words LIMIT 0")
    if search.has_text_table(conn) != search.trigram_available():
        # Built by a Python whose SQLite had (or lacked) the trigram tokenizer: rebuild.
        raise sqlite3.OperationalError("the full-text table does not fit this SQLite")


def is_access_problem(exc: sqlite3.DatabaseError) -> bool:
    """The database could not be reached (locked, read-only, I/O), as opposed to bad content."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in ACCESS_CODES


def is_corruption(exc: sqlite3.DatabaseError) -> bool:
    """The database file is damaged or not a database: it can be dropped and rebuilt."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return False
    return code & 0xFF in CORRUPTION_CODES
