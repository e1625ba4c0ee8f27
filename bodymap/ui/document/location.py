"""Where a point lies: the one place the widget layer turns a diagram position into anatomy.

:func:`identify` names a point placed at a position (muscle and patient's side) and
:func:`locate` gathers what the window shows about a point's place: the muscles under it, its
description from bony landmarks and its needling cautions. The document calls them once per
change of a point and keeps the answer (``SessionDocument.location``); markers, tooltips and
panels read that answer instead of asking the diagram again.

Both only combine the Qt-free functions of :mod:`bodymap.anatomy` and :mod:`bodymap.clinical`,
so that replacing the combination by one such function is a change to this module alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bodymap import clinical
from bodymap.anatomy import Diagram, MuscleHit
from bodymap.model import Side, TriggerPoint

UNIDENTIFIED = "multifocal"
"""The muscle id of a point placed where no muscle of the diagram lies."""


@dataclass(frozen=True)
class PointLocation:
    """Where one point lies, as the window shows it."""

    muscles: tuple[MuscleHit, ...]
    """The muscles under the point, superficial to deep."""
    description: str
    """The place in words, from bony landmarks ("left upper trapezius, 9.0 cm lateral to …")."""
    cautions: tuple[clinical.Caution, ...]
    """Needling cautions for this place and muscle, high risk first."""
    pneumothorax_badge: bool
    """Whether the marker shows the pneumothorax badge (the rule screen and paper share)."""


def identify(diagram: Diagram, x: float, y: float) -> tuple[str, Side]:
    """The muscle id and patient's side a point placed at (x, y) is named after.

    The top muscle under (or, over bare bone, next to) the position, or "multifocal" where
    there is none; the side is always the position's, from
    :meth:`bodymap.anatomy.Diagram.side_at` (the midline is defined there, once), so a point is
    stored on the side its description names.
    """
    hits = diagram.muscles_at(x, y)
    return (hits[0].muscle if hits else UNIDENTIFIED), diagram.side_at(x)


def locate(diagram: Diagram, point: TriggerPoint) -> PointLocation:
    """Everything the window shows about the place of ``point``."""
    return PointLocation(
        muscles=tuple(diagram.muscles_at(point.x, point.y)),
        description=diagram.describe(point.x, point.y, muscle=point.muscle, side=point.side),
        cautions=tuple(clinical.point_cautions_on_diagram(point, diagram)),
        pneumothorax_badge=clinical.has_pneumothorax_caution(point, diagram),
    )


def under_cursor(diagram: Diagram, x: float, y: float) -> str:
    """What lies under the mouse at (x, y), for the status bar."""
    hits = diagram.muscles_at(x, y)
    if hits:
        return f"Under cursor: {hits[0].side} {hits[0].name.lower()}"
    if diagram.contains(x, y):
        return "Under cursor: no muscle identified"
    return "Under cursor: outside the body"
