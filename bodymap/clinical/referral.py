"""Typical referral zones of the diagram's muscles, and the muscles whose zone fits a drawing.

The zones are the project's own approximate outlines, in diagram mm, of the referral
patterns that published summaries of Travell & Simons' Trigger Point Manual describe
(``assets/referral/zones.json``; each zone, its description and sources in
clinical-basis §10.4). An outline is given for the patient's right side and mirrored about
the midline for the left. Parts of a zone outside the posterior upper-body view are named in
words (``ReferralZone.also``).

"Muscles whose referral fits" ranks muscles by how much of the painted area their zone
covers (clinical-basis §10.5). It is a palpation guide, never a diagnosis: many muscles
share a zone, and the drawing cannot tell them apart.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from bodymap.anatomy import Diagram, asset_path
from bodymap.anatomy.parts import Point
from bodymap.clinical.pain_drawing import mm2_to_cm2, union_shape
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import PainArea

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

ZONES_FILE: Final = "zones.json"
GUIDE_NOTE: Final = QT_TRANSLATE_NOOP(
    "referral",
    "A palpation guide, not a diagnosis: examine these muscles for trigger points that "
    "reproduce the patient's pain.",
)
"""Shown with every list of fitting muscles (clinical-basis §10.5); in English, translated
where shown."""
ZONE_TEXTS: Final = (
    QT_TRANSLATE_NOOP(
        "referral",
        "Along the back and side of the neck up to the mastoid process; when stronger, over "
        "the side of the head to the temple and behind the eye, at times the angle of the "
        "jaw.",
    ),
    QT_TRANSLATE_NOOP("referral", "temple, behind the eye, angle of the jaw"),
    QT_TRANSLATE_NOOP(
        "referral",
        "Superficial burning pain between the trigger point and the spinous processes of C7 "
        "to T3; also over the acromion.",
    ),
    QT_TRANSLATE_NOOP(
        "referral",
        "The upper neck beside the spine and the mastoid area, a deep ache over the "
        "suprascapular region and the acromion; sometimes a burning pain along and medial to "
        "the medial border of the scapula.",
    ),
    QT_TRANSLATE_NOOP(
        "referral",
        "The angle of the neck (where the neck meets the shoulder), with spill-over along the "
        "medial border of the scapula to its inferior angle and to the back of the shoulder.",
    ),
    QT_TRANSLATE_NOOP(
        "referral",
        "Along the medial (vertebral) border of the scapula, between the scapula and the "
        "muscles beside the spine.",
    ),
    QT_TRANSLATE_NOOP(
        "referral",
        "A deep ache under the upper part of the scapula; over the posterior deltoid and down "
        "the back of the arm to the elbow; at times the little-finger side of the forearm and "
        "hand.",
    ),
    QT_TRANSLATE_NOOP("referral", "elbow, little-finger side of the forearm and hand"),
    QT_TRANSLATE_NOOP(
        "referral",
        "A deep ache of the shoulder centred on the middle deltoid, often down the arm and "
        "forearm, sometimes focused on the outer elbow (lateral epicondyle).",
    ),
    QT_TRANSLATE_NOOP("referral", "outer elbow (lateral epicondyle), forearm"),
    QT_TRANSLATE_NOOP(
        "referral",
        "Felt intensely deep in the front of the shoulder, then down the front and outer side "
        "of the arm to the outer forearm and the thumb side of the hand; a less frequent "
        "trigger point refers to the medial border of the scapula.",
    ),
    QT_TRANSLATE_NOOP(
        "referral",
        "deep front of the shoulder, front of the arm, thumb side of the forearm and hand",
    ),
    QT_TRANSLATE_NOOP(
        "referral",
        "A small, deep, sharply felt area in the posterior deltoid, near the attachment of "
        "teres minor on the humerus.",
    ),
    QT_TRANSLATE_NOOP(
        "referral",
        "The posterior deltoid region and over the long head of triceps, the back of the "
        "shoulder joint; occasionally the back of the forearm.",
    ),
    QT_TRANSLATE_NOOP("referral", "back of the forearm"),
    QT_TRANSLATE_NOOP(
        "referral",
        "The inferior angle of the scapula and the mid-thoracic region around it, extending "
        "to the back of the shoulder and down the inside of the arm and forearm to the ring "
        "and little fingers.",
    ),
    QT_TRANSLATE_NOOP("referral", "inside of the arm and forearm, ring and little fingers"),
    QT_TRANSLATE_NOOP(
        "referral", "Mostly local, over the posterior deltoid, sometimes spilling into the arm."
    ),
    QT_TRANSLATE_NOOP(
        "referral", "Mostly local, over the middle deltoid, sometimes spilling into the arm."
    ),
    QT_TRANSLATE_NOOP("referral", "The top of the head (vertex) on the same side."),
    QT_TRANSLATE_NOOP("referral", "top of the head"),
    QT_TRANSLATE_NOOP(
        "referral",
        "Diffuse pain through the head focusing behind the eye on the same side; also the "
        "base of the neck.",
    ),
    QT_TRANSLATE_NOOP("referral", "inside the head, behind the eye"),
    QT_TRANSLATE_NOOP(
        "referral",
        "Up over the back of the arm to the back of the shoulder, occasionally to the base of "
        "the neck in the upper trapezius region, and sometimes down the back of the forearm, "
        "skipping the elbow.",
    ),
)
"""Every description and "also" text of the referral zones asset, marked for translation
(a test checks none is missing): the asset keeps them in English, as data."""
MIN_SHARE: Final = 0.05
"""A muscle fits when its zone covers at least this share of the painted area ..."""
MIN_OVERLAP_CM2: Final = 1.0
"""... and at least this much of it (1 cm²), so a brush tip at a zone's edge does not."""


@dataclass(frozen=True)
class Source:
    """A published description a zone follows: its title and address."""

    title: str
    url: str


@dataclass(frozen=True, eq=False)
class ReferralZone:
    """One muscle's typical referral zone on one side (diagram mm)."""

    muscle: str
    side: Literal["left", "right"]
    description: str
    also: str
    """Parts of the zone outside the posterior upper-body view, in words ("" for none)."""
    sources: tuple[Source, ...]
    section: str
    outlines: tuple[tuple[Point, ...], ...]

    @property
    def description_text(self) -> str:
        """:attr:`description` in the installed language."""
        return translate("referral", self.description)

    @property
    def also_text(self) -> str:
        """ "also: temple, behind the eye", or "" (in the installed language)."""
        if not self.also:
            return ""
        return translate("referral", "also: {parts}").format(parts=translate("referral", self.also))


def _mirrored(outline: Sequence[Sequence[float]], mid: float) -> tuple[Point, ...]:
    return tuple((round(2 * mid - float(x), 1), float(y)) for x, y in reversed(outline))


@functools.cache
def load_zones(diagram: Diagram) -> tuple[ReferralZone, ...]:
    """Every zone of the asset, on both sides, right side first per muscle."""
    with asset_path("referral", ZONES_FILE).open(encoding="utf-8") as fh:
        data = json.load(fh)
    mid = diagram.midline_x
    zones: list[ReferralZone] = []
    for raw in data["zones"]:
        sources = tuple(Source(str(s["title"]), str(s["url"])) for s in raw["sources"])
        right = tuple(tuple((float(x), float(y)) for x, y in o) for o in raw["outlines"])
        for side, outlines in (
            ("right", right),
            ("left", tuple(_mirrored(o, mid) for o in raw["outlines"])),
        ):
            zones.append(
                ReferralZone(
                    muscle=str(raw["muscle"]),
                    side=side,  # type: ignore[arg-type]
                    description=str(raw["description"]),
                    also=str(raw.get("also", "")),
                    sources=sources,
                    section=str(raw["section"]),
                    outlines=outlines,
                )
            )
    return tuple(zones)


def zones_for(diagram: Diagram, muscle: str, side: str) -> list[ReferralZone]:
    """The zone of ``muscle`` on the patient's ``side``; both sides for the midline; [] for a
    muscle with no zone in the asset."""
    sides = ("left", "right") if side == "midline" else (side,)
    return [z for z in load_zones(diagram) if z.muscle == muscle and z.side in sides]


@functools.cache
def _zone_shape(zone: ReferralZone) -> BaseGeometry:
    import shapely
    from shapely.geometry import Polygon

    shape = shapely.union_all([shapely.make_valid(Polygon(o)) for o in zone.outlines])
    shapely.prepare(shape)
    return shape


@dataclass(frozen=True)
class Fit:
    """A muscle whose referral zone covers part of the painted area."""

    muscle: str
    side: Literal["left", "right"]
    overlap_cm2: float
    share_of_pain: float
    """The part of the painted area that lies in the zone (0 to 1)."""
    zone: ReferralZone


def fitting_muscles(areas: Sequence[PainArea], diagram: Diagram, *, limit: int = 6) -> list[Fit]:
    """Muscles (with side) whose zone covers most of the painted area, most first.

    Only zones covering at least ``MIN_SHARE`` of the painted area and ``MIN_OVERLAP_CM2``
    count (clinical-basis §10.5). Ties keep the asset's order.
    """
    if not any(a.polygons for a in areas):  # nothing painted: no geometry to load
        return []
    pain = union_shape(areas)
    if pain.is_empty:
        return []
    total = pain.area
    found: list[Fit] = []
    for zone in load_zones(diagram):
        shape = _zone_shape(zone)
        if not shape.intersects(pain):
            continue
        overlap = shape.intersection(pain).area
        if overlap / total >= MIN_SHARE and mm2_to_cm2(overlap) >= MIN_OVERLAP_CM2:
            found.append(Fit(zone.muscle, zone.side, mm2_to_cm2(overlap), overlap / total, zone))
    found.sort(key=lambda f: -f.overlap_cm2)
    return found[:limit]
