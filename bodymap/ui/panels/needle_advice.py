"""The needle advice the treatment panel gives at a point's position (clinical-basis §4.6).

The depth comes from the strictest zone that gives one, for this patient; a zone without a
published depth (between or beside the thoracic spinous processes) gives its technique, which
is then the advice that matters. A recorded needle longer than its zone advises gets a line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bodymap import clinical
from bodymap.clinical.wording import number
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import DryNeedling, Injection, Patient, TriggerPoint

NO_CAUTION = QT_TRANSLATE_NOOP("needle_advice", "No needling caution at this position.")
"""What the advice reads where no caution applies (English; translated where shown)."""


def advice_text(cautions: Sequence[clinical.Caution], patient: Patient) -> str:
    """The advice at a position: "Here (at the lung apex): insertion depth at most 30 mm ...",
    then each zone without a depth by its title and technique."""
    if not cautions:
        return translate("needle_advice", NO_CAUTION)
    lines = []
    with_limit = [c for c in cautions if c.needle.limit_mm is not None]
    if with_limit:
        zone = min(with_limit, key=lambda c: c.needle.limit_mm or 0.0)
        lines.append(
            translate("needle_advice", "Here ({zone}): {advice}.").format(
                zone=zone.zone_text, advice=clinical.needle_advice_text(zone, patient)
            )
        )
    for caution in cautions:
        if caution.needle.limit_mm is None:
            lines.append(
                translate("needle_advice", "{title}. {technique} No published depth limit.").format(
                    title=caution.title_text, technique=" ".join(caution.technique_text)
                )
            )
    return "\n".join(lines)


def too_long_lines(
    points: Iterable[tuple[TriggerPoint, Sequence[clinical.Caution]]], patient: Patient
) -> list[str]:
    """One line per treated point whose recorded needle is longer than its zone advises."""
    lines = []
    for point, cautions in points:
        treatment = point.treatment
        exceeded = clinical.too_long_for(point, cautions, patient)
        if exceeded is None or not isinstance(treatment, Injection | DryNeedling):
            continue
        length = treatment.needle_length_mm or 0.0
        lines.append(
            translate(
                "needle_advice",
                "Point {number}: the {length} mm needle is longer than advised {zone} ({advice}).",
            ).format(
                number=point.number,
                length=number(length),
                zone=exceeded.zone_text,
                advice=clinical.needle_advice_text(exceeded, patient),
            )
        )
    return lines
