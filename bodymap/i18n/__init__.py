"""Translation for every layer, without Qt: one function marks and translates a visible text.

``translate("cautions", "Point {number}: {where}").format(number=3, where=...)`` returns the
text in the language installed, or the English source text until one is. The values go in
AFTER translation, through named placeholders, so a translator can put them in any order; a
sentence is never built from pieces a translator cannot reorder, and user text, ids, codes and
file names are never translated.

``pyside6-lupdate`` finds every ``translate("context", "text")`` and
``translate("context", "text", "disambiguation")`` (literal strings, positional arguments)
and writes them to ``bodymap/i18n/bodymap_*.ts``. Two more spellings cover what it cannot
read from a ``translate`` call:

- a text kept in a table and translated where it is shown is marked
  ``QT_TRANSLATE_NOOP("context", "text")`` where it is written;
- a text with plural forms is ``NAME.tr("%n points", None, n)`` on a :class:`Context`
  kept in a variable of the context's own name (lupdate takes the name before ``.tr`` as the
  context, and reads plural forms only from ``tr`` calls).

The Qt layers install the translations (:mod:`bodymap.languages`); this module only holds
the function they install, so the model, anatomy, clinical and storage layers can translate
without importing Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import logging
import threading
import unicodedata
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Final, Protocol

LANGUAGES: Final[Mapping[str, str]] = {"en": "English", "de": "Deutsch", "es": "Español"}
"""The languages bodymap speaks, by code, each named in itself (as a language list shows it)."""
SOURCE_LANGUAGE: Final = "en"
"""The language of the texts in the code: no translation is installed for it."""
ENGLISH_PLURALS: Final = Path(__file__).resolve().parent / "bodymap_en.ts"
"""The English singular and plural of each text with plural forms (``lupdate -pluralonly``):
the code holds one English form, so English takes the other from here, read without Qt."""
_log = logging.getLogger(__name__)


class Translator(Protocol):
    """What :func:`install` takes: the translation of ``text`` in ``context`` (with its
    disambiguation, and the count ``n`` for plural forms, -1 for none), or "" when there is
    none."""

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str: ...


DateFormatter = Callable[[dt.date], str]


def _iso_date(value: dt.date) -> str:
    return value.isoformat()


class _Installed:
    """The language installed for the process; one value, swapped whole."""

    def __init__(
        self,
        language: str,
        translator: Translator | None,
        dates: DateFormatter,
        decimal_point: str = ".",
        group_separator: str = ",",
    ) -> None:
        self.language = language
        self.translator = translator
        self.dates = dates
        self.decimal_point = decimal_point
        self.group_separator = group_separator
        self.edition = next(_editions)


_editions = itertools.count()
_SOURCE: Final = _Installed(SOURCE_LANGUAGE, None, _iso_date)
_installed = _SOURCE
_thread = threading.local()
"""``source``: this thread writes the source language for now (:func:`untranslated`)."""


def install(
    translator: Translator | None,
    *,
    language: str = SOURCE_LANGUAGE,
    dates: DateFormatter | None = None,
    decimal_point: str = ".",
    group_separator: str = ",",
) -> None:
    """Use ``translator`` from now on, for ``language``, and write dates with ``dates``
    (``None``: the ISO form, 2024-05-03, as in English), decimals with ``decimal_point``
    and thousands with ``group_separator`` ("," and "." in German and Spanish).

    ``install(None)`` goes back to the source language.
    """
    global _installed
    if translator is None and dates is None:
        _installed = _SOURCE
        return
    _installed = _Installed(
        language, translator, dates or _iso_date, decimal_point, group_separator
    )


def _current() -> _Installed:
    return _SOURCE if getattr(_thread, "source", False) else _installed


def edition() -> int:
    """A number of its own for each installed translation (the source language's is 0): what
    caches of translated texts key on, since two translations may share a language code."""
    return _current().edition


def language() -> str:
    """The code of the language texts are translated into now ("en", "de", "es")."""
    return _current().language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language, with ``%n`` replaced by ``n`` (for ``n >= 0``).

    Args:
        context: where the text is used ("cautions", "record"): texts are translated per
            context, so one English word can have two translations.
        text: the English text, a literal string in the call (so lupdate finds it).
        disambiguation: tells two uses of one text in one context apart ("verb", "noun").
        n: the count of a text with plural forms (see :class:`Context`), else -1.
    """
    translator = _current().translator
    found = translator(context, text, disambiguation, n) if translator is not None else ""
    if n < 0:
        return found or text
    if not found:
        forms = english_plurals().get((context, text, disambiguation or ""))
        found = forms[0 if n == 1 else -1] if forms else text
    return found.replace("%n", str(n))


@functools.cache
def english_plurals(path: Path = ENGLISH_PLURALS) -> Mapping[tuple[str, str, str], tuple[str, ...]]:
    """The English forms of each text with plural forms, by (context, text, disambiguation):
    (singular, plural). Empty when the file cannot be read (the code's form is then used)."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        _log.warning("the English plural forms could not be read: %s", exc)
        return {}
    found: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            forms = tuple(form.text or "" for form in message.iter("numerusform"))
            if all(forms) and len(forms) == 2:
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                found[key] = forms
    return found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged: for texts kept in
    a table and translated where they are shown, ``translate(context, text)``."""
    return text


class Context:
    """The texts with plural forms of one translation context.

    Kept in a variable named like the context (``record = Context("record")``; a test checks
    the two agree): lupdate takes the name before ``.tr`` as the context.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``translate(self.name, text, disambiguation, n)``: ``record.tr("%n points", None,
        count)`` reads "1 point", "2 points" in the installed language's plural forms."""
        return translate(self.name, text, disambiguation, n)


def date_text(value: dt.date) -> str:
    """A date as the installed language writes it: 2024-05-03 in English, 03.05.2024 in
    German, 03/05/2024 in Spanish (always the full year)."""
    return _current().dates(value)


def decimal(text: str) -> str:
    """A number written out ("0.5", "4.5 mg/kg") with the installed language's decimal
    separator: "0,5" in German and Spanish. Files and exports keep the point (they are
    written inside :func:`untranslated`)."""
    point = _current().decimal_point
    return text if point == "." else text.replace(".", point)


def grouped(n: int) -> str:
    """A whole number with its thousands grouped as the installed language writes them:
    "4,000" in English, "4.000" in German and Spanish."""
    return f"{n:,}".replace(",", _current().group_separator)


_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Controls, format characters (bidi marks, embeddings, overrides and isolates among them),
surrogates, private-use and unassigned code points, and line and paragraph separators."""


def escaped(text: str) -> str:
    """A name from outside the session (a file name) as text that shows what it holds: the
    characters of :data:`_ESCAPED_CATEGORIES` as ``\\xNN`` / ``\\uNNNN``, and the bytes of a
    name that are not UTF-8 as ``\\xNN``. So a name with escape sequences cannot move the
    cursor, recolour a terminal, fake another line or hide an error, nor reorder a message on
    screen. Backslashes stay as they are, so Windows paths read as written."""
    out: list[str] = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not valid UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(char) in _ESCAPED_CATEGORIES:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def sentence(text: str) -> str:
    """A phrase as a sentence or a line begins: its first letter a capital ("Left upper
    trapezius", "The weight is not recorded"); the rest as it is."""
    return text[:1].upper() + text[1:]


def time_text(value: dt.time | dt.datetime) -> str:
    """A time of day on the 24-hour clock, as every language of bodymap writes it: 14:05."""
    return value.strftime("%H:%M")


def moment_text(value: dt.datetime) -> str:
    """A date and a time: "2024-05-03 14:05" (the date in the installed language's form)."""
    return f"{date_text(value.date())} {time_text(value)}"


@contextlib.contextmanager
def untranslated() -> Iterator[None]:
    """Write the source language in this thread for a while: for what other programs read
    (exports), which must not change with the language of the window."""
    before = getattr(_thread, "source", False)
    _thread.source = True
    try:
        yield
    finally:
        _thread.source = before


def supported(name: str | None) -> str | None:
    """The language of a locale or language name that bodymap speaks ("de_DE.UTF-8" -> "de",
    "es-MX" -> "es", "C" -> "en"), or None."""
    if not name:
        return None
    if name in ("C", "POSIX") or name.startswith(("C.", "POSIX.")):
        return SOURCE_LANGUAGE
    code = name.replace("-", "_").split("_", 1)[0].split(".", 1)[0].split("@", 1)[0].lower()
    return code if code in LANGUAGES else None


def language_from_environment(environ: Mapping[str, str]) -> str | None:
    """The language the POSIX locale variables choose, as Qt's system locale reads them:
    ``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``, with ``LANGUAGE``'s list ahead of it
    unless the locale is C. English when they name no language bodymap speaks; None when
    none is set (the caller then asks the system)."""
    chosen = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    if not chosen:
        return None
    if chosen in ("C", "POSIX") or chosen.startswith(("C.", "POSIX.")):
        return SOURCE_LANGUAGE  # LANGUAGE is not consulted for the C locale
    return first_supported([*environ.get("LANGUAGE", "").split(":"), chosen])


def first_supported(names: Sequence[str]) -> str:
    """The first of ``names`` (locale or language names, most wanted first) that bodymap
    speaks; English when none is."""
    for name in names:
        language = supported(name)
        if language is not None:
            return language
    return SOURCE_LANGUAGE
