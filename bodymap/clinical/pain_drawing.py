"""The pain drawing's geometry: strokes into painted polygons, and painted area in cm².

A stroke of the brush is its path widened by the brush radius (round ends and joins); a
polygon stroke is the polygon drawn. Painting unites a stroke with an area's polygons,
erasing takes it away; both keep only what lies on the body outline, snap every vertex to
0.1 mm (the precision of the diagram asset) and drop specks under ``SPECK_MM2``. What is
stored is exactly what is drawn and measured. Areas are in diagram mm² (one scene unit is
one millimetre, ADR 2) and reported in cm², in total and per body region
(:mod:`bodymap.anatomy.regions`, clinical-basis §10.2). Overlapping areas of different
qualities count once in the totals.

Geometry comes from shapely (GEOS); it is loaded on first use, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from bodymap import i18n
from bodymap.anatomy import Diagram
from bodymap.anatomy.parts import Point
from bodymap.anatomy.regions import REGION_IDS, RegionId, body_regions
from bodymap.i18n import QT_TRANSLATE_NOOP, date_text, translate
from bodymap.model import PainArea, PainQuality, PaintedPolygon

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

GRID_MM: Final = 0.1
"""Vertices are snapped to this grid (the asset's precision)."""
SPECK_MM2: Final = 1.0
"""Painted patches and erased holes smaller than this (1 mm²) are dropped."""
MIN_RADIUS_MM: Final = 1.0
MAX_RADIUS_MM: Final = 60.0
"""Brush radius limits (diagram mm)."""
QUALITY_NAMES: Final[Mapping[PainQuality, str]] = {
    "aching": QT_TRANSLATE_NOOP("pain", "Aching"),
    "burning": QT_TRANSLATE_NOOP("pain", "Burning"),
    "numbness_tingling": QT_TRANSLATE_NOOP("pain", "Numbness or tingling"),
}
"""What each quality is called on screen and on paper (clinical-basis §10.1), in English
(:func:`quality_name` translates)."""
_QUALITIES_IN_TEXT: Final[Mapping[PainQuality, str]] = {
    "aching": QT_TRANSLATE_NOOP("pain", "aching"),
    "burning": QT_TRANSLATE_NOOP("pain", "burning"),
    "numbness_tingling": QT_TRANSLATE_NOOP("pain", "numbness or tingling"),
}


def quality_name(quality: PainQuality, *, in_text: bool = False) -> str:
    """A quality's name in the installed language ("Aching"; inside running text "aching")."""
    return translate("pain", (_QUALITIES_IN_TEXT if in_text else QUALITY_NAMES)[quality])


@dataclass(frozen=True)
class Stroke:
    """One stroke: a brush path with its radius, or a polygon's vertices (diagram mm)."""

    kind: Literal["brush", "polygon"]
    points: tuple[Point, ...]
    radius_mm: float = 0.0

    def __post_init__(self) -> None:
        if not self.points:
            raise ValueError("a stroke needs at least one point")
        if self.kind == "brush" and not MIN_RADIUS_MM <= self.radius_mm <= MAX_RADIUS_MM:
            raise ValueError(f"the brush radius must be {MIN_RADIUS_MM:g} to {MAX_RADIUS_MM:g} mm")
        if self.kind == "polygon" and len(self.points) < 3:
            raise ValueError("a polygon needs at least three corners")


# --------------------------------------------------------------------------- conversion


def stroke_shape(stroke: Stroke) -> BaseGeometry:
    """The stroke as a shape: the widened path, or the polygon (made valid)."""
    import shapely
    from shapely.geometry import LineString, Polygon
    from shapely.geometry import Point as ShapelyPoint

    if stroke.kind == "brush":
        if len(stroke.points) == 1:
            return ShapelyPoint(stroke.points[0]).buffer(stroke.radius_mm)
        return LineString(stroke.points).buffer(stroke.radius_mm)
    return shapely.make_valid(Polygon(stroke.points))


@functools.cache
def _body(diagram: Diagram) -> BaseGeometry:
    import shapely
    from shapely.geometry import Polygon

    body = shapely.make_valid(Polygon(diagram.body_outline))
    shapely.prepare(body)
    return body


def _ring(coords: Iterable[tuple[float, ...]]) -> list[tuple[float, float]]:
    points = [(round(c[0], 1), round(c[1], 1)) for c in coords]
    return points[:-1] if len(points) > 1 and points[0] == points[-1] else points


def to_polygons(shape: BaseGeometry) -> list[PaintedPolygon]:
    """A shape as stored polygons: vertices on the 0.1 mm grid, specks and slivers dropped."""
    import shapely
    from shapely.geometry import Polygon

    snapped = shapely.set_precision(shape, GRID_MM)
    found: list[PaintedPolygon] = []
    for part in shapely.get_parts(snapped):
        if not isinstance(part, Polygon) or part.area < SPECK_MM2:
            continue
        holes = [
            _ring(interior.coords)
            for interior in part.interiors
            if Polygon(interior).area >= SPECK_MM2
        ]
        found.append(PaintedPolygon(exterior=_ring(part.exterior.coords), holes=holes))
    return found


def to_shape(polygons: Sequence[PaintedPolygon]) -> BaseGeometry:
    """Stored polygons as one shape (their union; a damaged ring is made valid)."""
    import shapely
    from shapely.geometry import Polygon

    shapes = [
        shapely.make_valid(Polygon(p.exterior, [h for h in p.holes if len(h) >= 3]))
        for p in polygons
    ]
    return shapely.union_all(shapes) if shapes else Polygon()


_SHAPES: dict[int, tuple[PainArea, BaseGeometry]] = {}
_SHAPES_KEPT: Final = 128


def area_shape(area: PainArea) -> BaseGeometry:
    """The shape of one pain area (remembered for the last few area values)."""
    found = _SHAPES.get(id(area))
    if found is not None and found[0] is area:
        return found[1]
    shape = to_shape(area.polygons)
    if len(_SHAPES) >= _SHAPES_KEPT:
        del _SHAPES[next(iter(_SHAPES))]
    _SHAPES[id(area)] = (area, shape)
    return shape


# --------------------------------------------------------------------------- painting


def painted(
    polygons: Sequence[PaintedPolygon], stroke: Stroke, diagram: Diagram
) -> list[PaintedPolygon]:
    """``polygons`` with the stroke added, on the body only."""
    shape = stroke_shape(stroke).intersection(_body(diagram))
    return to_polygons(to_shape(polygons).union(shape))


def erased(polygons: Sequence[PaintedPolygon], stroke: Stroke) -> list[PaintedPolygon]:
    """``polygons`` with the stroke taken away."""
    return to_polygons(to_shape(polygons).difference(stroke_shape(stroke)))


def union_shape(areas: Sequence[PainArea]) -> BaseGeometry:
    """Everything painted, whatever its quality (overlaps once)."""
    import shapely
    from shapely.geometry import Polygon

    shapes = [area_shape(a) for a in areas if a.polygons]
    return shapely.union_all(shapes) if shapes else Polygon()


# --------------------------------------------------------------------------- measuring


def mm2_to_cm2(mm2: float) -> float:
    """Square millimetres to square centimetres (100 mm² = 1 cm²)."""
    return mm2 / 100.0


@dataclass(frozen=True)
class PaintedArea:
    """How much is painted: in total and per body region, in cm² on the diagram's scale."""

    total_cm2: float
    by_region: Mapping[RegionId, float]
    """Every region, in ``REGION_IDS`` order; 0.0 where nothing is painted."""

    def regions_painted(self) -> list[tuple[RegionId, float]]:
        """The regions with paint in them, in ``REGION_IDS`` order."""
        return [(r, cm2) for r, cm2 in self.by_region.items() if cm2 > 0.0]


@functools.cache
def _region_shapes(diagram: Diagram) -> tuple[tuple[RegionId, BaseGeometry], ...]:
    import shapely
    from shapely.geometry import Polygon

    found = []
    for region in body_regions(diagram):
        shape = Polygon(region.outline)
        shapely.prepare(shape)
        found.append((region.id, shape))
    return tuple(found)


def measure(areas: Sequence[PainArea], diagram: Diagram) -> PaintedArea:
    """The painted area of a drawing in cm², in total and per region (clinical-basis §10.2)."""
    if not any(a.polygons for a in areas):  # nothing painted: no geometry to load
        return PaintedArea(0.0, dict.fromkeys(REGION_IDS, 0.0))
    union = union_shape(areas)
    if union.is_empty:
        return PaintedArea(0.0, dict.fromkeys(REGION_IDS, 0.0))
    by_region = {
        region_id: mm2_to_cm2(union.intersection(shape).area)
        for region_id, shape in _region_shapes(diagram)
    }
    return PaintedArea(mm2_to_cm2(union.area), {r: by_region[r] for r in REGION_IDS})


def area_cm2(area: PainArea) -> float:
    """The painted area of one pain area, in cm²."""
    return mm2_to_cm2(area_shape(area).area)


# --------------------------------------------------------------------------- words


def cm2_text(cm2: float) -> str:
    """An area for people: "84 cm²", "0.4 cm²" under 10 cm²."""
    return i18n.decimal(f"{cm2:.1f} cm²") if 0 < cm2 < 10 else f"{cm2:.0f} cm²"


def area_label(area: PainArea, *, in_text: bool = False) -> str:
    """ "Aching, intensity 6/10" (inside running text "aching, intensity 6/10")."""
    return translate("pain", "{quality}, intensity {intensity}/10").format(
        quality=quality_name(area.quality, in_text=in_text), intensity=area.intensity
    )


def change_text(current_cm2: float, previous_cm2: float, previous_date: dt.date | None) -> str:
    """How the painted area changed since the last visit, e.g. "Painted area 84 cm²; at the
    last visit (2026-10-02) 120 cm²: 36 cm² smaller (-30%)."."""
    areas = {"current": cm2_text(current_cm2), "previous": cm2_text(previous_cm2)}
    if previous_date is not None:
        head = translate(
            "pain", "Painted area {current}; at the last visit ({date}) {previous}"
        ).format(**areas, date=date_text(previous_date))
    else:
        head = translate("pain", "Painted area {current}; at the last visit {previous}").format(
            **areas
        )
    difference = current_cm2 - previous_cm2
    if abs(difference) < 0.05:
        return translate("pain", "{area}: unchanged.").format(area=head)
    change = {"area": head, "difference": cm2_text(abs(difference))}
    if previous_cm2 > 0:
        share = f"{difference / previous_cm2 * 100:+.0f}"
        if difference < 0:
            text = translate("pain", "{area}: {difference} smaller ({percent}%).")
        else:
            text = translate("pain", "{area}: {difference} larger ({percent}%).")
        return text.format(**change, percent=share)
    if difference < 0:
        return translate("pain", "{area}: {difference} smaller.").format(**change)
    return translate("pain", "{area}: {difference} larger.").format(**change)
