"""Body regions of the diagram for the pain drawing: neck, shoulder and upper back, head.

Each region is a polygon in diagram millimetres built from landmarks only (clinical-basis
§10.2): the neck lies between the line from the mastoid tips through the external occipital
protuberance and the line from the C7 spinous process to the acromion; the shoulder and
upper back lie below that line; the head above the first. The midline (x of C7) parts left
from right, the patient's left on the viewer's left. The polygons cover the whole drawing,
so every painted square millimetre lies in exactly one region; what lies outside the body
outline is cut away when areas are measured. No Qt, no geometry library.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from bodymap.anatomy.diagram import Diagram
from bodymap.anatomy.parts import Point
from bodymap.i18n import QT_TRANSLATE_NOOP, translate

RegionId = Literal[
    "head_left",
    "head_right",
    "neck_left",
    "neck_right",
    "shoulder_upper_back_left",
    "shoulder_upper_back_right",
]
"""Body regions, each on the patient's left or right."""

REGION_IDS: Final[tuple[RegionId, ...]] = (
    "neck_left",
    "neck_right",
    "shoulder_upper_back_left",
    "shoulder_upper_back_right",
    "head_left",
    "head_right",
)
"""Region ids in the order areas are listed (the four the pain drawing reports first)."""

REGION_NAMES: Final[Mapping[RegionId, str]] = {
    "neck_left": QT_TRANSLATE_NOOP("regions", "Neck, patient's left"),
    "neck_right": QT_TRANSLATE_NOOP("regions", "Neck, patient's right"),
    "shoulder_upper_back_left": QT_TRANSLATE_NOOP(
        "regions", "Shoulder and upper back, patient's left"
    ),
    "shoulder_upper_back_right": QT_TRANSLATE_NOOP(
        "regions", "Shoulder and upper back, patient's right"
    ),
    "head_left": QT_TRANSLATE_NOOP("regions", "Back of the head, patient's left"),
    "head_right": QT_TRANSLATE_NOOP("regions", "Back of the head, patient's right"),
}
"""What each region is called on screen and on paper (the side is the patient's), in English
(:func:`region_name` translates)."""
_IN_TEXT: Final[Mapping[RegionId, str]] = {
    "neck_left": QT_TRANSLATE_NOOP("regions", "neck, patient's left"),
    "neck_right": QT_TRANSLATE_NOOP("regions", "neck, patient's right"),
    "shoulder_upper_back_left": QT_TRANSLATE_NOOP(
        "regions", "shoulder and upper back, patient's left"
    ),
    "shoulder_upper_back_right": QT_TRANSLATE_NOOP(
        "regions", "shoulder and upper back, patient's right"
    ),
    "head_left": QT_TRANSLATE_NOOP("regions", "back of the head, patient's left"),
    "head_right": QT_TRANSLATE_NOOP("regions", "back of the head, patient's right"),
}


def region_name(region: RegionId, *, in_text: bool = False) -> str:
    """A region's name in the installed language ("Neck, patient's left"; inside running
    text "neck, patient's left")."""
    return translate("regions", (_IN_TEXT if in_text else REGION_NAMES)[region])


@dataclass(frozen=True)
class BodyRegion:
    """One region: its id, name, the patient's side and its outline (diagram mm)."""

    id: RegionId
    name: str
    side: Literal["left", "right"]
    outline: tuple[Point, ...]


def _side(points: list[Point], mid: float, side: str) -> tuple[Point, ...]:
    """Outline points given for the patient's right, mirrored for the left."""
    if side == "right":
        return tuple(points)
    return tuple((2 * mid - x, y) for x, y in reversed(points))


def body_regions(diagram: Diagram) -> tuple[BodyRegion, ...]:
    """The six regions of ``diagram``, built from its landmarks (see the module text).

    Each dividing line runs from the midline to its landmark on the side and on, level, to
    the edge of the drawing: the neck's lower line from C7 to the acromion, then level with
    the acromion over the shoulder; its upper line from the external occipital protuberance
    to the mastoid tip, then level with the mastoid.
    """
    marks = diagram.landmarks
    mid = diagram.midline_x
    width, height = diagram.width, diagram.height
    eop, c7 = marks["eop"], marks["c7"]
    mastoid, acromion = marks["mastoid_right"], marks["acromion_right"]
    # Outlines for the patient's right (the viewer's right, larger x), clockwise on screen.
    right: dict[str, list[Point]] = {
        "head": [(mid, 0.0), (width, 0.0), (width, mastoid[1]), mastoid, (mid, eop[1])],
        "neck": [(mid, eop[1]), mastoid, (width, mastoid[1]), (width, acromion[1]), acromion,
                 (mid, c7[1])],
        "shoulder_upper_back": [(mid, c7[1]), acromion, (width, acromion[1]), (width, height),
                                (mid, height)],
    }  # fmt: skip
    regions = []
    for part in ("neck", "shoulder_upper_back", "head"):
        for side in ("left", "right"):
            region_id: RegionId = f"{part}_{side}"  # type: ignore[assignment]
            regions.append(
                BodyRegion(region_id, REGION_NAMES[region_id], side, _side(right[part], mid, side))
            )
    order = {region_id: i for i, region_id in enumerate(REGION_IDS)}
    return tuple(sorted(regions, key=lambda r: order[r.id]))
