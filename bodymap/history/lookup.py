"""One call for the recurrences of a session's points, from the clinic folder's index.

Used where the printed record needs them (Print, Export PDF, ``bodymap print``): the index is
brought up to date first, so a record never misses a visit saved since the index was built.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bodymap.history.index import ClinicIndex
from bodymap.history.keys import patient_key
from bodymap.history.matching import Recurrence, recurrences
from bodymap.i18n import translate
from bodymap.model import Session


class HistoryUnavailable(Exception):
    """The clinic folder's index could not be read; the message is plain and names no patient."""


def _reason(exc: OSError | sqlite3.Error) -> str:
    """An error's own words without the path an OSError names (file names can name patients)."""
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc)


def session_recurrences(index: ClinicIndex, session: Session) -> dict[str, Recurrence]:
    """How the points of ``session`` recur from the patient's earlier visits, by point id.

    Empty when the session names no patient (no name and no identifier): without a patient
    there are no earlier visits to compare with.

    Raises:
        HistoryUnavailable: the index could not be read.
    """
    key = patient_key(session.patient)
    if key is None:
        return {}
    try:
        return recurrences(session, index.point_history(key))
    except sqlite3.Error as exc:
        raise not_read(exc) from None


def not_read(exc: sqlite3.Error) -> HistoryUnavailable:
    """The error to raise when the clinic index could not be read."""
    return HistoryUnavailable(
        translate("history", "the clinic index could not be read ({reason})").format(reason=exc)
    )


def refreshed_recurrences(index: ClinicIndex, session: Session) -> dict[str, Recurrence]:
    """``session_recurrences`` after bringing ``index`` up to date with its folder.

    Raises:
        HistoryUnavailable: the index could not be refreshed or read.
    """
    try:
        index.refresh()
    except (OSError, sqlite3.Error) as exc:
        raise HistoryUnavailable(_not_used(exc)) from None
    return session_recurrences(index, session)


def _not_used(exc: OSError | sqlite3.Error) -> str:
    return translate("history", "the clinic index could not be used ({reason})").format(
        reason=_reason(exc)
    )


def folder_recurrences(
    session: Session, folder: Path, *, db_path: Path | None = None
) -> dict[str, Recurrence]:
    """Like ``session_recurrences``, with the index of ``folder`` opened and refreshed.

    Raises:
        HistoryUnavailable: the clinic folder does not exist or its index could not be used.
    """
    if not Path(folder).is_dir():
        raise HistoryUnavailable(translate("history", "the clinic folder does not exist"))
    if patient_key(session.patient) is None:
        return {}
    try:
        index = ClinicIndex(folder, db_path=db_path)
    except (OSError, sqlite3.Error) as exc:
        raise HistoryUnavailable(_not_used(exc)) from None
    with index:
        return refreshed_recurrences(index, session)
