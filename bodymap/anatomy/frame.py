"""The generator's landmark frame and curve tools (see ``generate``).

Shapes are written in the landmark frame of clinical-basis §2.1: origin the C7 spinous
process, unit the C7-T12 distance, +u towards the patient's right, +v caudal. Control points
become cubic Bezier curves, sampled to within ``FLATNESS_MM``, in millimetres of the drawing.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

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
FLATNESS_MM = 0.05
"""Most a sampled outline may depart from its curve: half the 0.1 mm the asset is rounded to.

Each curve segment gets only as many points as its bend needs, so a gentle curve or a straight
edge costs a few points where a tight one gets many."""

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
    "middle_deltoid": "Middle deltoid",
    "sternocleidomastoid": "Sternocleidomastoid",
    "triceps_long_head": "Long head of triceps",
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


def to_mm(u: float, v: float) -> Vec:
    """Frame units to millimetres relative to C7 (not yet translated)."""
    return (u * UNIT_MM, v * UNIT_MM)


def _bezier(p0: Vec, p1: Vec, p2: Vec, p3: Vec, *, include_end: bool) -> list[Vec]:
    """Sample one cubic Bezier segment, the chords within FLATNESS_MM of the curve.

    With n equal steps in t a chord departs from the curve by at most max|B''| / (8 n²), and
    |B''| is at most 6 times the larger second difference of the control points.
    """
    bend = max(
        math.hypot(p0[0] - 2 * p1[0] + p2[0], p0[1] - 2 * p1[1] + p2[1]),
        math.hypot(p1[0] - 2 * p2[0] + p3[0], p1[1] - 2 * p2[1] + p3[1]),
    )
    n = max(1, math.ceil(math.sqrt(6 * bend / (8 * FLATNESS_MM))))
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


def _spline(ctrl: Sequence[Ctrl], *, closed: bool) -> tuple[list[Vec], list[int]]:
    """Smooth curve through the control points, sampled in mm relative to C7, and the index of
    each control point among the samples."""
    pts = [to_mm(u, v) for u, v, _ in ctrl]
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
    marks: list[int] = []
    segments = n if closed else n - 1
    for i in range(segments):
        j = (i + 1) % n
        p0, p3 = pts[i], pts[j]
        t0 = tans[i][1]
        t3 = tans[j][0]
        p1 = (p0[0] + t0[0] / 3, p0[1] + t0[1] / 3)
        p2 = (p3[0] - t3[0] / 3, p3[1] - t3[1] / 3)
        marks.append(len(out))
        out.extend(_bezier(p0, p1, p2, p3, include_end=not closed and i == segments - 1))
    if not closed:
        marks.append(len(out) - 1)
    return out, marks


class Curve:
    """A smooth curve sampled once, with the sample index of each of its control points.

    Shapes that share a stretch of one curve (a muscle's edge along the skin, or along a lip of
    the scapular spine) take it with :meth:`part`, so they share exactly the same points and
    nothing can fall between them.
    """

    def __init__(self, ctrl: Sequence[Ctrl], *, closed: bool = False) -> None:
        self.ctrl = tuple(ctrl)
        self.closed = closed
        self.points, self.marks = _spline(ctrl, closed=closed)

    def at(self, i: int) -> Ctrl:
        """Control point ``i`` as a sharp control point (to start or end a joining curve)."""
        u, v, _ = self.ctrl[i]
        return s(u, v)

    def part(self, i: int, j: int) -> list[Vec]:
        """The samples from control point ``i`` to control point ``j``, both included.

        On a closed curve the stretch runs forwards, round the start if need be; on an open curve
        it runs backwards when ``j`` comes before ``i``.
        """
        n = len(self.ctrl)
        i, j = i % n, j % n
        a, b = self.marks[i], self.marks[j]
        if self.closed:
            if b >= a:
                return self.points[a : b + 1]
            return self.points[a:] + self.points[: b + 1]
        if b >= a:
            return self.points[a : b + 1]
        return self.points[b : a + 1][::-1]


@functools.cache
def _cached_curve(ctrl: tuple[Ctrl, ...], closed: bool, flatness: float) -> Curve:
    return Curve(ctrl, closed=closed)


def curve(ctrl: Sequence[Ctrl], *, closed: bool = False) -> Curve:
    """The :class:`Curve` through ``ctrl``, sampled once for the current ``FLATNESS_MM``.

    Shapes built from the same control points share one sampling, and a finer ``FLATNESS_MM``
    (as the tests use to compare the asset with its curves) samples afresh.
    """
    return _cached_curve(tuple(ctrl), closed, FLATNESS_MM)


def closed_curve(ctrl: Sequence[Ctrl]) -> list[Vec]:
    """A closed smooth outline (mm relative to C7)."""
    return Curve(ctrl, closed=True).points


def open_curve(ctrl: Sequence[Ctrl]) -> list[Vec]:
    """An open smooth curve including both end points (mm relative to C7)."""
    return Curve(ctrl).points


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


def midline(v0: float, v1: float, u: float = 0.0) -> list[Vec]:
    """A vertical line at ``u`` from ``v0`` to ``v1`` (the posterior midline by default)."""
    return line((u, v0), (u, v1))
