"""The few words the exports write that no other layer already says (no Qt).

Muscle names come from the diagram, positions from ``Diagram.describe``, agents and doses from
:mod:`bodymap.clinical`; this module only joins them for a CSV cell or a FHIR text.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from bodymap import clinical
from bodymap.anatomy import Diagram
from bodymap.model import DryNeedling, Findings, Injection, Session, TriggerPoint

TREATMENT_WORDS: Final = {
    "examined": "examined only",
    "injection": "trigger point injection",
    "dry_needling": "dry needling",
}
"""The treatment column's values, by ``TriggerPoint.treatment.kind``."""


def number(value: float) -> str:
    """A number as written: the shortest text that reads back as the same value, no ".0"."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def muscle_name(point: TriggerPoint, diagram: Diagram) -> str:
    """The diagram's name of the point's muscle, lower case ("upper trapezius")."""
    name = diagram.muscle_names.get(point.muscle, point.muscle.replace("_", " "))
    return name.lower()


def location(point: TriggerPoint, diagram: Diagram) -> str:
    """The position in words, from the bony landmarks, for the muscle chosen for the point."""
    return diagram.describe(point.x, point.y, muscle=point.muscle, side=point.side)


def site_text(point: TriggerPoint, diagram: Diagram) -> str:
    """Side, exact muscle name and position: the description names the point's own muscle.

    ``describe`` names the muscle under the position; when the clinician chose another one
    (a deeper muscle elsewhere), the chosen muscle is named first.
    """
    where = location(point, diagram)
    label = f"{point.side} {muscle_name(point, diagram)}"
    return where if where.startswith(label) else f"{label}; position: {where}"


def findings_text(findings: Findings, *, free_text: bool = True) -> str:
    """Findings as a short list; the typed referral area only when ``free_text``."""
    area = findings.referral_area.strip() if free_text else ""
    return clinical.wording.findings_text(findings, area)


def needle_text(point: TriggerPoint) -> str:
    """Needle gauge and length of an injection, or diameter and length for dry needling."""
    treatment = point.treatment
    parts: list[str] = []
    if isinstance(treatment, Injection):
        if treatment.needle_gauge is not None:
            parts.append(f"{treatment.needle_gauge} G")
        if treatment.needle_length_mm is not None:
            parts.append(f"{number(treatment.needle_length_mm)} mm")
    elif isinstance(treatment, DryNeedling):
        if treatment.needle_diameter_mm is not None:
            parts.append(f"{number(treatment.needle_diameter_mm)} mm")
        if treatment.needle_length_mm is not None:
            parts.append(f"{number(treatment.needle_length_mm)} mm")
    return " \u00d7 ".join(parts)


def dose_text(injection: Injection) -> str:
    """Volume, agent and dose, e.g. "0.5 mL Lidocaine 1% = 5 mg", "2 mL Lidocaine 0.5% +
    bupivacaine 0.125% = 10 mg + 2.5 mg" (every agent of a mixture), "0.5 mL Lidocaine,
    concentration missing"; the dose as :func:`bodymap.clinical.wording.dose_text` words it."""
    text = f"{number(injection.volume_ml)} mL {clinical.agent_label(injection, shown=False)}"
    dose = clinical.wording.dose_text(injection)
    if not dose:
        return text
    return f"{text} = {dose}" if dose[0].isdigit() else f"{text}, {dose}"


def visit_date(session: Session) -> dt.date:
    """The encounter's date, or the day the session was created when none was entered."""
    if session.encounter.date is not None:
        return session.encounter.date
    return session.created.astimezone().date()
