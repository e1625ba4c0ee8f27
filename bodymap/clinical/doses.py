"""Agents, dose totals and limits for the weight, and the allergy check (clinical.md 5)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from bodymap.clinical.common import ClinicalWarning, _fmt, _ids, _numbers, _percent
from bodymap.model import (
    Agent,
    DryNeedling,
    ExaminedOnly,
    Injection,
    Patient,
    Session,
    TriggerPoint,
)

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
