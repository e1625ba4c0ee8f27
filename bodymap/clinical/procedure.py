"""Procedure time and the aftercare notes of the record."""

from __future__ import annotations

from typing import Final

from bodymap.clinical.common import ClinicalWarning
from bodymap.model import Procedure, Session

# --------------------------------------------------------------------------- time

LONG_PROCEDURE_MINUTES: Final = 60
"""A procedure longer than this gets a warning (start and end times to be checked)."""


def elapsed_minutes(procedure: Procedure) -> int | None:
    """Whole minutes from start to end; None when a time is missing or the end is before the
    start (reported by :func:`session_warnings`, not assumed to cross midnight)."""
    if procedure.start_time is None or procedure.end_time is None:
        return None
    start = procedure.start_time.hour * 3600 + procedure.start_time.minute * 60
    end = procedure.end_time.hour * 3600 + procedure.end_time.minute * 60
    start += procedure.start_time.second
    end += procedure.end_time.second
    if end < start:
        return None
    return (end - start) // 60


def time_warnings(procedure: Procedure) -> list[ClinicalWarning]:
    """End before start (an error in the times) and a procedure longer than 60 minutes."""
    if procedure.start_time is None or procedure.end_time is None:
        return []
    minutes = elapsed_minutes(procedure)
    if minutes is None:
        return [
            ClinicalWarning(
                "time.end_before_start",
                "warning",
                f"The procedure end time ({procedure.end_time:%H:%M}) is before its start time "
                f"({procedure.start_time:%H:%M}). Correct the times.",
            )
        ]
    if minutes > LONG_PROCEDURE_MINUTES:
        return [
            ClinicalWarning(
                "time.long",
                "caution",
                f"The procedure took {minutes} minutes, more than {LONG_PROCEDURE_MINUTES}. "
                "Check the start and end times.",
            )
        ]
    return []


# --------------------------------------------------------------------------- aftercare

AFTERCARE_TEXT: Final = """\
After your trigger point treatment

- The treated areas may be sore for up to a day or two (typically 24 to 48 hours). This is normal.
- Put ice (or heat) on sore areas. You may take ibuprofen if it is suitable for you.
- Stretch gently and move the treated areas the same day. Avoid heavy use of the treated muscles
  for a day or two, then continue your exercise programme.
- Rare problems: a small dent (dimple) in the skin, infection, bleeding or bruising.

When to get help
- Call emergency services if you become short of breath or have chest pain, especially pain on
  breathing in. A collapsed lung (pneumothorax) is rare, and can start from a few hours up to
  2 days after treatment.
- Call the clinic if you have a fever, or redness, warmth or swelling that spreads from a
  needle site, or bleeding that does not stop with pressure.
"""
"""Patient advice after trigger point injection or dry needling (clinical.md 5c and 5d)."""

FIBROMYALGIA_NOTE: Final = (
    "Fibromyalgia: trigger points may recur, and treated points may need treatment again. "
    # Medicare contractors ask for at least 6 weeks between TPIs at one location (3a).
    "Repeat injections at the same location are usually spaced at least 6 weeks apart."
)
"""Note for the record when the patient has fibromyalgia."""


def record_notes(session: Session) -> list[str]:
    """Notes the printed record adds for this patient (currently the fibromyalgia note)."""
    return [FIBROMYALGIA_NOTE] if session.patient.fibromyalgia else []
