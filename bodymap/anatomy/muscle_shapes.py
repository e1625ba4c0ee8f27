"""The muscle outlines and fibre directions of the patient's right side, in frame units.

Each outline's layer and its place in the drawing order follow clinical-basis §2.2; edges along
the skin and the bones come from the shared curves in ``outlines``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.anatomy.frame import (
    Vec,
    c,
    closed_curve,
    line,
    midline,
    open_curve,
    pieces,
    rev,
    s,
    to_mm,
)
from bodymap.anatomy.outlines import (
    ACROMIAL_ANGLE,
    ACROMION_TIP,
    ARMPIT,
    DELTOID_SKIN_END,
    DELTOID_TIP,
    EAR_BOTTOM,
    ELBOW,
    NECK_ANGLE,
    SCM_SKIN_END,
    TRUNK_BOTTOM_V,
    TRUNK_CORNER,
    deltoid_lower,
    long_head_lateral,
    mastoid_edge,
    nuchal_lower,
    skin,
    skin_at,
    spine_bottom,
    spine_top,
)


@dataclass(frozen=True)
class MuscleShape:
    """One muscle outline of the patient's right side (mm relative to C7)."""

    key: str
    """Names its fibre hints in ``FIBRES``: the muscle id, or the id and the part."""
    muscle: str
    layer: str
    outline: list[Vec]


def _neck() -> list[MuscleShape]:
    body = skin()
    trapezius_border = open_curve(
        [
            nuchal_lower().at(3),
            c(0.072, -0.38),
            c(0.088, -0.28),
            c(0.115, -0.18),
            c(0.155, -0.11),
            c(0.21, -0.075),
            s(*skin_at(NECK_ANGLE)),
        ]
    )
    scm = pieces(
        nuchal_lower().part(4, 6),
        rev(mastoid_edge()),
        body.part(EAR_BOTTOM, SCM_SKIN_END),
        open_curve(
            [s(*skin_at(SCM_SKIN_END)), c(0.165, -0.26), c(0.125, -0.35), nuchal_lower().at(4)]
        ),
    )
    splenius_capitis = pieces(
        nuchal_lower().part(2, 6),
        open_curve(
            [
                nuchal_lower().at(6),
                c(0.185, -0.30),
                c(0.175, -0.22),
                c(0.15, -0.12),
                c(0.10, 0.02),
                c(0.05, 0.15),
                s(0.01, 0.25),
            ]
        ),
        midline(0.25, -0.26, 0.01),
        open_curve([s(0.01, -0.26), c(0.025, -0.36), nuchal_lower().at(2)]),
    )
    # Levator scapulae in two parts: its origin lies deep to splenius capitis (and
    # sternocleidomastoid), its insertion superficial to serratus posterior superior
    # (clinical-basis §2.2).
    cut_lateral, cut_medial = (0.243, 0.0), (0.17, 0.0)
    levator_origin = pieces(
        open_curve([s(0.14, -0.345), c(0.165, -0.35), s(0.185, -0.345)]),
        open_curve([s(0.185, -0.345), c(0.19, -0.27), s(*skin_at(SCM_SKIN_END))]),
        body.part(SCM_SKIN_END, NECK_ANGLE),
        open_curve([s(*skin_at(NECK_ANGLE)), c(0.25, -0.03), s(*cut_lateral)]),
        line(cut_lateral, cut_medial),
        open_curve(
            [
                s(*cut_medial),
                c(0.145, -0.10),
                c(0.128, -0.22),
                c(0.125, -0.30),
                s(0.14, -0.345),
            ]
        ),
    )
    levator_insertion = pieces(
        line(cut_medial, cut_lateral),
        open_curve(
            [
                s(*cut_lateral),
                c(0.258, 0.07),
                c(0.262, 0.13),
                c(0.245, 0.168),
                c(0.222, 0.2),
                s(0.208, 0.215),
            ]
        ),
        open_curve([s(0.208, 0.215), c(0.195, 0.10), c(0.178, 0.03), s(*cut_medial)]),
    )
    upper_trap = pieces(
        midline(0.0, -0.445),
        nuchal_lower().part(1, 3),
        trapezius_border,
        body.part(NECK_ANGLE, ACROMION_TIP),
        rev(spine_top().part(5, 8)),
        rev(_upper_middle_trapezius()),
    )
    return [
        MuscleShape("sternocleidomastoid", "sternocleidomastoid", "superficial", scm),
        MuscleShape("splenius_capitis", "splenius_capitis", "intermediate", splenius_capitis),
        MuscleShape("levator_scapulae", "levator_scapulae", "intermediate", levator_origin),
        MuscleShape(
            "levator_scapulae_insertion", "levator_scapulae", "intermediate", levator_insertion
        ),
        MuscleShape("upper_trapezius", "upper_trapezius", "superficial", upper_trap),
    ]


def _upper_middle_trapezius() -> list[Vec]:
    """Border between the upper and middle trapezius, from C7 to the spine's superior lip."""
    return open_curve(
        [c(0.0, 0.0), c(0.20, 0.045), c(0.38, 0.068), c(0.52, 0.07), spine_top().at(5)]
    )


def _trunk() -> list[MuscleShape]:
    body = skin()
    b_ml = open_curve([c(0.0, 0.25), c(0.10, 0.255), spine_top().at(0)])
    middle_trap = pieces(
        _upper_middle_trapezius(),
        spine_top().part(5, 0),
        rev(b_ml),
        midline(0.25, 0.0),
    )
    # The lower fibres' aponeurosis covers the root of the spine up to its tubercle.
    lower_trap = pieces(
        b_ml,
        spine_top().part(0, 1),
        line((0.27, 0.217), (0.27, 0.241)),
        open_curve(
            [
                s(0.27, 0.241),
                c(0.25, 0.31),
                c(0.242, 0.42),
                c(0.225, 0.53),
                c(0.18, 0.68),
                c(0.11, 0.84),
                c(0.04, 0.96),
                s(0.0, 1.0),
            ]
        ),
        midline(1.0, 0.25),
    )
    latissimus = pieces(
        open_curve(
            [
                s(0.0, 0.56),
                c(0.14, 0.552),
                c(0.26, 0.535),
                c(0.35, 0.515),
                c(0.43, 0.46),
                c(0.49, 0.41),
                c(0.545, 0.405),
                s(*skin_at(ARMPIT)),
            ]
        ),
        body.part(ARMPIT, TRUNK_CORNER),
        line(skin_at(TRUNK_CORNER), (0.0, TRUNK_BOTTOM_V)),
        midline(TRUNK_BOTTOM_V, 0.56),
    )
    b_rr = open_curve([c(0.01, 0.125), c(0.11, 0.195), c(0.212, 0.268)])
    rhomboid_minor = pieces(
        midline(0.125, -0.005, 0.01),
        open_curve([c(0.01, -0.005), c(0.12, 0.09), c(0.222, 0.19)]),
        line((0.222, 0.19), (0.212, 0.268)),
        rev(b_rr),
    )
    rhomboid_major = pieces(
        b_rr,
        open_curve(
            [c(0.212, 0.268), c(0.226, 0.35), c(0.242, 0.45), c(0.252, 0.52), c(0.262, 0.58)]
        ),
        open_curve([c(0.262, 0.58), c(0.12, 0.49), c(0.01, 0.43)]),
        midline(0.43, 0.125, 0.01),
    )
    serratus = closed_curve(
        [
            s(0.01, -0.02),
            c(0.10, 0.05),
            c(0.20, 0.14),
            c(0.29, 0.21),
            c(0.345, 0.27),
            c(0.345, 0.36),
            c(0.33, 0.44),
            c(0.25, 0.39),
            c(0.12, 0.31),
            s(0.01, 0.26),
        ]
    )
    return [
        MuscleShape(
            "serratus_posterior_superior", "serratus_posterior_superior", "intermediate", serratus
        ),
        MuscleShape("rhomboid_major", "rhomboid_major", "intermediate", rhomboid_major),
        MuscleShape("rhomboid_minor", "rhomboid_minor", "intermediate", rhomboid_minor),
        MuscleShape("latissimus_dorsi", "latissimus_dorsi", "superficial", latissimus),
        MuscleShape("lower_trapezius", "lower_trapezius", "superficial", lower_trap),
        MuscleShape("middle_trapezius", "middle_trapezius", "superficial", middle_trap),
    ]


def _shoulder() -> list[MuscleShape]:
    body = skin()
    deltoid_split = open_curve([s(*ACROMIAL_ANGLE), c(0.70, 0.20), c(0.725, 0.36), s(*DELTOID_TIP)])
    posterior_deltoid = pieces(
        spine_bottom().part(5, 2),
        deltoid_split,
        open_curve(
            [
                s(*DELTOID_TIP),
                c(0.66, 0.44),
                c(0.58, 0.34),
                c(0.51, 0.25),
                spine_bottom().at(5),
            ]
        ),
    )
    middle_deltoid = pieces(
        body.part(ACROMION_TIP, DELTOID_SKIN_END),
        deltoid_lower(),
        rev(deltoid_split),
        spine_bottom().part(2, 0),
    )
    between = (0.385, 0.40)
    """Where infraspinatus, teres minor and teres major meet on the lateral border."""
    fork = (0.465, 0.355)
    """Lateral to here teres minor and teres major part, and the long head of triceps passes
    between them."""
    b_it = open_curve([c(0.665, 0.175), c(0.57, 0.205), c(0.49, 0.265), c(0.43, 0.33), s(*between)])
    b_infra_major = open_curve([s(*between), c(0.33, 0.47), c(0.285, 0.53), s(0.262, 0.55)])
    b_minor_major = open_curve([s(*between), c(0.43, 0.375), s(*fork)])
    infraspinatus = pieces(
        spine_bottom().part(8, 3),
        open_curve([spine_bottom().at(3), c(0.665, 0.13), c(0.68, 0.15), s(0.665, 0.175)]),
        b_it,
        b_infra_major,
        open_curve(
            [
                s(0.262, 0.55),
                c(0.24, 0.50),
                c(0.234, 0.42),
                c(0.226, 0.33),
                spine_bottom().at(8),
            ]
        ),
    )
    teres_minor = pieces(
        b_it,
        b_minor_major,
        open_curve([s(*fork), c(0.52, 0.31), c(0.58, 0.262), s(0.675, 0.215)]),
        line((0.675, 0.215), (0.665, 0.175)),
    )
    teres_major = pieces(
        rev(b_infra_major),
        b_minor_major,
        open_curve(
            [
                s(*fork),
                c(0.55, 0.335),
                s(0.60, 0.315),
                s(0.625, 0.35),
                c(0.54, 0.44),
                c(0.44, 0.53),
                c(0.36, 0.585),
                c(0.29, 0.61),
                c(0.255, 0.59),
                s(0.262, 0.55),
            ]
        ),
    )
    long_head = pieces(
        body.part(ELBOW, ARMPIT),
        open_curve(
            [
                s(*skin_at(ARMPIT)),
                c(0.52, 0.415),
                s(0.455, 0.362),
                c(0.50, 0.29),
                c(0.565, 0.235),
                c(0.63, 0.27),
                c(0.69, 0.40),
                s(*DELTOID_TIP),
            ]
        ),
        long_head_lateral(),
    )
    supraspinatus = pieces(
        spine_top().part(0, 5),
        open_curve(
            [
                spine_top().at(5),
                c(0.53, 0.048),
                c(0.42, 0.078),
                c(0.32, 0.108),
                c(0.25, 0.14),
                c(0.218, 0.19),
                spine_top().at(0),
            ]
        ),
    )
    return [
        MuscleShape("supraspinatus", "supraspinatus", "intermediate", supraspinatus),
        MuscleShape("teres_major", "teres_major", "superficial", teres_major),
        MuscleShape("triceps_long_head", "triceps_long_head", "superficial", long_head),
        MuscleShape("teres_minor", "teres_minor", "superficial", teres_minor),
        MuscleShape("infraspinatus", "infraspinatus", "superficial", infraspinatus),
        MuscleShape("posterior_deltoid", "posterior_deltoid", "superficial", posterior_deltoid),
        MuscleShape("middle_deltoid", "middle_deltoid", "superficial", middle_deltoid),
    ]


def _deep() -> list[MuscleShape]:
    splenius_cervicis = closed_curve(
        [
            s(0.01, 0.26),
            s(0.01, 0.50),
            c(0.06, 0.38),
            c(0.12, 0.20),
            c(0.165, 0.0),
            c(0.178, -0.15),
            c(0.175, -0.28),
            c(0.155, -0.35),
            c(0.13, -0.25),
            c(0.075, -0.10),
            c(0.05, 0.05),
            c(0.03, 0.18),
        ]
    )
    semispinalis = closed_curve(
        [
            s(0.01, -0.452),
            c(0.06, -0.45),
            c(0.105, -0.435),
            c(0.10, -0.36),
            c(0.085, -0.22),
            c(0.07, -0.05),
            c(0.055, 0.2),
            c(0.035, 0.45),
            s(0.01, 0.52),
        ]
    )
    suboccipitals = closed_curve(
        [
            s(0.01, -0.445),
            c(0.07, -0.44),
            c(0.13, -0.425),
            c(0.16, -0.39),
            c(0.155, -0.355),
            c(0.10, -0.34),
            c(0.05, -0.33),
            s(0.01, -0.32),
        ]
    )
    paraspinals = closed_curve(
        [
            s(0.035, 0.0),
            c(0.10, 0.03),
            c(0.15, 0.15),
            c(0.19, 0.35),
            c(0.205, 0.6),
            c(0.21, 0.85),
            s(0.21, 1.07),
            s(0.035, 1.07),
        ]
    )
    multifidus = closed_curve(
        [
            s(0.008, 0.04),
            c(0.035, 0.05),
            c(0.06, 0.10),
            c(0.06, 1.0),
            s(0.045, 1.07),
            s(0.008, 1.07),
        ]
    )
    return [
        MuscleShape("suboccipitals", "suboccipitals", "deep", suboccipitals),
        MuscleShape("semispinalis_capitis", "semispinalis_capitis", "deep", semispinalis),
        MuscleShape("thoracic_multifidus", "thoracic_multifidus", "deep", multifidus),
        MuscleShape("thoracic_paraspinals", "thoracic_paraspinals", "deep", paraspinals),
        MuscleShape("splenius_cervicis", "splenius_cervicis", "intermediate", splenius_cervicis),
    ]


_DRAWING_ORDER = (
    # deep
    "suboccipitals",
    "semispinalis_capitis",
    "thoracic_multifidus",
    "thoracic_paraspinals",
    # intermediate: serratus posterior superior over splenius, under the rhomboids and under
    # the levator's insertion; the levator's origin over splenius cervicis and under splenius
    # capitis (clinical-basis §2.2)
    "splenius_cervicis",
    "levator_scapulae",
    "splenius_capitis",
    "serratus_posterior_superior",
    "levator_scapulae_insertion",
    "supraspinatus",
    "rhomboid_major",
    "rhomboid_minor",
    # superficial: teres minor over the long head of triceps, which is over teres major
    "teres_major",
    "triceps_long_head",
    "teres_minor",
    "infraspinatus",
    "latissimus_dorsi",
    "lower_trapezius",
    "middle_trapezius",
    "upper_trapezius",
    "sternocleidomastoid",
    "posterior_deltoid",
    "middle_deltoid",
)


def muscles_right() -> list[MuscleShape]:
    """The muscle outlines of the patient's right side in drawing order: deep first, and within
    a layer the one drawn last lies on top (it is hit first)."""
    shapes = {shape.key: shape for shape in (*_neck(), *_trunk(), *_shoulder(), *_deep())}
    if set(shapes) != set(_DRAWING_ORDER):
        raise ValueError(f"drawing order and shapes differ: {set(shapes) ^ set(_DRAWING_ORDER)}")
    return [shapes[key] for key in _DRAWING_ORDER]


# Fibre hints: origin line A0-A1, insertion line B0-B1, stroke count, stroke span along A->B.
FIBRES: dict[str, tuple[Vec, Vec, Vec, Vec, int, float, float]] = {
    "upper_trapezius": ((0.03, -0.38), (0.03, -0.02), (0.045, -0.02), (0.56, 0.04), 4, 0.15, 0.7),
    "middle_trapezius": ((0.02, 0.04), (0.02, 0.22), (0.56, 0.085), (0.27, 0.225), 3, 0.2, 0.8),
    "lower_trapezius": ((0.02, 0.36), (0.02, 0.90), (0.22, 0.27), (0.225, 0.30), 4, 0.2, 0.75),
    "latissimus_dorsi": ((0.06, 0.72), (0.06, 1.03), (0.54, 0.45), (0.52, 0.55), 4, 0.25, 0.8),
    "posterior_deltoid": ((0.48, 0.165), (0.70, 0.09), (0.71, 0.50), (0.725, 0.49), 4, 0.15, 0.7),
    "infraspinatus": ((0.25, 0.30), (0.26, 0.44), (0.64, 0.14), (0.64, 0.15), 4, 0.15, 0.55),
    "teres_minor": ((0.43, 0.36), (0.43, 0.37), (0.64, 0.205), (0.64, 0.215), 1, 0.15, 0.85),
    "teres_major": ((0.30, 0.545), (0.30, 0.585), (0.595, 0.33), (0.60, 0.35), 2, 0.1, 0.8),
    "supraspinatus": ((0.25, 0.165), (0.25, 0.20), (0.56, 0.068), (0.56, 0.08), 2, 0.1, 0.9),
    "levator_scapulae": (
        (0.145, -0.33),
        (0.175, -0.33),
        (0.19, -0.02),
        (0.225, -0.02),
        2,
        0.2,
        0.9,
    ),
    "levator_scapulae_insertion": (
        (0.19, 0.02),
        (0.225, 0.02),
        (0.205, 0.17),
        (0.235, 0.15),
        2,
        0.1,
        0.8,
    ),
    "middle_deltoid": ((0.715, 0.09), (0.77, 0.13), (0.745, 0.50), (0.765, 0.48), 3, 0.15, 0.8),
    "sternocleidomastoid": (
        (0.12, -0.39),
        (0.18, -0.35),
        (0.165, -0.25),
        (0.185, -0.23),
        2,
        0.15,
        0.85,
    ),
    "triceps_long_head": ((0.56, 0.27), (0.60, 0.28), (0.635, 1.0), (0.68, 1.0), 3, 0.15, 0.9),
    "rhomboid_minor": ((0.01, 0.02), (0.01, 0.10), (0.22, 0.205), (0.215, 0.25), 2, 0.15, 0.85),
    "rhomboid_major": ((0.01, 0.16), (0.01, 0.40), (0.216, 0.30), (0.245, 0.53), 3, 0.15, 0.85),
    "serratus_posterior_superior": (
        (0.01, 0.02),
        (0.01, 0.22),
        (0.30, 0.24),
        (0.32, 0.40),
        3,
        0.15,
        0.85,
    ),
    "splenius_capitis": ((0.01, -0.18), (0.01, 0.18), (0.11, -0.41), (0.175, -0.34), 3, 0.2, 0.8),
    "splenius_cervicis": ((0.02, 0.32), (0.02, 0.46), (0.15, -0.30), (0.16, -0.22), 2, 0.2, 0.8),
    "semispinalis_capitis": (
        (0.035, -0.43),
        (0.08, -0.42),
        (0.03, 0.30),
        (0.05, 0.15),
        2,
        0.1,
        0.5,
    ),
    "suboccipitals": ((0.02, -0.335), (0.05, -0.34), (0.10, -0.43), (0.145, -0.39), 2, 0.15, 0.85),
    "thoracic_paraspinals": ((0.07, 0.08), (0.17, 0.25), (0.07, 1.05), (0.19, 1.05), 3, 0.1, 0.9),
    "thoracic_multifidus": ((0.02, 0.12), (0.045, 0.12), (0.045, 0.40), (0.02, 0.40), 1, 0.0, 1.0),
}


def fibre_strokes(key: str) -> list[tuple[Vec, Vec]]:
    """Short strokes along the fibre direction of one muscle outline (mm relative to C7, right
    side); ``key`` is the outline's ``MuscleShape.key``."""
    a0, a1, b0, b1, n, f0, f1 = FIBRES[key]
    out: list[tuple[Vec, Vec]] = []
    for i in range(n):
        t = (i + 0.5) / n
        p = (a0[0] + (a1[0] - a0[0]) * t, a0[1] + (a1[1] - a0[1]) * t)
        q = (b0[0] + (b1[0] - b0[0]) * t, b0[1] + (b1[1] - b0[1]) * t)
        start = (p[0] + (q[0] - p[0]) * f0, p[1] + (q[1] - p[1]) * f0)
        end = (p[0] + (q[0] - p[0]) * f1, p[1] + (q[1] - p[1]) * f1)
        out.append((to_mm(*start), to_mm(*end)))
    return out
