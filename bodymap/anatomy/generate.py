"""Generator of the posterior upper-back diagram asset (run: python -m bodymap.anatomy.generate).

All shapes are described once, for the patient's right side, in the normalised landmark frame
of the clinical reference (origin C7 spinous process, unit = C7-T12 distance, +u towards the
patient's right, +v caudal). They are converted to diagram millimetres, turned into smooth curves
(cubic Bezier segments through landmark-derived control points), sampled densely and mirrored for
the patient's left. The sampled polygons are both what is drawn and what is hit-tested.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bodymap.anatomy.diagram import DIAGRAM_FILE, asset_path

Vec = tuple[float, float]
Ctrl = tuple[float, float, bool]
"""A control point in frame units; the flag marks a sharp corner."""

DIAGRAM_ID = "posterior-upper-back"
DIAGRAM_VERSION = "1.0"
WIDTH_MM = 600.0
HEIGHT_MM = 600.0
C7_MM: Vec = (300.0, 230.0)
UNIT_MM = 280.0
"""C7 to T12 spinous process distance in the drawing."""
STEP_MM = 1.5
"""Maximum spacing of sampled outline points."""

MUSCLE_NAMES: dict[str, str] = {
    "upper_trapezius": "Upper trapezius",
    "middle_trapezius": "Middle trapezius",
    "lower_trapezius": "Lower trapezius",
    "levator_scapulae": "Levator scapulae",
    "rhomboid_minor": "Rhomboid minor",
    "rhomboid_major": "Rhomboid major",
    "serratus_posterior_superior": "Serratus posterior superior",
    "supraspinatus": "Supraspinatus",
    "infraspinatus": "Infraspinatus",
    "teres_minor": "Teres minor",
    "teres_major": "Teres major",
    "latissimus_dorsi": "Latissimus dorsi",
    "posterior_deltoid": "Posterior deltoid",
    "splenius_capitis": "Splenius capitis",
    "splenius_cervicis": "Splenius cervicis",
    "semispinalis_capitis": "Semispinalis capitis",
    "suboccipitals": "Suboccipital group",
    "thoracic_paraspinals": "Thoracic paraspinals",
    "thoracic_multifidus": "Thoracic multifidi/rotatores",
    "multifocal": "Multifocal / unspecified",
}

# Landmarks of the patient's right side (mirrored for the left), frame units.
BILATERAL_LANDMARKS: dict[str, Vec] = {
    "mastoid": (0.17, -0.33),
    "acromion": (0.65, 0.06),
    "scapular_spine_root": (0.21, 0.25),
    "superior_angle": (0.24, 0.15),
    "inferior_angle": (0.26, 0.58),
    "humeral_head": (0.68, 0.12),
    "deltoid_tuberosity": (0.72, 0.50),
    "spine_of_scapula_mid": (0.42, 0.16),
    "medial_border_mid": (0.23, 0.42),
    "lateral_border_mid": (0.45, 0.35),
    "posterior_axillary_fold": (0.57, 0.45),
}


def c(u: float, v: float) -> Ctrl:
    """A smooth control point."""
    return (u, v, False)


def s(u: float, v: float) -> Ctrl:
    """A sharp (corner) control point."""
    return (u, v, True)


# --------------------------------------------------------------------------- curves


def _to_mm(u: float, v: float) -> Vec:
    """Frame units to millimetres relative to C7 (not yet translated)."""
    return (u * UNIT_MM, v * UNIT_MM)


def _bezier(p0: Vec, p1: Vec, p2: Vec, p3: Vec, *, include_end: bool) -> list[Vec]:
    """Sample one cubic Bezier segment with spacing at most STEP_MM."""
    hull = math.dist(p0, p1) + math.dist(p1, p2) + math.dist(p2, p3)
    n = max(1, math.ceil(hull / STEP_MM))
    out: list[Vec] = []
    last = n + 1 if include_end else n
    for i in range(last):
        t = i / n
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        cc = 3 * (1 - t) * t**2
        d = t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + cc * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + cc * p2[1] + d * p3[1],
            )
        )
    return out


def _tangents(prev: Vec | None, cur: Vec, nxt: Vec | None, sharp: bool) -> tuple[Vec, Vec]:
    """Incoming and outgoing tangents at a control point (chord-length scaled Catmull-Rom)."""
    if sharp or prev is None or nxt is None:
        t_in = (cur[0] - prev[0], cur[1] - prev[1]) if prev is not None else (0.0, 0.0)
        t_out = (nxt[0] - cur[0], nxt[1] - cur[1]) if nxt is not None else (0.0, 0.0)
        return t_in, t_out
    dx, dy = nxt[0] - prev[0], nxt[1] - prev[1]
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    l_in = math.dist(prev, cur)
    l_out = math.dist(cur, nxt)
    return (ux * l_in, uy * l_in), (ux * l_out, uy * l_out)


def _spline(ctrl: Sequence[Ctrl], *, closed: bool) -> list[Vec]:
    """Smooth curve through the control points, sampled in mm relative to C7."""
    pts = [_to_mm(u, v) for u, v, _ in ctrl]
    sharp = [flag for _, _, flag in ctrl]
    n = len(pts)
    tans: list[tuple[Vec, Vec]] = []
    for i in range(n):
        if closed:
            prev: Vec | None = pts[i - 1]
            nxt: Vec | None = pts[(i + 1) % n]
        else:
            prev = pts[i - 1] if i > 0 else None
            nxt = pts[i + 1] if i < n - 1 else None
        tans.append(_tangents(prev, pts[i], nxt, sharp[i]))
    if not closed:
        # End points of an open curve aim at their neighbour.
        tans[0] = (tans[0][1], tans[0][1])
        tans[-1] = (tans[-1][0], tans[-1][0])
    out: list[Vec] = []
    segments = n if closed else n - 1
    for i in range(segments):
        j = (i + 1) % n
        p0, p3 = pts[i], pts[j]
        t0 = tans[i][1]
        t3 = tans[j][0]
        p1 = (p0[0] + t0[0] / 3, p0[1] + t0[1] / 3)
        p2 = (p3[0] - t3[0] / 3, p3[1] - t3[1] / 3)
        out.extend(_bezier(p0, p1, p2, p3, include_end=not closed and i == segments - 1))
    return out


def closed_curve(ctrl: Sequence[Ctrl]) -> list[Vec]:
    """A closed smooth outline (mm relative to C7)."""
    return _spline(ctrl, closed=True)


def open_curve(ctrl: Sequence[Ctrl]) -> list[Vec]:
    """An open smooth curve including both end points (mm relative to C7)."""
    return _spline(ctrl, closed=False)


def line(a: Vec, b: Vec) -> list[Vec]:
    """A straight open piece between two frame points."""
    return open_curve([s(*a), s(*b)])


def pieces(*parts: list[Vec]) -> list[Vec]:
    """Join open pieces end to start into one closed polygon."""
    out: list[Vec] = []
    for part in parts:
        if out:
            if math.dist(out[-1], part[0]) > 1e-6:
                raise ValueError(f"pieces do not join at {out[-1]} / {part[0]}")
            part = part[1:]
        out.extend(part)
    if math.dist(out[0], out[-1]) > 1e-6:
        raise ValueError(f"outline does not close at {out[0]} / {out[-1]}")
    out.pop()
    return out


def rev(part: list[Vec]) -> list[Vec]:
    """A piece traversed the other way."""
    return part[::-1]


# --------------------------------------------------------------------------- shapes


def body_outline() -> list[Vec]:
    """Skin silhouette: back of the head, neck, shoulders, arms to the elbow, trunk below T12."""
    right: list[Ctrl] = [
        c(0.0, -0.72),
        c(0.14, -0.698),
        c(0.232, -0.62),
        s(0.266, -0.525),
        c(0.292, -0.522),
        c(0.302, -0.47),
        c(0.29, -0.405),
        s(0.258, -0.36),
        c(0.228, -0.325),
        c(0.205, -0.27),
        c(0.195, -0.2),
        c(0.198, -0.135),
        c(0.218, -0.092),
        c(0.262, -0.062),
        c(0.33, -0.046),
        c(0.43, -0.029),
        c(0.53, -0.009),
        c(0.62, 0.012),
        c(0.70, 0.046),
        c(0.766, 0.098),
        c(0.808, 0.168),
        c(0.826, 0.25),
        c(0.818, 0.36),
        c(0.806, 0.50),
        c(0.804, 0.68),
        c(0.812, 0.88),
        c(0.818, 1.06),
        c(0.79, 1.135),
        c(0.72, 1.155),
        c(0.65, 1.14),
        c(0.62, 1.10),
        c(0.606, 0.95),
        c(0.593, 0.75),
        c(0.583, 0.58),
        s(0.578, 0.47),
        c(0.556, 0.56),
        c(0.533, 0.72),
        c(0.51, 0.90),
        s(0.497, 1.08),
    ]
    left = [(-u, v, f) for u, v, f in reversed(right[1:])]
    return closed_curve(right + left)


def _midline(v0: float, v1: float, u: float = 0.0) -> list[Vec]:
    return line((u, v0), (u, v1))


# Shared boundaries (open pieces, frame units -> mm).
SPINE_CENTRE: list[Ctrl] = [
    c(0.22, 0.248),
    c(0.32, 0.205),
    c(0.42, 0.16),
    c(0.51, 0.12),
    c(0.60, 0.083),
]


def _muscles_right() -> list[tuple[str, str, list[Vec]]]:
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
        _midline(0.0, -0.455),
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
        _midline(0.25, 0.0),
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
        _midline(1.0, 0.25),
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
        _midline(1.07, 0.56),
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
        _midline(0.125, -0.005, 0.01),
        open_curve([c(0.01, -0.005), c(0.12, 0.09), c(0.222, 0.19)]),
        line((0.222, 0.19), (0.212, 0.268)),
        rev(b_rr),
    )
    rhomboid_major = pieces(
        b_rr,
        open_curve([c(0.212, 0.268), c(0.222, 0.35), c(0.235, 0.45), c(0.255, 0.575)]),
        open_curve([c(0.255, 0.575), c(0.12, 0.49), c(0.01, 0.43)]),
        _midline(0.43, 0.125, 0.01),
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
        out.append((_to_mm(*start), _to_mm(*end)))
    return out


def _scapula() -> list[Vec]:
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


def _scapular_spine() -> list[Vec]:
    return closed_curve(
        [
            c(0.205, 0.243),
            c(0.32, 0.193),
            c(0.42, 0.147),
            c(0.52, 0.103),
            c(0.575, 0.065),
            c(0.61, 0.035),
            c(0.66, 0.028),
            c(0.69, 0.045),
            c(0.685, 0.07),
            c(0.655, 0.085),
            c(0.60, 0.098),
            c(0.52, 0.135),
            c(0.42, 0.175),
            c(0.32, 0.218),
            c(0.225, 0.262),
            c(0.206, 0.258),
        ]
    )


def _spinous(v: float, half_width: float, up: float, down: float) -> list[Vec]:
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


def _occiput() -> list[Vec]:
    """The superior nuchal lines as a thin crescent from mastoid to mastoid through the EOP."""
    return closed_curve(
        [
            s(-0.19, -0.345),
            c(-0.15, -0.405),
            c(-0.09, -0.44),
            c(0.0, -0.458),
            c(0.09, -0.44),
            c(0.15, -0.405),
            s(0.19, -0.345),
            c(0.15, -0.392),
            c(0.088, -0.427),
            c(0.0, -0.445),
            c(-0.088, -0.427),
            c(-0.15, -0.392),
        ]
    )


# --------------------------------------------------------------------------- assembly


def _r(value: float) -> float:
    rounded = round(value, 1)
    return 0.0 if rounded == 0 else rounded


def _place(points: Iterable[Vec], *, mirror: bool) -> list[list[float]]:
    """Round (mm relative to C7) and translate to diagram mm, mirroring for the patient's left."""
    sign = -1.0 if mirror else 1.0
    return [[_r(C7_MM[0] + sign * _r(x)), _r(C7_MM[1] + _r(y))] for x, y in points]


def build() -> dict[str, Any]:
    """The whole diagram as a JSON-ready dict."""
    landmarks: dict[str, list[float]] = {"eop": [C7_MM[0], _r(C7_MM[1] - 0.45 * UNIT_MM)]}
    landmarks["c7"] = [C7_MM[0], C7_MM[1]]
    for n in range(1, 13):
        landmarks[f"t{n}"] = [C7_MM[0], round(C7_MM[1] + UNIT_MM * n / 12, 2)]
    for name, (u, v) in BILATERAL_LANDMARKS.items():
        for side, sign in (("left", -1.0), ("right", 1.0)):
            landmarks[f"{name}_{side}"] = [
                round(C7_MM[0] + sign * u * UNIT_MM, 2),
                round(C7_MM[1] + v * UNIT_MM, 2),
            ]

    bones: list[dict[str, Any]] = [{"id": "occiput", "outline": _place(_occiput(), mirror=False)}]
    for side, mirror in (("left", True), ("right", False)):
        bones.append({"id": f"scapula_{side}", "outline": _place(_scapula(), mirror=mirror)})
        bones.append(
            {"id": f"scapular_spine_{side}", "outline": _place(_scapular_spine(), mirror=mirror)}
        )
    levels = [("c7", 0.0, 0.026, 0.022, 0.032)] + [
        (f"t{n}", n / 12, 0.022, 0.02, 0.028) for n in range(1, 13)
    ]
    for name, v, hw, up, down in levels:
        bones.append(
            {"id": f"spinous_{name}", "outline": _place(_spinous(v, hw, up, down), mirror=False)}
        )

    muscles: list[dict[str, Any]] = []
    for muscle, layer, outline in _muscles_right():
        for side, mirror in (("left", True), ("right", False)):
            fibres = [_place([a, b], mirror=mirror) for a, b in fibre_strokes(muscle)]
            muscles.append(
                {
                    "muscle": muscle,
                    "side": side,
                    "layer": layer,
                    "name": MUSCLE_NAMES[muscle],
                    "outline": _place(outline, mirror=mirror),
                    "fibres": fibres,
                }
            )
    return {
        "id": DIAGRAM_ID,
        "version": DIAGRAM_VERSION,
        "width_mm": WIDTH_MM,
        "height_mm": HEIGHT_MM,
        "frame": {"origin": "c7", "unit_mm": UNIT_MM, "x": "patient's right", "y": "caudal"},
        "muscle_names": MUSCLE_NAMES,
        "landmarks": landmarks,
        "body_outline": _place(body_outline(), mirror=False),
        "bones": bones,
        "muscles": muscles,
    }


def _dump(value: Any, indent: int = 0) -> str:
    """JSON with one line per point list (compact, diff-friendly, deterministic)."""
    pad = " " * indent
    inner = " " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(k)}: {_dump(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        items = [inner + _dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def render() -> str:
    """The asset file's exact text."""
    return _dump(build()) + "\n"


def output_path() -> Path:
    """Where the asset lives in a source checkout."""
    return Path(__file__).resolve().parents[2] / "assets" / "diagram" / DIAGRAM_FILE


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite the asset (or, with --check, report whether it is up to date)."""
    args = list(sys.argv[1:] if argv is None else argv)
    text = render()
    target = output_path()
    if "--check" in args:
        current = asset_path("diagram", DIAGRAM_FILE)
        same = current.is_file() and current.read_text(encoding="utf-8") == text
        print(f"{current}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
