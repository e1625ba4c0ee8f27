"""Needle depth against the zone, the needle a new point starts with, and needling over both
lungs in one session (clinical-basis §4.6, §4.7)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from bodymap.clinical.body import UNDERWEIGHT_BMI, bmi
from bodymap.clinical.common import ClinicalWarning, Severity, _ids, _numbers, _treated
from bodymap.clinical.zones import Caution
from bodymap.i18n import Context, translate
from bodymap.model import DryNeedling, ExaminedOnly, Injection, Patient, Session, TriggerPoint

needling = Context("needling")

INJECTION_NEEDLES_MM: Final = (13.0, 16.0, 25.0, 32.0, 38.0)
"""Common hypodermic needle lengths (1/2, 5/8, 1, 1 1/4 and 1 1/2 inch)."""
DRY_NEEDLES_MM: Final = (13.0, 15.0, 25.0, 30.0, 40.0, 50.0, 60.0, 75.0)
"""Common filiform (dry) needle lengths."""


def needle_length(point: TriggerPoint) -> float | None:
    """The recorded needle length of a treated point in mm, or None."""
    treatment = point.treatment
    if isinstance(treatment, Injection | DryNeedling):
        return treatment.needle_length_mm
    return None


def advised_depth_mm(cautions: Sequence[Caution], patient: Patient) -> float | None:
    """The deepest insertion the zones at a position advise for this patient (the strictest
    zone), or None when no zone gives a depth (clinical-basis §4.6)."""
    index = bmi(patient)
    limits = [c.needle.limit_for(index) for c in cautions]
    found = [limit for limit in limits if limit is not None]
    return min(found) if found else None


def needle_advice_text(caution: Caution, patient: Patient) -> str:
    """The zone's needle advice for this patient, e.g. "insertion depth at most 25 mm (needle
    length 25 mm if inserted to the hub) for this patient (BMI 17, underweight; 30 mm for an
    average adult)"."""
    advice = caution.needle
    if advice.limit_mm is None:
        return advice.text
    index = bmi(patient)
    limit = advice.limit_for(index)
    if index is None or limit is None or limit == advice.limit_mm:
        text = advice.text
        if index is None and (advice.thin_mm is not None or advice.heavy_mm is not None):
            text += translate("cautions", "; record the height: the advice depends on BMI")
        return text
    if index < UNDERWEIGHT_BMI:
        text = translate(
            "cautions",
            "{depth} for this patient (BMI {bmi}, underweight; {average} mm for an average adult)",
        )
    else:
        text = translate(
            "cautions",
            "{depth} for this patient (BMI {bmi}, overweight; {average} mm for an average adult)",
        )
    return (
        text.format(
            depth=advice.depth_text(limit), bmi=f"{index:.0f}", average=f"{advice.limit_mm:g}"
        )
        + advice.suffix
    )


def too_long_for(
    point: TriggerPoint, cautions: Sequence[Caution], patient: Patient
) -> Caution | None:
    """The zone whose advice the point's recorded needle exceeds (the strictest), or None."""
    length = needle_length(point)
    if length is None:
        return None
    index = bmi(patient)
    exceeded = [c for c in cautions if c.needle.too_long(length, index)]
    if not exceeded:
        return None
    return min(exceeded, key=lambda c: c.needle.limit_for(index) or 0.0)


def treatment_for_site(
    treatment: ExaminedOnly | Injection | DryNeedling,
    cautions: Sequence[Caution],
    patient: Patient,
) -> ExaminedOnly | Injection | DryNeedling:
    """The treatment a NEW point at this site starts with (clinical-basis §4.6).

    ``treatment`` is the template: the one carried forward from the last point, or a new
    ``Injection()`` / ``DryNeedling()``. When its needle is longer than the site advises for
    this patient, the needle becomes the longest common length within the advice (a default
    must never be unsafe); a needle the clinician already chose within it, and a site with no
    depth advice, keep the template. The clinician can still change it; a longer needle then
    gives ``needle.too_long``.
    """
    if not isinstance(treatment, Injection | DryNeedling):
        return treatment
    limit = advised_depth_mm(cautions, patient)
    length = treatment.needle_length_mm
    if limit is None or length is None or length <= limit + 1e-9:
        return treatment
    lengths = INJECTION_NEEDLES_MM if isinstance(treatment, Injection) else DRY_NEEDLES_MM
    fitting = [n for n in lengths if n <= limit + 1e-9]
    return treatment.model_copy(update={"needle_length_mm": max(fitting) if fitting else None})


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
                translate(
                    "cautions",
                    "Point {number}: the {length} mm needle is longer than advised {zone} "
                    "({advice}). Choose a shorter needle, or confirm that the depth was "
                    "controlled.",
                ).format(
                    number=p.number,
                    length=f"{needle_length(p):g}",
                    zone=zone.zone_text,
                    advice=needle_advice_text(zone, session.patient),
                ),
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
            needling.tr(
                "Needling over both lungs in one session (points {numbers}): bilateral "
                "pneumothorax has been reported, and a dry-needling safety guideline advises "
                "avoiding needling both sides of the thorax in one session. Consider treating "
                "one side per session.",
                None,
                len(both),
            ).format(numbers=_numbers(both)),
            _ids(both),
        )
    ]
