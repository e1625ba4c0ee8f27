"""Reading Qt Linguist ``.ts`` files and checking their entries, without Qt.

Each check returns the problems it finds as lines a translator can act on ("de: context
'record', 'Trigger point': unfinished"), so a failing test lists them all at once.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PLURAL_FORMS = {"de": 2, "es": 2, "en": 2}
"""Numerus forms Qt Linguist uses for each language (German and Spanish, like English, have a
singular and one plural)."""
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_MNEMONIC = re.compile(r"&(?!&)")


@dataclass(frozen=True)
class Entry:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    comment: str
    kind: str
    """The translation's ``type``: "" (finished), "unfinished", "vanished" or "obsolete"."""
    forms: tuple[str, ...]
    """The translation, or its numerus forms."""
    numerus: bool

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the text: context, source and disambiguation."""
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        """The entry as a translator finds it."""
        disambiguation = f" ({self.comment})" if self.comment else ""
        return f"context {self.context!r}, {self.source!r}{disambiguation}"


def read(path: Path) -> tuple[str, list[Entry]]:
    """The language attribute and the entries of a ``.ts`` file."""
    root = ElementTree.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "unfinished", ()
            elif numerus:
                kind = translation.get("type", "")
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                kind, forms = translation.get("type", ""), (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    kind=kind,
                    forms=forms,
                    numerus=numerus,
                )
            )
    return root.get("language", ""), entries


def language_of(path: Path) -> str:
    """The language code of ``bodymap_de.ts``: "de"."""
    return path.stem.rsplit("_", 1)[-1]


def unfinished(entries: list[Entry]) -> list[str]:
    """Entries without a finished translation (empty, or still marked unfinished)."""
    return [
        f"{entry.where()}: unfinished"
        for entry in entries
        if entry.kind == "unfinished" or (entry.kind == "" and not all(entry.forms))
    ]


def vanished(entries: list[Entry]) -> list[str]:
    """Entries whose text is no longer in the code (lupdate keeps them for the translator)."""
    return [
        f"{entry.where()}: {entry.kind}, no longer in the code"
        for entry in entries
        if entry.kind in ("vanished", "obsolete")
    ]


def placeholders(text: str) -> Counter[str]:
    """The ``{name}`` placeholders of ``text``, with how often each occurs."""
    return Counter(_PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    """How many ``&`` mnemonic marks ``text`` has (``&&`` is a literal ampersand)."""
    return len(_MNEMONIC.findall(text.replace("&&", "")))


def mismatched(entries: list[Entry]) -> list[str]:
    """Translations whose placeholders, ``%n`` or mnemonic differ from their source."""
    problems = []
    for entry in entries:
        if entry.kind in ("vanished", "obsolete"):
            continue
        wanted = set(placeholders(entry.source))
        for form in entry.forms:
            if not form:
                continue
            if set(placeholders(form)) != wanted:
                problems.append(
                    f"{entry.where()}: placeholders {sorted(placeholders(form))} "
                    f"instead of {sorted(wanted)} in {form!r}"
                )
            if ("%n" in form) != ("%n" in entry.source):
                problems.append(f"{entry.where()}: %n differs from the source in {form!r}")
            if mnemonics(form) != mnemonics(entry.source):
                problems.append(
                    f"{entry.where()}: {mnemonics(form)} mnemonic marks (&) instead of "
                    f"{mnemonics(entry.source)} in {form!r}"
                )
    return problems


def missing_plural_forms(entries: list[Entry], language: str) -> list[str]:
    """Texts with plural forms that do not have each of the language's forms."""
    wanted = PLURAL_FORMS[language]
    return [
        f"{entry.where()}: {sum(1 for form in entry.forms if form)} of {wanted} plural forms"
        for entry in entries
        if entry.numerus
        and entry.kind not in ("vanished", "obsolete")
        and (len(entry.forms) != wanted or not all(entry.forms))
    ]


def out_of_date(entries: list[Entry], extracted: list[Entry]) -> list[str]:
    """Texts of the code (``extracted`` by lupdate) that the file lacks, and the file's texts
    the code no longer has but lupdate has not marked vanished yet."""
    have = {entry.key for entry in entries}
    live = {entry.key for entry in entries if entry.kind not in ("vanished", "obsolete")}
    code = {entry.key for entry in extracted}
    missing = [f"context {c!r}, {s!r}: in the code, not in the file" for c, s, _ in code - have]
    stale = [f"context {c!r}, {s!r}: in the file, not in the code" for c, s, _ in live - code]
    return sorted(missing) + sorted(stale)
