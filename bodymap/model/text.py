"""Text rules: what a text field of the session accepts, and user text isolated among other text.

Text fields hold what a person typed; ``text_problem`` says why a text cannot be stored, and
``isolate`` keeps user text from reordering the text around it (screen and paper).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from bodymap.i18n import translate

MAX_TEXT = 4000

# Text fields hold what a person typed: no C0 or C1 control characters (NUL, escape, carriage
# return, ...), no line or paragraph separators and no lone surrogates. Multi-line fields may
# hold TAB and LF (newline), single-line fields neither.
_NOT_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """Why ``text`` cannot be stored in a text field, or None when it can.

    The reason names the first offending character by its code (``U+001B``), never the text.
    ``multiline`` fields (notes, allergies, history, ...) accept TAB and newline.
    """
    found = (_NOT_IN_TEXT if multiline else _NOT_IN_LINE).search(text)
    if found is None:
        return None
    char = found.group()
    code = f"U+{ord(char):04X}"
    if char in "\t\n" or char in "\u2028\u2029":
        return translate(
            "model", "contains a line break or tab ({code}), which this field does not accept"
        ).format(code=code)
    return translate(
        "model", "contains a control character ({code}), which this field does not accept"
    ).format(code=code)


def check_line(text: str) -> str:
    """``text``, if a single-line field accepts it.

    Raises:
        ValueError: it does not; the message says why (see :func:`text_problem`).
    """
    problem = text_problem(text)
    if problem is not None:
        raise ValueError(problem)
    return text


def check_lines(text: str) -> str:
    """``text``, if a multi-line field accepts it.

    Raises:
        ValueError: it does not; the message says why (see :func:`text_problem`).
    """
    problem = text_problem(text, multiline=True)
    if problem is not None:
        raise ValueError(problem)
    return text


ShortText = Annotated[str, Field(max_length=200), AfterValidator(check_line)]
LongText = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(check_lines)]
"""Single-line and multi-line user text (see ``text_problem`` for what they refuse)."""

_ISOLATE_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
_FSI = "\u2068"
_PDI = "\u2069"


def isolate(text: str) -> str:
    """``text`` as a bidi isolate, for showing user text among other text (screen and paper).

    Each line is wrapped in U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE, so
    right-to-left text or a stray override (U+202E) inside it cannot reorder what follows it
    (Unicode Standard Annex 9, isolates). Isolates the text opens are closed, and closings it
    has no opening for are left out, so the text cannot end the isolate early or leave it open.
    Empty text stays empty.
    """
    return "\n".join(_isolate_line(line) for line in text.split("\n"))


def _isolate_line(line: str) -> str:
    if not line:
        return line
    kept: list[str] = []
    depth = 0
    for char in line:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == _PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    return _FSI + "".join(kept) + _PDI * depth + _PDI
