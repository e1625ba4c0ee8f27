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

from bodymap import i18n
from bodymap.anatomy import names
from bodymap.anatomy.parts import Area, BoneHit, HitSide, MuscleHit, Point
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate

location = Context("location")


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


_LANDMARKS: Final[Mapping[str, tuple[str, str, str]]] = {
    # Each landmark as a list names it, as a direction relates to it ("2 cm lateral to
    # the ..."), and as a position at it.
    "mastoid": (
        QT_TRANSLATE_NOOP("landmarks", "Mastoid process"),
        QT_TRANSLATE_NOOP("location", "the mastoid process"),
        QT_TRANSLATE_NOOP("location", "at the mastoid process"),
    ),
    "superior_angle": (
        QT_TRANSLATE_NOOP("landmarks", "Superior angle of the scapula"),
        QT_TRANSLATE_NOOP("location", "the superior angle of the scapula"),
        QT_TRANSLATE_NOOP("location", "at the superior angle of the scapula"),
    ),
    "scapular_spine_root": (
        QT_TRANSLATE_NOOP("landmarks", "Root of the scapular spine"),
        QT_TRANSLATE_NOOP("location", "the root of the scapular spine"),
        QT_TRANSLATE_NOOP("location", "at the root of the scapular spine"),
    ),
    "spine_of_scapula_mid": (
        QT_TRANSLATE_NOOP("landmarks", "Midpoint of the scapular spine"),
        QT_TRANSLATE_NOOP("location", "the midpoint of the scapular spine"),
        QT_TRANSLATE_NOOP("location", "at the midpoint of the scapular spine"),
    ),
    "lateral_border_mid": (
        QT_TRANSLATE_NOOP("landmarks", "Midpoint of the lateral scapular border"),
        QT_TRANSLATE_NOOP("location", "the midpoint of the lateral scapular border"),
        QT_TRANSLATE_NOOP("location", "at the midpoint of the lateral scapular border"),
    ),
    "inferior_angle": (
        QT_TRANSLATE_NOOP("landmarks", "Inferior angle of the scapula"),
        QT_TRANSLATE_NOOP("location", "the inferior angle of the scapula"),
        QT_TRANSLATE_NOOP("location", "at the inferior angle of the scapula"),
    ),
    "acromion": (
        QT_TRANSLATE_NOOP("landmarks", "Posterior acromial angle"),
        QT_TRANSLATE_NOOP("location", "the posterior acromial angle"),
        QT_TRANSLATE_NOOP("location", "at the posterior acromial angle"),
    ),
    "humeral_head": (
        QT_TRANSLATE_NOOP("landmarks", "Humeral head"),
        QT_TRANSLATE_NOOP("location", "the humeral head"),
        QT_TRANSLATE_NOOP("location", "at the humeral head"),
    ),
    "deltoid_tuberosity": (
        QT_TRANSLATE_NOOP("landmarks", "Deltoid tuberosity"),
        QT_TRANSLATE_NOOP("location", "the deltoid tuberosity"),
        QT_TRANSLATE_NOOP("location", "at the deltoid tuberosity"),
    ),
    "posterior_axillary_fold": (
        QT_TRANSLATE_NOOP("landmarks", "Posterior axillary fold"),
        QT_TRANSLATE_NOOP("location", "the posterior axillary fold"),
        QT_TRANSLATE_NOOP("location", "at the posterior axillary fold"),
    ),
    "medial_border_mid": (
        QT_TRANSLATE_NOOP("landmarks", "Midpoint of the medial scapular border"),
        QT_TRANSLATE_NOOP("location", "the midpoint of the medial scapular border"),
        QT_TRANSLATE_NOOP("location", "at the midpoint of the medial scapular border"),
    ),
    "eop": (
        QT_TRANSLATE_NOOP("landmarks", "External occipital protuberance"),
        QT_TRANSLATE_NOOP("location", "the external occipital protuberance"),
        QT_TRANSLATE_NOOP("location", "at the external occipital protuberance"),
    ),
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
    if base in _LANDMARKS:
        name = translate("landmarks", _LANDMARKS[base][0])
    elif base[:1] in ("c", "t") and base[1:].isdigit():
        name = translate("landmarks", "{vertebra} spinous process").format(vertebra=base.upper())
    else:
        raise KeyError(key)
    if side == "left":
        return translate("landmarks", "{landmark}, patient's left").format(landmark=name)
    if side == "right":
        return translate("landmarks", "{landmark}, patient's right").format(landmark=name)
    return name


_MOST_NEIGHBOURS: Final = 3
"""How many muscles next to a bare bone the text names."""


def half_cm(mm: float) -> float:
    """A distance in centimetres, rounded half up to the nearest 0.5 cm (clinical-basis §3.2)."""
    return math.floor(abs(mm) / 5.0 + 0.5) * 0.5


def _cm(mm: float) -> str:
    return i18n.decimal(f"{half_cm(mm):.1f}") + " cm"


def _near(mm: float) -> bool:
    """Whether an offset rounds to 0 cm, so the position is "at" the landmark or level."""
    return half_cm(mm) == 0.0


def _parts(*parts: str) -> str:
    """Phrases of a location, each complete in itself, in the order they narrow it down."""
    return ", ".join(part for part in parts if part)


def _side(where: str) -> str:
    """The patient's side of a position standing alone: "left", "right" or "midline"."""
    if where == "left":
        return translate("location", "left", "the patient's side")
    if where == "right":
        return translate("location", "right", "the patient's side")
    return translate("location", "midline")


def describe(
    diagram: Described, x: float, y: float, *, muscle: str | None = None, side: str | None = None
) -> str:
    """The location text of (x, y); see ``Diagram.describe``."""
    if not diagram.contains(x, y):
        return translate("location", "outside the body")
    hits = diagram.muscles_at(x, y)
    chosen = None
    if muscle is not None:
        chosen = next(
            (h for h in hits if h.muscle == muscle and (side is None or h.side == side)), None
        )
    bone = next((b for b in diagram.bones_at(x, y) if b.subcutaneous), None)
    # Over bone under the skin, a muscle drawn beneath the bone does not name the place.
    top = chosen or next(
        (h for h in hits if not h.beside and (bone is None or h.layer == "superficial")), None
    )
    where = diagram.side_at(x) if chosen is None else chosen.side
    if bone is not None:
        over = _parts(names.over(bone.name), _along_bone(diagram, bone, x, y))
        if top is not None:
            return _parts(_subject(where, top.name), over)
        beside = list(dict.fromkeys(h.name for h in hits if h.beside))
        beside = beside[:_MOST_NEIGHBOURS]
        next_to = (
            location.tr("next to the {muscles}", None, len(beside)).format(
                muscles=_listed([names.muscle_in_text(name) for name in beside])
            )
            if beside
            else ""
        )
        return _parts(_side(where), over, next_to)
    if top is not None:
        return _parts(_subject(where, top.name), _where(diagram, top, where, x, y))
    area = next(iter(diagram.areas_at(x, y)), None)
    if area is not None:
        keys = _REFERENCE_LANDMARKS.get(area.id.rsplit("_", 1)[0])
        if keys is not None and where != "midline":
            return _parts(
                _side(where), names.over(area.name), _relative(diagram, where, keys, x, y)
            )
        return _parts(_side(where), names.over(area.name))
    if where == "midline":
        what = translate("location", "midline")
    elif where == "left":
        what = translate("location", "left side")
    else:
        what = translate("location", "right side")
    return _parts(
        what,
        translate("location", "no muscle identified"),
        _level(diagram, y),
        _lateral(diagram, x),
    )


def _subject(where: str, name: str) -> str:
    muscle = names.muscle_in_text(name)
    if where == "midline":
        return translate("location", "midline, {muscle}").format(muscle=muscle)
    return names.sided(where, muscle)


def _listed(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) == 1:
        return items[0]
    return translate("location", "{list} and {last}").format(
        list=", ".join(items[:-1]), last=items[-1]
    )


def _along_bone(diagram: Described, bone: BoneHit, x: float, y: float) -> str:
    """More detail where the bone's name alone does not place the position."""
    if bone.name == "scapular spine":
        side = bone.id.rsplit("_", 1)[-1]
        root = diagram.landmarks[f"scapular_spine_root_{side}"]
        distance = math.dist((x, y), root)
        if _near(distance):
            return ""
        return translate("location", "{distance} lateral to its root").format(
            distance=_cm(distance)
        )
    if bone.id == "skull":
        return _level(diagram, y)
    if bone.id == "occiput" and diagram.side_at(x) != "midline":
        return _lateral(diagram, x)
    return ""


def _where(diagram: Described, hit: MuscleHit, where: str, x: float, y: float) -> str:
    c7y = diagram.landmarks["c7"][1]
    unit = diagram.landmarks["t12"][1] - c7y
    if where == "midline":
        return _parts(_level(diagram, y), _lateral(diagram, x))
    if hit.muscle == "upper_trapezius" and y > c7y - 0.12 * unit:
        return _relative_to_trapezius_line(diagram, where, x, y)
    keys = _REFERENCE_LANDMARKS.get(hit.muscle)
    if keys is not None and (hit.muscle != "levator_scapulae" or y > c7y):
        return _relative(diagram, where, keys, x, y)
    return _parts(_level(diagram, y), _lateral(diagram, x))


def _to_vertebra(direction: str, distance: str, vertebra: str) -> str:
    """ "2.0 cm inferior to T4 spinous process" (superior, inferior or lateral)."""
    if direction == "superior":
        text = translate("location", "{distance} superior to {vertebra} spinous process")
    elif direction == "inferior":
        text = translate("location", "{distance} inferior to {vertebra} spinous process")
    else:
        text = translate("location", "{distance} lateral to {vertebra} spinous process")
    return text.format(distance=distance, vertebra=vertebra)


def _relative_to_trapezius_line(diagram: Described, side: str, x: float, y: float) -> str:
    c7x, c7y = diagram.landmarks["c7"]
    ax, ay = diagram.landmarks[f"acromion_{side}"]
    length = math.hypot(ax - c7x, ay - c7y)
    # Signed distance from the line C7-acromion; negative = cranial (superior to the line).
    cross = ((ax - c7x) * (y - c7y) - (ay - c7y) * (x - c7x)) / length
    if side == "left":
        cross = -cross
    lateral = _to_vertebra("lateral", _cm(x - c7x), "C7")
    if _near(cross):
        return _parts(lateral, translate("location", "on the line C7\u2013acromion"))
    if cross < 0:
        line = translate("location", "{distance} superior to the line C7\u2013acromion")
    else:
        line = translate("location", "{distance} inferior to the line C7\u2013acromion")
    return _parts(lateral, line.format(distance=_cm(cross)))


def _relative(diagram: Described, side: str, keys: Sequence[str], x: float, y: float) -> str:
    """Offsets from the nearest of the given landmarks on the patient's ``side``."""
    key = min(keys, key=lambda k: math.dist((x, y), diagram.landmarks[f"{k}_{side}"]))
    lx, ly = diagram.landmarks[f"{key}_{side}"]
    dy = y - ly
    away = abs(x - diagram.midline_x) - abs(lx - diagram.midline_x)
    _name, landmark, at = _LANDMARKS[key]
    vertical = "" if _near(dy) else ("inferior" if dy > 0 else "superior")
    across = "" if _near(away) else ("lateral" if away > 0 else "medial")
    if not vertical and not across:
        return translate("location", at)
    text = _OFFSETS[(vertical, across)]
    return translate("location", text).format(
        vertical=_cm(dy), across=_cm(away), landmark=translate("location", landmark)
    )


_OFFSETS: Final[Mapping[tuple[str, str], str]] = {
    ("inferior", "lateral"): QT_TRANSLATE_NOOP(
        "location", "{vertical} inferior and {across} lateral to {landmark}"
    ),
    ("inferior", "medial"): QT_TRANSLATE_NOOP(
        "location", "{vertical} inferior and {across} medial to {landmark}"
    ),
    ("superior", "lateral"): QT_TRANSLATE_NOOP(
        "location", "{vertical} superior and {across} lateral to {landmark}"
    ),
    ("superior", "medial"): QT_TRANSLATE_NOOP(
        "location", "{vertical} superior and {across} medial to {landmark}"
    ),
    ("inferior", ""): QT_TRANSLATE_NOOP("location", "{vertical} inferior to {landmark}"),
    ("superior", ""): QT_TRANSLATE_NOOP("location", "{vertical} superior to {landmark}"),
    ("", "lateral"): QT_TRANSLATE_NOOP("location", "{across} lateral to {landmark}"),
    ("", "medial"): QT_TRANSLATE_NOOP("location", "{across} medial to {landmark}"),
}
"""The offsets from a landmark in words: down or up, out or in (clinical-basis §3)."""


def _level(diagram: Described, y: float) -> str:
    """The vertical position: from the external occipital protuberance, C7 or a thoracic
    spinous process, whichever is nearest."""
    eop_y = diagram.landmarks["eop"][1]
    c7y = diagram.landmarks["c7"][1]
    eop = translate("location", _LANDMARKS["eop"][1])
    if y < eop_y and not _near(eop_y - y):
        return translate("location", "{vertical} superior to {landmark}").format(
            vertical=_cm(eop_y - y), landmark=eop
        )
    if y < c7y and not _near(c7y - y):
        if _near(y - eop_y):
            return translate("location", "at the level of {landmark}").format(landmark=eop)
        if y - eop_y <= c7y - y:
            return translate("location", "{vertical} inferior to {landmark}").format(
                vertical=_cm(y - eop_y), landmark=eop
            )
        return _to_vertebra("superior", _cm(c7y - y), "C7")
    levels = [("C7", c7y)] + [(f"T{n}", diagram.landmarks[f"t{n}"][1]) for n in range(1, 13)]
    name, level_y = min(levels, key=lambda item: abs(y - item[1]))
    dy = y - level_y
    if _near(dy):
        return translate("location", "at the level of {vertebra}").format(vertebra=name)
    return _to_vertebra("inferior" if dy > 0 else "superior", _cm(dy), name)


def _lateral(diagram: Described, x: float) -> str:
    if diagram.side_at(x) == "midline":
        return translate("location", "in the midline")
    return translate("location", "{distance} lateral to the midline").format(
        distance=_cm(x - diagram.midline_x)
    )
