"""Agent choices, dose totals against the published maxima, and the dose warnings (§5)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from bodymap.clinical.agents import (
    KNOWN_AGENTS,
    KnownAgent,
    identify_agent,
    is_unidentified,
    known_agent,
)
from bodymap.clinical.body import DosingWeight, dosing_weight
from bodymap.clinical.common import ClinicalWarning, _fmt, _ids, _numbers
from bodymap.clinical.wording import agent_label, agent_name, dose_mg
from bodymap.model import Agent, Injection, Patient, Session, TriggerPoint

# --------------------------------------------------------------------------- agents


@dataclass(frozen=True)
class AgentPreset:
    """One choice of the injection agent list: what the UI shows and what it stores."""

    label: str
    agent: Agent
    concentration_percent: float | None
    """None for "other": the user types the name and, if known, the concentration."""


AGENT_PRESETS: Final[tuple[AgentPreset, ...]] = (
    # Concentrations used for trigger point injection (clinical-basis §5.1); any other agent
    # is typed as "other" and identified by name (§5.2).
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

PREGNANCY_DOSE_FACTOR: Final = 0.8
"""Maxima are lowered by 20% in pregnancy (clinical-basis §6.4)."""


def is_local_anaesthetic(agent: Agent | Injection) -> bool:
    """Whether an agent (or an injection's agent, "other" ones by their typed name) is a local
    anaesthetic with a published maximum dose (clinical-basis §5.2)."""
    if isinstance(agent, Injection):
        return identify_agent(agent) is not None
    return known_agent(agent) is not None


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


# --------------------------------------------------------------------------- doses


def mg_per_ml(concentration_percent: float) -> float:
    """Milligrams per millilitre of a solution: x % = 10·x mg/mL (clinical-basis §5.1)."""
    return 10.0 * concentration_percent


def mg(injection: Injection) -> float | None:
    """Dose of one injection of a local anaesthetic in mg (% x 10 x mL, clinical-basis §5.1).

    None for saline, for an agent the app cannot identify, and when the concentration is not
    recorded.
    """
    if identify_agent(injection) is None:
        return None
    return dose_mg(injection)


def _weight_factor(patient: Patient | None) -> float:
    return PREGNANCY_DOSE_FACTOR if patient is not None and patient.pregnant else 1.0


def max_dose_mg(
    agent: Agent | str,
    weight_kg: float | None,
    *,
    with_epinephrine: bool = False,
    patient: Patient | None = None,
) -> float | None:
    """Maximum dose in mg: mg/kg x kg, capped (clinical-basis §5.3), lowered in pregnancy
    when ``patient`` says so (§6.4).

    ``agent`` is a model agent or a known agent id ("mepivacaine"). None for saline and
    unknown agents, and when the weight is unknown.
    """
    known = known_agent(agent)
    if known is None or weight_kg is None:
        return None
    limit = known.maximum(with_epinephrine=with_epinephrine).limit_mg(weight_kg)
    return limit * _weight_factor(patient)


def max_volume_ml(
    agent: Agent | str,
    concentration_percent: float,
    weight_kg: float | None,
    *,
    with_epinephrine: bool = False,
) -> float | None:
    """Maximum volume in mL: maximum mg / (10 x %) (clinical-basis §5.1); None without one."""
    limit = max_dose_mg(agent, weight_kg, with_epinephrine=with_epinephrine)
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
    """Cumulative dose of one drug over the session (total mg and share of its maximum).

    Concentrations of one drug add up here, and "other" agents that name a known drug join it;
    ``rows`` keeps the volume per concentration. ``total_mg`` is None for saline and
    unidentified agents; ``max_mg`` and ``fraction_of_max`` are None as well when the weight is
    missing. ``fraction_of_max`` sums each injection's mg over its own maximum (plain or with
    epinephrine). ``mg_incomplete``: some volume lacks a concentration (not counted).
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
    agent_id: str | None = None
    """The known agent's id ("lidocaine", "mepivacaine"); None for saline or unidentified."""
    weight: DosingWeight | None = None
    maximum_text: str = ""
    """The published maximum used, e.g. "4.5 mg/kg, at most 300 mg, plain"."""

    @property
    def exceeds_max(self) -> bool:
        """Whether the total is above the maximum for the patient's weight."""
        return self.fraction_of_max is not None and self.fraction_of_max > 1.0 + 1e-9

    @property
    def local_anaesthetic(self) -> bool:
        """Whether this is a local anaesthetic whose dose is checked."""
        return self.agent_id is not None

    @property
    def checked(self) -> bool:
        """False for an "other" agent the app cannot identify (dose not checked)."""
        return self.agent != "other" or self.agent_id is not None

    @property
    def limit_text(self) -> str:
        """The maximum in words: "300 mg for 68 kg", "weight not recorded", "dose not
        checked" or "no weight-based maximum" (saline)."""
        if not self.checked:
            return "dose not checked"
        if self.max_mg is not None and self.weight is not None:
            return f"{_fmt(self.max_mg)} mg for {self.weight.text}"
        if self.local_anaesthetic:
            return "weight not recorded"
        return "no weight-based maximum"


Given = tuple[TriggerPoint, Injection]


def _group_key(injection: Injection) -> tuple[int, str]:
    known = identify_agent(injection)
    if known is not None:
        return (0, known.id)
    if injection.agent == "saline":
        return (1, "saline")
    return (2, injection.agent_other.strip().casefold())


_KNOWN_ORDER: Final = {a.id: n for n, a in enumerate(KNOWN_AGENTS)}


def _order(key: tuple[int, str]) -> tuple[int, int, str]:
    return (key[0], _KNOWN_ORDER.get(key[1], 0) if key[0] == 0 else 0, key[1])


def _rows(agent: Agent, given: list[Given]) -> tuple[PresetVolume, ...]:
    by_conc: dict[tuple[float | None, bool], list[Given]] = {}
    for p, inj in given:
        by_conc.setdefault((inj.concentration_percent, inj.with_epinephrine), []).append((p, inj))
    rows: list[PresetVolume] = []
    for (conc, _epi), row in sorted(
        by_conc.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or 0.0, kv[0][1])
    ):
        doses = [dose_mg(inj) for _, inj in row]
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
    return tuple(rows)


def _total(known: KnownAgent | None, given: list[Given], patient: Patient) -> AgentTotal:
    first = given[0][1]
    weight = dosing_weight(patient)
    doses = [(inj, dose_mg(inj)) for _, inj in given]
    counted = [(inj, d) for inj, d in doses if d is not None]
    total_mg = sum(d for _, d in counted) if known is not None else None
    max_mg = fraction = None
    maximum_text = ""
    if known is not None:
        all_epi = all(inj.with_epinephrine for inj, _ in doses)
        maximum = known.maximum(with_epinephrine=all_epi)
        maximum_text = f"{maximum.text}, {'with epinephrine' if all_epi else 'plain'}"
        if patient.pregnant:
            maximum_text += ", lowered by 20% in pregnancy"
        if weight is not None:
            max_mg = max_dose_mg(known.id, weight.kg, with_epinephrine=all_epi, patient=patient)
            fraction = sum(
                d
                / (
                    max_dose_mg(
                        known.id, weight.kg, with_epinephrine=inj.with_epinephrine, patient=patient
                    )
                    or math.inf
                )
                for inj, d in counted
            )
    return AgentTotal(
        agent=first.agent,
        name=known.name if known is not None else agent_name(first),
        total_ml=sum(inj.volume_ml for _, inj in given),
        total_mg=total_mg,
        max_mg=max_mg,
        fraction_of_max=fraction,
        rows=_rows(first.agent, given),
        point_ids=_ids([p for p, _ in given]),
        mg_incomplete=known is not None and len(counted) < len(given),
        agent_id=known.id if known is not None else None,
        weight=weight,
        maximum_text=maximum_text,
    )


def agent_totals(session: Session) -> list[AgentTotal]:
    """Totals per drug: known local anaesthetics in table order, then saline, then agents the
    app cannot identify (grouped by their typed name, case-insensitive)."""
    groups: dict[tuple[int, str], list[Given]] = {}
    for p in sorted(session.points, key=lambda q: q.number):
        if isinstance(p.treatment, Injection):
            groups.setdefault(_group_key(p.treatment), []).append((p, p.treatment))
    return [
        _total(known_agent(key[1]) if key[0] == 0 else None, groups[key], session.patient)
        for key in sorted(groups, key=_order)
    ]


def dose_warnings(session: Session) -> list[ClinicalWarning]:
    """Warnings on the local anaesthetic dose (clinical-basis §5.4): weight missing, one drug
    over its maximum, concentration missing, drugs together over the maximum (toxicity adds
    up), and agents the app cannot identify (dose not checked)."""
    totals = agent_totals(session)
    found: list[ClinicalWarning] = []
    local = [t for t in totals if t.local_anaesthetic]
    if local and session.patient.weight_kg is None:
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
        if t.exceeds_max and t.total_mg is not None and t.max_mg is not None and t.weight:
            found.append(
                ClinicalWarning(
                    f"dose.over_max.{t.agent_id}",
                    "warning",
                    f"{t.name} total {_fmt(t.total_mg)} mg ({_fmt(t.total_ml)} mL) exceeds the "
                    f"maximum of {_fmt(t.max_mg)} mg for {t.weight.text} ({t.maximum_text}).",
                    t.point_ids,
                )
            )
        if t.mg_incomplete:
            missing = tuple(
                i for r in t.rows if r.concentration_percent is None for i in r.point_ids
            )
            found.append(
                ClinicalWarning(
                    f"dose.concentration_missing.{t.agent_id}",
                    "warning",
                    f"{t.name}: concentration missing at {_numbers_of(session, missing)}, so "
                    "that dose is not checked. Record the concentration.",
                    missing,
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
                f"({parts}): their toxicity adds up, so the sum must stay under 100%.",
                tuple(i for t in fractions for i in t.point_ids),
            )
        )
    unknown = [
        (p, p.treatment)
        for p in sorted(session.points, key=lambda q: q.number)
        if isinstance(p.treatment, Injection) and is_unidentified(p.treatment)
    ]
    if unknown:
        names = ", ".join(dict.fromkeys(f'"{agent_name(inj)}"' for _, inj in unknown))
        points = [p for p, _ in unknown]
        found.append(
            ClinicalWarning(
                "dose.not_checked",
                "warning",
                f"Dose not checked: {names} at {_numbers(points)} is not a local anaesthetic "
                "the app knows. Check the dose against its label, or choose the agent by name.",
                _ids(points),
            )
        )
    return found


def _numbers_of(session: Session, ids: tuple[str, ...]) -> str:
    return _numbers([session.point(i) for i in ids])
