"""Everything a position implies, computed once: muscles, side, location text, cautions.

``site_of`` is the one position -> site function (clinical-basis §4.1): marker badges, panels,
the printed record and the session warnings all use its result, so they cannot disagree.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from bodymap.anatomy import Diagram, MuscleHit
from bodymap.clinical.cautions import diagram_bones, position_cautions
from bodymap.clinical.wording import muscle_in_text
from bodymap.clinical.zones import Caution
from bodymap.i18n import translate
from bodymap.model import TriggerPoint

UNNAMED_MUSCLE = "multifocal"
"""The muscle id that names no muscle: never a mismatch."""


@dataclass(frozen=True)
class Site:
    """What lies at one diagram position (diagram mm).

    ``muscles`` superficial to deep (empty outside the body or over bone); ``side`` the
    patient's side of the position; ``location`` the landmark-relative text; ``cautions`` the
    needling zones at the position, high risk first; ``mismatch`` a message when the muscle
    recorded for a point does not lie under it, else None.
    """

    x: float
    y: float
    inside: bool
    muscles: tuple[MuscleHit, ...]
    side: str
    location: str
    cautions: tuple[Caution, ...]
    mismatch: str | None = None

    @property
    def top(self) -> MuscleHit | None:
        """The most superficial muscle under the position, or None."""
        return self.muscles[0] if self.muscles else None

    @property
    def pneumothorax_caution(self) -> bool:
        """Whether a lung caution applies (the marker's badge, on screen and on paper)."""
        return any(c.over_lung for c in self.cautions)

    @property
    def caution_codes(self) -> tuple[str, ...]:
        """The codes of the cautions, in order."""
        return tuple(c.code for c in self.cautions)


def _mismatch(
    diagram: Diagram, muscle: str, hits: tuple[MuscleHit, ...], *, chosen: bool
) -> str | None:
    if muscle == UNNAMED_MUSCLE or any(h.muscle == muscle for h in hits):
        return None
    name = muscle_in_text(muscle, diagram.muscle_names)
    if not hits:
        if chosen:
            text = translate("site", "{muscle} chosen; no muscle is drawn at this position")
        else:
            text = translate("site", "{muscle} recorded; no muscle is drawn at this position")
        return text.format(muscle=name)
    over = muscle_in_text(hits[0].muscle, diagram.muscle_names)
    if chosen:
        text = translate("site", "{muscle} chosen; the position lies over {other}")
    else:
        text = translate("site", "{muscle} recorded; the position lies over {other}")
    return text.format(muscle=name, other=over)


def site_of(
    diagram: Diagram,
    x: float,
    y: float,
    *,
    muscle: str | None = None,
    side: str | None = None,
    chosen: bool = True,
) -> Site:
    """Everything the position (x, y) implies on ``diagram`` (clinical-basis §4.1).

    Args:
        diagram: the drawing the position belongs to.
        x, y: the position in diagram mm.
        muscle: the muscle recorded for a point there, if any: the location text is named after
            it when it lies under the position, and a mismatch message is made when it does not.
        side: the recorded side, used with ``muscle`` for the location text.
        chosen: whether ``muscle`` was chosen by hand (the mismatch then says "chosen").
    """
    hits = tuple(diagram.muscles_at(x, y))
    cautions = position_cautions(
        x, y, landmarks=diagram.landmarks, bones=_bones(diagram), muscles=[h.muscle for h in hits]
    )
    return Site(
        x=x,
        y=y,
        inside=diagram.contains(x, y),
        muscles=hits,
        side=diagram.side_at(x),
        location=diagram.describe(x, y, muscle=muscle, side=side),
        cautions=cautions,
        mismatch=None if muscle is None else _mismatch(diagram, muscle, hits, chosen=chosen),
    )


def point_site(point: TriggerPoint, diagram: Diagram) -> Site:
    """:func:`site_of` for a marked point, with its recorded muscle and side."""
    return site_of(
        diagram,
        point.x,
        point.y,
        muscle=point.muscle,
        side=point.side,
        chosen=point.muscle_chosen,
    )


_BONES: weakref.WeakKeyDictionary[Diagram, dict[str, tuple[tuple[float, float], ...]]] = (
    weakref.WeakKeyDictionary()
)


def _bones(diagram: Diagram) -> dict[str, tuple[tuple[float, float], ...]]:
    """The diagram's bone outlines, built once per diagram object."""
    cached = _BONES.get(diagram)
    if cached is None:
        cached = _BONES[diagram] = diagram_bones(diagram)
    return cached
