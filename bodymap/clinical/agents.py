"""Known local anaesthetics: class, published maximum doses, and recognising a typed name.

Every number here is in docs/clinical-basis.md §5.3 with its source. Where the drug label and the
review differ, the lower figure is used (§5.3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from bodymap.model import Injection

AgentClass = Literal["amide", "ester"]


@dataclass(frozen=True)
class Maximum:
    """A maximum single dose: mg per kg of body weight, and an absolute cap in mg (or none)."""

    mg_per_kg: float
    cap_mg: float | None

    def limit_mg(self, weight_kg: float) -> float:
        """The maximum for this weight: mg/kg x kg, capped."""
        by_weight = self.mg_per_kg * weight_kg
        return by_weight if self.cap_mg is None else min(by_weight, self.cap_mg)

    @property
    def text(self) -> str:
        """E.g. "4.5 mg/kg, at most 300 mg"."""
        per_kg = f"{self.mg_per_kg:g} mg/kg"
        return per_kg if self.cap_mg is None else f"{per_kg}, at most {self.cap_mg:g} mg"


@dataclass(frozen=True)
class KnownAgent:
    """A local anaesthetic the app knows: id, display name, class and maxima (§5.3).

    ``names`` are the lower-case words that identify it in typed text: the generic name, other
    generic spellings, and brand names where a cited source names the product.
    """

    id: str
    name: str
    agent_class: AgentClass
    plain: Maximum
    with_epinephrine: Maximum
    names: tuple[str, ...]

    def maximum(self, *, with_epinephrine: bool) -> Maximum:
        """The maximum for a plain solution or one with epinephrine."""
        return self.with_epinephrine if with_epinephrine else self.plain


def _same(mg_per_kg: float, cap_mg: float | None) -> tuple[Maximum, Maximum]:
    return Maximum(mg_per_kg, cap_mg), Maximum(mg_per_kg, cap_mg)


KNOWN_AGENTS: Final[tuple[KnownAgent, ...]] = (
    # clinical-basis §5.3, table of maxima; sources [5-1] to [5-4].
    KnownAgent(
        "lidocaine",
        "Lidocaine",
        "amide",
        Maximum(4.5, 300.0),
        Maximum(7.0, 500.0),
        ("lidocaine", "lignocaine", "xylocaine"),
    ),
    KnownAgent(
        "bupivacaine",
        "Bupivacaine",
        "amide",
        Maximum(2.0, 175.0),
        Maximum(3.0, 225.0),
        ("bupivacaine",),
    ),
    KnownAgent(
        "levobupivacaine",
        "Levobupivacaine",
        "amide",
        Maximum(2.0, 150.0),
        Maximum(3.0, 150.0),
        ("levobupivacaine",),
    ),
    KnownAgent("ropivacaine", "Ropivacaine", "amide", *_same(3.0, 200.0), ("ropivacaine",)),
    KnownAgent(
        "mepivacaine",
        "Mepivacaine",
        "amide",
        Maximum(4.5, 350.0),
        Maximum(7.0, 500.0),
        ("mepivacaine", "polocaine"),
    ),
    KnownAgent("articaine", "Articaine", "amide", *_same(7.0, None), ("articaine",)),
    KnownAgent(
        "prilocaine",
        "Prilocaine",
        "amide",
        Maximum(6.0, 400.0),
        Maximum(8.0, 600.0),
        ("prilocaine",),
    ),
    KnownAgent(
        "chloroprocaine",
        "Chloroprocaine",
        "ester",
        Maximum(10.0, 800.0),
        Maximum(12.0, 1000.0),
        ("chloroprocaine", "nesacaine"),
    ),
    KnownAgent("procaine", "Procaine", "ester", *_same(10.0, 600.0), ("procaine",)),
)
"""The local anaesthetics whose maximum dose the app checks, in the order lists show them."""

_BY_ID: Final = {agent.id: agent for agent in KNOWN_AGENTS}
_BY_NAME: Final = {name: agent for agent in KNOWN_AGENTS for name in agent.names}

ESTER_ONLY_NAMES: Final = frozenset({"cocaine", "tetracaine", "benzocaine", "amethocaine"})
"""Ester local anaesthetics that are never injected for trigger points but may be named in an
allergy (clinical-basis §6.1); they name the ester class."""
AMIDE_ONLY_NAMES: Final = frozenset({"dibucaine", "cinchocaine", "etidocaine"})
"""Amide local anaesthetics not injected for trigger points, named only in allergies."""

_WORD: Final = re.compile(r"[a-z]+")


def known_agent(agent_id: str) -> KnownAgent | None:
    """The known agent with this id ("lidocaine", "mepivacaine", ...), or None."""
    return _BY_ID.get(agent_id)


def agents_named_in(text: str) -> tuple[KnownAgent, ...]:
    """The known agents a free text names (whole words, case-insensitive), in text order."""
    found: list[KnownAgent] = []
    for word in _WORD.findall(text.casefold()):
        agent = _BY_NAME.get(word)
        if agent is not None and agent not in found:
            found.append(agent)
    return tuple(found)


def identify_agent(injection: Injection) -> KnownAgent | None:
    """The local anaesthetic an injection gives, or None (saline, or not identified).

    An "other" agent is identified when its typed name names exactly one known agent
    ("Mepivacaine 1%", "levobupivacaine"); a name with two agents (a mixture) or none is not
    (clinical-basis §5.2).
    """
    if injection.agent == "saline":
        return None
    if injection.agent != "other":
        return _BY_ID[injection.agent]
    named = agents_named_in(injection.agent_other)
    return named[0] if len(named) == 1 else None


def is_unidentified(injection: Injection) -> bool:
    """Whether the app cannot tell which drug an "other" injection is (dose not checked)."""
    return injection.agent == "other" and identify_agent(injection) is None
