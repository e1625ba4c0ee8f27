"""The muscle outlines of the patient's right side (neck, trunk and deep muscles, with the
shoulder's from ``shoulder_shapes``) and the order they are drawn in.

Each outline's layer and its place in the drawing order follow clinical-basis §2.2; edges along
the skin and the bones come from the shared curves in ``outlines``; fibre hints are in
``fibres``.
"""

from __future__ import annotations

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
)
from bodymap.anatomy.outlines import (
    ACROMION_TIP,
    ARMPIT,
    EAR_BOTTOM,
    NECK_ANGLE,
    SCM_SKIN_END,
    TRUNK_BOTTOM_V,
    TRUNK_CORNER,
    MuscleShape,
    mastoid_edge,
    nuchal_lower,
    skin,
    skin_at,
    spine_top,
)
from bodymap.anatomy.shoulder_shapes import shoulder


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
    shapes = {shape.key: shape for shape in (*_neck(), *_trunk(), *shoulder(), *_deep())}
    if set(shapes) != set(_DRAWING_ORDER):
        raise ValueError(f"drawing order and shapes differ: {set(shapes) ^ set(_DRAWING_ORDER)}")
    return [shapes[key] for key in _DRAWING_ORDER]
