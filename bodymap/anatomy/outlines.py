"""Skin, bones and the edges muscles share with them, in the generator's frame (no Qt).

The skin outline, the nuchal lines and the two lips of the scapular spine are each one
:class:`~bodymap.anatomy.frame.Curve`. A muscle that reaches the skin or a bone takes its edge
from that same curve, so muscle, bone and skin meet without a gap or an overlap: the drawing has
no strip where a click would find nothing (clinical-basis §2.4).

Bones are flagged ``subcutaneous`` where they lie directly under the skin (clinical-basis §2.3):
a click there is "over bone". Named parts (the posterior acromial angle, the external occipital
protuberance) name a stretch of a bone more closely.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bodymap.anatomy.frame import (
    BILATERAL_LANDMARKS,
    Ctrl,
    Curve,
    Vec,
    c,
    closed_curve,
    curve,
    line,
    open_curve,
    pieces,
    rev,
    s,
)

# --------------------------------------------------------------------------- skin

SKIN_RIGHT: tuple[Ctrl, ...] = (
    c(0.0, -0.72),  # 0 crown
    c(0.14, -0.698),
    c(0.232, -0.62),
    s(0.266, -0.525),  # 3 top of the ear
    c(0.292, -0.522),
    c(0.302, -0.47),
    c(0.29, -0.405),
    s(0.258, -0.36),  # 7 below the ear
    c(0.228, -0.325),
    c(0.205, -0.27),
    c(0.195, -0.2),  # 10 where sternocleidomastoid turns forward out of view
    c(0.198, -0.135),
    c(0.218, -0.092),
    c(0.262, -0.062),  # 13 angle of the neck: the trapezius border reaches the skin
    c(0.33, -0.046),
    c(0.43, -0.029),
    c(0.53, -0.009),
    c(0.62, 0.012),
    c(0.70, 0.046),  # 18 tip of the acromion
    c(0.766, 0.098),
    c(0.808, 0.168),
    c(0.826, 0.25),
    c(0.818, 0.36),
    c(0.806, 0.50),  # 23 lateral arm at the deltoid insertion
    c(0.804, 0.68),
    c(0.812, 0.88),
    c(0.818, 1.06),
    c(0.79, 1.135),
    c(0.72, 1.155),
    c(0.65, 1.14),  # 29 back of the elbow
    c(0.62, 1.10),
    c(0.606, 0.95),
    c(0.593, 0.75),
    c(0.583, 0.58),
    s(0.578, 0.47),  # 34 armpit
    c(0.556, 0.56),
    c(0.533, 0.72),
    c(0.51, 0.90),
    s(0.497, 1.08),  # 38 lower corner of the trunk
)
"""The skin silhouette of the patient's right half, from the crown round to the trunk's lower
edge; the left half is its mirror image."""

EAR_TOP, EAR_BOTTOM, SCM_SKIN_END, NECK_ANGLE = 3, 7, 10, 13
ACROMION_TIP, DELTOID_SKIN_END, ELBOW, ARMPIT, TRUNK_CORNER = 18, 23, 29, 34, 38
TRUNK_BOTTOM_V = SKIN_RIGHT[TRUNK_CORNER][1]


def skin() -> Curve:
    """The whole skin silhouette (both halves) as one closed curve; control ``i`` < 39 is
    ``SKIN_RIGHT[i]``."""
    left = [(-u, v, f) for u, v, f in reversed(SKIN_RIGHT[1:])]
    return curve([*SKIN_RIGHT, *left], closed=True)


def skin_at(i: int) -> Vec:
    """Frame position of skin control point ``i`` (right half)."""
    return SKIN_RIGHT[i][0], SKIN_RIGHT[i][1]


def mirror(part: list[Vec]) -> list[Vec]:
    """The left-side image of a right-side piece, walked back towards its start."""
    return [(-x, y) for x, y in reversed(part)]


def join(*parts: list[Vec]) -> list[Vec]:
    """Open pieces joined end to start into one open piece."""
    out: list[Vec] = []
    for part in parts:
        if out and math.dist(out[-1], part[0]) > 1e-6:
            raise ValueError(f"pieces do not join at {out[-1]} / {part[0]}")
        out.extend(part[1:] if out else part)
    return out


# --------------------------------------------------------------------------- shared edges


def nuchal_lower() -> Curve:
    """Lower edge of the superior nuchal line: where the neck muscles attach to the skull."""
    return curve(_NUCHAL_LOWER)


_NUCHAL_LOWER = (
    c(-0.04, -0.442),
    c(0.0, -0.445),  # 1 below the external occipital protuberance
    c(0.04, -0.442),  # 2 medial end of splenius capitis
    c(0.06, -0.437),  # 3 trapezius: medial third of the superior nuchal line
    c(0.10, -0.424),  # 4 sternocleidomastoid: lateral half and the mastoid
    c(0.15, -0.392),
    s(0.19, -0.345),  # 6 lateral end, at the mastoid
)


def nuchal_upper() -> Curve:
    """Upper edge of the superior nuchal line."""
    return curve(
        [c(-0.09, -0.44), c(0.0, -0.458), c(0.09, -0.44), c(0.15, -0.405), s(0.19, -0.345)]
    )


def ear_base() -> list[Vec]:
    """Where the ear meets the side of the head."""
    return open_curve([s(*skin_at(EAR_TOP)), c(0.262, -0.44), s(*skin_at(EAR_BOTTOM))])


def mastoid_edge() -> list[Vec]:
    """From below the ear to the mastoid end of the nuchal line: sternocleidomastoid below it."""
    return line(skin_at(EAR_BOTTOM), (0.19, -0.345))


SPINE_ROOT: Vec = (0.205, 0.245)
"""Medial tip of the scapular spine, on the medial border (at about T3, clinical-basis §2.1)."""


def spine_top() -> Curve:
    """Superior lip of the scapular spine and the medial edge of the acromion: the trapezius
    inserts along it."""
    return curve(_SPINE_TOP)


_SPINE_TOP = (
    s(*SPINE_ROOT),  # 0 root
    c(0.27, 0.217),  # 1 tubercle: the lower trapezius inserts up to here
    c(0.32, 0.196),
    c(0.42, 0.150),
    c(0.52, 0.106),
    c(0.575, 0.068),  # 5 supraspinatus passes under the acromion lateral to here
    c(0.61, 0.041),
    c(0.665, 0.038),
    s(*skin_at(ACROMION_TIP)),  # 8
)

ACROMIAL_ANGLE: Vec = (0.661, 0.075)
"""The corner of the acromion's lateral border and the spine's lower lip, a few millimetres
beyond the posterior acromial angle landmark, which lies on the bone."""


def spine_bottom() -> Curve:
    """Lateral edge of the acromion and inferior lip of the spine: the deltoid arises from it,
    infraspinatus lies below it."""
    return curve(_SPINE_BOTTOM)


_SPINE_BOTTOM = (
    s(*skin_at(ACROMION_TIP)),  # 0
    c(0.69, 0.063),
    s(*ACROMIAL_ANGLE),  # 2 posterior acromial angle
    c(0.60, 0.093),  # 3 infraspinatus passes under the deltoid lateral to here
    c(0.52, 0.132),
    c(0.44, 0.165),  # 5 medial end of the posterior deltoid's origin
    c(0.32, 0.218),
    c(0.27, 0.241),  # 7 below the tubercle
    s(0.222, 0.262),  # 8 lower corner of the root
)

# --------------------------------------------------------------------------- bones


@dataclass(frozen=True)
class BoneShape:
    """A bone outline (mm relative to C7), its display name and named parts."""

    id: str
    name: str
    outline: list[Vec]
    subcutaneous: bool
    parts: tuple[tuple[str, list[Vec]], ...] = ()
    bilateral: bool = True
    """Drawn once per side (mirrored); False for a bone drawn across the midline."""


def _circle(centre: Vec, radius: float) -> list[Vec]:
    """A round part outline (frame units in, mm out)."""
    u0, v0 = centre
    return closed_curve(
        [
            c(u0 + radius * math.cos(k * math.pi / 4), v0 + radius * math.sin(k * math.pi / 4))
            for k in range(8)
        ]
    )


def _across(right_half: list[Vec]) -> list[Vec]:
    """A closed outline from its right half, which runs from the midline back to the midline."""
    return pieces(right_half, mirror(right_half))


def skull() -> list[Vec]:
    """Back of the skull: from the crown to the nuchal line, the ears left out."""
    right = join(
        skin().part(0, EAR_TOP),
        ear_base(),
        mastoid_edge(),
        nuchal_lower().part(6, 1),
    )
    return _across(right)


def nuchal_line() -> list[Vec]:
    """The superior nuchal line as a thin crescent from mastoid to mastoid."""
    return _across(join(nuchal_upper().part(1, 4), nuchal_lower().part(6, 1)))


def scapular_spine() -> list[Vec]:
    """Spine of the scapula with the acromion."""
    root = open_curve([s(0.222, 0.262), c(0.204, 0.256), s(*SPINE_ROOT)])
    return pieces(spine_top().part(0, 8), spine_bottom().part(0, 8), root)


def scapula() -> list[Vec]:
    """Blade of the scapula (under the muscles)."""
    return closed_curve(
        [
            c(0.245, 0.148),
            c(0.30, 0.128),
            c(0.38, 0.105),
            c(0.44, 0.09),
            c(0.50, 0.095),
            c(0.545, 0.125),
            c(0.565, 0.16),
            c(0.56, 0.205),
            c(0.52, 0.25),
            c(0.45, 0.35),
            c(0.36, 0.47),
            c(0.29, 0.555),
            c(0.262, 0.584),
            c(0.245, 0.56),
            c(0.238, 0.50),
            c(0.23, 0.42),
            c(0.218, 0.33),
            c(0.208, 0.25),
            c(0.215, 0.2),
            c(0.228, 0.165),
        ]
    )


def spinous(v: float, half_width: float, up: float, down: float) -> list[Vec]:
    """A spinous process tip centred on the midline at level ``v``."""
    return closed_curve(
        [
            c(0.0, v - up),
            c(half_width, v - up * 0.2),
            c(half_width * 0.45, v + down * 0.75),
            c(0.0, v + down),
            c(-half_width * 0.45, v + down * 0.75),
            c(-half_width, v - up * 0.2),
        ]
    )


def bones() -> list[BoneShape]:
    """Every bone in drawing order: skull, scapulae, spines, spinous processes."""
    acromion = BILATERAL_LANDMARKS["acromion"]
    out = [
        BoneShape("skull", "back of the skull", skull(), True, bilateral=False),
        BoneShape(
            "occiput",
            "superior nuchal line",
            nuchal_line(),
            True,
            (("external occipital protuberance", _circle((0.0, -0.45), 0.035)),),
            bilateral=False,
        ),
        BoneShape("scapula", "scapula", scapula(), False),
        BoneShape(
            "scapular_spine",
            "scapular spine",
            scapular_spine(),
            True,
            (
                ("posterior acromial angle", _circle(acromion, 0.04)),
                ("acromion", _circle((0.67, 0.04), 0.075)),
                ("root of the scapular spine", _circle(SPINE_ROOT, 0.03)),
            ),
        ),
    ]
    levels = [("c7", "C7", 0.0, 0.026, 0.022, 0.032)] + [
        (f"t{n}", f"T{n}", n / 12, 0.022, 0.02, 0.028) for n in range(1, 13)
    ]
    for key, label, v, hw, up, down in levels:
        out.append(
            BoneShape(
                f"spinous_{key}",
                f"{label} spinous process",
                spinous(v, hw, up, down),
                True,
                bilateral=False,
            )
        )
    return out


# --------------------------------------------------------------------------- muscles


@dataclass(frozen=True)
class MuscleShape:
    """One muscle outline of the patient's right side (mm relative to C7)."""

    key: str
    """Names its fibre hints in ``fibres.FIBRES``: the muscle id, or the id and the part."""
    muscle: str
    layer: str
    outline: list[Vec]


# --------------------------------------------------------------------------- other named parts

DELTOID_TIP: Vec = (0.735, 0.535)
"""Where the deltoid converges on the deltoid tuberosity."""


def long_head_lateral() -> list[Vec]:
    """Lateral edge of the long head of triceps, from the deltoid's tip to the elbow."""
    return open_curve([s(*DELTOID_TIP), c(0.716, 0.70), c(0.70, 0.90), s(*skin_at(ELBOW))])


def deltoid_lower() -> list[Vec]:
    """Lower edge of the middle deltoid, from the lateral arm to the deltoid's tip."""
    return line(skin_at(DELTOID_SKIN_END), DELTOID_TIP)


@dataclass(frozen=True)
class AreaShape:
    """A named part of the body that is neither a listed muscle nor bone (right side)."""

    id: str
    name: str
    outline: list[Vec]


def areas() -> list[AreaShape]:
    """The ear, and the lateral head of triceps, which the muscle list does not carry."""
    body = skin()
    return [
        AreaShape("ear", "ear", pieces(body.part(EAR_TOP, EAR_BOTTOM), rev(ear_base()))),
        AreaShape(
            "triceps_lateral_head",
            "lateral head of triceps",
            pieces(
                body.part(DELTOID_SKIN_END, ELBOW), rev(long_head_lateral()), rev(deltoid_lower())
            ),
        ),
    ]
