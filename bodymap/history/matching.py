"""Same trigger point across visits: matching, recurrence text and the pain series.

A point on the same muscle and side within 25 mm of an earlier one counts as the same trigger
point. 25 mm is the product's rule (clinical-basis §9.1): one examiner relocating upper
trapezius points scattered by about +/-26 mm on each axis (95 % limits of agreement), so a
25 mm circle holds roughly 80 % of repeat localisations; the rest show as new points.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Protocol

from bodymap import i18n
from bodymap.history.records import HistoricPoint, describe_treatment
from bodymap.i18n import date_text, translate
from bodymap.model import Session, TriggerPoint

TOLERANCE_MM = 25.0
"""Greatest distance (diagram mm, inclusive) between two marks of the same trigger point."""


class Located(Protocol):
    """Anything placed on the diagram: a ``TriggerPoint`` or a ``HistoricPoint``."""

    @property
    def muscle(self) -> str: ...
    @property
    def side(self) -> str: ...
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...


def distance_mm(a: Located, b: Located) -> float:
    """Distance between two marks on the diagram, in mm."""
    return math.hypot(a.x - b.x, a.y - b.y)


def same_point(a: Located, b: Located, tolerance_mm: float = TOLERANCE_MM) -> bool:
    """Whether two marks are the same trigger point: same muscle and side, within 25 mm."""
    return a.muscle == b.muscle and a.side == b.side and distance_mm(a, b) <= tolerance_mm


def matching_point(
    earlier: Located, current: Iterable[TriggerPoint], tolerance_mm: float = TOLERANCE_MM
) -> TriggerPoint | None:
    """The point of ``current`` that is the same trigger point as ``earlier`` (the closest
    when several are), or None: an earlier visit's point that this visit has already marked.
    """
    found = [p for p in current if same_point(earlier, p, tolerance_mm)]
    return min(found, key=lambda p: distance_mm(earlier, p), default=None)


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st, ... in English; in another language
    its own form of an ordinal number of a visit ("3." in German, "3.ª" in Spanish)."""
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        return translate("history", "{number}th", "the ordinal number of a visit").format(number=n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclasses.dataclass(frozen=True, slots=True)
class Recurrence:
    """A trigger point that was marked at earlier visits too.

    Attributes:
        visit: which visit this is for the trigger point (2 = seen once before).
        earlier: the matching points of earlier visits, oldest first, one per visit (the
            closest when a visit had several marks within the tolerance).
        last_treated: the most recent of those that was injected or needled, if any.
    """

    visit: int
    earlier: tuple[HistoricPoint, ...]
    last_treated: HistoricPoint | None

    @property
    def text(self) -> str:
        """E.g. "recurring: 3rd visit, last treated 2026-10-02 with lidocaine 1% 0.5 mL"."""
        visit = ordinal(self.visit)
        if self.last_treated is None:
            return translate(
                "history", "recurring: {ordinal} visit, not treated before (last examined {date})"
            ).format(ordinal=visit, date=date_text(self.earlier[-1].date))
        last = self.last_treated
        return translate(
            "history", "recurring: {ordinal} visit, last treated {date} with {treatment}"
        ).format(ordinal=visit, date=date_text(last.date), treatment=last.treatment)

    def __str__(self) -> str:
        return self.text


def recurrence(point: Located, earlier: Iterable[HistoricPoint]) -> Recurrence | None:
    """How ``point`` recurs among the points of earlier visits; None if it is new.

    ``earlier`` must hold only points of *earlier* sessions (see ``earlier_points``). Several
    marks of one session that match count as one visit.
    """
    best: dict[str, HistoricPoint] = {}
    for h in earlier:
        if not same_point(point, h):
            continue
        kept = best.get(h.session_id)
        if kept is None or distance_mm(point, h) < distance_mm(point, kept):
            best[h.session_id] = h
    if not best:
        return None
    visits = tuple(sorted(best.values(), key=lambda h: h.date))
    treated = [h for h in visits if h.treated]
    return Recurrence(
        visit=len(visits) + 1, earlier=visits, last_treated=treated[-1] if treated else None
    )


def earlier_points(history: Iterable[HistoricPoint], session: Session) -> list[HistoricPoint]:
    """The points of ``history`` from sessions before ``session``.

    Leaves out ``session`` itself (by id) and, when it has an encounter date, sessions
    dated on or after it.
    """
    date = session.encounter.date
    return [h for h in history if h.session_id != session.id and (date is None or h.date < date)]


def recurrences(session: Session, history: Iterable[HistoricPoint]) -> dict[str, Recurrence]:
    """Recurrence of every point of ``session`` that recurs, by point id."""
    earlier = earlier_points(history, session)
    found = {p.id: recurrence(p, earlier) for p in session.points}
    return {point_id: r for point_id, r in found.items() if r is not None}


@dataclasses.dataclass(frozen=True, slots=True)
class PainVisit:
    """Pain (NRS 0-10) before and after treatment of one trigger point at one visit."""

    date: dt.date | None
    pain_before: int | None
    pain_after: int | None
    treatment: str
    current: bool = False
    """The visit being documented now."""


def pain_series(
    point: TriggerPoint, earlier: Sequence[HistoricPoint], date: dt.date | None = None
) -> list[PainVisit]:
    """The pain scores of ``point`` over visits: its earlier matches, then ``point`` itself.

    Args:
        point: the point of the current session.
        earlier: points of earlier sessions (see ``earlier_points``).
        date: the current session's date, for the last entry.
    """
    found = recurrence(point, earlier)
    visits = [
        PainVisit(h.date, h.pain_before, h.pain_after, h.treatment)
        for h in (found.earlier if found else ())
    ]
    visits.append(
        PainVisit(
            date,
            point.findings.pain_before,
            point.findings.pain_after,
            describe_treatment(point.treatment),
            current=True,
        )
    )
    return visits
