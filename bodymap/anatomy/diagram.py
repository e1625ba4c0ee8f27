"""The posterior upper-back diagram: landmarks, muscle regions, hit-test and descriptions (no Qt).

Coordinates are millimetres of a life-size drawing: x grows to the viewer's right, y towards the
feet. The view is posterior, so the patient's left is on the viewer's left (smaller x).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal

Point = tuple[float, float]
BBox = tuple[float, float, float, float]
Layer = Literal["superficial", "intermediate", "deep"]
HitSide = Literal["left", "right", "midline"]

DIAGRAM_FILE: Final = "posterior_upper_back.json"
LAYERS: Final[tuple[Layer, ...]] = ("superficial", "intermediate", "deep")
_LAYER_RANK: Final = {layer: rank for rank, layer in enumerate(LAYERS)}
_NEAR_MM: Final = 5.0
"""Offsets smaller than this are reported as "at" a landmark or level."""
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


def _bbox(points: Sequence[Point]) -> BBox:
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


@dataclass(frozen=True)
class MuscleHit:
    """One muscle region under a point: muscle id, patient's side, layer and display name."""

    muscle: str
    side: HitSide
    layer: Layer
    name: str


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
        x0, y0, x1, y1 = self.bbox
        return x0 <= x <= x1 and y0 <= y <= y1 and point_in_polygon(x, y, self.outline)

    def hit(self) -> MuscleHit:
        """This region as a hit record."""
        return MuscleHit(self.muscle, self.side, self.layer, self.name)


@dataclass(frozen=True, eq=False)
class Bone:
    """A bony outline (scapula, scapular spine, spinous process, occiput)."""

    id: str
    outline: tuple[Point, ...]


_LANDMARK_NAMES: Final = {
    "superior_angle": "superior angle of the scapula",
    "scapular_spine_root": "root of the scapular spine",
    "spine_of_scapula_mid": "midpoint of the scapular spine",
    "lateral_border_mid": "midpoint of the lateral scapular border",
    "inferior_angle": "inferior angle of the scapula",
    "acromion": "posterior acromial angle",
    "humeral_head": "humeral head",
    "deltoid_tuberosity": "deltoid tuberosity",
}
_OTHER_LANDMARK_NAMES: Final = {
    "eop": "external occipital protuberance",
    "mastoid": "mastoid process",
    "medial_border_mid": "midpoint of the medial scapular border",
    "posterior_axillary_fold": "posterior axillary fold",
}
_SIDES: Final = ("left", "right")


def landmark_name(key: str) -> str:
    """A landmark's name for lists: "Inferior angle of the scapula, patient's left".

    Raises:
        KeyError: ``key`` is not a landmark of the diagram's naming scheme.
    """
    base, _, side = key.rpartition("_")
    if side not in _SIDES:
        base, side = key, ""
    if base in _LANDMARK_NAMES:
        name = _LANDMARK_NAMES[base]
    elif base in _OTHER_LANDMARK_NAMES:
        name = _OTHER_LANDMARK_NAMES[base]
    elif base[:1] in ("c", "t") and base[1:].isdigit():
        name = f"{base.upper()} spinous process"
    else:
        raise KeyError(key)
    name = name[0].upper() + name[1:]
    if side == "left":
        return f"{name}, patient's left"
    if side == "right":
        return f"{name}, patient's right"
    return name


_REFERENCE_LANDMARKS: Final[Mapping[str, tuple[str, ...]]] = {
    "supraspinatus": ("superior_angle", "spine_of_scapula_mid", "acromion"),
    "infraspinatus": ("spine_of_scapula_mid", "scapular_spine_root", "inferior_angle"),
    "teres_minor": ("lateral_border_mid", "humeral_head"),
    "teres_major": ("inferior_angle", "lateral_border_mid"),
    "posterior_deltoid": ("acromion", "deltoid_tuberosity"),
    "levator_scapulae": ("superior_angle",),
}
"""Scapular muscles are located from the nearest of their own reference landmarks."""


def _cm(mm: float) -> str:
    return f"{abs(mm) / 10:.1f} cm"


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
    regions: tuple[Region, ...]
    """Muscle regions in drawing order (deep first, the topmost last)."""
    muscle_names: Mapping[str, str]

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
                    m["muscle"], m["side"], m["layer"], m["name"], outline, fibres, _bbox(outline)
                )
            )
        landmarks = {k: (float(v[0]), float(v[1])) for k, v in data["landmarks"].items()}
        return cls(
            id=str(data["id"]),
            version=str(data["version"]),
            width=float(data["width_mm"]),
            height=float(data["height_mm"]),
            landmarks=MappingProxyType(landmarks),
            body_outline=pts(data["body_outline"]),
            bones=tuple(Bone(b["id"], pts(b["outline"])) for b in data["bones"]),
            regions=tuple(regions),
            muscle_names=MappingProxyType(dict(data["muscle_names"])),
        )

    @functools.cached_property
    def _body_bbox(self) -> BBox:
        return _bbox(self.body_outline)

    @functools.cached_property
    def _hit_order(self) -> tuple[Region, ...]:
        """Regions by layer (superficial first), topmost-drawn first within a layer."""
        indexed = list(enumerate(self.regions))
        indexed.sort(key=lambda item: (_LAYER_RANK[item[1].layer], -item[0]))
        return tuple(region for _, region in indexed)

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
        """Muscles under (x, y), superficial to deep; empty outside the body.

        The last few answers are remembered: one click asks for the same spot several times
        (identify the muscle, describe the location, the tooltip).
        """
        recent = self._recent_hits
        hits = recent.get((x, y))
        if hits is None:
            inside = self.contains(x, y)
            hits = tuple(r.hit() for r in self._hit_order if r.contains(x, y)) if inside else ()
            if len(recent) >= _RECENT_HITS:
                del recent[next(iter(recent))]
            recent[(x, y)] = hits
        return list(hits)

    def side_at(self, x: float) -> HitSide:
        """The patient's side at diagram x (posterior view: patient's left = viewer's left)."""
        dx = x - self.midline_x
        if abs(dx) < _NEAR_MM:
            return "midline"
        return "left" if dx < 0 else "right"

    # ------------------------------------------------------------------ describe

    def describe(
        self, x: float, y: float, *, muscle: str | None = None, side: str | None = None
    ) -> str:
        """A short landmark-relative description of (x, y), e.g. for a procedure note.

        Named after the top hit, or after ``muscle``/``side`` when the clinician chose another
        muscle under the same spot (e.g. levator scapulae under the upper trapezius).
        """
        hits = self.muscles_at(x, y)
        if not hits and not self.contains(x, y):
            return "outside the body"
        if muscle is not None:
            chosen = [h for h in hits if h.muscle == muscle and (side is None or h.side == side)]
            hits = chosen or hits
        if not hits:
            where = self.side_at(x)
            what = "midline" if where == "midline" else f"{where} side"
            return f"{what}, no muscle identified, {self._level(y)}, {self._lateral(x)}"
        top = hits[0]
        return f"{top.side} {top.name.lower()}, {self._where(top, x, y)}"

    def _where(self, hit: MuscleHit, x: float, y: float) -> str:
        c7y = self.landmarks["c7"][1]
        unit = self.landmarks["t12"][1] - c7y
        if hit.muscle == "upper_trapezius" and y > c7y - 0.12 * unit and hit.side != "midline":
            return self._relative_to_trapezius_line(hit.side, x, y)
        keys = _REFERENCE_LANDMARKS.get(hit.muscle)
        if (
            keys is not None
            and hit.side != "midline"
            and (hit.muscle != "levator_scapulae" or y > c7y)
        ):
            return self._relative_to_landmark(hit.side, keys, x, y)
        return f"{self._level(y)}, {self._lateral(x)}"

    def _relative_to_trapezius_line(self, side: str, x: float, y: float) -> str:
        c7x, c7y = self.landmarks["c7"]
        ax, ay = self.landmarks[f"acromion_{side}"]
        length = math.hypot(ax - c7x, ay - c7y)
        # Signed distance from the line C7-acromion; negative = cranial (above the line).
        cross = ((ax - c7x) * (y - c7y) - (ay - c7y) * (x - c7x)) / length
        if side == "left":
            cross = -cross
        lateral = f"{_cm(x - c7x)} lateral to C7 spinous process"
        if abs(cross) < _NEAR_MM:
            return f"{lateral}, on the line C7\u2013acromion"
        where = "above" if cross < 0 else "below"
        return f"{lateral}, {_cm(cross)} {where} the line C7\u2013acromion"

    def _relative_to_landmark(self, side: str, keys: Sequence[str], x: float, y: float) -> str:
        key = min(keys, key=lambda k: math.dist((x, y), self.landmarks[f"{k}_{side}"]))
        lx, ly = self.landmarks[f"{key}_{side}"]
        dy = y - ly
        away = abs(x - self.midline_x) - abs(lx - self.midline_x)
        vertical = f"{_cm(dy)} {'below' if dy > 0 else 'above'}" if abs(dy) >= _NEAR_MM else ""
        across = (
            f"{_cm(away)} {'lateral' if away > 0 else 'medial'}" if abs(away) >= _NEAR_MM else ""
        )
        target = _LANDMARK_NAMES[key]
        if vertical and across:
            return f"{vertical} and {across} to the {target}"
        if vertical:
            return f"{vertical} the {target}"
        if across:
            return f"{across} to the {target}"
        return f"at the {target}"

    def _level(self, y: float) -> str:
        eop_y = self.landmarks["eop"][1]
        c7y = self.landmarks["c7"][1]
        if y < eop_y - _NEAR_MM:
            return f"{_cm(eop_y - y)} above the external occipital protuberance"
        if y < c7y - _NEAR_MM:
            if y - eop_y < _NEAR_MM:
                return "at the level of the external occipital protuberance"
            if y - eop_y <= c7y - y:
                return f"{_cm(y - eop_y)} below the external occipital protuberance"
            return f"{_cm(c7y - y)} above C7 spinous process"
        levels = [("C7", c7y)] + [(f"T{n}", self.landmarks[f"t{n}"][1]) for n in range(1, 13)]
        name, level_y = min(levels, key=lambda item: abs(y - item[1]))
        dy = y - level_y
        if abs(dy) < _NEAR_MM:
            return f"at the level of {name}"
        return f"{_cm(dy)} {'below' if dy > 0 else 'above'} {name} spinous process"

    def _lateral(self, x: float) -> str:
        dx = x - self.midline_x
        if abs(dx) < _NEAR_MM:
            return "in the midline"
        return f"{_cm(dx)} lateral to the midline"


def read_diagram(path: Path) -> Diagram:
    """Load a diagram asset file."""
    with path.open(encoding="utf-8") as fh:
        return Diagram.from_dict(json.load(fh))


@functools.cache
def load_diagram() -> Diagram:
    """The bundled posterior upper-back diagram (loaded once)."""
    return read_diagram(asset_path("diagram", DIAGRAM_FILE))
