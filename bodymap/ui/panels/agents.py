"""The agent list of the injection fields, what a typed name was identified as, and the
strength field.

The list offers every local anaesthetic whose maximum dose the app knows (clinical-basis §5.3),
normal saline, and "other" with a typed name that is identified when it names a known agent
(§5.2) and otherwise says "dose not checked".
"""

from __future__ import annotations

import typing
from dataclasses import dataclass

from bodymap import clinical, i18n
from bodymap.clinical import wording
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import Agent, Injection, isolate
from bodymap.ui.panels.ranges import BoundedSpin, Bounds

_MODEL_AGENTS = frozenset(typing.get_args(Agent))
_CLASS_WORDS = {
    "amide": QT_TRANSLATE_NOOP("agents", "amide"),
    "ester": QT_TRANSLATE_NOOP("agents", "ester"),
}
"""Each class of local anaesthetic in words (translated where shown)."""
STRENGTH_DECIMALS = 3
"""Strengths in the syringe need three decimals: bupivacaine 0.25 % mixed 1:1 is 0.125 %."""


@dataclass(frozen=True)
class AgentChoice:
    """One row of the agent list and what choosing it stores.

    A known agent the model has no id for is stored as "other" with its name
    (``agent_other``), which identifies it again (clinical-basis §5.2).
    """

    label: str
    """The row's text in English (translated where shown: :attr:`text`)."""
    agent: Agent
    name: str = ""
    strengths: tuple[float, ...] = ()
    """Common strengths in % (clinical-basis §5.1), offered as buttons; the first is the
    default when the agent is chosen. None known: the strength must be entered."""

    @property
    def text(self) -> str:
        """The row's text in the installed language."""
        return translate("agents", self.label)


def _choices() -> tuple[AgentChoice, ...]:
    rows = []
    for known in clinical.KNOWN_AGENTS:
        strengths = tuple(
            p.concentration_percent
            for p in clinical.AGENT_PRESETS
            if p.agent == known.id and p.concentration_percent is not None
        )
        if known.id in _MODEL_AGENTS:
            rows.append(
                AgentChoice(known.english_name, typing.cast(Agent, known.id), "", strengths)
            )
        else:
            # The name is stored in English (``agent_other``), whatever the language shown.
            rows.append(AgentChoice(known.english_name, "other", known.english_name, strengths))
    rows.append(
        AgentChoice(QT_TRANSLATE_NOOP("agents", "Normal saline 0.9%"), "saline", "", (0.9,))
    )
    rows.append(AgentChoice(QT_TRANSLATE_NOOP("agents", "Other (type the name)"), "other"))
    return tuple(rows)


AGENT_CHOICES = _choices()
"""The agent list: every known local anaesthetic in table order, saline, then "other"."""
OTHER = AGENT_CHOICES[-1]


def choice_for(injection: Injection) -> AgentChoice:
    """The row an injection shows as: its known agent, saline, or "other" (typed name)."""
    if injection.agent != "other":
        return next(c for c in AGENT_CHOICES if c.agent == injection.agent)
    typed = injection.agent_other.strip().casefold()
    return next((c for c in AGENT_CHOICES if c.name and c.name.casefold() == typed), OTHER)


def identification_text(injection: Injection) -> str:
    """What a typed "other" agent was identified as, or that its dose is not checked."""
    if injection.agent != "other":
        return ""
    known = clinical.identify_agent(injection)
    if known is None:
        return translate(
            "agents",
            "{name} is not a local anaesthetic the app knows: {not_checked}. Check the dose "
            "against its label.",
        ).format(
            name=isolate(injection.agent_other.strip()),
            not_checked=translate("doses", wording.DOSE_NOT_CHECKED),
        )
    return translate(
        "agents", "Identified as {name} ({agent_class}): the dose is checked against its maximum."
    ).format(
        name=known.name_in_text, agent_class=translate("agents", _CLASS_WORDS[known.agent_class])
    )


class StrengthSpin(BoundedSpin):
    """A concentration in %, to three decimals, shown without trailing zeros ("0.125 %",
    "1 %"); "missing" when not recorded (never 0, clinical-basis §5.1)."""

    def __init__(self, label: str, bounds: Bounds, *, step: float = 0.25) -> None:
        super().__init__(
            label,
            bounds,
            step=step,
            decimals=STRENGTH_DECIMALS,
            unit="%",
            none_text=translate("agents", "missing"),
        )

    def textFromValue(self, value: float) -> str:
        text = f"{value:.{STRENGTH_DECIMALS}f}".rstrip("0").rstrip(".")
        return i18n.decimal(text or "0")
