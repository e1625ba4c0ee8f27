"""Reading a patient's sessions and points back from the clinic index as plain values."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from bodymap.history.keys import lookup_key
from bodymap.history.records import HistoricPoint, SessionSummary
from bodymap.model import Findings


def sessions_of(conn: sqlite3.Connection, folder: Path, key: str) -> list[SessionSummary]:
    """A patient's sessions, oldest first (``key``: an identifier or ``PatientSummary.key``)."""
    rows = conn.execute(
        """
        SELECT f.path, s.session_id, s.patient_name, s.patient_identifier, s.date,
               s.sort_date, s.point_count, s.muscles, s.agents
        FROM sessions AS s JOIN files AS f ON f.id = s.file_id
        WHERE s.patient_key = ?
        ORDER BY s.sort_date, s.created, f.path
        """,
        (lookup_key(key),),
    )
    return [
        SessionSummary(
            path=folder / row[0],
            session_id=row[1],
            patient_name=row[2],
            patient_identifier=row[3],
            date=dt.date.fromisoformat(row[4]) if row[4] else None,
            sort_date=dt.date.fromisoformat(row[5]),
            point_count=row[6],
            muscles=tuple(json.loads(row[7])),
            agents=tuple(json.loads(row[8])),
        )
        for row in rows
    ]


def points_of(conn: sqlite3.Connection, folder: Path, key: str) -> list[HistoricPoint]:
    """Every point of a patient's sessions, oldest session first, with its findings."""
    rows = conn.execute(
        """
        SELECT s.session_id, f.path, s.sort_date, p.point_id, p.number, p.muscle,
               p.side, p.x, p.y, p.kind, p.agent, p.concentration_percent,
               p.volume_ml, p.pain_before, p.pain_after, p.findings, p.mixed_with
        FROM points AS p
        JOIN sessions AS s ON s.file_id = p.file_id
        JOIN files AS f ON f.id = p.file_id
        WHERE s.patient_key = ?
        ORDER BY s.sort_date, s.created, f.path, p.number
        """,
        (lookup_key(key),),
    )
    return [
        HistoricPoint(
            session_id=row[0],
            path=folder / row[1],
            date=dt.date.fromisoformat(row[2]),
            point_id=row[3],
            number=row[4],
            muscle=row[5],
            side=row[6],
            x=row[7],
            y=row[8],
            kind=row[9],
            agent=row[10],
            concentration_percent=row[11],
            volume_ml=row[12],
            pain_before=row[13],
            pain_after=row[14],
            findings=Findings.model_validate_json(row[15]),
            mixed_with=_mixed(row[16]),
        )
        for row in rows
    ]


def _mixed(stored: str | None) -> tuple[tuple[str, float | None], ...]:
    """A point's further agents as stored (JSON [[name, concentration], ...]), or none."""
    if not stored:
        return ()
    return tuple(
        (str(name), None if conc is None else float(conc)) for name, conc in json.loads(stored)
    )
