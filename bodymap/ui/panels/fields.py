"""Field helpers shared by the side panels: typed input checked before it becomes an edit.

:class:`ValidatedField` is a line edit that refuses invalid input with a red border and a
message under it naming the field; the parsers turn typed dates, times and weights into
values or plain-language refusals (measurements: :mod:`bodymap.ui.panels.ranges`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import translate
from bodymap.model import MAX_TEXT
from bodymap.ui import palette

M = TypeVar("M", bound=BaseModel)


def revalidated(value: M, **update: object) -> M:
    """A copy of ``value`` with ``update`` applied, validated by the model (ValidationError)."""
    return type(value).model_validate({**value.model_dump(), **update})


def common(values: Sequence[object]) -> object:
    """The value shared by all of ``values``; None when they differ."""
    return values[0] if all(v == values[0] for v in values) else None


def plain_text(edit: QPlainTextEdit) -> str:
    """The text of a multi-line field, cut to the model's limit."""
    return edit.toPlainText()[:MAX_TEXT]


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Show ``text`` unless it is shown already (keeps the cursor while typing)."""
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def iso(value: dt.date | None) -> str:
    """A date as YYYY-MM-DD, "" for None."""
    return "" if value is None else value.isoformat()


# --- parsing --------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
"""A date as YYYY-MM-DD; a month or day of one digit is the same date ("1958-7-4")."""
_DATE_PREFIX = re.compile(r"^\d{0,4}(-\d{0,2}(-\d{0,1})?)?$")
_TIME = re.compile(r"^(\d{1,2}):?(\d{2})$")
_TIME_PREFIX = re.compile(r"^\d{0,2}:?\d?$")


def parse_date(
    text: str, *, earliest: dt.date | None = None, latest: dt.date | None = None
) -> dt.date | None:
    """Parse YYYY-MM-DD (empty: None); ValueError with a plain message when invalid."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match is None:
        raise ValueError(
            translate("fields", "'{text}' is not a date; write it as YYYY-MM-DD").format(text=text)
        )
    try:
        value = dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValueError(
            translate("fields", "{text} does not exist on the calendar").format(text=text)
        ) from None
    if earliest is not None and value < earliest:
        raise ValueError(
            translate("fields", "{text} is before {date}").format(
                text=text, date=earliest.isoformat()
            )
        )
    if latest is not None and value > latest:
        raise ValueError(
            translate("fields", "{text} is after {date}").format(text=text, date=latest.isoformat())
        )
    return value


def date_partial(text: str) -> bool:
    """Whether ``text`` may still become a date as the user keeps typing."""
    return len(text.strip()) < 10 and bool(_DATE_PREFIX.match(text.strip()))


def parse_time(text: str) -> dt.time | None:
    """Parse HH:MM or HHMM, 24-hour clock (empty: None)."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is None:
        raise ValueError(
            translate("fields", "'{text}' is not a time; write it as HH:MM (24-hour)").format(
                text=text
            )
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(translate("fields", "{text} is not a time of day").format(text=text))
    return dt.time(hour, minute)


def time_partial(text: str) -> bool:
    """Whether ``text`` may still become a time as the user keeps typing."""
    return len(text.strip()) < 4 and bool(_TIME_PREFIX.match(text.strip()))


# --- a line edit that refuses invalid input --------------------------------------------------


class ValidatedField(QWidget):
    """A line edit that parses its text and emits the value; invalid text is refused.

    Valid text is committed while typing (nothing is lost when the user saves without leaving
    the field). Invalid text is not recorded: the field gets a red border, a message under it
    names the field and says how to fix it, and the value the session had before this edit is
    committed back. Text that may still become valid (a half-typed date) waits for the user to
    leave the field before it is reported.
    """

    committed = Signal(object)
    refused = Signal(str)
    """Typed text was refused: why (for the status bar); once per new message."""

    def __init__(
        self,
        label: str,
        parse: Callable[[str], object],
        partial: Callable[[str], bool] = lambda _text: False,
        placeholder: str = "",
        buttons: tuple[QPushButton, ...] = (),
    ) -> None:
        super().__init__()
        self.label = label
        self._parse = parse
        self._partial = partial
        self._baseline: object = None
        self._updating = False
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(label)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        # Takes the focus for its edit: a label's underlined letter (Alt+B) moves it here.
        self.setFocusPolicy(self.edit.focusPolicy())
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self._on_finished)
        self.edit.installEventFilter(self)

    @property
    def error_text(self) -> str:
        """The message under the field, or "" when the field is valid."""
        return self.error.text() if not self.error.isHidden() else ""

    def set_error(self, message: str | None) -> None:
        """Mark the field invalid with ``message`` (None: clear the mark)."""
        if message and message != self.error_text:
            self.refused.emit(message)
        error = palette.css(palette.scheme().error)
        invalid = f"border: 2px solid {error}; border-radius: 3px; padding: 1px;"
        palette.restyle(self.edit, invalid if message else "")
        palette.restyle(self.error, f"color: {error};")
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.edit.setAccessibleDescription(message or "")

    def discard_input(self) -> None:
        """Forget text this field refused (another session is opened, or the work is
        discarded): the next value shown replaces it, whatever it is."""
        if self.error_text:
            self.set_error(None)
            self._baseline = None
            self._updating = True
            try:
                self.edit.clear()  # until the panel shows the next session's value
            finally:
                self._updating = False
            self.edit.setModified(False)

    def show_value(self, value: object, text: str) -> None:
        """Show the session's value (after undo, reset, or another widget's edit)."""
        try:
            if self._parse(self.edit.text()) == value:
                return  # our own edit coming back, or already shown
        except ValueError:
            if value == self._baseline:
                return  # our refusal coming back: keep the invalid text and its message
        self._baseline = value
        self._updating = True
        try:
            self.edit.setText(text)
        finally:
            self._updating = False
        self.set_error(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusIn and not self.error_text:
            with contextlib.suppress(ValueError):
                self._baseline = self._parse(self.edit.text())
        return super().eventFilter(watched, event)

    def _on_text(self, text: str) -> None:
        if self._updating:
            return
        try:
            value = self._parse(text)
        except ValueError as exc:
            self.set_error(None if self._partial(text) else not_recorded(self.label, exc))
            self.committed.emit(self._baseline)
            return
        self.set_error(None)
        self.committed.emit(value)

    def _on_finished(self) -> None:
        try:
            self._baseline = self._parse(self.edit.text())
        except ValueError as exc:
            self.set_error(not_recorded(self.label, exc))


def not_recorded(label: str, problem: object) -> str:
    """ "Weight: 0 kg is out of range; …. Not recorded." for a field's refused input."""
    return translate("fields", "{field}: {problem}. Not recorded.").format(
        field=label, problem=problem
    )


def field_errors(fields: Sequence[ValidatedField]) -> dict[str, str]:
    """Messages of the fields currently refusing their input, by field label."""
    return {f.label: f.error_text for f in fields if f.error_text}


EARLIEST_DATE = dt.date(1900, 1, 1)


def date_field(
    label: str,
    latest: Callable[[], dt.date] | None = None,
    buttons: tuple[QPushButton, ...] = (),
) -> ValidatedField:
    """A YYYY-MM-DD field from 1900 on; ``latest`` (asked at each parse) caps the date."""
    return ValidatedField(
        label,
        lambda t: parse_date(t, earliest=EARLIEST_DATE, latest=latest() if latest else None),
        date_partial,
        translate("fields", "YYYY-MM-DD"),
        buttons,
    )


def time_field(label: str, now: QPushButton) -> ValidatedField:
    """An HH:MM field; clicking ``now`` types in the current time."""
    field = ValidatedField(label, parse_time, time_partial, translate("fields", "HH:MM"), (now,))
    now.clicked.connect(lambda: field.edit.setText(dt.datetime.now().strftime("%H:%M")))
    return field
