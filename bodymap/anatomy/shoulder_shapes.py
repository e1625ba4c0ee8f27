"""The shoulder's muscle outlines (patient's right side): deltoid, rotator cuff, teres, triceps.

Layers and drawing order follow clinical-basis §2.2; the deltoid and infraspinatus take their
edges from the lips of the scapular spine, and the middle deltoid and long head of triceps from
the skin (``outlines``).
"""

from __future__ import annotations

from bodymap.anatomy.frame import c, line, open_curve, pieces, rev, s
from bodymap.anatomy.outlines import (
    ACROMIAL_ANGLE,
    ACROMION_TIP,
    ARMPIT,
    DELTOID_SKIN_END,
    DELTOID_TIP,
    ELBOW,
    MuscleShape,
    deltoid_lower,
    long_head_lateral,
    skin,
    skin_at,
    spine_bottom,
    spine_top,
)


def shoulder() -> list[MuscleShape]:
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
