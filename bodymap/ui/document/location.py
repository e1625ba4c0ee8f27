"""Where a point lies: the one place the widget layer turns a diagram position into anatomy.

:func:`identify` names a point placed at a position (muscle and patient's side) and
:func:`locate` gathers what the window shows about a point's place from the one Qt-free
computation :func:`bodymap.clinical.point_site` (clinical-basis §4.1): the muscles under it,
its description from bony landmarks, its needling cautions and whether the muscle chosen for
it still lies under it. The document calls it once per change of a point and keeps the answer
(``SessionDocument.location``); markers, tooltips, panels, the status bar and the session's
warnings (:func:`sites`) read that answer instead of asking the diagram again.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Protocol

from bodymap import clinical
from bodymap.anatomy import Diagram, MuscleHit, names
from bodymap.i18n import translate
from bodymap.model import Session, Side, TriggerPoint

UNIDENTIFIED = "multifocal"
"""The muscle id of a point placed where no muscle of the diagram lies."""


@dataclass(frozen=True)
class PointLocation:
    """Where one point lies, as the window shows it: views of one :class:`clinical.Site`."""

    site: clinical.Site
    """Everything the point's position implies, computed once."""

    @property
    def muscles(self) -> tuple[MuscleHit, ...]:
        """The muscles under the point, superficial to deep."""
        return self.site.muscles

    @property
    def description(self) -> str:
        """The place in words, from bony landmarks ("left upper trapezius, 9.0 cm lateral…")."""
        return self.site.location

    @property
    def cautions(self) -> tuple[clinical.Caution, ...]:
        """Needling cautions at this position, high risk first."""
        return self.site.cautions

    @property
    def pneumothorax_badge(self) -> bool:
        """Whether the marker shows the pneumothorax badge (the rule screen and paper share)."""
        return self.site.pneumothorax_caution

    @property
    def mismatch(self) -> str | None:
        """ "levator scapulae chosen; the position lies over infraspinatus", or None when the
        point's muscle lies under it (the marker's second badge, the panel's line)."""
        return self.site.mismatch


class Located(Protocol):
    """A document that keeps where its points lie (``SessionDocument``)."""

    @property
    def session(self) -> Session: ...

    def location(self, point_id: str) -> PointLocation: ...


def identify(diagram: Diagram, x: float, y: float) -> tuple[str, Side]:
    """The muscle id and patient's side a point placed at (x, y) is named after.

    The top muscle under (or, over bare bone, next to) the position, or "multifocal" where
    there is none; the side is always the position's, from
    :meth:`bodymap.anatomy.Diagram.side_at` (the midline is defined there, once), so a point is
    stored on the side its description names.
    """
    hits = diagram.muscles_at(x, y)
    return (hits[0].muscle if hits else UNIDENTIFIED), diagram.side_at(x)


def location_key(point: TriggerPoint) -> Hashable:
    """What a point's location depends on: a kept location is reused while this is equal."""
    return (point.x, point.y, point.muscle, point.side, point.muscle_chosen)


def locate(diagram: Diagram, point: TriggerPoint) -> PointLocation:
    """Everything the window shows about the place of ``point``: one site computation."""
    return PointLocation(clinical.point_site(point, diagram))


def sites(doc: Located) -> dict[str, clinical.Site]:
    """The kept site of every point of ``doc``, by id (for the session's warnings)."""
    return {p.id: doc.location(p.id).site for p in doc.session.points}


def under_cursor(diagram: Diagram, x: float, y: float) -> str:
    """What lies under the mouse at (x, y), for the status bar."""
    hits = diagram.muscles_at(x, y)
    if hits:
        muscle = names.muscle_in_text(hits[0].name)
        if hits[0].side == "midline":
            what = translate("location", "midline {muscle}").format(muscle=muscle)
        else:
            what = names.sided(hits[0].side, muscle)
        return translate("status", "Under cursor: {what}").format(what=what)
    if diagram.contains(x, y):
        return translate("status", "Under cursor: no muscle identified")
    return translate("status", "Under cursor: outside the body")


def at_crosshair(diagram: Diagram, x: float, y: float) -> str:
    """Where the keyboard's crosshair is at (x, y), for the status bar and screen readers."""
    return translate("status", "Crosshair: {where}").format(where=diagram.describe(x, y))
