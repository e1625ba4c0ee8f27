"""Local anaesthetic allergy: the ticked box, and the allergies field read safety-first.

The allergies field is where allergies are written, so any mention there of a local
anaesthetic counts as an allergy to its class, WHATEVER negation surrounds it ("NKDA except
lidocaine", "did not tolerate lidocaine", "never give bupivacaine"): a missed allergy can kill,
a false alarm costs one edit (clinical-basis §6.1). Only a whole field that says no allergy and
names no drug ("NKDA", "no known allergies", "none") is not read as one. Mentions are: a known
agent by generic name, brand, accented or misspelt form (a misspelling counts for every class
too: it may be a brand bodymap does not know); another "-caine(s)" word; EMLA;
"amide" or "ester"; PABA (the ester metabolite); "LA", "local anaesthetic", "dental
anaesthetic", "numbing injection" and the like; in German and Spanish too ("Lokalanästhetika
vom Amidtyp", "alergia a anestésicos locales", "-caína"). Parabens and sulfites are read too:
they are excipients of some local anaesthetic solutions (§6.1).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from bodymap.clinical.agents import (
    ABBREVIATIONS,
    AMIDE_ONLY_NAMES,
    ESTER_ONLY_NAMES,
    AgentClass,
    Component,
    agent_of_name,
    caine_words,
    classes_named_in,
    closest_name,
    components,
    exact_name,
    fold,
    joined_names,
    unaccented,
)
from bodymap.clinical.common import ClinicalWarning, _ids, _numbers
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.model import (
    DryNeedling,
    ExaminedOnly,
    Injection,
    Patient,
    Session,
    TriggerPoint,
    isolate,
)

allergy = Context("allergy")

BOX_LABEL: Final = QT_TRANSLATE_NOOP("allergy", "Allergic to local anaesthetics")
"""The patient's allergy box as the window labels it (the messages name it)."""

_CLAUSE: Final = re.compile(r"[\n;,.()/:]+")
_WORD: Final = re.compile(r"[a-z]+")
_WHOLE_FIELD_NEGATIVE: Final = re.compile(
    r"(?:nkda|nka|nkma|nil|none|no|n/?a|none known|nil known"
    r"|no known (?:drug |medication |medicine )?allerg(?:y|ies)"
    r"|no (?:drug |medication |medicine )?allerg(?:y|ies)(?: known)?)"
)
_CLASS_WORD: Final = re.compile(
    r"\b(amides?|esters?"  # English
    r"|amid|amidtyp|saureamid|saureamidtyp|estertyp"  # German (Amidtyp, Säureamidtyp)
    r"|amidas?|esteres)\b"  # Spanish (tipo amida, tipo éster)
)
_PABA: Final = re.compile(r"\b(?:paba|para-?aminobenzoic|aminobenzoic|aminobenzoates?)\b")
_GENERIC: Final = re.compile(
    r"\b(?:local|dental|spinal|epidural|regional)[\s-]+(?:an(?:a)?esthe\w*|injections?|"
    r"blocks?|numbing|freezing)\b"
    r"|\bnumbing\b"
    r"|\ban(?:a)?esthe(?:tics?|sia)\b"
    # German: Lokalanästhetikum/-a, Lokalanästhesie, örtliche Betäubung, Anästhesie
    r"|\blokalan(?:a|ae)sthe\w*"
    r"|\b(?:ortlich|lokal)\w*[\s-]+betaubung\w*"
    r"|\ban(?:a|ae)sthe(?:sie|tika|tikum)\b"
    # Spanish: anestésico(s) local(es), anestesia local, anestesia
    r"|\banestesi(?:a|cos?)\b"
)
_GENERAL: Final = re.compile(
    r"\bgeneral[\s-]+an(?:a)?esthe(?:tics?|sia)\b"
    r"|\ballgemein\w*[\s-]+an(?:a|ae)sthe\w*"
    r"|\banestesi(?:a|cos?)[\s-]+general(?:es)?\b"
)
_LA: Final = re.compile(r"(?<![A-Za-z])LAs?(?![A-Za-z])")
_DOTTED_LA: Final = re.compile(r"(?<![A-Za-z])L\.\s?A\.?(?=s?(?![A-Za-z]))")
""""L.A." and "L. A.", written as "LA" before the field is cut into clauses at full stops."""
_PARABEN: Final = re.compile(
    r"\b(?:methyl|ethyl|propyl|butyl)?parabens?\b|\b(?:methyl |propyl )?hydroxybenzoates?\b"
    # German Parabene, Methylparaben; Spanish parabeno(s), metilparabeno
    r"|\b(?:methyl|ethyl|propyl|butyl)?parabene\b"
    r"|\b(?:metil|etil|propil|butil)?parabenos?\b"
)
_SULFITE: Final = re.compile(
    r"\b(?:meta)?bisul(?:ph|f)ites?\b|\bsul(?:ph|f)ites?\b"
    # German (Meta)bisulfit(e), Sulfit(e); Spanish (meta)bisulfito(s), sulfito(s)
    r"|\b(?:meta|natriummeta)?(?:bi|di)?sulfite?\b|\b(?:meta)?(?:bi)?sulfitos?\b"
)
_EMLA: Final = ("lidocaine", "prilocaine")


@dataclass(frozen=True)
class AllergyMention:
    """A local anaesthetic named in the allergies field.

    ``word`` is what was found (folded: "xylocaine", "caines", "local anaesthetic");
    ``agent`` the known agent's name when it names one ("lidocaine" for "xylocaine");
    ``agent_class`` None when the mention does not tell the class ("local anaesthetic", an
    unknown "-caine" word): then every local anaesthetic counts.
    """

    word: str
    agent_class: AgentClass | None
    agent: str | None = None

    @property
    def text(self) -> str:
        """The mention in a message: "lidocaine", "xylocaine (lidocaine)", "local anaesthetic".

        The word found is typed text, so it is bidi-isolated (``model.isolate``): the words
        around it in a sentence keep their order whatever script the field is written in.
        """
        if self.agent is not None and self.agent != self.word:
            known = agent_of_name(self.agent)
            agent = known.name_in_text if known is not None else self.agent
            return f"{isolate(self.word)} ({agent})"
        return isolate(self.word)


@dataclass(frozen=True)
class AllergyReading:
    """What the allergies field says: local anaesthetic mentions and excipient allergies."""

    mentions: tuple[AllergyMention, ...] = ()
    paraben: bool = False
    sulfite: bool = False


def says_no_allergy(text: str) -> bool:
    """Whether an allergies field records no allergy: empty, or as a whole "NKDA", "no known
    allergies", "none" and the like (clinical-basis §6.1)."""
    folded = fold(text)
    return not folded.strip() or _is_whole_field_negative(folded)


def _is_whole_field_negative(folded: str) -> bool:
    plain = " ".join(_WORD.findall(folded.replace("n/a", "na")))
    return _WHOLE_FIELD_NEGATIVE.fullmatch(plain) is not None


def _name_mentions(clause: str) -> list[tuple[int, AllergyMention]]:
    found: list[tuple[int, AllergyMention]] = []
    for m in _WORD.finditer(clause):
        word = m.group(0)
        if word == "emla":
            found += [(m.start(), AllergyMention(word, "amide", a)) for a in _EMLA]
            continue
        shortened = ABBREVIATIONS.get(word)
        name = shortened or closest_name(word)
        if name is None:
            continue
        agent = agent_of_name(name)
        if agent is not None:
            found.append((m.start(), AllergyMention(word, agent.agent_class, agent.id)))
        elif name in ESTER_ONLY_NAMES:
            found.append((m.start(), AllergyMention(word, "ester", name)))
        elif name in AMIDE_ONLY_NAMES:
            found.append((m.start(), AllergyMention(word, "amide", name)))
        if shortened is None and exact_name(word) is None:
            # A close misspelling may be a brand bodymap does not know rather than the name it
            # resembles ("Octocaine" is lidocaine, 88 % like cocaine): every class counts too.
            found.append((m.start(), AllergyMention(word, None, name)))
    for word in caine_words(clause):
        found.append((clause.find(word), AllergyMention(word, None)))
    for m in _CLASS_WORD.finditer(clause):
        word = m.group(1)
        found.append((m.start(), AllergyMention(word, "amide" if "amid" in word else "ester")))
    for m in _PABA.finditer(clause):
        found.append((m.start(), AllergyMention(m.group(0), "ester")))
    return found


def _generic_mentions(clause: str, original: str) -> list[tuple[int, AllergyMention]]:
    general = [m.span() for m in _GENERAL.finditer(clause)]
    found = [
        (m.start(), AllergyMention(m.group(0), None))
        for m in _GENERIC.finditer(clause)
        if not any(a <= m.start() < b for a, b in general)
    ]
    found += [(m.start(), AllergyMention("LA", None)) for m in _LA.finditer(original)]
    return found


@functools.lru_cache(maxsize=256)
def read_allergies(text: str) -> AllergyReading:
    """Read an allergies field safety-first (clinical-basis §6.1); see the module docstring."""
    # The clauses of the case-folded text and of the text as written (for "LA", read in
    # capitals only) must be the same: both from the one unaccented text, whose compatibility
    # forms are spelt out ("…" is "...", a full-width comma is ","), or a clause would be
    # dropped unread.
    text = joined_names(_DOTTED_LA.sub("LA", unaccented(text)))
    folded = text.casefold()
    if not folded.strip() or _is_whole_field_negative(folded):
        return AllergyReading()
    found: list[AllergyMention] = []
    for clause, original in zip(_CLAUSE.split(folded), _CLAUSE.split(text), strict=True):
        hits = _name_mentions(clause)
        # "local anaesthetic" names every class, unless the clause names one with a class
        # word ("amide local anaesthetics"); a drug named beside it does not ("novocaine and
        # every LA").
        if _CLASS_WORD.search(clause) is None:
            hits += _generic_mentions(clause, original)
        found += [m for _, m in sorted(hits, key=lambda h: h[0])]
    return AllergyReading(
        tuple(dict.fromkeys(found)),
        paraben=_PARABEN.search(folded) is not None,
        sulfite=_SULFITE.search(folded) is not None,
    )


def allergy_mentions(text: str) -> tuple[AllergyMention, ...]:
    """The local anaesthetic mentions in an allergies field, in order (clinical-basis §6.1)."""
    return read_allergies(text).mentions


def text_allergy(patient: Patient) -> tuple[AllergyMention, ...]:
    """The mentions in the patient's allergies field: each is taken as an allergy."""
    return allergy_mentions(patient.allergies)


def _classes(component: Component) -> tuple[AgentClass | None, ...]:
    """The classes a component may belong to; None: a local anaesthetic of unknown class.

    A typed name is read word by word even when it identifies an agent, as the allergies
    field is (:func:`classes_named_in`): a misspelling identified for its dose may still be
    another drug."""
    if component.choice != "other" and component.agent is not None:
        return (component.agent.agent_class,)
    return classes_named_in(component.name)


def _local_anaesthetics(injection: Injection) -> list[tuple[str, tuple[AgentClass | None, ...]]]:
    """(name, classes) of every agent of an injection that is, or may be, a local anaesthetic.

    The name is the known agent's, or the typed name as typed and bidi-isolated."""
    found: list[tuple[str, tuple[AgentClass | None, ...]]] = []
    for c in components(injection):
        classes = _classes(c)
        if classes:
            found.append((c.agent.name_in_text if c.agent else isolate(c.name), classes))
    return found


def _class_words(agent_class: AgentClass | None) -> str:
    if agent_class == "amide":
        return translate("allergy", "amide local anaesthetics")
    if agent_class == "ester":
        return translate("allergy", "ester local anaesthetics")
    return translate("allergy", "local anaesthetics")


def _conflict(patient: Patient, treatment: ExaminedOnly | Injection | DryNeedling) -> str | None:
    if not isinstance(treatment, Injection):
        return None
    given = _local_anaesthetics(treatment)
    if not given:
        return None
    if patient.allergy_local_anaesthetic:
        names = " + ".join(name for name, _ in given)
        return translate(
            "allergy",
            "Patient is allergic to local anaesthetics: injection with {agents} is refused. "
            "Consider dry needling or normal saline.",
        ).format(agents=names)
    for mention in text_allergy(patient):
        for _, classes in given:
            if mention.agent_class is None or any(
                c in (None, mention.agent_class) for c in classes
            ):
                return translate(
                    "allergy",
                    "The allergies field mentions {mentions}: injections of {agents} are "
                    "refused. Tick '{box}', or if the patient is not allergic, reword the "
                    "allergies field. Consider dry needling or normal saline.",
                ).format(
                    mentions=mention.text,
                    agents=_class_words(mention.agent_class),
                    box=translate("allergy", BOX_LABEL),
                )
    return None


def check_treatment_allowed(
    patient: Patient, treatment: ExaminedOnly | Injection | DryNeedling
) -> str | None:
    """A refusal message when the treatment must not be given to this patient, else None.

    A patient allergic to local anaesthetics (the box ticked, or the allergies field mentioning
    one, its class, a "-caine" word or "local anaesthetic") gets no injection of one of that
    class: every agent of a mixture counts, and every agent a typed "other" name mentions. Dry
    needling or saline are the alternatives (clinical-basis §6.1).
    """
    return _conflict(patient, treatment)


def allergy_conflicts(session: Session) -> list[str]:
    """Ids of points injected with a local anaesthetic the patient is allergic to."""
    return [p.id for p in _conflicting_points(session)]


def _conflicting_points(session: Session) -> list[TriggerPoint]:
    return [
        p
        for p in sorted(session.points, key=lambda q: q.number)
        if check_treatment_allowed(session.patient, p.treatment) is not None
    ]


def _unidentified_injections(session: Session) -> list[TriggerPoint]:
    return [
        p
        for p in session.points
        if isinstance(p.treatment, Injection)
        and any(c.agent is None and not _classes(c) for c in components(p.treatment))
    ]


def allergy_warnings(session: Session) -> list[ClinicalWarning]:
    """Allergy conflicts, an allergy written only as text, agents that cannot be checked, and
    the excipient allergies (parabens, sulfites) (clinical-basis §6.1)."""
    patient = session.patient
    found: list[ClinicalWarning] = []
    conflicts = _conflicting_points(session)
    if conflicts:
        found.append(
            ClinicalWarning(
                "allergy.local_anaesthetic",
                "warning",
                allergy.tr(
                    "Patient is allergic to local anaesthetics, but points {numbers} record an "
                    "injection with one. Change to dry needling or normal saline.",
                    None,
                    len(conflicts),
                ).format(numbers=_numbers(conflicts)),
                _ids(conflicts),
            )
        )
    reading = read_allergies(patient.allergies)
    if reading.mentions and not patient.allergy_local_anaesthetic:
        words = ", ".join(dict.fromkeys(m.text for m in reading.mentions))
        classes = {m.agent_class for m in reading.mentions}
        which = _class_words(None if None in classes or len(classes) > 1 else classes.pop())
        found.append(
            ClinicalWarning(
                "allergy.text_unticked",
                "warning",
                translate(
                    "allergy",
                    "The allergies field mentions {mentions}: injections of {agents} are "
                    "refused. Tick '{box}', or if the patient is not allergic, reword the "
                    "allergies field.",
                ).format(mentions=words, agents=which, box=translate("allergy", BOX_LABEL)),
            )
        )
    if patient.allergy_local_anaesthetic or reading.mentions:
        other = _unidentified_injections(session)
        if other:
            found.append(
                ClinicalWarning(
                    "allergy.other_agent",
                    "warning",
                    allergy.tr(
                        "Patient is allergic to local anaesthetics, and the agent injected at "
                        "points {numbers} is a name the app cannot check: confirm it is not a "
                        "local anaesthetic, or change to dry needling or normal saline.",
                        None,
                        len(other),
                    ).format(numbers=_numbers(other)),
                    _ids(other),
                )
            )
    found += _excipient_warnings(session, reading)
    return found


def _excipient_warnings(session: Session, reading: AllergyReading) -> list[ClinicalWarning]:
    injected = [p for p in session.points if isinstance(p.treatment, Injection)]
    found: list[ClinicalWarning] = []
    if reading.paraben and injected:
        found.append(
            ClinicalWarning(
                "allergy.paraben",
                "caution",
                translate(
                    "allergy",
                    "The allergies field mentions parabens: multiple-dose vials of local "
                    "anaesthetic contain methylparaben. Use preservative-free (MPF) single-dose "
                    "solutions.",
                ),
                _ids(injected),
            )
        )
    with_epinephrine = [
        p for p in injected if isinstance(p.treatment, Injection) and p.treatment.with_epinephrine
    ]
    if reading.sulfite and with_epinephrine:
        found.append(
            ClinicalWarning(
                "allergy.sulfite",
                "warning",
                allergy.tr(
                    "The allergies field mentions sulfites: solutions with epinephrine contain a "
                    "sulfite antioxidant, and points {numbers} record epinephrine. Use a plain "
                    "solution.",
                    None,
                    len(with_epinephrine),
                ).format(numbers=_numbers(with_epinephrine)),
                _ids(with_epinephrine),
            )
        )
    elif reading.sulfite and injected:
        found.append(
            ClinicalWarning(
                "allergy.sulfite",
                "caution",
                translate(
                    "allergy",
                    "The allergies field mentions sulfites: solutions with epinephrine contain "
                    "a sulfite antioxidant. Use plain solutions.",
                ),
                _ids(injected),
            )
        )
    return found
