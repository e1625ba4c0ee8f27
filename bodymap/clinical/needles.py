"""Needle length against the zone, and needling over both lungs in one session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bodymap.clinical.body import UNDERWEIGHT_BMI, bmi
from bodymap.clinical.cautions import Caution
from bodymap.clinical.common import ClinicalWarning, Severity, _ids, _numbers, _treated
from bodymap.model import DryNeedling, Injection, Patient, Session, TriggerPoint


def needle_length(point: TriggerPoint) -> float | None:
    """The recorded needle length of a treated point in mm, or None."""
    treatment = point.treatment
    if isinstance(treatment, Injection | DryNeedling):
        return treatment.needle_length_mm
    return None


def is_thin(patient: Patient) -> bool:
    """Whether the patient is underweight (BMI under 18.5): shorter needles (§4.6)."""
    index = bmi(patient)
    return index is not None and index < UNDERWEIGHT_BMI


def needle_advice_text(caution: Caution, patient: Patient) -> str:
    """The zone's needle advice for this patient, e.g. "needle at most 30 mm for an average
    adult; this patient is underweight (BMI 17): choose a shorter one"."""
    text = caution.needle.text
    index = bmi(patient)
    if caution.needle.limit_mm is not None and index is not None and index < UNDERWEIGHT_BMI:
        text += f"; this patient is underweight (BMI {index:.0f}): choose a shorter one"
    return text


def too_long_for(
    point: TriggerPoint, cautions: Sequence[Caution], patient: Patient
) -> Caution | None:
    """The zone whose advice the point's recorded needle exceeds (the strictest), or None."""
    length = needle_length(point)
    if length is None:
        return None
    thin = is_thin(patient)
    exceeded = [c for c in cautions if c.needle.too_long(length, thin=thin)]
    if not exceeded:
        return None
    return min(exceeded, key=lambda c: c.needle.limit_mm or 0.0)


def needle_warnings(
    session: Session, cautions: Mapping[str, Sequence[Caution]]
) -> list[ClinicalWarning]:
    """One warning per treated point whose needle is longer than its zone advises (§4.6).

    A "warning" (to confirm before saving) without ultrasound guidance; a "caution" when
    ultrasound guidance is recorded, since the depth was then seen.
    """
    severity: Severity = "caution" if session.procedure.ultrasound_guidance else "warning"
    found: list[ClinicalWarning] = []
    for p in sorted(session.points, key=lambda q: q.number):
        if not _treated(p):
            continue
        zone = too_long_for(p, cautions.get(p.id, ()), session.patient)
        if zone is None:
            continue
        found.append(
            ClinicalWarning(
                "needle.too_long",
                severity,
                f"Point {p.number}: the {needle_length(p):g} mm needle is longer than advised "
                f"{zone.zone} ({needle_advice_text(zone, session.patient)}). Choose a shorter "
                "needle, or confirm that the depth was controlled.",
                (p.id,),
            )
        )
    return found


def bilateral_lung_warnings(
    session: Session,
    cautions: Mapping[str, Sequence[Caution]],
    sides_by_position: Mapping[str, str],
) -> list[ClinicalWarning]:
    """A caution when treated points over the lungs lie on both sides (clinical-basis §4.7).

    The side is the side of the position (``sides_by_position``: point id -> side), not the
    side recorded for the point.
    """
    sides: dict[str, list[TriggerPoint]] = {"left": [], "right": []}
    for p in session.points:
        side = sides_by_position.get(p.id, p.side)
        if _treated(p) and side in sides and any(c.over_lung for c in cautions.get(p.id, ())):
            sides[side].append(p)
    if not sides["left"] or not sides["right"]:
        return []
    both = sides["left"] + sides["right"]
    return [
        ClinicalWarning(
            "pneumothorax.bilateral",
            "caution",
            f"Needling over both lungs in one session ({_numbers(both)}): bilateral pneumothorax "
            "has been reported. Consider treating one side per session.",
            _ids(both),
        )
    ]
