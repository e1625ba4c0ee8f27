"""Editors for user text that take exactly what the session keeps.

The model limits every text field (200 characters on one line, 4,000 on several) and refuses
control characters (``model.text_problem``). These editors hold the same limits, read from the
model's fields, and refuse what the model would refuse when it is typed or pasted, visibly:
nothing is cut silently and nothing fails later at save. What is typed is what is saved.

- :class:`LineEditor`, a ``QLineEdit`` for single-line fields;
- :class:`TextEditor`, a ``QPlainTextEdit`` for multi-line fields, with a counter
  ("3,980 / 4,000") in its bottom edge.

A refusal is shown next to the editor and announced by the editor's ``refused`` signal.
"""

from __future__ import annotations

import typing
import unicodedata
from dataclasses import dataclass

from pydantic import BaseModel
from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QResizeEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolTip, QWidget

from bodymap.i18n import grouped, translate
from bodymap.model import LongText, ShortText, text_problem
from bodymap.ui import palette
from bodymap.ui.plain_text import plain_label, plain_tooltip

REFUSAL_MS = 6000
"""How long a refusal stays shown beside the editor."""
NEARLY_FULL = 0.9
"""The counter turns to the warning colour at this fraction of the limit."""


@dataclass(frozen=True)
class TextRule:
    """What a text field of the model keeps: at most ``limit`` characters, on one line or on
    several (``multiline``: TAB and newline allowed)."""

    limit: int
    multiline: bool


def _limit(metadata: typing.Iterable[object]) -> int | None:
    return next((m.max_length for m in metadata if hasattr(m, "max_length")), None)


_MULTI_LINE_CHECK = typing.get_args(LongText)[-1]
"""The validator that makes a model field multi-line text."""


def _alias_rule(alias: object, multiline: bool) -> TextRule:
    limit = _limit(info for arg in typing.get_args(alias) for info in getattr(arg, "metadata", []))
    if limit is None:
        raise TypeError("a text type without a length limit")
    return TextRule(limit, multiline)


SHORT_TEXT = _alias_rule(ShortText, multiline=False)
"""The rule of the model's single-line text (``model.ShortText``)."""
LONG_TEXT = _alias_rule(LongText, multiline=True)
"""The rule of the model's multi-line text (``model.LongText``)."""


def _not_entered(problem: str) -> str:
    return translate("text_editors", "Not entered: the text {problem}.").format(problem=problem)


def _at_most(limit: int) -> str:
    return translate(
        "text_editors", "Not entered: this field holds at most {limit} characters."
    ).format(limit=grouped(limit))


def text_rule(model: type[BaseModel], name: str) -> TextRule:
    """The rule of the text field ``name`` of ``model``, as the model states it.

    Raises:
        ValueError: the field is not limited text.
    """
    field = model.model_fields[name]
    limit = _limit(field.metadata)
    if field.annotation is not str or limit is None:
        raise ValueError(f"{model.__name__}.{name} is not a text field with a length limit")
    return TextRule(limit, _MULTI_LINE_CHECK in field.metadata)


def _show_refusal(editor: QWidget, message: str) -> None:
    """Show ``message`` just below ``editor`` for a while."""
    where = editor.mapToGlobal(QPoint(0, editor.height()))
    QToolTip.showText(where, plain_tooltip(message), editor, editor.rect(), REFUSAL_MS)


class _LineValidator(QValidator):
    """Accepts the text a single-line field of the model keeps; anything else is refused."""

    def __init__(self, editor: LineEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # A line copied with its line break (a table cell, say) is pasted without it.
        trimmed = text.rstrip("\r\n")
        if trimmed != text:
            text, pos = trimmed, min(pos, len(trimmed))
        problem = text_problem(text)
        if problem is not None:
            self._editor.refuse(_not_entered(problem))
            return QValidator.State.Invalid, text, pos
        if len(text) > self._editor.limit:
            self._editor.refuse(_at_most(self._editor.limit))
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class LineEditor(QLineEdit):
    """A one-line text field that takes only what the model keeps.

    Text longer than the limit, or with a character the model refuses (a control character,
    a line break inside), is not entered, typed or pasted: the field keeps what it had and
    says why beside it. A line break at the end of pasted text is left out.
    """

    refused = Signal(str)
    """Input was not entered; the message says why (no user text in it)."""

    def __init__(
        self, rule: TextRule = SHORT_TEXT, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if rule.multiline:
            raise ValueError("a multi-line field needs a TextEditor")
        self.limit = rule.limit
        """The most characters the field holds (the model's limit)."""
        self.last_refusal = ""
        """The last refusal's message ("" when nothing was refused yet)."""
        self.setPlaceholderText(placeholder)
        self.setValidator(_LineValidator(self))

    def refuse(self, message: str) -> None:
        """Say beside the field that input was not entered, and why."""
        self.last_refusal = message
        _show_refusal(self, message)
        self.refused.emit(message)


def _as_stored(text: str) -> str:
    """Pasted text as a multi-line field stores it: every kind of line break becomes "\\n"."""
    for brk in ("\r\n", "\r", "\u2028", "\u2029"):
        text = text.replace(brk, "\n")
    return text


class TextEditor(QPlainTextEdit):
    """A multi-line text field that takes only what the model keeps, with a counter.

    The counter in the bottom edge reads "3,980 / 4,000" and turns red at the limit. Typing
    past the limit, or pasting (or dropping) text that does not fit or holds a character the
    model refuses, is not done: the field keeps its text and says why beside it. Tab moves to
    the next field.
    """

    refused = Signal(str)
    """Input was not entered; the message says why (no user text in it)."""

    def __init__(
        self, rule: TextRule = LONG_TEXT, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if not rule.multiline:
            raise ValueError("a single-line field needs a LineEditor")
        self.limit = rule.limit
        """The most characters the field holds (the model's limit)."""
        self.last_refusal = ""
        """The last refusal's message ("" when nothing was refused yet)."""
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.counter = plain_label()
        self.counter.setParent(self)
        self.counter.setAccessibleName(translate("text_editors", "Characters used"))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.counter.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.counter.setFont(font)
        self.counter_height = self.counter.fontMetrics().height() + 2
        """The height the counter takes from the bottom of the field."""
        self.setViewportMargins(0, 0, 0, self.counter_height)
        self.textChanged.connect(self._count)
        self._count()

    def length(self) -> int:
        """How many characters the field holds (as saved)."""
        return len(self.toPlainText())

    def refuse(self, message: str) -> None:
        """Say beside the field that input was not entered, and why."""
        self.last_refusal = message
        _show_refusal(self, message)
        self.refused.emit(message)

    # --- what may come in ---------------------------------------------------------------------

    def _room(self) -> int:
        """Characters that may still be added in place of the selection."""
        selected = len(self.textCursor().selectedText())
        return self.limit - (self.length() - selected)

    def _too_long(self) -> str:
        return _at_most(self.limit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            adds = 1
        else:
            text = event.text()
            typed = text and not any(unicodedata.category(c) == "Cc" for c in text)
            adds = len(text) if typed else 0
        if adds and adds > self._room():
            self.refuse(self._too_long())
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        text = _as_stored(event.commitString())
        problem = text_problem(text, multiline=True) if text else None
        if problem is not None:
            self.refuse(_not_entered(problem))
        elif len(text) > self._room():
            self.refuse(self._too_long())
        else:
            super().inputMethodEvent(event)
            return
        event.accept()

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = _as_stored(source.text()) if source.hasText() else ""
        problem = text_problem(text, multiline=True)
        if problem is not None:
            self.refuse(
                translate("text_editors", "Not pasted: the text {problem}.").format(problem=problem)
            )
            return
        room = self._room()
        if len(text) > room:
            self.refuse(
                translate(
                    "text_editors",
                    "Not pasted: {count} characters, and this field holds at most {limit} "
                    "({room} more fit).",
                ).format(
                    count=grouped(len(text)), limit=grouped(self.limit), room=grouped(max(room, 0))
                )
            )
            return
        super().insertFromMimeData(source)

    # --- the counter --------------------------------------------------------------------------

    def _count(self) -> None:
        used = self.length()
        self.counter.setText(f"{grouped(used)} / {grouped(self.limit)}")
        if used >= self.limit:
            kind = "error"
        elif used >= self.limit * NEARLY_FULL:
            kind = "warning"
        else:
            kind = "muted"
        palette.restyle(self.counter, f"{palette.text_style(kind)} padding-right: 4px;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        bar = self.verticalScrollBar()
        width = area.width() - (bar.width() if bar.isVisible() else 0)
        self.counter.setGeometry(
            area.left(), area.bottom() + 1 - self.counter_height, width, self.counter_height
        )


__all__ = [
    "LONG_TEXT",
    "SHORT_TEXT",
    "LineEditor",
    "TextEditor",
    "TextRule",
    "text_rule",
]
