"""Needling cautions by position: the zones, drawn from the diagram's landmarks and bones.

A caution depends only on where the needle goes, never on the muscle chosen (clinical-basis §4).
Zones are in the reference frame of the landmarks (origin C7 spinous process, unit C7 to T12,
+u towards the patient's right, +v caudal), so they follow the drawing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from bodymap.anatomy import Diagram, load_diagram, point_in_polygon
from bodymap.clinical.common import BoneOutlines, Landmarks, Point
from bodymap.model import TriggerPoint

# --------------------------------------------------------------------------- frame


@dataclass(frozen=True)
class BodyFrame:
    """The landmark frame placed on the diagram (clinical-basis §2).

    Origin at the C7 spinous process, unit = C7 to T12 distance, +u towards the patient's right,
    +v caudal. ``eop_v``, ``mastoid_v``, ``mastoid_u`` and ``t1_v`` are read from the landmarks
    when present (the defaults are the reference frame's values).
    """

    origin: Point = (300.0, 230.0)
    unit_mm: float = 280.0
    eop_v: float = -0.45
    mastoid_v: float = -0.33
    mastoid_u: float = 0.17
    t1_v: float = 1.0 / 12.0

    @classmethod
    def from_landmarks(cls, landmarks: Landmarks | None) -> BodyFrame:
        """The frame of a diagram's landmarks (``c7``; ``t12`` for the scale; ``eop``,
        ``mastoid_left``/``mastoid_right`` and ``t1`` for the neck zones when present)."""
        if not landmarks or "c7" not in landmarks:
            return cls()
        c7 = landmarks["c7"]
        t12 = landmarks.get("t12")
        unit = math.dist(c7, t12) if t12 is not None else cls.unit_mm
        frame = cls(origin=c7, unit_mm=unit if unit > 0 else cls.unit_mm)
        changes: dict[str, float] = {}
        if "eop" in landmarks:
            changes["eop_v"] = frame.to_frame(*landmarks["eop"])[1]
        mastoids = [landmarks[k] for k in ("mastoid_left", "mastoid_right") if k in landmarks]
        if mastoids:
            frame_pts = [frame.to_frame(*m) for m in mastoids]
            changes["mastoid_v"] = sum(p[1] for p in frame_pts) / len(frame_pts)
            changes["mastoid_u"] = sum(abs(p[0]) for p in frame_pts) / len(frame_pts)
        if "t1" in landmarks:
            changes["t1_v"] = frame.to_frame(*landmarks["t1"])[1]
        return cls(origin=frame.origin, unit_mm=frame.unit_mm, **changes)

    def to_frame(self, x: float, y: float) -> Point:
        """Diagram mm -> frame units (u, v)."""
        return ((x - self.origin[0]) / self.unit_mm, (y - self.origin[1]) / self.unit_mm)

    def to_mm(self, u: float, v: float) -> Point:
        """Frame units (u, v) -> diagram mm."""
        return (self.origin[0] + u * self.unit_mm, self.origin[1] + v * self.unit_mm)


_SCAPULAR_BONE_PREFIXES: Final = ("scapula_", "scapular_spine_")
_SPINOUS_PREFIX: Final = "spinous_"


def diagram_bones(diagram: Diagram) -> dict[str, tuple[Point, ...]]:
    """The diagram's bone outlines by id, for ``bones=`` arguments."""
    return {bone.id: tuple(bone.outline) for bone in diagram.bones}


def _inside_any(x: float, y: float, outlines: Sequence[Sequence[Point]]) -> bool:
    return any(len(o) >= 3 and point_in_polygon(x, y, o) for o in outlines)


def over_scapular_bone(x: float, y: float, *, bones: BoneOutlines | None = None) -> bool:
    """Whether (x, y) lies over the scapula (blade, spine or acromion) of either side.

    Uses the given bone outlines (ids starting ``scapula_`` or ``scapular_spine_``), by default
    the bundled diagram's, so the caution follows the scapula that is drawn.
    """
    if bones is None:
        bones = diagram_bones(load_diagram())
    return _inside_any(x, y, [o for k, o in bones.items() if k.startswith(_SCAPULAR_BONE_PREFIXES)])


# --------------------------------------------------------------------------- zones

# Zone limits in frame units (clinical-basis §4.1). Landmarks are uncertain by 0.05-0.1 units,
# so the limits lean towards cautioning.
SPINOUS_HALF_WIDTH: Final = 0.02
"""Without bone outlines, within this of the midline the needle is over a spinous process."""
APEX_TOP_V: Final = -0.10
"""The apex zone starts this far above C7: the angle of the neck (clinical-basis §4.3)."""
THORAX_BOTTOM_V: Final = 1.05
"""Lower pleural reflection at about T12 (v = 1.0), plus a margin (clinical-basis §4.4)."""
APEX_HALF_WIDTH: Final = 0.40
"""Lateral limit of the lung field at the C7 level: covers the upper trapezius midway between
C7 and the acromion (0.32) but not the acromion itself (0.65) (clinical-basis §4.3)."""
AXILLARY_FOLD: Final[Point] = (0.57, 0.45)
"""Posterior axillary fold, about the lateral limit of the posterior chest (§4.4)."""
NECK_HALF_WIDTH_MARGIN: Final = 0.02
"""The neck zones reach to this much medial of the mastoid tips (§4.2)."""
SUBOCCIPITAL_MARGIN: Final = 0.02
"""The suboccipital zone starts this far above the external occipital protuberance."""
C2_BELOW_MASTOID: Final = 0.05
"""C2 lies about this far below the mastoid tip: the suboccipital zone ends there (§4.2)."""
C7_T1_MARGIN: Final = 0.02
"""The cervical zone reaches this far below C7, to include the C7-T1 interspace (§4.2)."""


def thorax_half_width(v: float) -> float:
    """Lateral limit of the posterior chest at level v: widens from the apex to the axilla."""
    if v <= 0.0:
        return APEX_HALF_WIDTH
    u_fold, v_fold = AXILLARY_FOLD
    return min(u_fold, APEX_HALF_WIDTH + (u_fold - APEX_HALF_WIDTH) * v / v_fold)


@dataclass(frozen=True)
class NeedleAdvice:
    """The longest needle advisable in a zone for an average adult (clinical-basis §4).

    ``limit_mm`` None: no published limit (the needle is directed onto bone). ``strict``: the
    source advises a needle *shorter than* the limit, so the limit itself is too long.
    """

    limit_mm: float | None
    strict: bool = False

    def too_long(self, length_mm: float, *, thin: bool = False) -> bool:
        """Whether a needle of this length is longer than advised; for a thin patient (BMI
        under 18.5) a needle as long as the limit is already too long (clinical-basis §4.6)."""
        if self.limit_mm is None:
            return False
        if self.strict or thin:
            return length_mm >= self.limit_mm - 1e-9
        return length_mm > self.limit_mm + 1e-9

    @property
    def text(self) -> str:
        """E.g. "needle at most 30 mm for an average adult"."""
        if self.limit_mm is None:
            return "no published needle length limit"
        how = "shorter than" if self.strict else "at most"
        return f"needle {how} {self.limit_mm:g} mm for an average adult"


Hazard = Literal["lung", "spinal_canal", "vertebral_artery"]


@dataclass(frozen=True)
class Caution:
    """A needling caution at a position: a badge on the map and a note on the record.

    ``risk`` is "high" or "lower" (over scapular bone); ``technique`` holds the rules to show;
    ``needle`` the longest needle advisable; ``hazard`` what lies under the zone.
    """

    code: str
    risk: Literal["high", "lower"]
    title: str
    technique: tuple[str, ...]
    needle: NeedleAdvice = field(default=NeedleAdvice(None))
    hazard: Hazard = "lung"
    zone: str = ""
    """The zone in a few words, e.g. "at the lung apex"."""

    @property
    def over_lung(self) -> bool:
        """Whether this zone lies over the lung (counts for the bilateral check)."""
        return self.hazard == "lung"


SUBOCCIPITAL: Final = Caution(
    # clinical-basis §4.2: suboccipital zone; needle length from a cadaver study [4-6].
    "needling.suboccipital",
    "high",
    "Suboccipital region: high-risk needling zone (vertebral artery, spinal canal)",
    (
        "Insert midway between the C2 spinous process and the C1 transverse process, angled "
        "cranially at 45 degrees or less to the frontal plane.",
        "Do not advance deep (vertebral artery, foramen magnum); consider ultrasound guidance.",
    ),
    NeedleAdvice(40.0, strict=True),
    "vertebral_artery",
    "in the suboccipital region",
)
CERVICAL: Final = Caution(
    # clinical-basis §4.2: paramedian neck C1-C7; depth of the epidural space [4-8].
    "needling.cervical",
    "high",
    "Paramedian neck (C1\u2013C7): spinal canal and vertebral artery",
    (
        "Epidural haematoma and cord injury have followed cervical paraspinal needling: keep "
        "the needle superficial and directed away from the spinal canal.",
        "Consider ultrasound guidance; ask about anticoagulants.",
    ),
    NeedleAdvice(25.0),
    "spinal_canal",
    "beside the cervical spine",
)
APEX: Final = Caution(
    # clinical-basis §4.3: lung apex at the angle of the neck, for any muscle [4-1], [4-2].
    "pneumothorax.apex",
    "high",
    "Near the lung apex (angle of the neck): pneumothorax risk",
    (
        "Pincer-grasp the muscle and aim the needle at your fingers.",
        "Never direct the needle perpendicular, down toward the lung apex.",
        "Consider ultrasound guidance.",
    ),
    NeedleAdvice(30.0),
    "lung",
    "at the lung apex",
)
THORAX: Final = Caution(
    # clinical-basis §4.4: over the ribs, lateral to the spinous processes [4-3].
    "pneumothorax.thorax",
    "high",
    "Over the thorax: pneumothorax risk",
    (
        "Angle the needle tangentially, or onto a rib bracketed between two fingers.",
        "Avoid the intercostal spaces.",
        "Consider ultrasound guidance.",
    ),
    NeedleAdvice(19.0),
    "lung",
    "over the thorax",
)
OVER_SCAPULA: Final = Caution(
    # clinical-basis §4.5: scapular bone shields the lung; the fossae can be thin.
    "pneumothorax.over_scapula",
    "lower",
    "Over scapular bone: lower pneumothorax risk",
    ("The scapular fossae can be thin: direct the needle onto bone.",),
    NeedleAdvice(None),
    "lung",
    "over scapular bone",
)

CAUTIONS: Final[tuple[Caution, ...]] = (SUBOCCIPITAL, CERVICAL, APEX, THORAX, OVER_SCAPULA)
"""Every caution zone, in the order lists and the record show them (high risk first)."""
CAUTION_CODES: Final = tuple(c.code for c in CAUTIONS)


def _lateral(x: float, y: float, u: float, bones: BoneOutlines | None) -> bool:
    """Whether (x, y) is lateral to the spinous processes (not over one)."""
    if abs(u) <= SPINOUS_HALF_WIDTH:
        return False
    spinous = [o for k, o in (bones or {}).items() if k.startswith(_SPINOUS_PREFIX)]
    return not _inside_any(x, y, spinous)


def position_cautions(
    x: float,
    y: float,
    *,
    landmarks: Landmarks | None = None,
    bones: BoneOutlines | None = None,
    over_scapula: bool | None = None,
) -> tuple[Caution, ...]:
    """The needling cautions at a position, high risk first (clinical-basis §4.1).

    Args:
        x, y: the position in diagram mm.
        landmarks: the diagram's landmarks (default: the reference frame).
        bones: the diagram's bone outlines (default: the bundled diagram's); scapular outlines
            turn a lung caution into the lower-risk one, spinous processes end the lung field.
        over_scapula: overrides the scapular bone test (for tests and other drawings).
    """
    frame = BodyFrame.from_landmarks(landmarks)
    u, v = frame.to_frame(x, y)
    lateral = abs(u)
    found: list[Caution] = []
    neck_half = frame.mastoid_u - NECK_HALF_WIDTH_MARGIN
    c2_v = frame.mastoid_v + C2_BELOW_MASTOID
    if lateral <= neck_half and frame.eop_v - SUBOCCIPITAL_MARGIN <= v <= c2_v:
        found.append(SUBOCCIPITAL)
    elif lateral <= neck_half and c2_v < v <= C7_T1_MARGIN:
        found.append(CERVICAL)
    if APEX_TOP_V <= v <= THORAX_BOTTOM_V and lateral <= thorax_half_width(v):
        if bones is None:
            bones = diagram_bones(load_diagram())
        if _lateral(x, y, u, bones):
            if over_scapula is None:
                over_scapula = over_scapular_bone(x, y, bones=bones)
            if over_scapula:
                found.append(OVER_SCAPULA)
            else:
                found.append(APEX if v <= frame.t1_v else THORAX)
    return tuple(sorted(found, key=lambda c: c.risk != "high"))


def point_cautions(
    point: TriggerPoint,
    *,
    landmarks: Landmarks | None = None,
    over_scapula: bool | None = None,
    bones: BoneOutlines | None = None,
) -> list[Caution]:
    """All needling cautions at a point's position (whether or not it is treated).

    The muscle recorded for the point plays no part (clinical-basis §4.1).
    """
    return list(
        position_cautions(
            point.x, point.y, landmarks=landmarks, bones=bones, over_scapula=over_scapula
        )
    )


def pneumothorax_caution(
    point: TriggerPoint,
    *,
    landmarks: Landmarks | None = None,
    over_scapula: bool | None = None,
    bones: BoneOutlines | None = None,
) -> Caution | None:
    """The lung caution at a point's position (apex, thorax or over scapula), or None."""
    found = point_cautions(point, landmarks=landmarks, over_scapula=over_scapula, bones=bones)
    return next((c for c in found if c.over_lung), None)


def suboccipital_caution(
    point: TriggerPoint, *, landmarks: Landmarks | None = None
) -> Caution | None:
    """The suboccipital caution at a point's position, or None (clinical-basis §4.2)."""
    found = position_cautions(point.x, point.y, landmarks=landmarks, bones={})
    return SUBOCCIPITAL if SUBOCCIPITAL in found else None


def point_cautions_on_diagram(point: TriggerPoint, diagram: Diagram) -> list[Caution]:
    """:func:`point_cautions` with the diagram's landmarks and bone outlines."""
    return point_cautions(point, landmarks=diagram.landmarks, bones=diagram_bones(diagram))
