"""How points, muscles, agents, doses and treatments read: the one display wording module.

Screen, paper and history use these functions, so a treatment reads the same everywhere. Pure
text, no markup: callers show it as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, get_args

from bodymap import i18n
from bodymap.anatomy import names as anatomy_names
from bodymap.clinical.agents import components, identify_agent, is_unidentified, known_agent
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
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

SIDE_WORDS: Final[Mapping[str, str]] = {
    "left": QT_TRANSLATE_NOOP("wording", "Left"),
    "right": QT_TRANSLATE_NOOP("wording", "Right"),
    "midline": QT_TRANSLATE_NOOP("wording", "Midline"),
}
"""The patient's side in a word, in English (:func:`side_word` translates it)."""

MUSCLE_NAMES: Final[Mapping[str, str]] = {
    # Names for muscle ids a diagram may not name itself (clinical-basis §2); translated with
    # the diagram's names (bodymap.anatomy.names).
    "middle_deltoid": "Middle deltoid",
    "sternocleidomastoid": "Sternocleidomastoid",
    "triceps_long_head": "Triceps, long head",
    "multifocal": "Multifocal / unspecified",
}

COMPLICATION_LABELS: Final[Mapping[Complication, str]] = {
    "none": QT_TRANSLATE_NOOP("wording", "None"),
    "bleeding": QT_TRANSLATE_NOOP("wording", "Bleeding"),
    "vasovagal": QT_TRANSLATE_NOOP("wording", "Vasovagal reaction"),
    "pneumothorax_suspected": QT_TRANSLATE_NOOP("wording", "Suspected pneumothorax"),
    "anaesthetic_toxicity": QT_TRANSLATE_NOOP("wording", "Signs of local anaesthetic toxicity"),
    "allergic_reaction": QT_TRANSLATE_NOOP("wording", "Allergic reaction"),
    "other": QT_TRANSLATE_NOOP("wording", "Other"),
}
"""Complications in words (English; :func:`complication_label` translates), in the order
they are offered (clinical-basis §8.2)."""

SALINE_NAME: Final = QT_TRANSLATE_NOOP("agents", "Normal saline")
CONCENTRATION_MISSING: Final = QT_TRANSLATE_NOOP("doses", "concentration missing")
DOSE_NOT_CHECKED: Final = QT_TRANSLATE_NOOP("doses", "dose not checked")
_KIND_WORDS: Final = {
    "examined": QT_TRANSLATE_NOOP("wording", "examination only"),
    "dry_needling": QT_TRANSLATE_NOOP("wording", "dry needling"),
}


FIELD_WORDS: Final[Mapping[str, str]] = {
    # The record's field names, and the values its fields hold, in words.
    "aftercare_given": QT_TRANSLATE_NOOP("fields", "aftercare given"),
    "agent": QT_TRANSLATE_NOOP("fields", "agent"),
    "agent_other": QT_TRANSLATE_NOOP("fields", "agent other"),
    "allergies": QT_TRANSLATE_NOOP("fields", "allergies"),
    "allergy_local_anaesthetic": QT_TRANSLATE_NOOP("fields", "allergy local anaesthetic"),
    "anticoagulation": QT_TRANSLATE_NOOP("fields", "anticoagulation"),
    "clinic": QT_TRANSLATE_NOOP("fields", "clinic"),
    "clinician": QT_TRANSLATE_NOOP("fields", "clinician"),
    "complication_notes": QT_TRANSLATE_NOOP("fields", "complication notes"),
    "concentration_percent": QT_TRANSLATE_NOOP("fields", "concentration percent"),
    "consent_obtained": QT_TRANSLATE_NOOP("fields", "consent obtained"),
    "date": QT_TRANSLATE_NOOP("fields", "date"),
    "date_of_birth": QT_TRANSLATE_NOOP("fields", "date of birth"),
    "end_time": QT_TRANSLATE_NOOP("fields", "end time"),
    "fibromyalgia": QT_TRANSLATE_NOOP("fields", "fibromyalgia"),
    "follow_up": QT_TRANSLATE_NOOP("fields", "follow up"),
    "height_cm": QT_TRANSLATE_NOOP("fields", "height cm"),
    "history": QT_TRANSLATE_NOOP("fields", "history"),
    "identifier": QT_TRANSLATE_NOOP("fields", "identifier"),
    "immediate_response": QT_TRANSLATE_NOOP("fields", "immediate response"),
    "indication": QT_TRANSLATE_NOOP("fields", "indication"),
    "infection_at_site": QT_TRANSLATE_NOOP("fields", "infection at site"),
    "jump_sign": QT_TRANSLATE_NOOP("fields", "jump sign"),
    "muscle": QT_TRANSLATE_NOOP("fields", "muscle"),
    "name": QT_TRANSLATE_NOOP("fields", "name"),
    "needle_diameter_mm": QT_TRANSLATE_NOOP("fields", "needle diameter mm"),
    "needle_gauge": QT_TRANSLATE_NOOP("fields", "needle gauge"),
    "needle_length_mm": QT_TRANSLATE_NOOP("fields", "needle length mm"),
    "notes": QT_TRANSLATE_NOOP("fields", "notes"),
    "pain_after": QT_TRANSLATE_NOOP("fields", "pain after"),
    "pain_before": QT_TRANSLATE_NOOP("fields", "pain before"),
    "position": QT_TRANSLATE_NOOP("fields", "position"),
    "pregnant": QT_TRANSLATE_NOOP("fields", "pregnant"),
    "referral_area": QT_TRANSLATE_NOOP("fields", "referral area"),
    "referred_pain": QT_TRANSLATE_NOOP("fields", "referred pain"),
    "sex": QT_TRANSLATE_NOOP("fields", "sex"),
    "side": QT_TRANSLATE_NOOP("fields", "side"),
    "skin_prep": QT_TRANSLATE_NOOP("fields", "skin prep"),
    "start_time": QT_TRANSLATE_NOOP("fields", "start time"),
    "status": QT_TRANSLATE_NOOP("fields", "status"),
    "taut_band": QT_TRANSLATE_NOOP("fields", "taut band"),
    "timeout_done": QT_TRANSLATE_NOOP("fields", "timeout done"),
    "twitch": QT_TRANSLATE_NOOP("fields", "twitch"),
    "ultrasound_guidance": QT_TRANSLATE_NOOP("fields", "ultrasound guidance"),
    "vapocoolant": QT_TRANSLATE_NOOP("fields", "vapocoolant"),
    "volume_ml": QT_TRANSLATE_NOOP("fields", "volume ml"),
    "weight_kg": QT_TRANSLATE_NOOP("fields", "weight kg"),
    "with_epinephrine": QT_TRANSLATE_NOOP("fields", "with epinephrine"),
    "findings": QT_TRANSLATE_NOOP("fields", "findings"),
    "treatment": QT_TRANSLATE_NOOP("fields", "treatment"),
    "female": QT_TRANSLATE_NOOP("fields", "female"),
    "male": QT_TRANSLATE_NOOP("fields", "male"),
    "other": QT_TRANSLATE_NOOP("fields", "other"),
    "unknown": QT_TRANSLATE_NOOP("fields", "unknown"),
    "prone": QT_TRANSLATE_NOOP("fields", "prone"),
    "seated": QT_TRANSLATE_NOOP("fields", "seated"),
    "side_lying": QT_TRANSLATE_NOOP("fields", "side lying"),
    "alcohol": QT_TRANSLATE_NOOP("fields", "alcohol"),
    "chlorhexidine": QT_TRANSLATE_NOOP("fields", "chlorhexidine"),
    "povidone_iodine": QT_TRANSLATE_NOOP("fields", "povidone iodine"),
    "none": QT_TRANSLATE_NOOP("fields", "none"),
    "active": QT_TRANSLATE_NOOP("fields", "active"),
    "latent": QT_TRANSLATE_NOOP("fields", "latent"),
    "visible": QT_TRANSLATE_NOOP("fields", "visible"),
    "palpable": QT_TRANSLATE_NOOP("fields", "palpable"),
    "lidocaine": QT_TRANSLATE_NOOP("fields", "lidocaine"),
    "bupivacaine": QT_TRANSLATE_NOOP("fields", "bupivacaine"),
    "ropivacaine": QT_TRANSLATE_NOOP("fields", "ropivacaine"),
    "saline": QT_TRANSLATE_NOOP("fields", "saline"),
}
"""The session's field names and values in words (English; see :func:`field_words`)."""


def field_words(name: str) -> str:
    """A field's name ("date_of_birth") or a value it holds ("side_lying") in words, in the
    installed language: "date of birth", "side lying"."""
    if name in FIELD_WORDS:
        return translate("fields", FIELD_WORDS[name])
    return name.replace("_", " ")


def number(value: float) -> str:
    """A number as printed: at most two decimals, no trailing zeros ("0.25", "5", "12.5")."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return i18n.decimal(text or "0")


def percent(value: float) -> str:
    """A concentration: "1%", "0.25%"."""
    return i18n.decimal(f"{value:g}%")


# --------------------------------------------------------------------------- muscles and sides


def _english_muscle_name(muscle: str, names: Mapping[str, str] | None) -> str:
    if names is not None and muscle in names:
        return names[muscle]
    if muscle in MUSCLE_NAMES:
        return MUSCLE_NAMES[muscle]
    return muscle.replace("_", " ").capitalize()


def muscle_name(muscle: str, names: Mapping[str, str] | None = None) -> str:
    """A muscle's display name in the installed language: the diagram's name, else the
    app's, else the id in words."""
    return anatomy_names.muscle(_english_muscle_name(muscle, names))


def muscle_in_text(muscle: str, names: Mapping[str, str] | None = None) -> str:
    """A muscle's name inside running text ("upper trapezius")."""
    return anatomy_names.muscle_in_text(_english_muscle_name(muscle, names))


def side_word(side: str) -> str:
    """The patient's side in a word: "Left", "Right", "Midline"."""
    return translate("wording", SIDE_WORDS[side]) if side in SIDE_WORDS else side.capitalize()


def muscle_side_label(muscle: str, side: Side | str, names: Mapping[str, str] | None = None) -> str:
    """Side first, then the muscle: "Left upper trapezius", "Midline thoracic multifidi"."""
    name = muscle_in_text(muscle, names)
    if side == "left":
        text = translate("wording", "Left {muscle}")
    elif side == "right":
        text = translate("wording", "Right {muscle}")
    elif side == "midline":
        text = translate("wording", "Midline {muscle}")
    else:
        text = f"{side.capitalize()} {{muscle}}"
    text = text.format(muscle=name)
    return i18n.sentence(text)


def complication_label(complication: Complication) -> str:
    """A complication in words, in the installed language."""
    return translate("wording", COMPLICATION_LABELS[complication])


# --------------------------------------------------------------------------- agents and doses


def agent_name(injection: Injection) -> str:
    """The drug's name: "Lidocaine", "Normal saline", or the typed name of an "other" agent.

    For a mixture, the injection's own (first) agent; :func:`agent_label` names them all.
    """
    if injection.agent == "other":
        return injection.agent_other.strip()
    if injection.agent == "saline":
        return translate("agents", SALINE_NAME)
    known = known_agent(injection.agent)
    return known.name if known is not None else injection.agent.capitalize()


def _mixed_name(agent: str, agent_other: str) -> str:
    if agent == "other":
        return agent_other.strip()
    known = known_agent(agent)
    return known.name_in_text if known is not None else agent.lower()


def component_label(name: str, concentration_percent: float | None) -> str:
    """One agent's part of a mixture, for the totals: "Bupivacaine 0.125% in a mixture"."""
    text = name if concentration_percent is None else f"{name} {percent(concentration_percent)}"
    return translate("wording", "{agent} in a mixture").format(agent=text)


def agent_label(injection: Injection, *, shown: bool = True) -> str:
    """Drug, concentration and epinephrine as on the record: "Lidocaine 1% with epinephrine",
    "Lidocaine 0.5% + bupivacaine 0.125%" (every concentration is the one in the syringe).

    To be ``shown`` (on screen or paper), a typed agent name is bidi-isolated
    (``model.isolate``), so right-to-left text or an override in it cannot reorder the
    concentration and dose after it; as data for another program it is written as typed.
    """

    def typed(name: str) -> str:
        return isolate(name) if shown else name

    name = agent_name(injection)
    text = typed(name) if injection.agent == "other" else name
    if injection.concentration_percent is not None:
        text += f" {percent(injection.concentration_percent)}"
    for m in injection.mixed_with:
        mixed = _mixed_name(m.agent, m.agent_other)
        text += f" + {typed(mixed) if m.agent == 'other' else mixed}"
        if m.concentration_percent is not None:
            text += f" {percent(m.concentration_percent)}"
    if injection.with_epinephrine:
        text = translate("wording", "{agent} with epinephrine").format(agent=text)
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
    missing = translate("doses", CONCENTRATION_MISSING)
    text = " + ".join(missing if c.mg is None else f"{number(c.mg)} mg" for c in parts)
    if is_unidentified(injection):
        text += f", {translate('doses', DOSE_NOT_CHECKED)}"
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
        if not sizes:
            return text
        return translate("wording", "{injection}; needle {sizes}").format(
            injection=text, sizes=_needle(sizes)
        )
    if isinstance(treatment, DryNeedling):
        sizes = [
            f"{number(v)} mm"
            for v in (treatment.needle_diameter_mm, treatment.needle_length_mm)
            if v is not None
        ]
        if not sizes:
            return translate("wording", "Dry needling")
        return translate("wording", "Dry needling; needle {sizes}").format(sizes=_needle(sizes))
    return translate("wording", "Examined only")


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
        words = _KIND_WORDS.get(kind)
        return translate("wording", words) if words else kind.replace("_", " ")
    if mixed_with:
        parts = [treatment_summary(kind, agent, concentration_percent)]
        parts += [treatment_summary(kind, name, conc) for name, conc in mixed_with]
        text = " + ".join(parts)
        return text if volume_ml is None else f"{text} {number(volume_ml)} mL"
    typed = bool(agent) and agent not in get_args(Agent)
    parts = [isolate(agent) if typed and agent else stored_name(agent)]
    if concentration_percent is not None:
        parts.append(percent(concentration_percent))
    if volume_ml is not None:
        parts.append(f"{number(volume_ml)} mL")
    text = " ".join(parts)
    if concentration_percent is None and agent and _names_local_anaesthetic(agent):
        text += f", {translate('doses', CONCENTRATION_MISSING)}"
    return text


def stored_name(agent: str | None) -> str:
    """A stored agent id in running text ("lidocaine"); "injection" without one."""
    if not agent:
        return translate("wording", "injection")
    if agent == "saline":
        return translate("agents", "saline")
    known = known_agent(agent)
    return known.name_in_text if known is not None else agent


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
    if findings.status == "active":
        parts.append(translate("wording", "active", "trigger point"))
    elif findings.status == "latent":
        parts.append(translate("wording", "latent", "trigger point"))
    if findings.taut_band is not None:
        if findings.taut_band:
            parts.append(translate("wording", "taut band"))
        else:
            parts.append(translate("wording", "no taut band"))
    if findings.twitch == "none":
        parts.append(translate("wording", "no twitch"))
    elif findings.twitch == "visible":
        parts.append(translate("wording", "visible twitch"))
    elif findings.twitch == "palpable":
        parts.append(translate("wording", "palpable twitch"))
    if findings.jump_sign is not None:
        if findings.jump_sign:
            parts.append(translate("wording", "jump sign"))
        else:
            parts.append(translate("wording", "no jump sign"))
    if findings.referred_pain is True or (findings.referred_pain is None and area):
        if area:
            parts.append(translate("wording", "referral to {area}").format(area=area))
        else:
            parts.append(translate("wording", "referred pain"))
    elif findings.referred_pain is False:
        parts.append(translate("wording", "no referral"))
    return "; ".join(parts)


def complication_text(complications: list[Complication] | tuple[Complication, ...]) -> str:
    """The recorded complications in words, in the order offered."""
    return ", ".join(complication_label(c) for c in COMPLICATION_LABELS if c in complications)
