"""The painted area of a patient's earlier visits (clinical-basis §10.3).

The clinic index lists the patient's sessions; each earlier one is read from its file (the
index keeps no drawings) and its pain drawing measured. A file that cannot be read is left
out, as the index leaves it out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

from bodymap import storage
from bodymap.anatomy import Diagram
from bodymap.clinical.pain_drawing import measure
from bodymap.history.index import ClinicIndex
from bodymap.history.keys import patient_key
from bodymap.model import Session


@dataclasses.dataclass(frozen=True, slots=True)
class VisitArea:
    """The painted area of one earlier visit, in cm² on the diagram (0 when nothing painted)."""

    session_id: str
    date: dt.date
    painted_cm2: float
    drawn: bool
    """Whether the visit has a pain drawing at all (an undrawn visit is not "no pain")."""


def earlier_painted_areas(
    index: ClinicIndex, session: Session, diagram: Diagram
) -> list[VisitArea]:
    """The painted area of each visit of ``session``'s patient before it, oldest first.

    Visits are the patient's other sessions, those listed under an earlier date
    (``keys.sort_date``) when ``session`` has an encounter date; ``session`` itself never
    counts. Empty for a session that names no patient.

    Raises:
        HistoryUnavailable: the index could not be read.
    """
    from bodymap.history.lookup import not_read

    key = patient_key(session.patient)
    if key is None:
        return []
    try:
        summaries = index.sessions_for(key)
    except sqlite3.Error as exc:
        raise not_read(exc) from None
    # As for the earlier points (matching.earlier_points): a dated session counts the visits
    # dated before it; an undated one (a next visit not yet dated) every other visit, so a
    # visit earlier the same day counts too.
    date = session.encounter.date
    found: list[VisitArea] = []
    for summary in summaries:
        if summary.session_id == session.id or (date is not None and summary.sort_date >= date):
            continue
        try:
            earlier = storage.load_session(summary.path)
        except storage.SessionFileError:
            continue
        area = measure(earlier.pain_areas, diagram).total_cm2
        found.append(VisitArea(earlier.id, summary.sort_date, area, bool(earlier.pain_areas)))
    return found
