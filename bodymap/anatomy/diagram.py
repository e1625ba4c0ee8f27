"""The posterior upper-back diagram: landmarks, muscle regions, hit-test and descriptions (no Qt).

Coordinates are millimetres of a life-size drawing: x grows to the viewer's right, y towards the
feet. The view is posterior, so the patient's left is on the viewer's left (smaller x). The
diagram's parts and hit records are in :mod:`bodymap.anatomy.parts`, the words for a position
in :mod:`bodymap.anatomy.location`.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from bodymap.anatomy import location
from bodymap.anatomy.parts import (
    LAYERS,
    Area,
    BBox,
    Bone,
    BoneHit,
    BonePart,
    HitSide,
    MuscleHit,
    Point,
    Region,
    bounding_box,
    point_in_polygon,
)

DIAGRAM_FILE: Final = "posterior_upper_back.json"
_LAYER_RANK: Final = {layer: rank for rank, layer in enumerate(LAYERS)}
MIDLINE_HALF_WIDTH_MM: Final = 5.0
"""A position closer than this to the line of the spinous processes is on the midline, neither
left nor right: the posterior midline band is about as wide as the spinous process tips
(clinical-basis §3.1). ``Diagram.side_at`` and every description use it."""
NEXT_TO_MM: Final = 15.0
"""Over bare bone, muscles whose outline comes this close are the muscles next to the bone
(clinical-basis §2.3)."""
_RECENT_HITS: Final = 64
"""How many hit-test answers ``Diagram.muscles_at`` remembers."""


def asset_path(*parts: str) -> Path:
    """Path of a bundled asset, e.g. ``asset_path("diagram", NAME)``, installed or in a checkout.

    An installed package carries its assets in ``bodymap/assets``; a checkout keeps them in
    ``assets/`` beside the package.
    """
    package = Path(__file__).resolve().parents[1]
    installed = package.joinpath("assets", *parts)
    return installed if installed.exists() else package.parent.joinpath("assets", *parts)


def _distance_to_outline(x: float, y: float, outline: Sequence[Point], reach: float) -> float:
    """Shortest distance from (x, y) to a closed polygon's edges, or ``math.inf`` if none of
    them comes within ``reach``."""
    best = reach
    found = False
    x0, y0 = outline[-1]
    for x1, y1 in outline:
        # Skip edges whose bounding box lies farther away than the nearest edge so far.
        if not (
            min(x0, x1) - best > x
            or max(x0, x1) + best < x
            or min(y0, y1) - best > y
            or max(y0, y1) + best < y
        ):
            dx, dy = x1 - x0, y1 - y0
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else ((x - x0) * dx + (y - y0) * dy) / length2
            t = 0.0 if t < 0.0 else min(t, 1.0)
            distance = math.hypot(x - (x0 + t * dx), y - (y0 + t * dy))
            if distance <= best:
                best, found = distance, True
        x0, y0 = x1, y1
    return best if found else math.inf


@dataclass(frozen=True, eq=False)
class Diagram:
    """The anatomical drawing: landmarks, body outline, bones and muscle regions (diagram mm)."""

    id: str
    version: str
    width: float
    height: float
    landmarks: Mapping[str, Point]
    body_outline: tuple[Point, ...]
    bones: tuple[Bone, ...]
    """Bones in drawing order (the topmost last)."""
    regions: tuple[Region, ...]
    """Muscle regions in drawing order (deep first, the topmost last)."""
    muscle_names: Mapping[str, str]
    areas: tuple[Area, ...] = ()
    """Named parts that are neither a listed muscle nor bone (not drawn: skin shows there)."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Diagram:
        """Build a diagram from the asset's JSON structure."""

        def pts(raw: Sequence[Sequence[float]]) -> tuple[Point, ...]:
            return tuple((float(p[0]), float(p[1])) for p in raw)

        regions = []
        for m in data["muscles"]:
            outline = pts(m["outline"])
            fibres = tuple((pts(f)[0], pts(f)[1]) for f in m["fibres"])
            regions.append(
                Region(
                    m["muscle"],
                    m["side"],
                    m["layer"],
                    m["name"],
                    outline,
                    fibres,
                    bounding_box(outline),
                )
            )
        bones = tuple(
            Bone(
                str(b["id"]),
                pts(b["outline"]),
                str(b.get("name", "")),
                bool(b.get("subcutaneous", False)),
                tuple(BonePart(str(p["name"]), pts(p["outline"])) for p in b.get("parts", ())),
            )
            for b in data["bones"]
        )
        areas = tuple(
            Area(str(a["id"]), a["side"], str(a["name"]), pts(a["outline"]))
            for a in data.get("areas", ())
        )
        landmarks = {k: (float(v[0]), float(v[1])) for k, v in data["landmarks"].items()}
        return cls(
            id=str(data["id"]),
            version=str(data["version"]),
            width=float(data["width_mm"]),
            height=float(data["height_mm"]),
            landmarks=MappingProxyType(landmarks),
            body_outline=pts(data["body_outline"]),
            bones=bones,
            regions=tuple(regions),
            muscle_names=MappingProxyType(dict(data["muscle_names"])),
            areas=areas,
        )

    @functools.cached_property
    def _body_bbox(self) -> BBox:
        return bounding_box(self.body_outline)

    @functools.cached_property
    def _hit_order(self) -> tuple[Region, ...]:
        """Regions by layer (superficial first), topmost-drawn first within a layer."""
        indexed = list(enumerate(self.regions))
        indexed.sort(key=lambda item: (_LAYER_RANK[item[1].layer], -item[0]))
        return tuple(region for _, region in indexed)

    @functools.cached_property
    def _bone_order(self) -> tuple[Bone, ...]:
        """Bones directly under the skin first, topmost-drawn first within each kind."""
        return tuple(sorted(reversed(self.bones), key=lambda bone: not bone.subcutaneous))

    @property
    def midline_x(self) -> float:
        """x of the posterior midline (the C7 spinous process)."""
        return self.landmarks["c7"][0]

    def contains(self, x: float, y: float) -> bool:
        """Whether (x, y) lies inside the body outline."""
        x0, y0, x1, y1 = self._body_bbox
        return x0 <= x <= x1 and y0 <= y <= y1 and point_in_polygon(x, y, self.body_outline)

    @functools.cached_property
    def _recent_hits(self) -> dict[Point, tuple[MuscleHit, ...]]:
        return {}

    def muscles_at(self, x: float, y: float) -> list[MuscleHit]:
        """Muscles at (x, y), superficial to deep; empty outside the body.

        Over bare bone (a subcutaneous bone with no muscle drawn over it) these are the muscles
        next to the bone, nearest first, each marked ``beside`` (clinical-basis §2.3); the
        position itself is then named by :meth:`bones_at`.

        The last few answers are remembered: one click asks for the same spot several times
        (identify the muscle, describe the location, the tooltip).
        """
        recent = self._recent_hits
        hits = recent.get((x, y))
        if hits is None:
            hits = self._hits(x, y)
            if len(recent) >= _RECENT_HITS:
                del recent[next(iter(recent))]
            recent[(x, y)] = hits
        return list(hits)

    def _hits(self, x: float, y: float) -> tuple[MuscleHit, ...]:
        if not self.contains(x, y):
            return ()
        under = tuple(r.hit() for r in self._hit_order if r.contains(x, y))
        if not any(b.subcutaneous for b in self._bones_under(x, y)) or any(
            hit.layer == "superficial" for hit in under
        ):
            return under
        # Bone under the skin with no muscle drawn over it: the muscles beside the bone come
        # first, then any drawn beneath it (serratus posterior superior under the scapular
        # spine), which cannot be the muscle felt there (clinical-basis §2.3).
        reach = NEXT_TO_MM
        nearest: dict[tuple[str, str], tuple[float, int, Region]] = {}
        for rank, region in enumerate(self._hit_order):
            x0, y0, x1, y1 = region.bbox
            if not (x0 - reach <= x <= x1 + reach and y0 - reach <= y <= y1 + reach):
                continue
            if region.layer != "superficial" and region.contains(x, y):
                continue  # beneath the bone, not beside it
            distance = _distance_to_outline(x, y, region.outline, reach)
            key = (region.muscle, region.side)
            if distance <= reach and (key not in nearest or distance < nearest[key][0]):
                nearest[key] = (distance, rank, region)
        # The superficial muscles beside the bone first, nearest first; a deeper one beside it
        # only after them (one cannot be felt there before the muscles over it). Muscles
        # sharing the bone's edge are equally near: the more superficial comes first
        # (rounding keeps mirrored positions in mirrored order).
        ordered = sorted(
            nearest.values(),
            key=lambda item: (item[2].layer != "superficial", round(item[0], 3), item[1]),
        )
        return tuple(replace(region.hit(), beside=True) for _, _, region in ordered) + under

    def _bones_under(self, x: float, y: float) -> list[Bone]:
        return [bone for bone in self._bone_order if bone.contains(x, y)]

    def bones_at(self, x: float, y: float) -> list[BoneHit]:
        """Bones under (x, y) with their display names: those directly under the skin first.

        A subcutaneous bone here means the position is over bone, e.g. "scapular spine",
        "posterior acromial angle", "T4 spinous process" (clinical-basis §2.3).
        """
        if not self.contains(x, y):
            return []
        return [
            BoneHit(bone.id, bone.name_at(x, y), bone.subcutaneous)
            for bone in self._bones_under(x, y)
        ]

    def areas_at(self, x: float, y: float) -> list[Area]:
        """Named parts at (x, y) that are neither a listed muscle nor bone (the ear, the lateral
        head of triceps)."""
        if not self.contains(x, y):
            return []
        return [area for area in self.areas if area.contains(x, y)]

    def side_at(self, x: float) -> HitSide:
        """The patient's side at diagram x (posterior view: patient's left = viewer's left).

        Within ``MIDLINE_HALF_WIDTH_MM`` of the spinous processes a position is on the midline.
        """
        dx = x - self.midline_x
        if abs(dx) < MIDLINE_HALF_WIDTH_MM:
            return "midline"
        return "left" if dx < 0 else "right"

    def describe(
        self, x: float, y: float, *, muscle: str | None = None, side: str | None = None
    ) -> str:
        """A short landmark-relative description of (x, y), e.g. for a procedure note.

        Named after the top hit, or after ``muscle``/``side`` when the clinician chose another
        muscle under the same spot (e.g. levator scapulae under the upper trapezius). Over bare
        bone it names the bone and the muscles next to it. The wording follows clinical-basis
        §3: distances to the nearest 0.5 cm, superior/inferior and medial/lateral.
        """
        return location.describe(self, x, y, muscle=muscle, side=side)


def read_diagram(path: Path) -> Diagram:
    """Load a diagram asset file."""
    with path.open(encoding="utf-8") as fh:
        return Diagram.from_dict(json.load(fh))


@functools.cache
def load_diagram() -> Diagram:
    """The bundled posterior upper-back diagram (loaded once)."""
    return read_diagram(asset_path("diagram", DIAGRAM_FILE))
