"""Known local anaesthetics: class, published maximum doses, and recognising a typed name.

Every number here is in docs/clinical-basis.md §5.3 with its source: each maximum is the lowest
of the figures cited in its row of that table. Names are recognised in typed text as whole
words after folding case and accents ("Lidocaïne" is lidocaine), by generic name, other generic
spelling or brand (§5.2), and by a close misspelling of one of them ("bupivicaine").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

from bodymap import i18n
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import Agent, Injection

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
        """E.g. "4.5 mg/kg, at most 200 mg"."""
        per_kg = i18n.decimal(f"{self.mg_per_kg:g}") + " mg/kg"
        if self.cap_mg is None:
            return per_kg
        return translate("doses", "{per_kg}, at most {cap} mg").format(
            per_kg=per_kg, cap=f"{self.cap_mg:g}"
        )


@dataclass(frozen=True)
class KnownAgent:
    """A local anaesthetic the app knows: id, English name, class and maxima (§5.3).

    ``names`` are the lower-case words that identify it in typed text: the generic name, other
    generic spellings, and brand names where a cited source names the product (§5.2).
    """

    id: str
    english_name: str
    """The name in English ("Lidocaine"); :attr:`name` gives it in the installed language."""
    agent_class: AgentClass
    plain: Maximum
    with_epinephrine: Maximum
    names: tuple[str, ...]

    @property
    def name(self) -> str:
        """The display name in the installed language ("Lidocaine", "Lidocain")."""
        return translate("agents", self.english_name)

    @property
    def name_in_text(self) -> str:
        """The name inside running text ("lidocaine"; German keeps "Lidocain")."""
        return translate("agents", self.english_name.lower())

    def maximum(self, *, with_epinephrine: bool) -> Maximum:
        """The maximum for a plain solution or one with epinephrine."""
        return self.with_epinephrine if with_epinephrine else self.plain


def _same(mg_per_kg: float, cap_mg: float | None) -> tuple[Maximum, Maximum]:
    return Maximum(mg_per_kg, cap_mg), Maximum(mg_per_kg, cap_mg)


KNOWN_AGENTS: Final[tuple[KnownAgent, ...]] = (
    # clinical-basis §5.3, table of maxima (the lowest figure cited in each row); brand names
    # from §5.2.
    KnownAgent(
        "lidocaine",
        QT_TRANSLATE_NOOP("agents", "Lidocaine"),
        "amide",
        Maximum(4.5, 200.0),  # UK SmPC cap 200 mg, below the US label's 300 mg
        Maximum(7.0, 500.0),
        ("lidocaine", "lignocaine", "xylocaine"),
    ),
    KnownAgent(
        "bupivacaine",
        QT_TRANSLATE_NOOP("agents", "Bupivacaine"),
        "amide",
        Maximum(2.0, 175.0),
        Maximum(3.0, 225.0),
        ("bupivacaine", "marcaine", "marcain", "sensorcaine", "exparel"),
    ),
    KnownAgent(
        "levobupivacaine",
        QT_TRANSLATE_NOOP("agents", "Levobupivacaine"),
        "amide",
        Maximum(2.0, 150.0),
        Maximum(3.0, 150.0),
        ("levobupivacaine", "chirocaine"),
    ),
    KnownAgent(
        "ropivacaine",
        QT_TRANSLATE_NOOP("agents", "Ropivacaine"),
        "amide",
        *_same(3.0, 200.0),
        ("ropivacaine", "naropin"),
    ),
    KnownAgent(
        "mepivacaine",
        QT_TRANSLATE_NOOP("agents", "Mepivacaine"),
        "amide",
        Maximum(4.5, 350.0),
        Maximum(7.0, 500.0),
        ("mepivacaine", "carbocaine", "polocaine"),
    ),
    KnownAgent(
        "articaine",
        QT_TRANSLATE_NOOP("agents", "Articaine"),
        "amide",
        # Plain: 4 mg/kg (German product without adrenaline), the 500 mg cap of the product
        # with adrenaline; with epinephrine: EU SmPC 7 mg/kg, at most 500 mg (§5.3).
        Maximum(4.0, 500.0),
        Maximum(7.0, 500.0),
        ("articaine", "septocaine", "septanest", "ultracaine", "ultracain", "orabloc"),
    ),
    KnownAgent(
        "prilocaine",
        QT_TRANSLATE_NOOP("agents", "Prilocaine"),
        "amide",
        Maximum(6.0, 400.0),
        Maximum(8.0, 600.0),
        ("prilocaine", "citanest"),
    ),
    KnownAgent(
        "chloroprocaine",
        QT_TRANSLATE_NOOP("agents", "Chloroprocaine"),
        "ester",
        Maximum(10.0, 800.0),
        Maximum(12.0, 1000.0),
        ("chloroprocaine", "nesacaine"),
    ),
    KnownAgent(
        "procaine",
        QT_TRANSLATE_NOOP("agents", "Procaine"),
        "ester",
        *_same(10.0, 600.0),
        ("procaine", "novocaine", "novocain"),
    ),
)
"""The local anaesthetics whose maximum dose the app checks, in the order lists show them."""
NAMES_IN_TEXT: Final = (
    QT_TRANSLATE_NOOP("agents", "lidocaine"),
    QT_TRANSLATE_NOOP("agents", "bupivacaine"),
    QT_TRANSLATE_NOOP("agents", "levobupivacaine"),
    QT_TRANSLATE_NOOP("agents", "ropivacaine"),
    QT_TRANSLATE_NOOP("agents", "mepivacaine"),
    QT_TRANSLATE_NOOP("agents", "articaine"),
    QT_TRANSLATE_NOOP("agents", "prilocaine"),
    QT_TRANSLATE_NOOP("agents", "chloroprocaine"),
    QT_TRANSLATE_NOOP("agents", "procaine"),
)
"""The names of :data:`KNOWN_AGENTS` inside running text (``KnownAgent.name_in_text``)."""

_BY_ID: Final = {agent.id: agent for agent in KNOWN_AGENTS}
_BY_NAME: Final = {name: agent for agent in KNOWN_AGENTS for name in agent.names}

ESTER_ONLY_NAMES: Final = frozenset(
    {"cocaine", "tetracaine", "amethocaine", "pontocaine", "benzocaine"}
)
"""Ester local anaesthetics that are never injected for trigger points but may be named in an
allergy (clinical-basis §6.1); they name the ester class."""
AMIDE_ONLY_NAMES: Final = frozenset({"dibucaine", "cinchocaine", "etidocaine"})
"""Amide local anaesthetics not injected for trigger points, named only in allergies."""

ABBREVIATIONS: Final = {
    "lido": "lidocaine",
    "lidoc": "lidocaine",
    "ligno": "lignocaine",
    "xylo": "xylocaine",
    "bupi": "bupivacaine",
    "bupiv": "bupivacaine",
    "ropi": "ropivacaine",
    "ropiv": "ropivacaine",
    "mepi": "mepivacaine",
    "mepiv": "mepivacaine",
    "prilo": "prilocaine",
}
"""Shortened names of local anaesthetics as charts write them ("lido"), read in the allergies
field as the full name (clinical-basis §6.1). Only starts of four or five letters of the generic
names and of Xylocaine, each of one local anaesthetic only. A typed agent name is not read so:
"lido" there is not identified, and its dose is said to be not checked."""

MIN_FUZZY_LENGTH: Final = 6
"""Shorter words are matched exactly only (clinical-basis §6.1)."""
FUZZY_RATIO: Final = 0.85
"""A word at least this similar to a known name (difflib ratio) is taken as that name."""

_WORD: Final = re.compile(r"[a-z]+")
_CAINE: Final = re.compile(r"[a-z]*cain(?:e|es|s|a|as)?")
"""A word ending like a local anaesthetic's name: "-caine(s)", "-cain(s)", Spanish "-caína(s)"."""
_ALL_NAMES: Final = (
    *_BY_NAME,
    *ESTER_ONLY_NAMES,
    *AMIDE_ONLY_NAMES,
)


def unaccented(text: str) -> str:
    """``text`` with compatibility forms spelt out (NFKD: "…" is "...", a full-width comma
    is ",") and accents removed ("Lidocaïne" -> "Lidocaine"), its case kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Text for matching: :func:`unaccented` ("lidocaïne" -> "lidocaine") and case folded."""
    return unaccented(text).casefold()


_DASH = r"[-\u00ad\u2010-\u2015\u2212]"  # hyphen, soft hyphen, the dashes, the minus sign
_ENANTIOMER: Final = re.compile(
    rf"(?<![a-z])(?:levo|l|s|\(\s*s\s*\))\s*(?:{_DASH}\s*)?"  # "Levo-", "L ", "(S)-", "S-"
    rf"(?:\(\s*{_DASH}\s*\)\s*(?:{_DASH}\s*)?)?"  # the rotation: "(-)-", a minus sign too
    r"(?=bupivac)",
    re.IGNORECASE,
)
"""A prefix naming levobupivacaine, the S(-)-enantiomer of bupivacaine, written apart from the
name: "Levo-bupivacaine", "levo bupivacaine", "L-bupivacaine", "(S)-bupivacaine",
"S(-)-bupivacaine", "(S)-(-)-bupivacaine", "S(-)bupivacaine", with any dash or the minus sign,
or a space (clinical-basis §5.2)."""


def joined_names(text: str) -> str:
    """``text`` with the names written in two parts joined into the one name they are:
    "Levo-bupivacaine", "L-bupivacaine" and "(S)-bupivacaine" are levobupivacaine, whose
    maximum dose is lower than bupivacaine's (clinical-basis §5.2)."""
    return _ENANTIOMER.sub("levo", text)


def words(text: str) -> list[str]:
    """The folded letter words of a text, in order (names in two parts joined:
    :func:`joined_names`, after folding, so that full-width and other compatibility forms of
    the parts are joined too)."""
    return _WORD.findall(joined_names(fold(text)))


def exact_name(word: str) -> str | None:
    """The known local anaesthetic name (generic, brand, or one of §6.1 that is only ever an
    allergy) this folded word is, as written, in the plural, or with the German or Spanish
    ending of the international name ("procain", "procaina" and "lidocaines" are procaine,
    procaine and lidocaine, clinical-basis §6.1); None otherwise."""
    stems = [word, word[:-1]] if word.endswith("s") else [word]
    for stem in stems:
        spellings = [stem]
        if stem.endswith("cain"):
            spellings.append(stem + "e")
        elif stem.endswith("caina"):
            spellings.append(stem[:-1] + "e")
        for spelling in spellings:
            if spelling in _BY_NAME or spelling in ESTER_ONLY_NAMES or spelling in AMIDE_ONLY_NAMES:
                return spelling
    return None


@functools.lru_cache(maxsize=4096)
def closest_name(word: str) -> str | None:
    """The known local anaesthetic name this folded word is, or a close misspelling of.

    Exact names (:func:`exact_name`) first; then, for words of at least six letters, the most
    similar name when it is at least 85% similar ("bupivicaine" -> "bupivacaine"). None when
    the word names no local anaesthetic.
    """
    exact = exact_name(word)
    if exact is not None:
        return exact
    if len(word) < MIN_FUZZY_LENGTH:
        return None
    import difflib  # only for a word that is not a known name: not needed at start-up

    close = difflib.get_close_matches(word, _ALL_NAMES, n=1, cutoff=FUZZY_RATIO)
    return close[0] if close else None


def agent_of_name(name: str) -> KnownAgent | None:
    """The known agent a (folded, exact or corrected) name stands for, or None."""
    return _BY_NAME.get(name)


def known_agent(agent_id: str) -> KnownAgent | None:
    """The known agent with this id ("lidocaine", "mepivacaine", ...), or None."""
    return _BY_ID.get(agent_id)


def agents_named_in(text: str) -> tuple[KnownAgent, ...]:
    """The known agents a free text names (whole words, case and accents folded, brands and
    close misspellings included), in text order."""
    found: list[KnownAgent] = []
    for word in words(text):
        name = closest_name(word)
        agent = _BY_NAME.get(name) if name is not None else None
        if agent is not None and agent not in found:
            found.append(agent)
    return tuple(found)


def caine_words(text: str) -> tuple[str, ...]:
    """Words of a text that end like a local anaesthetic's name ("-caine", "-cain", "-caines";
    Spanish "-caína", "-caínas") but are not a known agent: an anaesthetic the app does not
    know (clinical-basis §6.1)."""
    found: list[str] = []
    for word in words(text):
        if _CAINE.fullmatch(word) and closest_name(word) is None:
            found.append(word)
    return tuple(dict.fromkeys(found))


def classes_named_in(text: str) -> tuple[AgentClass | None, ...]:
    """The classes of the local anaesthetics a typed name may be, for the allergy check
    (clinical-basis §6.1): the class of each known agent and of each name known only from
    allergies, and None (it may be of either class) for any other "-caine" word and for a close
    misspelling, which may be a brand bodymap does not know rather than the name it resembles
    ("Octocaine", lidocaine with epinephrine, is 88 % like cocaine). Empty when the text names
    no local anaesthetic."""
    found: list[AgentClass | None] = []
    for word in words(text):
        name = ABBREVIATIONS.get(word) or closest_name(word)
        if name is None:
            if _CAINE.fullmatch(word):
                found.append(None)
            continue
        known = _BY_NAME.get(name)
        if known is not None:
            found.append(known.agent_class)
        elif name in ESTER_ONLY_NAMES:
            found.append("ester")
        elif name in AMIDE_ONLY_NAMES:
            found.append("amide")
        if exact_name(word) is None and word not in ABBREVIATIONS:
            found.append(None)
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Component:
    """One local anaesthetic in an injection: the injection's own agent, or a mixed-in one.

    ``agent`` is None when the app cannot tell which drug it is (an "other" name naming none,
    or several, known agents); ``named`` then holds the known agents the typed name mentions.
    """

    agent: KnownAgent | None
    name: str
    concentration_percent: float | None
    volume_ml: float
    with_epinephrine: bool
    named: tuple[KnownAgent, ...] = ()
    choice: Agent = "other"
    """The agent as chosen in the model ("lidocaine", ..., "other")."""
    in_mixture: bool = False
    """Whether the injection mixes several agents."""

    @property
    def mg(self) -> float | None:
        """mg of this agent: concentration x 10 x mL (clinical-basis §5.1); None without a
        concentration."""
        if self.concentration_percent is None:
            return None
        return 10.0 * self.concentration_percent * self.volume_ml


def _identify(agent: Agent, agent_other: str) -> tuple[KnownAgent | None, tuple[KnownAgent, ...]]:
    """The agent a typed name is, and every known agent it names, shortened names included.

    Identified only when it names exactly one known agent in full and nothing else that is or
    may be a local anaesthetic: no shortened name ("Lido / Marcaine" is two agents, "lido"
    alone is not read as lidocaine for its dose), no name known only from allergies
    ("Lidocaine + tetracaine"), no other "-caine" word (clinical-basis §5.2).
    """
    if agent != "other":
        return _BY_ID[agent], ()
    named = agents_named_in(agent_other)
    typed = words(agent_other)
    shortened = [_BY_NAME[ABBREVIATIONS[w]] for w in typed if w in ABBREVIATIONS]
    allergy_only = [
        w for w in typed if (name := closest_name(w)) is not None and agent_of_name(name) is None
    ]
    unsure = bool(shortened or allergy_only or caine_words(agent_other))
    everything = tuple(dict.fromkeys((*named, *shortened)))
    return (named[0] if len(named) == 1 and not unsure else None), everything


def _component(
    agent: Agent, agent_other: str, concentration: float | None, injection: Injection
) -> Component:
    known, named = _identify(agent, agent_other)
    name = agent_other.strip() if agent == "other" else (known.name if known else agent)
    return Component(
        known,
        name,
        concentration,
        injection.volume_ml,
        injection.with_epinephrine,
        named,
        agent,
        bool(injection.mixed_with),
    )


def components(injection: Injection) -> tuple[Component, ...]:
    """The local anaesthetics of an injection, its own agent first (clinical-basis §5.2).

    Empty for saline. Every component shares the injection's volume and epinephrine.
    """
    if injection.agent == "saline":
        return ()
    first = _component(
        injection.agent, injection.agent_other, injection.concentration_percent, injection
    )
    rest = [
        _component(m.agent, m.agent_other, m.concentration_percent, injection)
        for m in injection.mixed_with
    ]
    return (first, *rest)


def identify_agent(injection: Injection) -> KnownAgent | None:
    """The local anaesthetic an injection's own agent is, or None (saline, or not identified).

    An "other" agent is identified when its typed name names exactly one known agent
    ("Mepivacaine 1%", "Marcaine", "levobupivacaine") and no unknown "-caine" word; a name with
    two agents (a mixture typed as one name) or none is not (clinical-basis §5.2). Agents mixed
    in (``mixed_with``) are in :func:`components`.
    """
    found = components(injection)
    return found[0].agent if found else None


def is_unidentified(injection: Injection) -> bool:
    """Whether the app cannot tell which drug some agent of an injection is (dose not
    checked)."""
    return any(c.agent is None for c in components(injection))
