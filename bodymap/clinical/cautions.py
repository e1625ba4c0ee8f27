"""Needling cautions from the position on the diagram: pneumothorax and the suboccipital zone."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal

from bodymap.anatomy import Diagram, load_diagram, point_in_polygon
from bodymap.clinical.common import (
    BoneOutlines,
    ClinicalWarning,
    Landmarks,
    Point,
    _ids,
    _numbers,
    _treated,
)
from bodymap.model import Session, TriggerPoint

# --------------------------------------------------------------------------- positions


@dataclass(frozen=True)
class BodyFrame:
    """The reference's normalised landmark frame (clinical.md 2) placed on the diagram.

    Origin at the C7 spinous process, unit = C7 to T12 distance, +u towards the patient's right,
    +v caudal.
    """

    origin: Point = (300.0, 230.0)
    unit_mm: float = 280.0

    @classmethod
    def from_landmarks(cls, landmarks: Landmarks | None) -> BodyFrame:
        """The frame of a diagram's landmarks (``c7``; ``t12`` for the scale if present)."""
        if not landmarks or "c7" not in landmarks:
            return cls()
        c7 = landmarks["c7"]
        t12 = landmarks.get("t12")
        unit = math.dist(c7, t12) if t12 is not None else cls.unit_mm
        return cls(origin=c7, unit_mm=unit if unit > 0 else cls.unit_mm)

    def to_frame(self, x: float, y: float) -> Point:
        """Diagram mm -> frame units (u, v)."""
        return ((x - self.origin[0]) / self.unit_mm, (y - self.origin[1]) / self.unit_mm)

    def to_mm(self, u: float, v: float) -> Point:
        """Frame units (u, v) -> diagram mm."""
        return (self.origin[0] + u * self.unit_mm, self.origin[1] + v * self.unit_mm)


_SCAPULAR_BONE_PREFIXES: Final = ("scapula_", "scapular_spine_")


def over_scapular_bone(x: float, y: float, *, bones: BoneOutlines | None = None) -> bool:
    """Whether (x, y) lies over the scapula (blade, spine or acromion) of either side.

    Uses the given bone outlines (ids starting ``scapula_`` or ``scapular_spine_``), by default
    the bundled diagram's, so the caution follows the scapula that is drawn.
    """
    if bones is None:
        bones = diagram_bones(load_diagram())
    outlines = [o for k, o in bones.items() if k.startswith(_SCAPULAR_BONE_PREFIXES)]
    return any(len(o) >= 3 and point_in_polygon(x, y, o) for o in outlines)


# --------------------------------------------------------------------------- needling cautions

# Region limits in frame units (clinical.md 2 and 5c; landmarks are ±0.05-0.1, so the limits
# lean towards cautioning).
_SPINOUS_HALF_WIDTH: Final = 0.02
"""Within this of the midline the needle is over a spinous process, not lateral to it."""
_THORAX_TOP_V: Final = -0.05
"""Lung apex reaches the C7 level (v = 0, clinical.md 2/5c), less a margin for landmark error."""
_APEX_TOP_V: Final = -0.10
"""Upper trapezius points from here down are "near the lung apex" (clinical.md 5c)."""
_THORAX_BOTTOM_V: Final = 1.05
"""Lower pleural reflection at about T12 (v = 1.0, clinical.md 2), plus a margin."""
_AXILLARY_FOLD: Final[Point] = (0.57, 0.45)
"""Posterior axillary fold (diagram landmark, about the lateral limit of the posterior chest)."""
_APEX_HALF_WIDTH: Final = 0.40
"""Lateral limit of the pleura at the C7 level: covers the upper trapezius TrP midway between
C7 and the acromion (0.32, clinical.md 1) but not the shoulder joint or acromion (0.65)."""
_NEVER_OVER_SCAPULA: Final = frozenset(
    # High-risk muscles of clinical.md 5c that lie on the ribs beside or under the scapula, never
    # on its outer surface: a point of theirs drawn over the scapula outline (landmarks are
    # ±0.05-0.1) keeps the thoracic caution. Serratus posterior superior is needled with the
    # scapula abducted, off the ribs it covers (clinical.md 1).
    {
        "rhomboid_minor",
        "rhomboid_major",
        "serratus_posterior_superior",
        "thoracic_paraspinals",
        "thoracic_multifidus",
    }
)
_SUBOCCIPITAL: Final = (0.15, -0.47, -0.28)
"""|u| limit and v range of the suboccipital region: occiput (EOP at v = -0.45) down to about
C2 (mastoid tip at v = -0.33, clinical.md 2)."""


def _thorax_half_width(v: float) -> float:
    """Lateral limit of the posterior chest at level v: widens from the apex to the axilla."""
    if v <= 0.0:
        return _APEX_HALF_WIDTH
    u_fold, v_fold = _AXILLARY_FOLD
    return min(u_fold, _APEX_HALF_WIDTH + (u_fold - _APEX_HALF_WIDTH) * v / v_fold)


_THORAX_TECHNIQUE: Final = (
    # Technique rules to display (clinical.md 5c).
    "Angle the needle tangentially, or onto a rib bracketed between two fingers.",
    "Avoid the intercostal spaces.",
    "Use a needle no longer than needed; consider ultrasound guidance.",
)
_APEX_TECHNIQUE: Final = (
    "Pincer-grasp the upper trapezius and aim the needle at your fingers.",
    "Never direct the needle perpendicular, down toward the lung apex.",
    "Use a needle no longer than needed; consider ultrasound guidance.",
)
_SCAPULA_TECHNIQUE: Final = (
    "The scapular fossae can be thin: direct the needle onto bone.",
    "Use a needle no longer than needed.",
)
_SUBOCCIPITAL_TECHNIQUE: Final = (
    "Do not advance the needle deep (vertebral artery, foramen magnum).",
    "Use a needle no longer than needed; consider ultrasound guidance.",
)


@dataclass(frozen=True)
class Caution:
    """A needling caution for one point: a marker on the map and a note on the record.

    ``risk`` is "high" (pneumothorax over the thorax or near the lung apex; suboccipital zone)
    or "lower" (over scapular bone). ``technique`` holds the rules to display.
    """

    code: str
    risk: Literal["high", "lower"]
    title: str
    technique: tuple[str, ...]


def pneumothorax_caution(
    point: TriggerPoint,
    *,
    landmarks: Landmarks | None = None,
    over_scapula: bool | None = None,
    bones: BoneOutlines | None = None,
) -> Caution | None:
    """Pneumothorax caution for a point, by position and muscle (clinical.md 5c).

    - Over the thorax (C7 level to T12, lateral to the spinous processes, medial to the
      posterior axillary fold, not over scapular bone): high risk, thoracic technique rules.
    - Upper trapezius near the lung apex (from a little above C7 level down): high risk,
      pincer-grasp rules.
    - Over scapular bone within that field: a "lower risk" caution rather than none, because
      pneumothorax has followed needling of supra- and infraspinatus and the fossae can be thin.
    - Otherwise (neck above the apex, midline, shoulder joint, arm): None.

    ``over_scapula`` overrides the bone test; else ``bones`` (default: the diagram's outlines)
    decide, except for muscles that never lie on the scapula
    (rhomboids, serratus posterior superior, paraspinals), which keep the thoracic caution.
    ``landmarks`` default to the standard diagram frame.
    """
    u, v = BodyFrame.from_landmarks(landmarks).to_frame(point.x, point.y)
    lateral = abs(u)
    if lateral <= _SPINOUS_HALF_WIDTH or v > _THORAX_BOTTOM_V:
        return None
    apex = point.muscle == "upper_trapezius" and v >= _APEX_TOP_V
    if not apex and v < _THORAX_TOP_V:
        return None
    if lateral > _thorax_half_width(v):
        return None
    if over_scapula is None:
        over_scapula = point.muscle not in _NEVER_OVER_SCAPULA and over_scapular_bone(
            point.x, point.y, bones=bones
        )
    if over_scapula:
        return Caution(
            "pneumothorax.over_scapula",
            "lower",
            "Over scapular bone: lower pneumothorax risk",
            _SCAPULA_TECHNIQUE,
        )
    if apex:
        return Caution(
            "pneumothorax.apex",
            "high",
            "Upper trapezius near the lung apex: pneumothorax risk",
            _APEX_TECHNIQUE,
        )
    return Caution(
        "pneumothorax.thorax", "high", "Over the thorax: pneumothorax risk", _THORAX_TECHNIQUE
    )


def suboccipital_caution(
    point: TriggerPoint, *, landmarks: Landmarks | None = None
) -> Caution | None:
    """Caution for the suboccipital region, a high-risk needling zone (clinical.md 1)."""
    u, v = BodyFrame.from_landmarks(landmarks).to_frame(point.x, point.y)
    half_width, top, bottom = _SUBOCCIPITAL
    if point.muscle == "suboccipitals" or (abs(u) <= half_width and top <= v <= bottom):
        return Caution(
            "needling.suboccipital",
            "high",
            "Suboccipital region: high-risk needling zone (vertebral artery)",
            _SUBOCCIPITAL_TECHNIQUE,
        )
    return None


def point_cautions(
    point: TriggerPoint,
    *,
    landmarks: Landmarks | None = None,
    over_scapula: bool | None = None,
    bones: BoneOutlines | None = None,
) -> list[Caution]:
    """All needling cautions for a point (whether or not it is treated), high risk first."""
    found = [
        c
        for c in (
            suboccipital_caution(point, landmarks=landmarks),
            pneumothorax_caution(
                point, landmarks=landmarks, over_scapula=over_scapula, bones=bones
            ),
        )
        if c is not None
    ]
    return sorted(found, key=lambda c: c.risk != "high")


def diagram_bones(diagram: Diagram) -> dict[str, tuple[Point, ...]]:
    """The diagram's bone outlines by id, for ``bones=`` arguments."""
    return {bone.id: tuple(bone.outline) for bone in diagram.bones}


def point_cautions_on_diagram(point: TriggerPoint, diagram: Diagram) -> list[Caution]:
    """:func:`point_cautions` with the diagram's landmarks and scapula outlines."""
    return point_cautions(point, landmarks=diagram.landmarks, bones=diagram_bones(diagram))


def _caution_warnings(
    session: Session, landmarks: Landmarks | None, bones: BoneOutlines | None
) -> list[ClinicalWarning]:
    by_code: dict[str, tuple[Caution, list[TriggerPoint]]] = {}
    for p in sorted(session.points, key=lambda q: q.number):
        if not _treated(p):
            continue
        for c in point_cautions(p, landmarks=landmarks, bones=bones):
            by_code.setdefault(c.code, (c, []))[1].append(p)
    order = (
        "needling.suboccipital",
        "pneumothorax.apex",
        "pneumothorax.thorax",
        "pneumothorax.over_scapula",
    )
    found: list[ClinicalWarning] = []
    for code in order:
        if code not in by_code:
            continue
        caution, points = by_code[code]
        found.append(
            ClinicalWarning(
                code,
                "caution" if caution.risk == "high" else "info",
                f"{caution.title} ({_numbers(points)}). {' '.join(caution.technique)}",
                _ids(points),
            )
        )
    return found


def _laterality_warnings(session: Session, landmarks: Landmarks | None) -> list[ClinicalWarning]:
    """Points whose recorded side disagrees with their half of the diagram (clinical.md 0)."""
    frame = BodyFrame.from_landmarks(landmarks)
    wrong = []
    for p in session.points:
        u, _ = frame.to_frame(p.x, p.y)
        if (p.side == "right" and u < -_SPINOUS_HALF_WIDTH) or (
            p.side == "left" and u > _SPINOUS_HALF_WIDTH
        ):
            wrong.append(p)
    if not wrong:
        return []
    return [
        ClinicalWarning(
            "laterality.mismatch",
            "warning",
            f"The recorded side of {_numbers(wrong)} is the opposite of where the point lies on "
            "the map (posterior view: the patient's right is on the viewer's right). "
            "Check the side.",
            _ids(wrong),
        )
    ]
