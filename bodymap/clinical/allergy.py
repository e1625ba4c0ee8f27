"""Local anaesthetic allergy: the ticked box and an allergy written only as text.

Reading the text (clinical-basis §6.1): a known agent's name, another "-caine" word, the words
"amide" or "ester", or "local anaesthetic" count as a mention; a mention in a negative clause
("no allergy to lidocaine", "tolerated lidocaine") is not taken as an allergy but is shown for
checking. Cocaine is itself an ester local anaesthetic, so it names the ester class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bodymap.clinical.agents import (
    AMIDE_ONLY_NAMES,
    ESTER_ONLY_NAMES,
    KNOWN_AGENTS,
    AgentClass,
    identify_agent,
    is_unidentified,
)
from bodymap.clinical.common import ClinicalWarning, _ids, _numbers
from bodymap.clinical.wording import agent_name
from bodymap.model import DryNeedling, ExaminedOnly, Injection, Patient, Session

_CLAUSE: Final = re.compile(r"[\n;,.()/]+")
_NEGATION: Final = re.compile(
    r"\b(no|not|non|none|never|denies|denied|without|negative|tolerates|tolerated|nkda|nka)\b"
)
_CLASS_WORDS: Final = re.compile(r"\b(amides?|esters?)\b")
_LOCAL_ANAESTHETIC: Final = re.compile(r"\blocal\s+an(?:a)?esthe(?:tics?|sia)\b")
_CAINE: Final = re.compile(r"\b[a-z]*caine\b")
_CLASS_OF_NAME: Final[dict[str, AgentClass]] = {
    **{name: a.agent_class for a in KNOWN_AGENTS for name in a.names},
    **dict.fromkeys(ESTER_ONLY_NAMES, "ester"),
    **dict.fromkeys(AMIDE_ONLY_NAMES, "amide"),
}


@dataclass(frozen=True)
class AllergyMention:
    """A local anaesthetic named in the allergies text.

    ``agent_class`` is None when the mention does not tell the class ("local anaesthetic",
    an unknown "-caine" word): then every local anaesthetic counts.
    """

    word: str
    agent_class: AgentClass | None
    negated: bool


def allergy_mentions(text: str) -> tuple[AllergyMention, ...]:
    """The local anaesthetic mentions in an allergies text, in order (clinical-basis §6.1)."""
    found: list[AllergyMention] = []
    for clause in _CLAUSE.split(text.casefold()):
        negation = _NEGATION.search(clause)
        hits: list[tuple[int, str, AgentClass | None]] = []
        for m in _CAINE.finditer(clause):
            hits.append((m.start(), m.group(0), _CLASS_OF_NAME.get(m.group(0))))
        for m in re.finditer(r"[a-z]+", clause):
            word = m.group(0)
            if word in _CLASS_OF_NAME and not word.endswith("caine"):
                hits.append((m.start(), word, _CLASS_OF_NAME[word]))
        for m in _CLASS_WORDS.finditer(clause):
            word = m.group(1)
            hits.append((m.start(), word, "amide" if word.startswith("amide") else "ester"))
        if not any(agent_class is not None for _, _, agent_class in hits):
            # "local anaesthetic" names every class, unless the clause names one
            # ("amide local anaesthetics").
            for m in _LOCAL_ANAESTHETIC.finditer(clause):
                hits.append((m.start(), m.group(0), None))
        for start, word, agent_class in sorted(hits):
            negated = negation is not None and negation.start() < start
            found.append(AllergyMention(word, agent_class, negated))
    return tuple(found)


def text_allergy(patient: Patient) -> tuple[AllergyMention, ...]:
    """The mentions in the allergies text that are taken as an allergy (not negated)."""
    return tuple(m for m in allergy_mentions(patient.allergies) if not m.negated)


def _conflict(patient: Patient, treatment: ExaminedOnly | Injection | DryNeedling) -> str | None:
    if not isinstance(treatment, Injection):
        return None
    agent = identify_agent(treatment)
    if agent is None:
        return None
    name = agent_name(treatment).lower()
    if patient.allergy_local_anaesthetic:
        return (
            f"Patient is allergic to local anaesthetics: injection with {name} is refused. "
            "Consider dry needling or normal saline."
        )
    for mention in text_allergy(patient):
        if mention.agent_class is None or mention.agent_class == agent.agent_class:
            what = (
                "local anaesthetics"
                if mention.agent_class is None
                else f"{mention.agent_class} local anaesthetics"
            )
            return (
                f'The allergies entry names "{mention.word}": injection with {name} ('
                f"{agent.agent_class}) is refused as an allergy to {what}. Consider dry "
                "needling or normal saline, and tick the local anaesthetic allergy box."
            )
    return None


def check_treatment_allowed(
    patient: Patient, treatment: ExaminedOnly | Injection | DryNeedling
) -> str | None:
    """A refusal message when the treatment must not be given to this patient, else None.

    A patient allergic to local anaesthetics (the box ticked, or the allergies text naming
    one, its class or a "-caine" word) gets no injection of one of that class; dry needling
    or saline are the alternatives (clinical-basis §6.1).
    """
    return _conflict(patient, treatment)


def allergy_conflicts(session: Session) -> list[str]:
    """Ids of points injected with a local anaesthetic the patient is allergic to."""
    return [
        p.id
        for p in sorted(session.points, key=lambda q: q.number)
        if check_treatment_allowed(session.patient, p.treatment) is not None
    ]


def allergy_warnings(session: Session) -> list[ClinicalWarning]:
    """Allergy conflicts, an allergy written only as text, unidentified agents to check."""
    patient = session.patient
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
    mentions = allergy_mentions(patient.allergies)
    named = [m for m in mentions if not m.negated]
    if named and not patient.allergy_local_anaesthetic:
        words = ", ".join(dict.fromkeys(f'"{m.word}"' for m in named))
        found.append(
            ClinicalWarning(
                "allergy.text_unticked",
                "warning",
                f"The allergies entry names a local anaesthetic ({words}) but the local "
                "anaesthetic allergy box is not ticked. Tick it if the allergy is real; "
                "injections of that class are refused meanwhile.",
            )
        )
    negated = [m for m in mentions if m.negated]
    if negated:
        words = ", ".join(dict.fromkeys(f'"{m.word}"' for m in negated))
        found.append(
            ClinicalWarning(
                "allergy.text_check",
                "info",
                f"The allergies entry mentions {words} in a negative phrase, so no allergy is "
                "assumed. Check the entry.",
            )
        )
    if patient.allergy_local_anaesthetic or named:
        other = [
            p
            for p in session.points
            if isinstance(p.treatment, Injection) and is_unidentified(p.treatment)
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
