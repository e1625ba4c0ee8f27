"""The parts of the diagram: muscle regions, bones and named areas, and what a hit-test finds.

Each part is an outline in diagram millimetres, hit-tested by the even-odd rule over its
vertices (no Qt): the same outline is painted (``bodymap.painting``), so what is drawn is
exactly what a click hits.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

Point = tuple[float, float]
"""A position (x, y) in diagram millimetres."""
BBox = tuple[float, float, float, float]
"""A bounding box (x0, y0, x1, y1) in diagram millimetres."""
Layer = Literal["superficial", "intermediate", "deep"]
HitSide = Literal["left", "right", "midline"]
"""The patient's side of a part or a position (posterior view: the left on the viewer's left)."""

LAYERS: Final[tuple[Layer, ...]] = ("superficial", "intermediate", "deep")


def bounding_box(points: Sequence[Point]) -> BBox:
    """The smallest box (x0, y0, x1, y1) holding ``points``."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def point_in_polygon(x: float, y: float, polygon: Sequence[Point]) -> bool:
    """Even-odd test of (x, y) against a closed polygon given without its repeated first point."""
    inside = False
    x0, y0 = polygon[-1]
    for x1, y1 in polygon:
        if (y1 > y) != (y0 > y) and x < (x0 - x1) * (y - y1) / (y0 - y1) + x1:
            inside = not inside
        x0, y0 = x1, y1
    return inside


def _inside(x: float, y: float, bbox: BBox, outline: Sequence[Point]) -> bool:
    """Whether (x, y) lies inside ``outline`` (its bounding box ``bbox`` checked first)."""
    x0, y0, x1, y1 = bbox
    return x0 <= x <= x1 and y0 <= y <= y1 and point_in_polygon(x, y, outline)


@dataclass(frozen=True)
class MuscleHit:
    """One muscle region at a point: muscle id, patient's side, layer and display name.

    ``beside`` is True when the point lies over bare bone and this muscle lies next to the bone
    (within ``NEXT_TO_MM``) rather than under the point.
    """

    muscle: str
    side: HitSide
    layer: Layer
    name: str
    beside: bool = False


@dataclass(frozen=True, eq=False)
class Region:
    """A muscle's outline on one side of the body, with fibre-direction strokes."""

    muscle: str
    side: HitSide
    layer: Layer
    name: str
    outline: tuple[Point, ...]
    fibres: tuple[tuple[Point, Point], ...]
    bbox: BBox

    def contains(self, x: float, y: float) -> bool:
        """Whether (x, y) lies inside this region's outline."""
        return _inside(x, y, self.bbox, self.outline)

    def hit(self) -> MuscleHit:
        """This region as a hit record."""
        return MuscleHit(self.muscle, self.side, self.layer, self.name)


@dataclass(frozen=True, eq=False)
class BonePart:
    """A named stretch of a bone (the posterior acromial angle of the scapular spine)."""

    name: str
    outline: tuple[Point, ...]


@dataclass(frozen=True, eq=False)
class Bone:
    """A bony outline (skull, nuchal line, scapula, scapular spine, spinous process).

    ``subcutaneous`` bones lie directly under the skin where no muscle is drawn over them, so a
    click there is over bone (clinical-basis §2.3).
    """

    id: str
    outline: tuple[Point, ...]
    name: str = ""
    subcutaneous: bool = False
    parts: tuple[BonePart, ...] = ()

    @functools.cached_property
    def bbox(self) -> BBox:
        """The outline's bounding box."""
        return bounding_box(self.outline)

    def contains(self, x: float, y: float) -> bool:
        """Whether (x, y) lies inside this bone's outline."""
        return _inside(x, y, self.bbox, self.outline)

    def name_at(self, x: float, y: float) -> str:
        """The display name of the bone, or of its named part, at (x, y)."""
        for part in self.parts:
            if point_in_polygon(x, y, part.outline):
                return part.name
        return self.name


@dataclass(frozen=True)
class BoneHit:
    """A bone under a point: bone id, display name (of the part there) and whether it lies
    directly under the skin."""

    id: str
    name: str
    subcutaneous: bool


@dataclass(frozen=True, eq=False)
class Area:
    """A named part of the body that is neither a listed muscle nor bone (the ear, the lateral
    head of triceps): a click there is named, though no muscle of the list lies under it."""

    id: str
    side: HitSide
    name: str
    outline: tuple[Point, ...]

    @functools.cached_property
    def bbox(self) -> BBox:
        """The outline's bounding box."""
        return bounding_box(self.outline)

    def contains(self, x: float, y: float) -> bool:
        """Whether (x, y) lies inside this area's outline."""
        return _inside(x, y, self.bbox, self.outline)
