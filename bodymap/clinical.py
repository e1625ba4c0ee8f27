"""Clinical logic over a session: doses, allergy, needling cautions, codes, times, aftercare.

Pure functions over :mod:`bodymap.model`; no Qt. Every number that comes from the clinical
reference (../shared/reference/clinical.md) cites its section. Nothing here changes a session:
codes and diagnoses are suggestions to show, and warnings are a list for the screen and the
printed record.

Positions are diagram millimetres (C7 spinous process at (300, 230), 280 mm from C7 to T12,
x towards the PATIENT'S RIGHT, y towards the feet). Functions that need positions take the
diagram's landmarks (and optionally its bone outlines) as plain mappings; the ``*_on_diagram``
wrappers read them from a :class:`bodymap.anatomy.Diagram`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from bodymap.anatomy import Diagram, load_diagram, point_in_polygon
from bodymap.model import (
    Agent,
    DryNeedling,
    ExaminedOnly,
    Injection,
    Patient,
    Procedure,
    Session,
    TriggerPoint,
)

Point = tuple[float, float]
Landmarks = Mapping[str, Point]
"""Landmark id -> position in diagram mm; ``"c7"`` (and ``"t12"`` for the scale) are used."""
BoneOutlines = Mapping[str, Sequence[Point]]
"""Bone id -> closed polygon in diagram mm (``scapula_left``, ``scapular_spine_right``, ...)."""
Severity = Literal["warning", "caution", "info"]
TreatmentKind = Literal["injection", "dry_needling"]

# --------------------------------------------------------------------------- shared values


def _fmt(value: float) -> str:
    """A number for messages: at most one decimal, no trailing zero."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _percent(value: float) -> str:
    return f"{value:g}%"


@dataclass(frozen=True)
class ClinicalWarning:
    """One entry of the warnings list shown on screen and on the printed record.

    ``code`` is a stable id (for tests, filtering and icons); ``severity`` orders the list
    (``warning`` first); ``message`` is plain English; ``point_ids`` names the points concerned.
    """

    code: str
    severity: Severity
    message: str
    point_ids: tuple[str, ...] = ()


_SEVERITY_RANK: Final[Mapping[Severity, int]] = {"warning": 0, "caution": 1, "info": 2}


def _treated(point: TriggerPoint) -> bool:
    return not isinstance(point.treatment, ExaminedOnly)


def _numbers(points: Sequence[TriggerPoint]) -> str:
    nums = sorted(p.number for p in points)
    label = "point" if len(nums) == 1 else "points"
    return f"{label} {', '.join(str(n) for n in nums)}"


def _ids(points: Sequence[TriggerPoint]) -> tuple[str, ...]:
    return tuple(p.id for p in sorted(points, key=lambda p: p.number))


# --------------------------------------------------------------------------- agents


@dataclass(frozen=True)
class AgentPreset:
    """One choice of the injection agent list: what the UI shows and what it stores."""

    label: str
    agent: Agent
    concentration_percent: float | None
    """None for "other": the user types the name and, if known, the concentration."""


AGENT_PRESETS: Final[tuple[AgentPreset, ...]] = (
    # TPI concentrations in use (clinical.md 5a): lidocaine 0.5-1 %, bupivacaine 0.25 %,
    # ropivacaine 0.2-0.5 %; saline was non-inferior to lidocaine + steroid (5b).
    AgentPreset("Lidocaine 1%", "lidocaine", 1.0),
    AgentPreset("Lidocaine 2%", "lidocaine", 2.0),
    AgentPreset("Bupivacaine 0.25%", "bupivacaine", 0.25),
    AgentPreset("Bupivacaine 0.5%", "bupivacaine", 0.5),
    AgentPreset("Ropivacaine 0.2%", "ropivacaine", 0.2),
    AgentPreset("Ropivacaine 0.5%", "ropivacaine", 0.5),
    AgentPreset("Normal saline 0.9%", "saline", 0.9),
    AgentPreset("Other (name)", "other", None),
)
"""The agent choices, in the order the UI offers them."""

_AGENT_NAMES: Final[Mapping[Agent, str]] = {
    "lidocaine": "Lidocaine",
    "bupivacaine": "Bupivacaine",
    "ropivacaine": "Ropivacaine",
    "saline": "Normal saline",
    "other": "Other",
}
_LOCAL_ANAESTHETICS: Final = frozenset({"lidocaine", "bupivacaine", "ropivacaine"})


def is_local_anaesthetic(agent: Agent) -> bool:
    """Whether the agent is a local anaesthetic with a weight-based maximum (not saline/other)."""
    return agent in _LOCAL_ANAESTHETICS


def preset_for(injection: Injection) -> AgentPreset | None:
    """The preset row matching an injection's agent and concentration, or None (custom)."""
    for preset in AGENT_PRESETS:
        if preset.agent != injection.agent:
            continue
        if preset.agent == "other":
            return preset
        if injection.concentration_percent is not None and math.isclose(
            preset.concentration_percent or 0.0, injection.concentration_percent
        ):
            return preset
    return None


def agent_name(injection: Injection) -> str:
    """The drug's name: "Lidocaine", "Normal saline", or the typed name of an "other" agent."""
    if injection.agent == "other":
        return injection.agent_other.strip()
    return _AGENT_NAMES[injection.agent]


def agent_label(injection: Injection) -> str:
    """Drug and concentration as written on the record, e.g. "Lidocaine 1%"."""
    name = agent_name(injection)
    if injection.concentration_percent is None:
        return name
    return f"{name} {_percent(injection.concentration_percent)}"


# --------------------------------------------------------------------------- doses


@dataclass(frozen=True)
class _Maximum:
    mg_per_kg: float
    cap_mg: float
    text: str


# Plain solutions, without epinephrine (clinical.md 5a; epinephrine is commonly avoided for TPI).
_MAXIMA: Final[Mapping[Agent, _Maximum]] = {
    "lidocaine": _Maximum(4.5, 300.0, "4.5 mg/kg, at most 300 mg"),  # 5a
    "bupivacaine": _Maximum(2.5, 175.0, "2.5 mg/kg, at most 175 mg"),  # 5a
    "ropivacaine": _Maximum(3.0, 200.0, "3 mg/kg, at most 200 mg"),  # 5a (ceiling unverified)
}


def mg_per_ml(concentration_percent: float) -> float:
    """Milligrams per millilitre of a solution: x % = 10·x mg/mL (clinical.md 5a)."""
    return 10.0 * concentration_percent


def mg(injection: Injection) -> float | None:
    """Drug dose of one injection in mg (% * 10 * mL, clinical.md 5a).

    None for saline and "other" agents (no weight-based maximum is known) and when the
    concentration is not recorded.
    """
    if not is_local_anaesthetic(injection.agent) or injection.concentration_percent is None:
        return None
    return mg_per_ml(injection.concentration_percent) * injection.volume_ml


def max_dose_mg(agent: Agent, weight_kg: float | None) -> float | None:
    """Maximum dose in mg for a plain local anaesthetic: mg/kg * kg, capped (clinical.md 5a).

    None for saline and "other" agents, and when the weight is unknown.
    """
    maximum = _MAXIMA.get(agent)
    if maximum is None or weight_kg is None:
        return None
    return min(maximum.mg_per_kg * weight_kg, maximum.cap_mg)


def max_volume_ml(
    agent: Agent, concentration_percent: float, weight_kg: float | None
) -> float | None:
    """Maximum volume in mL: maximum mg / (10 * %) (clinical.md 5a); None when no maximum."""
    limit = max_dose_mg(agent, weight_kg)
    return None if limit is None else limit / mg_per_ml(concentration_percent)


@dataclass(frozen=True)
class PresetVolume:
    """Volume given of one agent at one concentration (one row per preset in the totals)."""

    label: str
    agent: Agent
    concentration_percent: float | None
    total_ml: float
    total_mg: float | None
    point_ids: tuple[str, ...]


@dataclass(frozen=True)
class AgentTotal:
    """Cumulative dose of one drug over the session (clinical.md 3a: total mg and % of maximum).

    The maximum is per drug, so concentrations of one drug add up here; ``rows`` keeps the
    volume per concentration. ``total_mg`` is None for saline and "other" agents; ``max_mg``
    and ``fraction_of_max`` are None as well when the patient's weight is missing.
    ``mg_incomplete`` is True when some volume of a local anaesthetic lacks a concentration
    (its mg are then missing from ``total_mg``).
    """

    agent: Agent
    name: str
    total_ml: float
    total_mg: float | None
    max_mg: float | None
    fraction_of_max: float | None
    rows: tuple[PresetVolume, ...]
    point_ids: tuple[str, ...]
    mg_incomplete: bool = False

    @property
    def exceeds_max(self) -> bool:
        """Whether the total is above the maximum for the patient's weight."""
        return self.fraction_of_max is not None and self.fraction_of_max > 1.0 + 1e-9


def _agent_order(agent: Agent) -> int:
    return [p.agent for p in AGENT_PRESETS].index(agent)


def agent_totals(session: Session) -> list[AgentTotal]:
    """Totals per drug (mL, mg, maximum, fraction of maximum), in the order of AGENT_PRESETS.

    "Other" agents are grouped by their typed name (case-insensitive).
    """
    Given = tuple[TriggerPoint, Injection]
    groups: dict[tuple[Agent, str], list[Given]] = {}
    for p in sorted(session.points, key=lambda q: q.number):
        if isinstance(p.treatment, Injection):
            inj = p.treatment
            name_key = inj.agent_other.strip().casefold() if inj.agent == "other" else ""
            groups.setdefault((inj.agent, name_key), []).append((p, inj))
    weight = session.patient.weight_kg
    totals: list[AgentTotal] = []
    for (agent, _), given in sorted(
        groups.items(), key=lambda kv: (_agent_order(kv[0][0]), kv[0][1])
    ):
        by_conc: dict[float | None, list[Given]] = {}
        for p, inj in given:
            by_conc.setdefault(inj.concentration_percent, []).append((p, inj))
        rows: list[PresetVolume] = []
        for conc, row in sorted(by_conc.items(), key=lambda kv: (kv[0] is None, kv[0] or 0.0)):
            doses = [mg(inj) for _, inj in row]
            rows.append(
                PresetVolume(
                    label=agent_label(row[0][1]),
                    agent=agent,
                    concentration_percent=conc,
                    total_ml=sum(inj.volume_ml for _, inj in row),
                    total_mg=None if None in doses else sum(d for d in doses if d is not None),
                    point_ids=_ids([p for p, _ in row]),
                )
            )
        local = is_local_anaesthetic(agent)
        known = [d for d in (mg(inj) for _, inj in given) if d is not None]
        total_mg = sum(known) if local else None
        max_mg = max_dose_mg(agent, weight)
        fraction = total_mg / max_mg if total_mg is not None and max_mg else None
        totals.append(
            AgentTotal(
                agent=agent,
                name=agent_name(given[0][1]),
                total_ml=sum(inj.volume_ml for _, inj in given),
                total_mg=total_mg,
                max_mg=max_mg,
                fraction_of_max=fraction,
                rows=tuple(rows),
                point_ids=_ids([p for p, _ in given]),
                mg_incomplete=local and len(known) < len(given),
            )
        )
    return totals


def dose_warnings(session: Session) -> list[ClinicalWarning]:
    """Warnings on the local anaesthetic dose: over a maximum, weight missing, combined excess.

    Combined excess: drugs are treated as additive fractions of their own maxima, a common but
    unverified convention (clinical.md 5a), so it is worded as such.
    """
    totals = agent_totals(session)
    weight = session.patient.weight_kg
    found: list[ClinicalWarning] = []
    local = [t for t in totals if is_local_anaesthetic(t.agent)]
    if local and weight is None:
        names = ", ".join(t.name.lower() for t in local)
        found.append(
            ClinicalWarning(
                "dose.weight_missing",
                "warning",
                f"Patient weight is not recorded, so the maximum safe dose of local anaesthetic "
                f"({names}) cannot be checked. Enter the weight in kilograms.",
                tuple(i for t in local for i in t.point_ids),
            )
        )
    for t in local:
        if t.exceeds_max and t.total_mg is not None and t.max_mg is not None and weight:
            found.append(
                ClinicalWarning(
                    f"dose.over_max.{t.agent}",
                    "warning",
                    f"{t.name} total {_fmt(t.total_mg)} mg ({_fmt(t.total_ml)} mL) exceeds the "
                    f"maximum of {_fmt(t.max_mg)} mg for {_fmt(weight)} kg "
                    f"({_MAXIMA[t.agent].text}, without epinephrine).",
                    t.point_ids,
                )
            )
        if t.mg_incomplete:
            found.append(
                ClinicalWarning(
                    f"dose.concentration_missing.{t.agent}",
                    "caution",
                    f"{t.name}: the concentration is not recorded for some injections, so their "
                    "dose in mg is not counted in the total. Record the concentration.",
                    tuple(
                        i for r in t.rows if r.concentration_percent is None for i in r.point_ids
                    ),
                )
            )
    fractions = [t for t in local if t.fraction_of_max is not None]
    combined = sum(t.fraction_of_max or 0.0 for t in fractions)
    if len(fractions) > 1 and combined > 1.0 + 1e-9:
        parts = ", ".join(
            f"{t.name.lower()} {(t.fraction_of_max or 0.0) * 100:.0f}%" for t in fractions
        )
        found.append(
            ClinicalWarning(
                "dose.combined_over_max",
                "warning",
                f"Local anaesthetics together reach {combined * 100:.0f}% of the maximum dose "
                f"({parts}) when each drug is counted as a fraction of its own maximum "
                "(a common convention, not an established rule).",
                tuple(i for t in fractions for i in t.point_ids),
            )
        )
    return found


# --------------------------------------------------------------------------- allergy


def check_treatment_allowed(
    patient: Patient, treatment: ExaminedOnly | Injection | DryNeedling
) -> str | None:
    """A refusal message when the treatment must not be given to this patient, else None.

    A patient allergic to local anaesthetics gets no injection of one; dry needling or saline
    are the alternatives (clinical.md 5d).
    """
    if (
        patient.allergy_local_anaesthetic
        and isinstance(treatment, Injection)
        and is_local_anaesthetic(treatment.agent)
    ):
        return (
            f"Patient is allergic to local anaesthetics: injection with "
            f"{agent_name(treatment).lower()} is refused. Consider dry needling or normal saline."
        )
    return None


def allergy_conflicts(session: Session) -> list[str]:
    """Ids of points injected with a local anaesthetic although the patient is allergic."""
    return [
        p.id
        for p in sorted(session.points, key=lambda q: q.number)
        if check_treatment_allowed(session.patient, p.treatment) is not None
    ]


def _allergy_warnings(session: Session) -> list[ClinicalWarning]:
    found: list[ClinicalWarning] = []
    conflicts = [session.point(i) for i in allergy_conflicts(session)]
    if conflicts:
        found.append(
            ClinicalWarning(
                "allergy.local_anaesthetic",
                "warning",
                f"Patient is allergic to local anaesthetics, but {_numbers(conflicts)} "
                "record an injection with one. Change to dry needling or normal saline.",
                _ids(conflicts),
            )
        )
    if session.patient.allergy_local_anaesthetic:
        other = [
            p
            for p in session.points
            if isinstance(p.treatment, Injection) and p.treatment.agent == "other"
        ]
        if other:
            found.append(
                ClinicalWarning(
                    "allergy.other_agent",
                    "caution",
                    f"Patient is allergic to local anaesthetics: check that the agent injected at "
                    f"{_numbers(other)} is not one.",
                    _ids(other),
                )
            )
    return found


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


# --------------------------------------------------------------------------- procedure codes

_BILLING_MUSCLE: Final[Mapping[str, str]] = {
    # One SNOMED concept for the whole trapezius, no part concepts (clinical.md 1), and billing
    # counts muscles (4): upper, middle and lower trapezius of one side are ONE muscle.
    "upper_trapezius": "trapezius",
    "middle_trapezius": "trapezius",
    "lower_trapezius": "trapezius",
}
_BILLING_NAMES: Final[Mapping[str, str]] = {
    "trapezius": "trapezius",
    "levator_scapulae": "levator scapulae",
    "rhomboid_minor": "rhomboid minor",
    "rhomboid_major": "rhomboid major",
    "serratus_posterior_superior": "serratus posterior superior",
    "supraspinatus": "supraspinatus",
    "infraspinatus": "infraspinatus",
    "teres_minor": "teres minor",
    "teres_major": "teres major",
    "latissimus_dorsi": "latissimus dorsi",
    "posterior_deltoid": "deltoid",
    "splenius_capitis": "splenius capitis",
    "splenius_cervicis": "splenius cervicis",
    "semispinalis_capitis": "semispinalis capitis",
    "suboccipitals": "suboccipital group",
    "thoracic_paraspinals": "thoracic paraspinals (erector spinae)",
    "thoracic_multifidus": "thoracic multifidi",
}
_UNNAMED_MUSCLE: Final = "multifocal"
"""Points of an unspecified muscle are not counted: payers want each muscle named (3b)."""

# CPT codes (clinical.md 4), counted by muscles, not points; reported once per session.
_CPT: Final[Mapping[TreatmentKind, tuple[tuple[str, str], tuple[str, str]]]] = {
    "injection": (
        ("20552", "Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)"),
        ("20553", "Injection(s); single or multiple trigger point(s), 3 or more muscles"),
    ),
    "dry_needling": (
        ("20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"),
        ("20561", "Needle insertion(s) without injection(s); 3 or more muscles"),
    ),
}


@dataclass(frozen=True)
class CountedMuscle:
    """One muscle counted for billing: billing muscle id, patient's side, label."""

    muscle: str
    side: str
    label: str


@dataclass(frozen=True)
class CodeSuggestion:
    """A suggested CPT code for the session, with the muscles that make up the count."""

    code: str
    descriptor: str
    treatment: TreatmentKind
    muscle_count: int
    muscles: tuple[CountedMuscle, ...]
    point_ids: tuple[str, ...]


def billing_muscle(point: TriggerPoint) -> CountedMuscle | None:
    """The muscle a point counts as for billing; None for an unspecified ("multifocal") muscle."""
    if point.muscle == _UNNAMED_MUSCLE:
        return None
    muscle = _BILLING_MUSCLE.get(point.muscle, point.muscle)
    name = _BILLING_NAMES[muscle]
    label = name if point.side == "midline" else f"{point.side} {name}"
    return CountedMuscle(muscle, point.side, label)


def suggest_procedure_codes(session: Session) -> list[CodeSuggestion]:
    """CPT suggestions from the number of DISTINCT MUSCLES treated (clinical.md 4).

    A muscle is muscle + side: left and right trapezius are two; the three parts of one side's
    trapezius are one. Injections give 20552 (1-2 muscles) or 20553 (3+); dry needling 20560 or
    20561; a session with both gets one code of each. Untreated points do not count. A
    suggestion only: never written into the session.
    """
    kinds: dict[TreatmentKind, type[Injection | DryNeedling]] = {
        "injection": Injection,
        "dry_needling": DryNeedling,
    }
    found: list[CodeSuggestion] = []
    for kind, cls in kinds.items():
        points = [
            p
            for p in sorted(session.points, key=lambda q: q.number)
            if isinstance(p.treatment, cls)
        ]
        muscles: dict[tuple[str, str], CountedMuscle] = {}
        for p in points:
            counted = billing_muscle(p)
            if counted is not None:
                muscles.setdefault((counted.muscle, counted.side), counted)
        if not muscles:
            continue
        (small, small_text), (large, large_text) = _CPT[kind]
        code, text = (small, small_text) if len(muscles) <= 2 else (large, large_text)
        found.append(
            CodeSuggestion(code, text, kind, len(muscles), tuple(muscles.values()), _ids(points))
        )
    return found


def _billing_warnings(session: Session) -> list[ClinicalWarning]:
    unnamed = [p for p in session.points if _treated(p) and p.muscle == _UNNAMED_MUSCLE]
    if not unnamed:
        return []
    return [
        ClinicalWarning(
            "billing.muscle_unnamed",
            "caution",
            f"{_numbers(unnamed).capitalize()} treated without a named muscle: they are not "
            "counted for the procedure code. Name each muscle.",
            _ids(unnamed),
        )
    ]


# --------------------------------------------------------------------------- diagnoses

ICD10_CHOICES: Final[tuple[tuple[str, str], ...]] = (
    # ICD-10-CM billable codes (clinical.md 4); M79.1 itself is not billable and is left out.
    ("M79.10", "Myalgia, unspecified site"),
    ("M79.11", "Myalgia of mastication muscle"),
    ("M79.12", "Myalgia of auxiliary muscles, head and neck"),
    ("M79.18", "Myalgia, other site"),
    ("M79.7", "Fibromyalgia"),
    ("M62.830", "Muscle spasm of back"),
    ("M62.838", "Other muscle spasm"),
    ("M54.2", "Cervicalgia"),
    ("M54.6", "Pain in thoracic spine"),
    ("G44.209", "Tension-type headache, unspecified, not intractable"),
    ("M25.511", "Pain in right shoulder"),
    ("M25.512", "Pain in left shoulder"),
    ("M25.519", "Pain in unspecified shoulder"),
)
"""The diagnosis picker's (code, title) choices."""

_ICD10_TITLES: Final = dict(ICD10_CHOICES)
_NOT_BILLABLE: Final = frozenset({"M79.1"})  # clinical.md 4
_NECK_MUSCLES: Final = frozenset(
    {"splenius_capitis", "splenius_cervicis", "semispinalis_capitis", "suboccipitals"}
)
_SHOULDER_MUSCLES: Final = frozenset(
    # Muscles whose trigger points refer to the shoulder (clinical.md 1).
    {"posterior_deltoid", "infraspinatus", "supraspinatus", "teres_minor"}
)


@dataclass(frozen=True)
class DiagnosisSuggestion:
    """A suggested ICD-10-CM code with its title and why it is suggested."""

    code: str
    title: str
    reason: str


def suggest_diagnoses(session: Session) -> list[DiagnosisSuggestion]:
    """ICD-10-CM suggestions from the marked points and patient flags; codes already chosen in
    the encounter are left out. Suggestions only, never applied.

    M79.18 for trunk or shoulder-girdle myofascial pain, M79.12 for neck muscles, M79.7 when
    fibromyalgia is flagged, M25.511 / M25.512 for shoulder muscles on the right / left (both
    when both sides; there is no bilateral code) (clinical.md 4).
    """
    muscles = {p.muscle for p in session.points}
    wanted: list[tuple[str, str]] = []
    if muscles - _NECK_MUSCLES:
        wanted.append(("M79.18", "myofascial pain of the trunk or shoulder girdle"))
    if muscles & _NECK_MUSCLES:
        wanted.append(("M79.12", "trigger points in neck muscles"))
    if session.patient.fibromyalgia:
        wanted.append(("M79.7", "fibromyalgia is recorded for the patient"))
    for side, code in (("right", "M25.511"), ("left", "M25.512")):
        if any(p.muscle in _SHOULDER_MUSCLES and p.side == side for p in session.points):
            wanted.append((code, f"trigger points in {side} shoulder muscles"))
    chosen = set(session.encounter.diagnoses)
    return [
        DiagnosisSuggestion(code, _ICD10_TITLES[code], reason)
        for code, reason in wanted
        if code not in chosen
    ]


def _diagnosis_warnings(session: Session) -> list[ClinicalWarning]:
    found: list[ClinicalWarning] = []
    bad = [code for code in session.encounter.diagnoses if code in _NOT_BILLABLE]
    if bad:
        found.append(
            ClinicalWarning(
                "diagnosis.not_billable",
                "caution",
                f"Diagnosis {', '.join(bad)} is a category code, not billable in ICD-10-CM. "
                "Choose a specific code such as M79.18 (Myalgia, other site).",
            )
        )
    if not session.encounter.diagnoses and any(_treated(p) for p in session.points):
        found.append(
            ClinicalWarning(
                "diagnosis.missing", "info", "No diagnosis is recorded for the procedure."
            )
        )
    return found


# --------------------------------------------------------------------------- time

LONG_PROCEDURE_MINUTES: Final = 60
"""A procedure longer than this gets a warning (start and end times to be checked)."""


def elapsed_minutes(procedure: Procedure) -> int | None:
    """Whole minutes from start to end; None when a time is missing or the end is before the
    start (reported by :func:`session_warnings`, not assumed to cross midnight)."""
    if procedure.start_time is None or procedure.end_time is None:
        return None
    start = procedure.start_time.hour * 3600 + procedure.start_time.minute * 60
    end = procedure.end_time.hour * 3600 + procedure.end_time.minute * 60
    start += procedure.start_time.second
    end += procedure.end_time.second
    if end < start:
        return None
    return (end - start) // 60


def time_warnings(procedure: Procedure) -> list[ClinicalWarning]:
    """End before start (an error in the times) and a procedure longer than 60 minutes."""
    if procedure.start_time is None or procedure.end_time is None:
        return []
    minutes = elapsed_minutes(procedure)
    if minutes is None:
        return [
            ClinicalWarning(
                "time.end_before_start",
                "warning",
                f"The procedure end time ({procedure.end_time:%H:%M}) is before its start time "
                f"({procedure.start_time:%H:%M}). Correct the times.",
            )
        ]
    if minutes > LONG_PROCEDURE_MINUTES:
        return [
            ClinicalWarning(
                "time.long",
                "caution",
                f"The procedure took {minutes} minutes, more than {LONG_PROCEDURE_MINUTES}. "
                "Check the start and end times.",
            )
        ]
    return []


# --------------------------------------------------------------------------- aftercare

AFTERCARE_TEXT: Final = """\
After your trigger point treatment

- The treated areas may be sore for up to a day or two (typically 24 to 48 hours). This is normal.
- Put ice (or heat) on sore areas. You may take ibuprofen if it is suitable for you.
- Stretch gently and move the treated areas the same day. Avoid heavy use of the treated muscles
  for a day or two, then continue your exercise programme.
- Rare problems: a small dent (dimple) in the skin, infection, bleeding or bruising.

When to get help
- Call emergency services if you become short of breath or have chest pain, especially pain on
  breathing in. A collapsed lung (pneumothorax) is rare, and can start from a few hours up to
  2 days after treatment.
- Call the clinic if you have a fever, or redness, warmth or swelling that spreads from a
  needle site, or bleeding that does not stop with pressure.
"""
"""Patient advice after trigger point injection or dry needling (clinical.md 5c and 5d)."""

FIBROMYALGIA_NOTE: Final = (
    "Fibromyalgia: trigger points may recur, and treated points may need treatment again. "
    # Medicare contractors ask for at least 6 weeks between TPIs at one location (3a).
    "Repeat injections at the same location are usually spaced at least 6 weeks apart."
)
"""Note for the record when the patient has fibromyalgia."""


def record_notes(session: Session) -> list[str]:
    """Notes the printed record adds for this patient (currently the fibromyalgia note)."""
    return [FIBROMYALGIA_NOTE] if session.patient.fibromyalgia else []


# --------------------------------------------------------------------------- all together


def _consent_warnings(session: Session) -> list[ClinicalWarning]:
    treated = [p for p in session.points if _treated(p)]
    if not treated:
        return []
    found: list[ClinicalWarning] = []
    if not session.encounter.consent_obtained:
        found.append(
            ClinicalWarning(
                "encounter.consent_missing",
                "warning",
                "Points are treated but consent is not recorded as obtained.",
            )
        )
    if not session.encounter.timeout_done:
        found.append(
            ClinicalWarning(
                "encounter.timeout_missing",
                "warning",
                "Points are treated but the time-out (identity, procedure, site and side, "
                "allergies, anticoagulants) is not recorded as done.",
            )
        )
    if session.patient.anticoagulation:
        found.append(
            ClinicalWarning(
                "contraindication.anticoagulation",
                "caution",
                "Patient is anticoagulated, a relative contraindication to needling (bleeding). "
                "Document the decision to treat.",
                _ids(treated),
            )
        )
    return found


def session_warnings(
    session: Session,
    *,
    landmarks: Landmarks | None = None,
    bones: BoneOutlines | None = None,
) -> list[ClinicalWarning]:
    """Every clinical warning for the session, "warning" first, then "caution", then "info".

    Within a severity the order is fixed: allergy, dose, consent and time-out, times,
    laterality, needling cautions (treated points only), billing, diagnosis. ``landmarks`` and
    ``bones`` are the diagram's (default: the standard diagram frame and reference outlines).
    """
    found = [
        *_allergy_warnings(session),
        *dose_warnings(session),
        *_consent_warnings(session),
        *time_warnings(session.procedure),
        *_laterality_warnings(session, landmarks),
        *_caution_warnings(session, landmarks, bones),
        *_billing_warnings(session),
        *_diagnosis_warnings(session),
    ]
    return sorted(found, key=lambda w: _SEVERITY_RANK[w.severity])


def session_warnings_on_diagram(session: Session, diagram: Diagram) -> list[ClinicalWarning]:
    """:func:`session_warnings` with the diagram's landmarks and bone outlines."""
    return session_warnings(session, landmarks=diagram.landmarks, bones=diagram_bones(diagram))


def has_pneumothorax_caution(point: TriggerPoint, diagram: Diagram) -> bool:
    """Whether a marker shows the pneumothorax badge (screen and paper use this one rule)."""
    return any(
        c.code.startswith("pneumothorax.") for c in point_cautions_on_diagram(point, diagram)
    )
