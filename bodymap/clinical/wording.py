"""How points, muscles, agents, doses and treatments read: the one display wording module.

Screen, paper and history use these functions, so a treatment reads the same everywhere. Pure
text, no markup: callers show it as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, get_args

from bodymap.clinical.agents import components, identify_agent, is_unidentified, known_agent
from bodymap.model import (
    Agent,
    Complication,
    DryNeedling,
    ExaminedOnly,
    Findings,
    Injection,
    Side,
    isolate,
)

SIDE_WORDS: Final[Mapping[str, str]] = {"left": "Left", "right": "Right", "midline": "Midline"}
"""The patient's side in words, for labels ("Left upper trapezius")."""

MUSCLE_NAMES: Final[Mapping[str, str]] = {
    # Names for muscle ids a diagram may not name itself (clinical-basis §2).
    "middle_deltoid": "Middle deltoid",
    "sternocleidomastoid": "Sternocleidomastoid",
    "triceps_long_head": "Triceps, long head",
    "multifocal": "Multifocal / unspecified",
}

COMPLICATION_LABELS: Final[Mapping[Complication, str]] = {
    "none": "None",
    "bleeding": "Bleeding",
    "vasovagal": "Vasovagal reaction",
    "pneumothorax_suspected": "Suspected pneumothorax",
    "anaesthetic_toxicity": "Signs of local anaesthetic toxicity",
    "allergic_reaction": "Allergic reaction",
    "other": "Other",
}
"""Complications in words, in the order they are offered (clinical-basis §8.2)."""

SALINE_NAME: Final = "Normal saline"
CONCENTRATION_MISSING: Final = "concentration missing"
DOSE_NOT_CHECKED: Final = "dose not checked"
_KIND_WORDS: Final = {"examined": "examination only", "dry_needling": "dry needling"}


def number(value: float) -> str:
    """A number as printed: at most two decimals, no trailing zeros ("0.25", "5", "12.5")."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def percent(value: float) -> str:
    """A concentration: "1%", "0.25%"."""
    return f"{value:g}%"


# --------------------------------------------------------------------------- muscles and sides


def muscle_name(muscle: str, names: Mapping[str, str] | None = None) -> str:
    """A muscle's display name: the diagram's name, else the app's, else the id in words."""
    if names is not None and muscle in names:
        return names[muscle]
    if muscle in MUSCLE_NAMES:
        return MUSCLE_NAMES[muscle]
    return muscle.replace("_", " ").capitalize()


def muscle_side_label(muscle: str, side: Side | str, names: Mapping[str, str] | None = None) -> str:
    """Side first, then the muscle: "Left upper trapezius", "Midline thoracic multifidi"."""
    name = muscle_name(muscle, names)
    return f"{SIDE_WORDS.get(side, side.capitalize())} {name[0].lower()}{name[1:]}"


# --------------------------------------------------------------------------- agents and doses


def agent_name(injection: Injection) -> str:
    """The drug's name: "Lidocaine", "Normal saline", or the typed name of an "other" agent.

    For a mixture, the injection's own (first) agent; :func:`agent_label` names them all.
    """
    if injection.agent == "other":
        return injection.agent_other.strip()
    if injection.agent == "saline":
        return SALINE_NAME
    known = known_agent(injection.agent)
    return known.name if known is not None else injection.agent.capitalize()


def _mixed_name(agent: str, agent_other: str) -> str:
    if agent == "other":
        return agent_other.strip()
    known = known_agent(agent)
    return (known.name if known is not None else agent).lower()


def component_label(name: str, concentration_percent: float | None) -> str:
    """One agent's part of a mixture, for the totals: "Bupivacaine 0.125% in a mixture"."""
    text = name if concentration_percent is None else f"{name} {percent(concentration_percent)}"
    return f"{text} in a mixture"


def agent_label(injection: Injection) -> str:
    """Drug, concentration and epinephrine as on the record: "Lidocaine 1% with epinephrine",
    "Lidocaine 0.5% + bupivacaine 0.125%" (every concentration is the one in the syringe).

    A typed agent name is bidi-isolated (``model.isolate``), so right-to-left text or an
    override in it cannot reorder the concentration and dose after it.
    """
    name = agent_name(injection)
    text = isolate(name) if injection.agent == "other" else name
    if injection.concentration_percent is not None:
        text += f" {percent(injection.concentration_percent)}"
    for m in injection.mixed_with:
        mixed = _mixed_name(m.agent, m.agent_other)
        text += f" + {isolate(mixed) if m.agent == 'other' else mixed}"
        if m.concentration_percent is not None:
            text += f" {percent(m.concentration_percent)}"
    if injection.with_epinephrine:
        text += " with epinephrine"
    return text


def dose_mg(injection: Injection) -> float | None:
    """mg of the injection's own drug (% x 10 x mL, clinical-basis §5.1); None for saline or
    when the concentration is missing."""
    if injection.agent == "saline" or injection.concentration_percent is None:
        return None
    return 10.0 * injection.concentration_percent * injection.volume_ml


def dose_text(injection: Injection) -> str:
    """The dose of one injection: "5 mg", "10 mg + 2.5 mg" (a mixture, agent by agent),
    "concentration missing", "" for saline.

    Never "0 mg" for a missing concentration (clinical-basis §5.1). An "other" agent the app
    cannot identify adds "dose not checked".
    """
    parts = components(injection)
    if not parts:
        return ""
    text = " + ".join(
        CONCENTRATION_MISSING if c.mg is None else f"{number(c.mg)} mg" for c in parts
    )
    if is_unidentified(injection):
        text += f", {DOSE_NOT_CHECKED}"
    return text


def _needle(parts: list[str]) -> str:
    return " \u00d7 ".join(parts)


def treatment_text(treatment: ExaminedOnly | Injection | DryNeedling) -> str:
    """What was done at a point, in full, for the record and the panels.

    "Lidocaine 1%, 0.5 mL = 5 mg; needle 27 G x 32 mm", "Lidocaine, 0.5 mL, concentration
    missing; needle ...", "Dry needling; needle 0.25 mm x 40 mm", "Examined only".
    """
    if isinstance(treatment, Injection):
        text = f"{agent_label(treatment)}, {number(treatment.volume_ml)} mL"
        dose = dose_text(treatment)
        if dose:
            text += f" = {dose}" if dose[0].isdigit() else f", {dose}"
        sizes = []
        if treatment.needle_gauge is not None:
            sizes.append(f"{treatment.needle_gauge} G")
        if treatment.needle_length_mm is not None:
            sizes.append(f"{number(treatment.needle_length_mm)} mm")
        return f"{text}; needle {_needle(sizes)}" if sizes else text
    if isinstance(treatment, DryNeedling):
        sizes = [
            f"{number(v)} mm"
            for v in (treatment.needle_diameter_mm, treatment.needle_length_mm)
            if v is not None
        ]
        return f"Dry needling; needle {_needle(sizes)}" if sizes else "Dry needling"
    return "Examined only"


def treatment_summary(
    kind: str,
    agent: str | None = None,
    concentration_percent: float | None = None,
    volume_ml: float | None = None,
    mixed_with: Sequence[tuple[str, float | None]] = (),
) -> str:
    """What was done, short, from stored values: "lidocaine 1% 0.5 mL", "dry needling",
    "lidocaine 0.5% + bupivacaine 0.125% 2 mL".

    Args:
        kind: the treatment kind (``examined``, ``injection`` or ``dry_needling``).
        agent: the injected agent's id or typed name; a local anaesthetic without a
            concentration reads "..., concentration missing".
        concentration_percent: strength in percent, None when not recorded.
        volume_ml: injected volume (of the whole mixture).
        mixed_with: (agent id or typed name, concentration in the syringe) of every further
            agent of a mixture, in order.
    """
    if kind != "injection":
        return _KIND_WORDS.get(kind, kind.replace("_", " "))
    if mixed_with:
        parts = [treatment_summary(kind, agent, concentration_percent)]
        parts += [treatment_summary(kind, name, conc) for name, conc in mixed_with]
        text = " + ".join(parts)
        return text if volume_ml is None else f"{text} {volume_ml:g} mL"
    typed = bool(agent) and agent not in get_args(Agent)
    parts = [isolate(agent) if typed and agent else (agent or "injection")]
    if concentration_percent is not None:
        parts.append(percent(concentration_percent))
    if volume_ml is not None:
        parts.append(f"{volume_ml:g} mL")
    text = " ".join(parts)
    if concentration_percent is None and agent and _names_local_anaesthetic(agent):
        text += f", {CONCENTRATION_MISSING}"
    return text


def _names_local_anaesthetic(agent: str) -> bool:
    probe = Injection(agent="other", agent_other=agent, concentration_percent=None)
    return known_agent(agent) is not None or identify_agent(probe) is not None


def stored_agent(agent: Agent, agent_other: str) -> str:
    """An agent as :func:`treatment_summary` takes it: the model's id, or the typed name of an
    "other" agent."""
    return agent_other.strip() if agent == "other" else agent


def treatment_summary_of(treatment: ExaminedOnly | Injection | DryNeedling) -> str:
    """:func:`treatment_summary` of a model treatment value; a mixture names every agent:
    "lidocaine 0.5% + bupivacaine 0.125% 2 mL"."""
    if isinstance(treatment, Injection):
        return treatment_summary(
            "injection",
            stored_agent(treatment.agent, treatment.agent_other),
            treatment.concentration_percent,
            treatment.volume_ml,
            [
                (stored_agent(m.agent, m.agent_other), m.concentration_percent)
                for m in treatment.mixed_with
            ],
        )
    return treatment_summary(treatment.kind)


def findings_text(findings: Findings, area: str = "") -> str:
    """Findings as a short list: "active; taut band; local twitch; referral to shoulder".

    Args:
        area: the typed referral area as the caller shows it (stripped, bidi-isolated, or ""
            to leave free text out); without one, referred pain reads "referred pain".
    """
    parts: list[str] = []
    if findings.status is not None:
        parts.append(findings.status)
    if findings.taut_band is not None:
        parts.append("taut band" if findings.taut_band else "no taut band")
    if findings.twitch is not None:
        parts.append("no twitch" if findings.twitch == "none" else f"{findings.twitch} twitch")
    if findings.jump_sign is not None:
        parts.append("jump sign" if findings.jump_sign else "no jump sign")
    if findings.referred_pain is True or (findings.referred_pain is None and area):
        parts.append(f"referral to {area}" if area else "referred pain")
    elif findings.referred_pain is False:
        parts.append("no referral")
    return "; ".join(parts)


def complication_text(complications: list[Complication] | tuple[Complication, ...]) -> str:
    """The recorded complications in words, in the order offered."""
    return ", ".join(COMPLICATION_LABELS[c] for c in COMPLICATION_LABELS if c in complications)
