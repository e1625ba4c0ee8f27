"""Needling cautions by position: the zones, drawn from the diagram's landmarks and bones.

A caution depends only on where the needle goes, never on the muscle chosen (clinical-basis §4).
Zones are in the reference frame of the landmarks (origin C7 spinous process, unit C7 to T12,
+u towards the patient's right, +v caudal), so they follow the drawing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bodymap.anatomy import Diagram, load_diagram, point_in_polygon
from bodymap.clinical.common import BoneOutlines, Landmarks, Point
from bodymap.clinical.zones import (
    APEX,
    CERVICAL,
    OVER_SCAPULA,
    SUBOCCIPITAL,
    THORACIC_PARASPINAL,
    THORACIC_SPINE,
    THORAX,
    Caution,
)

# --------------------------------------------------------------------------- frame


@dataclass(frozen=True)
class BodyFrame:
    """The landmark frame placed on the diagram (clinical-basis §2).

    Origin at the C7 spinous process, unit = C7 to T12 distance, +u towards the patient's right,
    +v caudal. ``eop_v``, ``mastoid_v``, ``mastoid_u``, ``t1_v`` and ``acromion_u`` (the
    posterior acromial angles) are read from the landmarks when present (the defaults are the
    reference frame's values).
    """

    origin: Point = (300.0, 230.0)
    unit_mm: float = 280.0
    eop_v: float = -0.45
    mastoid_v: float = -0.33
    mastoid_u: float = 0.17
    t1_v: float = 1.0 / 12.0
    acromion_u: float = 0.65

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
        acromia = [landmarks[k] for k in ("acromion_left", "acromion_right") if k in landmarks]
        if acromia:
            changes["acromion_u"] = sum(abs(frame.to_frame(*a)[0]) for a in acromia) / len(acromia)
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


SCAPULA_INSET: Final = 0.08
"""A point counts as over scapular bone only this far (frame units, about 22 mm) inside the
drawn scapula: surface landmarks are uncertain by 0.05-0.1 units (clinical-basis §4.5)."""
_INSET_DIRECTIONS: Final = 16


def over_scapular_bone(
    x: float, y: float, *, bones: BoneOutlines | None = None, inset_mm: float = 0.0
) -> bool:
    """Whether (x, y) lies over the scapula (blade, spine or acromion) of either side.

    Uses the given bone outlines (ids starting ``scapula_`` or ``scapular_spine_``), by default
    the bundled diagram's, so the caution follows the scapula that is drawn. With ``inset_mm``
    the whole circle of that radius around the point must lie over the bone (clinical-basis
    §4.5: a margin for the uncertainty of landmarks).
    """
    if bones is None:
        bones = diagram_bones(load_diagram())
    outlines = [o for k, o in bones.items() if k.startswith(_SCAPULAR_BONE_PREFIXES)]
    if not _inside_any(x, y, outlines):
        return False
    if inset_mm <= 0.0:
        return True
    return all(
        _inside_any(
            x + inset_mm * math.cos(2 * math.pi * k / _INSET_DIRECTIONS),
            y + inset_mm * math.sin(2 * math.pi * k / _INSET_DIRECTIONS),
            outlines,
        )
        for k in range(_INSET_DIRECTIONS)
    )


# --------------------------------------------------------------------------- zones

# Zone limits in frame units (clinical-basis §4.1). Landmarks are uncertain by 0.05-0.1 units,
# so the limits lean towards cautioning.
SPINOUS_HALF_WIDTH: Final = 0.02
"""Within this of the midline a position is over the line of the spinous processes (§4.8)."""
APEX_TOP_V: Final = -0.10
"""The apex zone starts this far above C7: the angle of the neck (clinical-basis §4.3)."""
THORAX_BOTTOM_V: Final = 1.08
"""The bottom of the drawn trunk: the lower pleural reflection at about T12 (v = 1.0) and how
far the lung reaches below it in some adults (clinical-basis §4.4)."""
APEX_HALF_WIDTH: Final = 0.40
"""Lateral limit of the thorax zone at the C7 level, widening below to the axilla (§4.4)."""
AXILLARY_FOLD: Final[Point] = (0.57, 0.45)
"""Posterior axillary fold, about the lateral limit of the posterior chest (§4.4)."""
NECK_HALF_WIDTH_MARGIN: Final = 0.03
"""The neck zones reach this much lateral of the mastoid tips (§4.2)."""
SUBOCCIPITAL_MARGIN: Final = 0.02
"""The suboccipital zone starts this far above the external occipital protuberance (§4.2)."""
C2_BELOW_MASTOID: Final = 0.05
"""C2 is taken this far below the mastoid tip, where the suboccipital zone ends (§4.2)."""
C7_T1_MARGIN: Final = 0.02
"""The cervical zone reaches this far below C7, to include the C7-T1 interspace (§4.2)."""
PARASPINAL_HALF_WIDTH: Final = 0.10
"""The thoracic paraspinal strip reaches this far from the midline (§4.8)."""
DEEP_ON_RIBS: Final = frozenset({"serratus_posterior_superior", "rhomboid_major", "rhomboid_minor"})
"""Muscles on the ribs: a point over them is never downgraded to over-scapula (§4.5)."""


def thorax_half_width(v: float) -> float:
    """Lateral limit of the posterior chest at level v: widens from the apex to the axilla."""
    if v <= 0.0:
        return APEX_HALF_WIDTH
    u_fold, v_fold = AXILLARY_FOLD
    return min(u_fold, APEX_HALF_WIDTH + (u_fold - APEX_HALF_WIDTH) * v / v_fold)


def _spinous_outlines(bones: BoneOutlines) -> list[Sequence[Point]]:
    return [o for k, o in bones.items() if k.startswith(_SPINOUS_PREFIX)]


def _neck(frame: BodyFrame, u: float, v: float) -> Caution | None:
    if abs(u) > frame.mastoid_u + NECK_HALF_WIDTH_MARGIN:
        return None
    c2_v = frame.mastoid_v + C2_BELOW_MASTOID
    if frame.eop_v - SUBOCCIPITAL_MARGIN <= v <= c2_v:
        return SUBOCCIPITAL
    if c2_v < v <= C7_T1_MARGIN:
        return CERVICAL
    return None


def _thoracic_spine(
    x: float, y: float, u: float, v: float, bones: BoneOutlines
) -> tuple[Caution | None, bool]:
    """The spinal caution in the thoracic midline or paraspinal strip, and whether the
    position is over a spinous process (bone first: no lung caution there)."""
    if not C7_T1_MARGIN < v <= THORAX_BOTTOM_V:
        return None, abs(u) <= SPINOUS_HALF_WIDTH
    spinous = _spinous_outlines(bones)
    if _inside_any(x, y, spinous):
        return None, True
    if abs(u) <= SPINOUS_HALF_WIDTH:
        # Between drawn spinous processes, or no outlines drawn: the interspinous gap.
        return THORACIC_SPINE, True
    if abs(u) <= PARASPINAL_HALF_WIDTH:
        return THORACIC_PARASPINAL, False
    return None, False


def _lung(
    frame: BodyFrame,
    x: float,
    y: float,
    v: float,
    lateral: float,
    bones: BoneOutlines,
    over_scapula: bool | None,
) -> Caution | None:
    if v <= frame.t1_v:
        if not v >= APEX_TOP_V or lateral > frame.acromion_u:
            return None
    elif v > THORAX_BOTTOM_V or lateral > thorax_half_width(v):
        return None
    if over_scapula is None:
        over_scapula = over_scapular_bone(x, y, bones=bones, inset_mm=SCAPULA_INSET * frame.unit_mm)
    if over_scapula:
        return OVER_SCAPULA
    return APEX if v <= frame.t1_v else THORAX


def position_cautions(
    x: float,
    y: float,
    *,
    landmarks: Landmarks | None = None,
    bones: BoneOutlines | None = None,
    over_scapula: bool | None = None,
    muscles: Sequence[str] = (),
) -> tuple[Caution, ...]:
    """The needling cautions at a position, high risk first (clinical-basis §4.1).

    Args:
        x, y: the position in diagram mm.
        landmarks: the diagram's landmarks (default: the reference frame).
        bones: the diagram's bone outlines (default: the bundled diagram's); scapular outlines
            turn a lung caution into the lower-risk one when the point lies well inside them,
            spinous processes tell bone from the gaps between them.
        over_scapula: overrides the scapular bone test (for tests and other drawings).
        muscles: the muscles drawn under the position; serratus posterior superior and the
            rhomboids lie on the ribs, so over them the lung caution is never lowered (§4.5).
    """
    frame = BodyFrame.from_landmarks(landmarks)
    u, v = frame.to_frame(x, y)
    if bones is None:
        bones = diagram_bones(load_diagram())
    if DEEP_ON_RIBS.intersection(muscles):
        over_scapula = False
    found: list[Caution] = []
    neck = _neck(frame, u, v)
    if neck is not None:
        found.append(neck)
    spine, over_spinous_line = _thoracic_spine(x, y, u, v, bones)
    if spine is not None:
        found.append(spine)
    if not over_spinous_line:
        lung = _lung(frame, x, y, v, abs(u), bones, over_scapula)
        if lung is not None:
            found.append(lung)
    return tuple(sorted(found, key=lambda c: c.risk != "high"))
