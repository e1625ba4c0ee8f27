"""Agent choices, dose totals against the published maxima, and the dose warnings (§5).

Every local anaesthetic of every injection counts, mixtures component by component: each
component's mg is its concentration in the syringe x 10 x the volume, counted against its own
maximum (clinical-basis §5.1-§5.4).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from bodymap.clinical.agents import (
    KNOWN_AGENTS,
    Component,
    KnownAgent,
    components,
    identify_agent,
    known_agent,
)
from bodymap.clinical.body import DosingWeight, dosing_weight
from bodymap.clinical.common import _fmt, _ids
from bodymap.clinical.wording import (
    DOSE_NOT_CHECKED,
    SALINE_NAME,
    agent_label,
    component_label,
    dose_mg,
)
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import Agent, Injection, Patient, Session, TriggerPoint, isolate

# --------------------------------------------------------------------------- agents


@dataclass(frozen=True)
class AgentPreset:
    """One choice of the injection agent list: what the UI shows and what it stores."""

    label: str
    agent: Agent
    concentration_percent: float | None
    """None for "other": the user types the name and, if known, the concentration."""

    @property
    def label_text(self) -> str:
        """:attr:`label` in the installed language."""
        return translate("agents", self.label)


AGENT_PRESETS: Final[tuple[AgentPreset, ...]] = (
    # Concentrations used for trigger point injection (clinical-basis §5.1); any other agent
    # is typed as "other" and identified by name (§5.2).
    AgentPreset(QT_TRANSLATE_NOOP("agents", "Lidocaine 1%"), "lidocaine", 1.0),
    AgentPreset(QT_TRANSLATE_NOOP("agents", "Lidocaine 2%"), "lidocaine", 2.0),
    AgentPreset(QT_TRANSLATE_NOOP("agents", "Bupivacaine 0.25%"), "bupivacaine", 0.25),
    AgentPreset(QT_TRANSLATE_NOOP("agents", "Bupivacaine 0.5%"), "bupivacaine", 0.5),
    AgentPreset(QT_TRANSLATE_NOOP("agents", "Ropivacaine 0.2%"), "ropivacaine", 0.2),
    AgentPreset(QT_TRANSLATE_NOOP("agents", "Ropivacaine 0.5%"), "ropivacaine", 0.5),
    AgentPreset(QT_TRANSLATE_NOOP("agents", "Normal saline 0.9%"), "saline", 0.9),
    AgentPreset(QT_TRANSLATE_NOOP("agents", "Other (name)"), "other", None),
)
"""The agent choices, in the order the UI offers them (labels in English: ``label_text``)."""

PREGNANCY_DOSE_FACTOR: Final = 0.8
"""Maxima are lowered by 20% in pregnancy (clinical-basis §6.4)."""


def is_local_anaesthetic(agent: Agent | Injection) -> bool:
    """Whether an agent (or an injection's own agent, "other" ones by their typed name) is a
    local anaesthetic with a published maximum dose (clinical-basis §5.2)."""
    if isinstance(agent, Injection):
        return identify_agent(agent) is not None
    return known_agent(agent) is not None


def preset_for(injection: Injection) -> AgentPreset | None:
    """The preset row matching an injection's agent and concentration, or None (custom, or a
    mixture)."""
    if injection.mixed_with:
        return None
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
    """Dose of an injection's own local anaesthetic in mg (% x 10 x mL, clinical-basis §5.1).

    None for saline, for an agent the app cannot identify, and when the concentration is not
    recorded. The agents mixed into it are in :func:`component_doses`.
    """
    if identify_agent(injection) is None:
        return None
    return dose_mg(injection)


def component_doses(injection: Injection) -> tuple[tuple[str, float | None], ...]:
    """(name, mg) of every agent of an injection, its own first; mg None without a
    concentration (clinical-basis §5.1)."""
    return tuple(((c.agent.name if c.agent else c.name), c.mg) for c in components(injection))


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
    unknown agents, and when the weight is unknown (:func:`cap_dose_mg` applies at any weight).
    """
    known = known_agent(agent)
    if known is None or weight_kg is None:
        return None
    limit = known.maximum(with_epinephrine=with_epinephrine).limit_mg(weight_kg)
    return limit * _weight_factor(patient)


def cap_dose_mg(
    agent: Agent | str, *, with_epinephrine: bool = False, patient: Patient | None = None
) -> float | None:
    """The absolute cap in mg, whatever the weight (clinical-basis §5.4), lowered in pregnancy;
    None for saline and unknown agents."""
    known = known_agent(agent)
    if known is None:
        return None
    cap = known.maximum(with_epinephrine=with_epinephrine).cap_mg
    return None if cap is None else cap * _weight_factor(patient)


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
    """Volume given of one agent at one concentration (one row per preset in the totals).

    For a mixture the row is the agent's part: its concentration in the syringe and the volume
    of the mixture that held it.
    """

    label: str
    agent: Agent
    concentration_percent: float | None
    total_ml: float
    total_mg: float | None
    point_ids: tuple[str, ...]


@dataclass(frozen=True)
class AgentTotal:
    """Cumulative dose of one drug over the session (total mg and share of its maximum).

    Concentrations of one drug add up here, "other" agents that name a known drug join it, and
    so does the drug's part of every mixture; ``rows`` keeps the volume per concentration.
    ``total_mg`` is None for saline, unidentified agents, and when no concentration of the drug
    is recorded. ``max_mg`` and ``fraction_of_max`` are None when the weight is missing;
    ``cap_mg`` and ``fraction_of_cap`` (the absolute cap, whatever the weight) are known
    whenever the drug is. Fractions sum each injection's mg over its own maximum (plain or with
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
    """The published maximum used, e.g. "4.5 mg/kg, at most 200 mg, plain"."""
    cap_mg: float | None = None
    fraction_of_cap: float | None = None
    mixed: bool = False
    """Some of the drug was given in a mixture, or both plain and with epinephrine."""

    @property
    def share(self) -> float | None:
        """The share of the maximum: for the weight when it is known, else of the cap."""
        return self.fraction_of_max if self.fraction_of_max is not None else self.fraction_of_cap

    @property
    def exceeds_max(self) -> bool:
        """Whether the total is above the maximum for the patient's weight, or above the
        absolute cap when the weight is missing (clinical-basis §5.4)."""
        share = self.share
        return share is not None and share > 1.0 + 1e-9

    @property
    def local_anaesthetic(self) -> bool:
        """Whether this is a local anaesthetic whose dose is checked."""
        return self.agent_id is not None

    @property
    def name_in_text(self) -> str:
        """:attr:`name` inside running text ("lidocaine", "normal saline", a typed name)."""
        known = known_agent(self.agent_id) if self.agent_id is not None else None
        if known is not None:
            return known.name_in_text
        if self.agent == "saline":
            return translate("agents", "normal saline")
        return self.name

    @property
    def checked(self) -> bool:
        """False for an "other" agent the app cannot identify (dose not checked)."""
        return self.agent != "other" or self.agent_id is not None

    @property
    def limit_text(self) -> str:
        """The maximum in words: "200 mg for 68 kg", "weight not recorded; at most 200 mg
        whatever the weight", "dose not checked" or "no weight-based maximum" (saline)."""
        if not self.checked:
            return translate("doses", DOSE_NOT_CHECKED)
        if self.max_mg is not None and self.weight is not None:
            return translate("doses", "{mg} mg for {weight}").format(
                mg=_fmt(self.max_mg), weight=self.weight.text
            )
        if self.local_anaesthetic:
            if self.cap_mg is not None:
                return translate(
                    "doses", "weight not recorded; at most {mg} mg whatever the weight"
                ).format(mg=_fmt(self.cap_mg))
            return translate("doses", "weight not recorded")
        return translate("doses", "no weight-based maximum")


@dataclass(frozen=True)
class _Given:
    point: TriggerPoint
    injection: Injection
    component: Component | None
    """None for saline."""


def _key(given: _Given) -> tuple[int, str]:
    c = given.component
    if c is None:
        return (1, "saline")
    if c.agent is not None:
        return (0, c.agent.id)
    return (2, c.name.strip().casefold())


def _given(session: Session) -> list[_Given]:
    found: list[_Given] = []
    for p in sorted(session.points, key=lambda q: q.number):
        if not isinstance(p.treatment, Injection):
            continue
        parts = components(p.treatment)
        if not parts:
            found.append(_Given(p, p.treatment, None))
        found += [_Given(p, p.treatment, c) for c in parts]
    return found


_KNOWN_ORDER: Final = {a.id: n for n, a in enumerate(KNOWN_AGENTS)}


def _order(key: tuple[int, str]) -> tuple[int, int, str]:
    return (key[0], _KNOWN_ORDER.get(key[1], 0) if key[0] == 0 else 0, key[1])


def _label(given: _Given) -> str:
    c = given.component
    if c is None or not c.in_mixture:
        return agent_label(given.injection)
    # A typed name is bidi-isolated, as agent_label isolates it.
    name = isolate(c.name) if c.agent is None else c.agent.name
    return component_label(name, c.concentration_percent)


def _rows(agent: Agent, given: list[_Given]) -> tuple[PresetVolume, ...]:
    by_row: dict[tuple[float | None, bool, str], list[_Given]] = {}
    for g in given:
        conc = (
            g.component.concentration_percent if g.component else g.injection.concentration_percent
        )
        by_row.setdefault((conc, g.injection.with_epinephrine, _label(g)), []).append(g)
    rows: list[PresetVolume] = []
    for (conc, _epi, label), row in sorted(
        by_row.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or 0.0, kv[0][1], kv[0][2])
    ):
        doses = [g.component.mg if g.component else None for g in row]
        rows.append(
            PresetVolume(
                label=label,
                agent=agent,
                concentration_percent=conc,
                total_ml=sum(g.injection.volume_ml for g in row),
                total_mg=None if None in doses else sum(d for d in doses if d is not None),
                point_ids=_ids(list({g.point.id: g.point for g in row}.values())),
            )
        )
    return tuple(rows)


def _fraction(
    known: KnownAgent,
    counted: list[tuple[Component, float]],
    patient: Patient,
    weight: float | None,
) -> float | None:
    total = 0.0
    for c, dose in counted:
        if weight is not None:
            limit = max_dose_mg(
                known.id, weight, with_epinephrine=c.with_epinephrine, patient=patient
            )
        else:
            limit = cap_dose_mg(known.id, with_epinephrine=c.with_epinephrine, patient=patient)
        if limit is None:
            return None
        total += dose / limit
    return total


def _total(known: KnownAgent | None, given: list[_Given], patient: Patient) -> AgentTotal:
    first = given[0]
    weight = dosing_weight(patient)
    parts = [g.component for g in given if g.component is not None]
    counted_mg = [(c, c.mg) for c in parts if c.mg is not None]
    total_mg = sum(d for _, d in counted_mg) if known is not None and counted_mg else None
    max_mg = fraction = cap = cap_fraction = None
    maximum_text = ""
    epi = {c.with_epinephrine for c in parts}
    if known is not None:
        all_epi = epi == {True}
        maximum = known.maximum(with_epinephrine=all_epi)
        if all_epi:
            maximum_text = translate("doses", "{maximum}, with epinephrine")
        else:
            maximum_text = translate("doses", "{maximum}, plain")
        maximum_text = maximum_text.format(maximum=maximum.text)
        if len(epi) > 1:
            maximum_text += translate("doses", "; each injection counts against its own maximum")
        if patient.pregnant:
            maximum_text += translate("doses", ", lowered by 20% in pregnancy")
        cap = cap_dose_mg(known.id, with_epinephrine=all_epi, patient=patient)
        # No share at all when no concentration is known: 0% would read as nothing given.
        cap_fraction = _fraction(known, counted_mg, patient, None) if counted_mg else None
        if weight is not None:
            max_mg = max_dose_mg(known.id, weight.kg, with_epinephrine=all_epi, patient=patient)
            fraction = _fraction(known, counted_mg, patient, weight.kg) if counted_mg else None
    component = first.component
    if component is None:
        name = translate("agents", SALINE_NAME)
    elif known is not None:
        name = known.name
    else:
        name = component.name
    agent: Agent = component.choice if component is not None else "saline"
    return AgentTotal(
        agent=agent,
        name=name,
        total_ml=sum(g.injection.volume_ml for g in given),
        total_mg=total_mg,
        max_mg=max_mg,
        fraction_of_max=fraction,
        rows=_rows(agent, given),
        point_ids=_ids(list({g.point.id: g.point for g in given}.values())),
        mg_incomplete=known is not None and len(counted_mg) < len(parts),
        agent_id=known.id if known is not None else None,
        weight=weight,
        maximum_text=maximum_text,
        cap_mg=cap,
        fraction_of_cap=cap_fraction,
        mixed=len(epi) > 1 or any(c.in_mixture for c in parts),
    )


def agent_totals(session: Session) -> list[AgentTotal]:
    """Totals per drug: known local anaesthetics in table order, then saline, then agents the
    app cannot identify (grouped by their typed name, case-insensitive). A mixture counts in
    the total of each of its agents."""
    groups: dict[tuple[int, str], list[_Given]] = {}
    for g in _given(session):
        groups.setdefault(_key(g), []).append(g)
    return [
        _total(known_agent(key[1]) if key[0] == 0 else None, groups[key], session.patient)
        for key in sorted(groups, key=_order)
    ]


def dose_basis_text(session: Session) -> str:
    """What the maxima of the totals are computed for, in one sentence (clinical-basis §5.4,
    §6.3): "Maxima for 64 kg; each injection counts against its own maximum (plain or with
    epinephrine), every agent of a mixture against its own."."""
    weight = dosing_weight(session.patient)
    if weight is None:
        text = translate(
            "doses",
            "Weight not recorded: maxima are the absolute caps, whatever the weight; each "
            "injection counts against its own maximum (plain or with epinephrine), every agent "
            "of a mixture against its own",
        )
    else:
        text = translate(
            "doses",
            "Maxima for {weight}; each injection counts against its own maximum (plain or with "
            "epinephrine), every agent of a mixture against its own",
        ).format(weight=weight.text)
    if session.patient.pregnant:
        text += translate("doses", "; lowered by 20% in pregnancy")
    return text + "."
