"""Procedure time, contraindication flags, and the aftercare notes of the record."""

from __future__ import annotations

from typing import Final

from bodymap.clinical.common import ClinicalWarning, _ids, _treated
from bodymap.model import Patient, Procedure, Session

# --------------------------------------------------------------------------- time

LONG_PROCEDURE_MINUTES: Final = 60
"""A procedure longer than this gets a caution to check the times: a plausibility check on data
entry, not a clinical limit (clinical-basis §8.5)."""


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


# --------------------------------------------------------------------------- contraindications


def contraindication_warnings(session: Session) -> list[ClinicalWarning]:
    """Anticoagulation, pregnancy and infection at the site, when points are treated (§6.4)."""
    treated = [p for p in session.points if _treated(p)]
    if not treated:
        return []
    found: list[ClinicalWarning] = []
    if session.procedure.infection_at_site:
        found.append(
            ClinicalWarning(
                "contraindication.infection_at_site",
                "warning",
                "Infection is recorded at a needle site: never needle through infected skin. "
                "Choose another site or postpone the treatment.",
                _ids(treated),
            )
        )
    if session.patient.anticoagulation:
        found.append(
            ClinicalWarning(
                "contraindication.anticoagulation",
                "caution",
                "Patient is anticoagulated, a relative contraindication to needling (bleeding). "
                "Document the decision to treat.",
                _ids(treated),
            )
        )
    if session.patient.pregnant:
        found.append(
            ClinicalWarning(
                "contraindication.pregnancy",
                "caution",
                "Patient is pregnant, a relative contraindication: local anaesthetic maxima are "
                "lowered by 20%. Document the decision to treat.",
                _ids(treated),
            )
        )
    return found


# --------------------------------------------------------------------------- aftercare

_PAIN_RELIEF: Final = """\
- Put ice (or heat) on sore areas. You may take paracetamol (acetaminophen), or ibuprofen if it
  is suitable for you.
"""
_PAIN_RELIEF_ANTICOAGULATED: Final = """\
- Put ice on sore areas. For pain, take paracetamol (acetaminophen) if it is suitable for you.
  Do not take ibuprofen, aspirin or other anti-inflammatory painkillers (NSAIDs) unless your
  doctor advises it: with your blood thinner they raise the risk of bleeding.
"""
_AFTERCARE: Final = """\
After your trigger point treatment

- The treated areas may be sore for up to a day or two (typically 24 to 48 hours). This is normal.
{pain}\
- Stretch gently and move the treated areas the same day. Avoid heavy use of the treated muscles
  for a day or two, then continue your exercise programme.
- Rare problems: a small dent (dimple) in the skin from fat shrinkage, infection, bleeding or
  bruising.

When to get help
- Call emergency services if you become short of breath or have chest pain, especially pain on
  breathing in. A collapsed lung (pneumothorax) is rare, and can start from a few hours up to
  2 days after treatment.
- Call emergency services for swelling of the face or throat, hives or difficulty breathing, or
  after an injection for numbness around the mouth, a metallic taste, ringing in the ears,
  confusion or a fit.
- Call the clinic if you have a fever, or redness, warmth or swelling that spreads from a
  needle site, or bleeding that does not stop with pressure.
"""

AFTERCARE_TEXT: Final = _AFTERCARE.format(pain=_PAIN_RELIEF)
"""Patient advice after trigger point injection or dry needling (clinical-basis §8.1), for a
patient who is not anticoagulated; :func:`aftercare_text` picks the right one."""


def aftercare_text(patient: Patient) -> str:
    """The aftercare advice for this patient: no ibuprofen or other NSAID advice when
    anticoagulation is flagged; paracetamol (acetaminophen) and ice instead (§8.1)."""
    if patient.anticoagulation:
        return _AFTERCARE.format(pain=_PAIN_RELIEF_ANTICOAGULATED)
    return AFTERCARE_TEXT


FIBROMYALGIA_NOTE: Final = (
    "Fibromyalgia: trigger points may recur, and treated points may need treatment again. "
    # Medicare's TPI coverage asks for relief lasting at least 6 weeks before a repeat (§9.2).
    "Medicare coverage expects a repeat injection only after relief that lasted at least "
    "6 weeks."
)
"""Note for the record when the patient has fibromyalgia."""


def record_notes(session: Session) -> list[str]:
    """Notes the printed record adds for this patient (currently the fibromyalgia note)."""
    return [FIBROMYALGIA_NOTE] if session.patient.fibromyalgia else []
