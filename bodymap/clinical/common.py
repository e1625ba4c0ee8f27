"""Shared values of the clinical checks: the warning type, number formats, point lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from bodymap import i18n
from bodymap.model import ExaminedOnly, TriggerPoint

Point = tuple[float, float]
Landmarks = Mapping[str, Point]
"""Landmark id -> position in diagram mm; ``"c7"`` (and ``"t12"`` for the scale) are used."""
BoneOutlines = Mapping[str, Sequence[Point]]
"""Bone id -> closed polygon in diagram mm (``scapula_left``, ``scapular_spine_right``, ...)."""
Severity = Literal["warning", "caution", "info"]
TreatmentKind = Literal["injection", "dry_needling"]


# --------------------------------------------------------------------------- shared values


def _fmt(value: float) -> str:
    """A number for messages: at most one decimal, no trailing zero."""
    text = f"{value:.1f}"
    return i18n.decimal(text[:-2] if text.endswith(".0") else text)


def _percent(value: float) -> str:
    return i18n.decimal(f"{value:g}%")


@dataclass(frozen=True)
class ClinicalWarning:
    """One entry of the warnings list shown on screen and on the printed record.

    ``code`` is a stable id (for tests, filtering and icons); ``severity`` orders the list
    (``warning`` first); ``message`` is plain text in the installed language; ``point_ids``
    names the points concerned.
    """

    code: str
    severity: Severity
    message: str
    point_ids: tuple[str, ...] = ()


_SEVERITY_RANK: Final[Mapping[Severity, int]] = {"warning": 0, "caution": 1, "info": 2}


def _treated(point: TriggerPoint) -> bool:
    return not isinstance(point.treatment, ExaminedOnly)


def _numbers(points: Sequence[TriggerPoint]) -> str:
    """The numbers of ``points`` in order, for a message's ``{numbers}``: "3, 5"; the message
    says "point" or "points" itself (its plural forms: ``Context.tr(..., n=len(points))``)."""
    return ", ".join(str(n) for n in sorted(p.number for p in points))


def _ids(points: Sequence[TriggerPoint]) -> tuple[str, ...]:
    return tuple(p.id for p in sorted(points, key=lambda p: p.number))


def share_percent(fraction: float) -> str:
    """A share of a maximum dose in whole percent, without the sign: "14", "100". A dose over
    the maximum never reads "100" (clinical-basis §5.4): 200.05 mg of a 200 mg maximum is
    "101", not "100"."""
    shown = round(fraction * 100)
    if fraction > 1 + 1e-9 and shown <= 100:
        shown = 101
    return str(shown)
