"""The muscle outlines and fibre directions of the patient's right side, in frame units."""

from __future__ import annotations

from bodymap.anatomy.frame import (
    SPINE_CENTRE,
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


def muscles_right() -> list[tuple[str, str, list[Vec]]]:
    """(muscle id, layer, outline in mm relative to C7) for the patient's right side."""
    spine_centre = open_curve(SPINE_CENTRE)
    b_um = open_curve([c(0.0, 0.0), c(0.20, 0.045), c(0.38, 0.07), c(0.52, 0.072), c(0.625, 0.06)])
    b_ml = open_curve([c(0.0, 0.25), c(0.10, 0.255), c(0.22, 0.248)])
    ut_top = open_curve(
        [
            c(0.06, -0.448),
            c(0.072, -0.38),
            c(0.088, -0.28),
            c(0.115, -0.18),
            c(0.155, -0.105),
            c(0.21, -0.066),
            c(0.28, -0.05),
            c(0.36, -0.034),
            c(0.45, -0.019),
            c(0.54, -0.001),
            c(0.612, 0.022),
        ]
    )
    upper_trap = pieces(
        midline(0.0, -0.455),
        line((0.0, -0.455), (0.06, -0.448)),
        ut_top,
        line((0.612, 0.022), (0.625, 0.06)),
        rev(b_um),
    )
    middle_trap = pieces(
        b_um,
        line((0.625, 0.06), (0.60, 0.083)),
        rev(spine_centre),
        rev(b_ml),
        midline(0.25, 0.0),
    )
    lower_trap = pieces(
        b_ml,
        open_curve(
            [
                c(0.22, 0.248),
                c(0.245, 0.31),
                c(0.242, 0.42),
                c(0.225, 0.53),
                c(0.18, 0.68),
                c(0.11, 0.84),
                c(0.04, 0.96),
                c(0.0, 1.0),
            ]
        ),
        midline(1.0, 0.25),
    )
    latissimus = pieces(
        open_curve(
            [
                c(0.0, 0.56),
                c(0.14, 0.585),
                c(0.26, 0.60),
                c(0.35, 0.56),
                c(0.43, 0.47),
                c(0.49, 0.40),
                c(0.55, 0.368),
                c(0.595, 0.372),
            ]
        ),
        open_curve(
            [
                c(0.595, 0.372),
                c(0.60, 0.42),
                s(0.568, 0.47),
                c(0.548, 0.56),
                c(0.525, 0.72),
                c(0.502, 0.90),
                c(0.49, 1.07),
            ]
        ),
        line((0.49, 1.07), (0.0, 1.07)),
        midline(1.07, 0.56),
    )
    posterior_deltoid = pieces(
        open_curve([c(0.44, 0.152), c(0.51, 0.12), c(0.60, 0.083), c(0.66, 0.07), c(0.72, 0.075)]),
        open_curve(
            [
                c(0.72, 0.075),
                c(0.77, 0.16),
                c(0.785, 0.28),
                c(0.765, 0.40),
                c(0.735, 0.49),
                c(0.715, 0.525),
            ]
        ),
        open_curve([c(0.715, 0.525), c(0.66, 0.44), c(0.58, 0.34), c(0.51, 0.25), c(0.44, 0.152)]),
    )
    b_it = open_curve(
        [c(0.665, 0.175), c(0.57, 0.205), c(0.49, 0.265), c(0.43, 0.33), c(0.385, 0.40)]
    )
    infraspinatus = pieces(
        open_curve(
            [
                c(0.225, 0.27),
                c(0.32, 0.228),
                c(0.42, 0.185),
                c(0.52, 0.145),
                c(0.60, 0.12),
                c(0.665, 0.13),
            ]
        ),
        open_curve([c(0.665, 0.13), c(0.68, 0.15), c(0.665, 0.175)]),
        b_it,
        open_curve(
            [
                c(0.385, 0.40),
                c(0.33, 0.47),
                c(0.285, 0.53),
                c(0.262, 0.55),
                c(0.245, 0.50),
                c(0.236, 0.42),
                c(0.228, 0.33),
                c(0.225, 0.27),
            ]
        ),
    )
    teres_minor = pieces(
        b_it,
        open_curve(
            [c(0.385, 0.40), c(0.44, 0.375), c(0.50, 0.325), c(0.58, 0.262), c(0.675, 0.215)]
        ),
        line((0.675, 0.215), (0.665, 0.175)),
    )
    teres_major = closed_curve(
        [
            c(0.27, 0.535),
            c(0.31, 0.50),
            c(0.40, 0.44),
            c(0.50, 0.375),
            s(0.60, 0.315),
            s(0.625, 0.35),
            c(0.54, 0.44),
            c(0.44, 0.53),
            c(0.36, 0.585),
            c(0.29, 0.61),
            c(0.255, 0.59),
        ]
    )
    supraspinatus = closed_curve(
        [
            c(0.228, 0.175),
            c(0.25, 0.14),
            c(0.32, 0.108),
            c(0.42, 0.078),
            c(0.52, 0.048),
            c(0.62, 0.035),
            c(0.685, 0.06),
            c(0.695, 0.10),
            c(0.67, 0.125),
            c(0.60, 0.112),
            c(0.52, 0.125),
            c(0.42, 0.158),
            c(0.32, 0.197),
            s(0.225, 0.238),
            c(0.218, 0.205),
        ]
    )
    levator = closed_curve(
        [
            c(0.14, -0.372),
            c(0.175, -0.365),
            c(0.18, -0.28),
            c(0.182, -0.17),
            c(0.2, -0.07),
            c(0.245, 0.03),
            c(0.262, 0.13),
            c(0.245, 0.168),
            c(0.222, 0.2),
            s(0.208, 0.215),
            c(0.195, 0.10),
            c(0.17, 0.0),
            c(0.145, -0.10),
            c(0.128, -0.22),
            c(0.125, -0.33),
        ]
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
        open_curve([c(0.212, 0.268), c(0.222, 0.35), c(0.235, 0.45), c(0.255, 0.575)]),
        open_curve([c(0.255, 0.575), c(0.12, 0.49), c(0.01, 0.43)]),
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
    splenius_capitis = closed_curve(
        [
            s(0.01, -0.26),
            c(0.05, -0.35),
            c(0.10, -0.425),
            c(0.15, -0.405),
            c(0.185, -0.345),
            c(0.18, -0.25),
            c(0.15, -0.12),
            c(0.10, 0.02),
            c(0.05, 0.15),
            s(0.01, 0.25),
        ]
    )
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
            s(0.21, 1.065),
            s(0.035, 1.065),
        ]
    )
    multifidus = closed_curve(
        [
            s(0.008, 0.04),
            c(0.035, 0.05),
            c(0.06, 0.10),
            c(0.06, 1.0),
            s(0.045, 1.065),
            s(0.008, 1.065),
        ]
    )
    # Drawing order: deep first, superficial last (the last drawn is on top).
    return [
        ("suboccipitals", "deep", suboccipitals),
        ("semispinalis_capitis", "deep", semispinalis),
        ("thoracic_multifidus", "deep", multifidus),
        ("thoracic_paraspinals", "deep", paraspinals),
        ("serratus_posterior_superior", "deep", serratus),
        ("splenius_cervicis", "intermediate", splenius_cervicis),
        ("splenius_capitis", "intermediate", splenius_capitis),
        ("levator_scapulae", "intermediate", levator),
        ("supraspinatus", "intermediate", supraspinatus),
        ("rhomboid_major", "intermediate", rhomboid_major),
        ("rhomboid_minor", "intermediate", rhomboid_minor),
        ("infraspinatus", "superficial", infraspinatus),
        ("teres_minor", "superficial", teres_minor),
        ("teres_major", "superficial", teres_major),
        ("latissimus_dorsi", "superficial", latissimus),
        ("lower_trapezius", "superficial", lower_trap),
        ("middle_trapezius", "superficial", middle_trap),
        ("upper_trapezius", "superficial", upper_trap),
        ("posterior_deltoid", "superficial", posterior_deltoid),
    ]


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
    "supraspinatus": ((0.25, 0.165), (0.25, 0.20), (0.67, 0.075), (0.67, 0.09), 2, 0.1, 0.7),
    "levator_scapulae": ((0.135, -0.33), (0.16, -0.34), (0.20, 0.17), (0.225, 0.15), 2, 0.15, 0.85),
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


def fibre_strokes(muscle: str) -> list[tuple[Vec, Vec]]:
    """Short strokes along the fibre direction of one muscle (mm relative to C7, right side)."""
    a0, a1, b0, b1, n, f0, f1 = FIBRES[muscle]
    out: list[tuple[Vec, Vec]] = []
    for i in range(n):
        t = (i + 0.5) / n
        p = (a0[0] + (a1[0] - a0[0]) * t, a0[1] + (a1[1] - a0[1]) * t)
        q = (b0[0] + (b1[0] - b0[0]) * t, b0[1] + (b1[1] - b0[1]) * t)
        start = (p[0] + (q[0] - p[0]) * f0, p[1] + (q[1] - p[1]) * f0)
        end = (p[0] + (q[0] - p[0]) * f1, p[1] + (q[1] - p[1]) * f1)
        out.append((to_mm(*start), to_mm(*end)))
    return out
