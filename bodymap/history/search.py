"""Patient search in the clinic index: one row per patient, found without reading them all.

Names and identifiers are compared folded (``keys.fold``: case and accents ignored, spaces
collapsed). Text of three characters or more is looked up in a full-text table that uses
SQLite's trigram tokenizer (FTS5; SQLite 3.34 or later), so any part of a name or identifier
finds the patient. One or two characters find the names and identifiers with a word that
starts with them, through an ordinary index (a trigram needs three). Where this Python's
SQLite has no FTS5 or no trigram tokenizer, longer text is matched by reading the patient
rows instead (each name and identifier is among a patient's words, whole): a few per
patient, not one per session.

The tables are written inside ``ClinicIndex.refresh``'s transaction, for the patients whose
sessions were added, changed or removed (:func:`update_patients`).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

TEXT_TABLE = "patient_text"
"""The full-text table (FTS5, trigram tokenizer); its rowid is the patient's id."""
MIN_TRIGRAM = 3
"""Shorter search text cannot use the trigram table: it matches word starts instead."""
_SEPARATOR = "\n"
"""Between the names and identifiers of one patient in the searched text. Folded search text
never holds a line break, so no match can run from one name into the next."""
_WORD_BREAK = re.compile(r"[\s\-_.,;:/\\()]+")
_LAST_CHARACTER = "\U0010ffff"

_COLUMNS = "p.key, p.name, p.identifier, p.latest, p.session_count"
_RANK = """
    CASE
        WHEN p.identifier_fold = :needle THEN 0
        WHEN substr(p.identifier_fold, 1, length(:needle)) = :needle
          OR instr(' ' || p.name_fold, ' ' || :needle) > 0 THEN 1
        ELSE 2
    END
"""
"""The exact identifier first, then an identifier or a word of the name that starts with the
text, then any other match."""


@functools.cache
def trigram_available() -> bool:
    """Whether this Python's SQLite has FTS5 with the trigram tokenizer."""
    try:
        conn = sqlite3.connect(":memory:")
    except sqlite3.Error:
        return False
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize = 'trigram')")
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


def create_text_table(conn: sqlite3.Connection) -> None:
    """Create the full-text table (only where :func:`trigram_available`)."""
    conn.execute(f"CREATE VIRTUAL TABLE {TEXT_TABLE} USING fts5(text, tokenize = 'trigram')")


def has_text_table(conn: sqlite3.Connection) -> bool:
    """Whether the database has the full-text table."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TEXT_TABLE,)).fetchone()
    return row is not None


def words(*texts: str) -> set[str]:
    """The words that one or two characters of search text are matched against: each folded
    name or identifier whole, and its parts between spaces and punctuation."""
    found: set[str] = set()
    for text in texts:
        if text:
            found.add(text)
            found.update(w for w in _WORD_BREAK.split(text) if w)
    return found


def clear(conn: sqlite3.Connection) -> None:
    """Empty the patient tables (the index is rebuilt from the files)."""
    conn.execute("DELETE FROM patient_words")
    conn.execute("DELETE FROM patients")
    if has_text_table(conn):
        conn.execute(f"DELETE FROM {TEXT_TABLE}")


def update_patients(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Rewrite the patient rows of ``keys`` from their sessions (removed if none is left).

    A patient is listed under the name and identifier of their latest session and found by
    the names and identifiers of all of them.
    """
    text_table = has_text_table(conn)
    for key in keys:
        old = conn.execute("SELECT id FROM patients WHERE key = ?", (key,)).fetchone()
        if old is not None:
            conn.execute("DELETE FROM patient_words WHERE patient_id = ?", old)
            if text_table:
                conn.execute(f"DELETE FROM {TEXT_TABLE} WHERE rowid = ?", old)
            conn.execute("DELETE FROM patients WHERE id = ?", old)
        latest = conn.execute(
            """
            SELECT patient_name, patient_identifier, name_fold, identifier_fold,
                   sort_date || ' ' || created
            FROM sessions WHERE patient_key = ?
            ORDER BY sort_date DESC, created DESC LIMIT 1
            """,
            (key,),
        ).fetchone()
        if latest is None:
            continue
        count = conn.execute("SELECT count(*) FROM sessions WHERE patient_key = ?", (key,))
        names = conn.execute(
            "SELECT DISTINCT name_fold, identifier_fold FROM sessions WHERE patient_key = ?",
            (key,),
        ).fetchall()
        texts = sorted({text for pair in names for text in pair if text})
        cursor = conn.execute(
            """
            INSERT INTO patients (key, name, identifier, name_fold, identifier_fold,
                                  session_count, latest)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            (key, latest[0], latest[1], latest[2], latest[3], count.fetchone()[0], latest[4]),
        )
        patient_id = cursor.lastrowid
        conn.executemany(
            "INSERT INTO patient_words (word, patient_id) VALUES (?, ?)",
            [(word, patient_id) for word in sorted(words(*texts))],
        )
        if text_table:
            conn.execute(
                f"INSERT INTO {TEXT_TABLE} (rowid, text) VALUES (?, ?)",
                (patient_id, _SEPARATOR.join(texts)),
            )


def find(conn: sqlite3.Connection, needle: str, limit: int) -> list[Any]:
    """Rows (key, name, identifier, latest, session count) of the patients matching the
    folded text ``needle``, best first (see ``_RANK``), then by name; at most ``limit``.

    An empty ``needle`` lists every patient by name.
    """
    return conn.execute(*query(conn, needle, limit)).fetchall()


def query(conn: sqlite3.Connection, needle: str, limit: int) -> tuple[str, dict[str, Any]]:
    """The statement and values :func:`find` runs for ``needle``."""
    values: dict[str, Any] = {"needle": needle, "limit": limit}
    if not needle:
        statement = f"SELECT {_COLUMNS} FROM patients AS p ORDER BY p.name_fold, p.identifier"
    elif len(needle) < MIN_TRIGRAM:
        values["last"] = needle + _LAST_CHARACTER
        statement = f"""
            SELECT {_COLUMNS} FROM patients AS p
            WHERE p.id IN (
                SELECT patient_id FROM patient_words WHERE word >= :needle AND word < :last
            )
            ORDER BY {_RANK}, p.name_fold, p.identifier
        """
    elif has_text_table(conn):
        values["phrase"] = '"' + needle.replace('"', '""') + '"'
        statement = f"""
            SELECT {_COLUMNS} FROM {TEXT_TABLE} AS t JOIN patients AS p ON p.id = t.rowid
            WHERE t.text MATCH :phrase
            ORDER BY {_RANK}, p.name_fold, p.identifier
        """
    else:
        statement = f"""
            SELECT {_COLUMNS} FROM patients AS p
            WHERE p.id IN (
                SELECT patient_id FROM patient_words WHERE instr(word, :needle) > 0
            )
            ORDER BY {_RANK}, p.name_fold, p.identifier
        """
    return statement + " LIMIT :limit", values
