"""Location text: where a position lies, in words, from the diagram's landmarks (no Qt).

The rules are those of clinical-basis §3: distances to the nearest 0.5 cm (palpation itself
agrees only to about ±2.6 cm), "superior"/"inferior" rather than "above"/"below" (ambiguous
for a prone patient), "medial"/"lateral" from the midline, and the side and the midline exactly
as ``Diagram.side_at`` gives them. Over bare bone the text names the bone and the muscles next
to it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Final, Protocol

from bodymap.anatomy.parts import Area, BoneHit, HitSide, MuscleHit, Point


class Described(Protocol):
    """What the words for a position read of the diagram (``bodymap.anatomy.Diagram``): its
    landmarks and midline, and what lies at a position."""

    @property
    def landmarks(self) -> Mapping[str, Point]: ...

    @property
    def midline_x(self) -> float: ...

    def contains(self, x: float, y: float) -> bool: ...

    def muscles_at(self, x: float, y: float) -> list[MuscleHit]: ...

    def bones_at(self, x: float, y: float) -> list[BoneHit]: ...

    def areas_at(self, x: float, y: float) -> list[Area]: ...

    def side_at(self, x: float) -> HitSide: ...


_LANDMARK_NAMES: Final = {
    "mastoid": "mastoid process",
    "superior_angle": "superior angle of the scapula",
    "scapular_spine_root": "root of the scapular spine",
    "spine_of_scapula_mid": "midpoint of the scapular spine",
    "lateral_border_mid": "midpoint of the lateral scapular border",
    "inferior_angle": "inferior angle of the scapula",
    "acromion": "posterior acromial angle",
    "humeral_head": "humeral head",
    "deltoid_tuberosity": "deltoid tuberosity",
    "posterior_axillary_fold": "posterior axillary fold",
    "medial_border_mid": "midpoint of the medial scapular border",
    "eop": "external occipital protuberance",
}
_SIDES: Final = ("left", "right")
_REFERENCE_LANDMARKS: Final[Mapping[str, tuple[str, ...]]] = {
    "supraspinatus": ("superior_angle", "spine_of_scapula_mid", "acromion"),
    "infraspinatus": ("spine_of_scapula_mid", "scapular_spine_root", "inferior_angle"),
    "teres_minor": ("lateral_border_mid", "humeral_head"),
    "teres_major": ("inferior_angle", "lateral_border_mid"),
    "posterior_deltoid": ("acromion", "deltoid_tuberosity"),
    "middle_deltoid": ("acromion", "deltoid_tuberosity"),
    "triceps_long_head": ("posterior_axillary_fold", "deltoid_tuberosity"),
    "sternocleidomastoid": ("mastoid",),
    "levator_scapulae": ("superior_angle",),
    "triceps_lateral_head": ("deltoid_tuberosity",),
}
"""Muscles and areas of the shoulder are located from the nearest of their own landmarks."""


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


_MOST_NEIGHBOURS: Final = 3
"""How many muscles next to a bare bone the text names."""


def half_cm(mm: float) -> float:
    """A distance in centimetres, rounded half up to the nearest 0.5 cm (clinical-basis §3.2)."""
    return math.floor(abs(mm) / 5.0 + 0.5) * 0.5


def _cm(mm: float) -> str:
    return f"{half_cm(mm):.1f} cm"


def _near(mm: float) -> bool:
    """Whether an offset rounds to 0 cm, so the position is "at" the landmark or level."""
    return half_cm(mm) == 0.0


def describe(
    diagram: Described, x: float, y: float, *, muscle: str | None = None, side: str | None = None
) -> str:
    """The location text of (x, y); see ``Diagram.describe``."""
    if not diagram.contains(x, y):
        return "outside the body"
    hits = diagram.muscles_at(x, y)
    chosen = None
    if muscle is not None:
        chosen = next(
            (h for h in hits if h.muscle == muscle and (side is None or h.side == side)), None
        )
    top = chosen or next((h for h in hits if not h.beside), None)
    where = diagram.side_at(x) if chosen is None else chosen.side
    bone = next((b for b in diagram.bones_at(x, y) if b.subcutaneous), None)
    if bone is not None:
        over = f"over the {bone.name}{_along_bone(diagram, bone, x, y)}"
        if top is not None:
            return f"{_subject(where, top.name)}, {over}"
        beside = list(dict.fromkeys(h.name.lower() for h in hits if h.beside))
        beside = beside[:_MOST_NEIGHBOURS]
        text = f"{where}, {over}"
        return f"{text}, next to the {_listed(beside)}" if beside else text
    if top is not None:
        return f"{_subject(where, top.name)}, {_where(diagram, top, where, x, y)}"
    area = next(iter(diagram.areas_at(x, y)), None)
    if area is not None:
        keys = _REFERENCE_LANDMARKS.get(area.id.rsplit("_", 1)[0])
        if keys is not None and where != "midline":
            return f"{where}, over the {area.name}, {_relative(diagram, where, keys, x, y)}"
        return f"{where}, over the {area.name}"
    what = "midline" if where == "midline" else f"{where} side"
    return f"{what}, no muscle identified, {_level(diagram, y)}, {_lateral(diagram, x)}"


def _subject(where: str, name: str) -> str:
    if where == "midline":
        return f"midline, {name.lower()}"
    return f"{where} {name.lower()}"


def _listed(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _along_bone(diagram: Described, bone: BoneHit, x: float, y: float) -> str:
    """More detail where the bone's name alone does not place the position."""
    if bone.name == "scapular spine":
        side = bone.id.rsplit("_", 1)[-1]
        root = diagram.landmarks[f"scapular_spine_root_{side}"]
        distance = math.dist((x, y), root)
        return "" if _near(distance) else f", {_cm(distance)} lateral to its root"
    if bone.id == "skull":
        return f", {_level(diagram, y)}"
    if bone.id == "occiput" and diagram.side_at(x) != "midline":
        return f", {_lateral(diagram, x)}"
    return ""


def _where(diagram: Described, hit: MuscleHit, where: str, x: float, y: float) -> str:
    c7y = diagram.landmarks["c7"][1]
    unit = diagram.landmarks["t12"][1] - c7y
    if where == "midline":
        return f"{_level(diagram, y)}, {_lateral(diagram, x)}"
    if hit.muscle == "upper_trapezius" and y > c7y - 0.12 * unit:
        return _relative_to_trapezius_line(diagram, where, x, y)
    keys = _REFERENCE_LANDMARKS.get(hit.muscle)
    if keys is not None and (hit.muscle != "levator_scapulae" or y > c7y):
        return _relative(diagram, where, keys, x, y)
    return f"{_level(diagram, y)}, {_lateral(diagram, x)}"


def _relative_to_trapezius_line(diagram: Described, side: str, x: float, y: float) -> str:
    c7x, c7y = diagram.landmarks["c7"]
    ax, ay = diagram.landmarks[f"acromion_{side}"]
    length = math.hypot(ax - c7x, ay - c7y)
    # Signed distance from the line C7-acromion; negative = cranial (superior to the line).
    cross = ((ax - c7x) * (y - c7y) - (ay - c7y) * (x - c7x)) / length
    if side == "left":
        cross = -cross
    lateral = f"{_cm(x - c7x)} lateral to C7 spinous process"
    if _near(cross):
        return f"{lateral}, on the line C7\u2013acromion"
    towards = "superior" if cross < 0 else "inferior"
    return f"{lateral}, {_cm(cross)} {towards} to the line C7\u2013acromion"


def _relative(diagram: Described, side: str, keys: Sequence[str], x: float, y: float) -> str:
    """Offsets from the nearest of the given landmarks on the patient's ``side``."""
    key = min(keys, key=lambda k: math.dist((x, y), diagram.landmarks[f"{k}_{side}"]))
    lx, ly = diagram.landmarks[f"{key}_{side}"]
    dy = y - ly
    away = abs(x - diagram.midline_x) - abs(lx - diagram.midline_x)
    vertical = "" if _near(dy) else f"{_cm(dy)} {'inferior' if dy > 0 else 'superior'}"
    across = "" if _near(away) else f"{_cm(away)} {'lateral' if away > 0 else 'medial'}"
    target = _LANDMARK_NAMES[key]
    if vertical and across:
        return f"{vertical} and {across} to the {target}"
    if vertical or across:
        return f"{vertical or across} to the {target}"
    return f"at the {target}"


def _level(diagram: Described, y: float) -> str:
    """The vertical position: from the external occipital protuberance, C7 or a thoracic
    spinous process, whichever is nearest."""
    eop_y = diagram.landmarks["eop"][1]
    c7y = diagram.landmarks["c7"][1]
    eop = "the external occipital protuberance"
    if y < eop_y and not _near(eop_y - y):
        return f"{_cm(eop_y - y)} superior to {eop}"
    if y < c7y and not _near(c7y - y):
        if _near(y - eop_y):
            return f"at the level of {eop}"
        if y - eop_y <= c7y - y:
            return f"{_cm(y - eop_y)} inferior to {eop}"
        return f"{_cm(c7y - y)} superior to C7 spinous process"
    levels = [("C7", c7y)] + [(f"T{n}", diagram.landmarks[f"t{n}"][1]) for n in range(1, 13)]
    name, level_y = min(levels, key=lambda item: abs(y - item[1]))
    dy = y - level_y
    if _near(dy):
        return f"at the level of {name}"
    return f"{_cm(dy)} {'inferior' if dy > 0 else 'superior'} to {name} spinous process"


def _lateral(diagram: Described, x: float) -> str:
    if diagram.side_at(x) == "midline":
        return "in the midline"
    return f"{_cm(x - diagram.midline_x)} lateral to the midline"
