"""Fibre-direction hints drawn inside each muscle outline (patient's right side, frame units).

Each outline of ``muscle_shapes`` (by its key) gets a few short strokes that run the way its
fibres run, from its origin towards its insertion; they are drawn, never hit-tested.
"""

from __future__ import annotations

from bodymap.anatomy.frame import Vec, to_mm

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
