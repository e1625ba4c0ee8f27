"""Number fields whose limits are the model's own, refusing a value out of range visibly.

:func:`model_bounds` reads a field's limits from the pydantic model (``Field(gt=0, le=20)``),
so the window and the file share one source (clinical-basis §6.5). :class:`BoundedSpin` is a
spin box over those limits that never clips: a value out of range stays in the field, marked,
is not recorded, and is announced (:attr:`BoundedSpin.refused`, shown in the status bar).
"""

from __future__ import annotations

import math
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from pydantic import BaseModel
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from bodymap import i18n
from bodymap.clinical.wording import number
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.ui import palette

_NOTHING = object()
"""No edit of the field's own is on its way back."""
ranges = Context("ranges")


def _invalid_style() -> str:
    error = palette.css(palette.scheme().error)
    return f"QDoubleSpinBox {{ border: 2px solid {error}; border-radius: 3px; padding: 1px; }}"


@dataclass(frozen=True)
class Bounds:
    """A number field's limits; ``*_open`` when the limit itself is excluded (``gt``/``lt``)."""

    low: float | None
    low_open: bool
    high: float | None
    high_open: bool

    def contains(self, value: float) -> bool:
        """Whether the model accepts ``value``."""
        if self.low is not None and (value <= self.low if self.low_open else value < self.low):
            return False
        return self.high is None or (value < self.high if self.high_open else value <= self.high)

    def text(self, unit: str) -> str:
        """The accepted range in words: "more than 0 and at most 20 mL"."""
        low = number(self.low) if self.low is not None else ""
        high = number(self.high) if self.high is not None else ""
        if low and high:
            text = _BOTH[self.low_open, self.high_open]
        elif low:
            text = _LOW[self.low_open]
        elif high:
            text = _HIGH[self.high_open]
        else:
            return unit
        return translate("ranges", text).format(low=low, high=high, unit=unit).strip()


# The accepted range in words, by whether each limit is excluded (English; translated where
# shown). The unit goes last: "more than 0 and at most 20 mL".
_BOTH = {
    (False, False): QT_TRANSLATE_NOOP("ranges", "at least {low} and at most {high} {unit}"),
    (True, False): QT_TRANSLATE_NOOP("ranges", "more than {low} and at most {high} {unit}"),
    (False, True): QT_TRANSLATE_NOOP("ranges", "at least {low} and less than {high} {unit}"),
    (True, True): QT_TRANSLATE_NOOP("ranges", "more than {low} and less than {high} {unit}"),
}
_LOW = {
    False: QT_TRANSLATE_NOOP("ranges", "at least {low} {unit}"),
    True: QT_TRANSLATE_NOOP("ranges", "more than {low} {unit}"),
}
_HIGH = {
    False: QT_TRANSLATE_NOOP("ranges", "at most {high} {unit}"),
    True: QT_TRANSLATE_NOOP("ranges", "less than {high} {unit}"),
}


def _limits(metadata: typing.Iterable[object]) -> dict[str, float]:
    found: dict[str, float] = {}
    for item in metadata:
        for key in ("gt", "ge", "lt", "le"):
            value = getattr(item, key, None)
            if isinstance(value, int | float):
                found[key] = float(value)
        found.update(_limits(getattr(item, "metadata", ())))
    return found


def _annotation_limits(annotation: object) -> dict[str, float]:
    found: dict[str, float] = {}
    if typing.get_origin(annotation) is typing.Annotated:
        found.update(_limits(getattr(annotation, "__metadata__", ())))
    for arg in typing.get_args(annotation):
        found.update(_annotation_limits(arg))
    return found


def model_bounds(model: type[BaseModel], field: str) -> Bounds:
    """The limits the model puts on ``field`` (also inside ``Annotated[...] | None``).

    Raises:
        KeyError: the model has no such field.
    """
    info = model.model_fields[field]
    found = {**_annotation_limits(info.annotation), **_limits(info.metadata)}
    low_open = "gt" in found
    high_open = "lt" in found
    return Bounds(
        low=found.get("gt", found.get("ge")),
        low_open=low_open,
        high=found.get("lt", found.get("le")),
        high_open=high_open,
    )


def _not_a_number(text: str, noun: str) -> str:
    return translate("ranges", "'{text}' is not a number of {noun}").format(text=text, noun=noun)


def measure_parser(bounds: Bounds, unit: str, noun: str) -> Callable[[str], float | None]:
    """A parser for a typed measurement (empty: None) that refuses what the model refuses.

    Args:
        bounds: the model field's limits (:func:`model_bounds`).
        unit: the unit as written after a number ("kg").
        noun: the unit in words, for text that is no number ("kilograms"), translated.
    """

    def parse(text: str) -> float | None:
        text = text.strip().replace(",", ".")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise ValueError(_not_a_number(text, noun)) from None
        if not math.isfinite(value):
            raise ValueError(_not_a_number(text, noun))
        if not bounds.contains(value):
            raise ValueError(
                translate("ranges", "{value} {unit} is out of range; enter {range}").format(
                    value=number(value), unit=unit, range=bounds.text(unit)
                )
            )
        return value

    return parse


_TYPED_NUMBER: Final = re.compile(
    r"[+-]?(?:(?P<whole>\d+)(?:[.,](?P<decimals>\d*))?|[.,](?P<fraction>\d*))?"
)
"""A number as typed into a spin box: digits, at most one decimal separator (point or comma),
no grouping; empty, a sign or a separator alone while it is being typed."""


def decimal_partial(text: str) -> bool:
    """Zero followed by a decimal point may still become a value such as 0.8."""
    return bool(re.match(r"^0[.,]?0*$", text.strip()))


class BoundedSpin(QDoubleSpinBox):
    """A spin box over a model field's range that refuses, never clips, a typed value.

    Values in range are committed as they are typed (:attr:`committed`, the model value:
    ``None`` for "not recorded", an ``int`` for integer fields). A number out of range stays
    in the field with a red border and the reason as its tooltip and accessible description,
    is announced by :attr:`refused`, and the value the field had before the typing began is
    committed back (a prefix such as the "2" of "25" was committed while typing). Leaving the
    field shows that value again; the mark stays until a value is accepted.
    """

    committed = Signal(object)
    """The model value the user set."""
    refused = Signal(str)
    """A typed value out of range: why, for the status bar."""

    def __init__(
        self,
        label: str,
        bounds: Bounds,
        *,
        step: float,
        decimals: int,
        unit: str,
        none_text: str = "",
        integer: bool = False,
    ) -> None:
        super().__init__()
        self.label = label
        self.bounds = bounds
        self._unit = unit
        self._integer = integer
        self._tip = ""
        self._updating = False
        self._error = ""
        self._reported = ""
        self._baseline: float | None = None
        self._own: object = _NOTHING
        smallest = 1.0 if integer else 10.0**-decimals
        low = bounds.low if bounds.low is not None else 0.0
        high = bounds.high if bounds.high is not None else 1e6
        first = low + smallest if bounds.low_open else low
        last = high - smallest if bounds.high_open else high
        self._none_value: float | None = None
        if none_text:
            self._none_value = low if bounds.low_open else low - smallest
            self.setSpecialValueText(none_text)
        self.setRange(first if self._none_value is None else self._none_value, last)
        self.setDecimals(decimals)
        self.setSingleStep(step)
        self.setSuffix(f" {unit}")
        self.setAccessibleName(label)
        self.setMaximumWidth(130)
        self.valueChanged.connect(self._on_value)
        self.lineEdit().textEdited.connect(self._on_text)

    # --- the model's value --------------------------------------------------------------------

    def model_value(self) -> float | int | None:
        """The value as the model stores it."""
        value = self.value()
        if self._none_value is not None and value <= self._none_value + 1e-9:
            return None
        value = round(value, self.decimals())
        return int(value) if self._integer else value

    def show_value(self, value: float | None) -> None:
        """Show the session's value (no edit); a refusal being shown is kept."""
        if self._error and value == self._baseline:
            return  # our refusal coming back: keep the typed text and its mark
        own, self._own = self._own, _NOTHING
        if value != own:
            self._baseline = value  # not our own edit coming back: the value to go back to
        shown = self._none_value if value is None else value
        self._updating = True
        try:
            if shown is not None and abs(self.value() - shown) > 1e-9:
                self.setValue(shown)
        finally:
            self._updating = False
        self._mark("")

    @property
    def error_text(self) -> str:
        """Why the typed value was refused, or "" when the field is valid."""
        return self._error

    def setToolTip(self, text: str) -> None:
        """The field's own tooltip; a refusal shows instead while it lasts."""
        self._tip = text
        super().setToolTip(self._error or text)

    # --- Qt overrides -------------------------------------------------------------------------

    # The number is read and written here, not by Qt: Qt's spin box follows the system's
    # locale, which may take the other separator for grouping digits ("0,8" read as 8 in
    # English, "0.8" as 8 in German). Here either separator is the decimal one, digits are
    # never grouped, and the number is shown as the installed language writes it.

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        special = self.specialValueText()
        if special and text == special:
            return (QValidator.State.Acceptable, text, pos)
        match = _TYPED_NUMBER.fullmatch(self._body(text))
        if match is None:
            return (QValidator.State.Invalid, text, pos)
        decimals = match.group("decimals") or match.group("fraction") or ""
        if len(decimals) > self.decimals():
            self._refuse_precision()
            return (QValidator.State.Invalid, text, pos)
        value = self._number(text)
        if value is None or not self.minimum() <= value <= self.maximum():
            # Still being typed ("", "0,"), or out of range: stays in the field, and a
            # number out of range is refused visibly.
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Acceptable, text, pos)

    def valueFromText(self, text: str) -> float:
        special = self.specialValueText()
        if special and text == special:
            return self.minimum()
        value = self._number(text)
        return self.value() if value is None else value

    def textFromValue(self, val: float) -> str:
        return i18n.decimal(f"{val:.{self.decimals()}f}")

    def focusInEvent(self, event: QFocusEvent) -> None:
        if not self._error:
            self._baseline = self.model_value()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._settle()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._settle():
            self._updating = True  # Qt re-emits the value shown: not an edit, keep the mark
            try:
                super().keyPressEvent(event)
            finally:
                self._updating = False
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self._baseline = self.model_value()

    # --- reactions ----------------------------------------------------------------------------

    def _body(self, text: str) -> str:
        """The typed number without the unit."""
        return text.strip().removesuffix(self.suffix().strip()).strip()

    def _number(self, text: str) -> float | None:
        """The number typed, with a point or a comma as its decimal separator; None when the
        text is no whole number yet."""
        match = _TYPED_NUMBER.fullmatch(self._body(text))
        if match is None or not (match.group("whole") or match.group("fraction")):
            return None  # nothing typed yet, a sign, or a separator alone ("." before ".5")
        value = float(self._body(text).replace(",", "."))
        return value if math.isfinite(value) else None

    def _on_value(self, _value: float) -> None:
        if self._updating:
            return
        self._mark("")
        self._own = self.model_value()
        self.committed.emit(self._own)

    def _on_text(self, text: str) -> None:
        value = self._number(text)
        high = self.bounds.high
        # Above the top of the range more digits cannot bring it back: refuse at once.
        if (
            value is not None
            and high is not None
            and value >= high
            and not self.bounds.contains(value)
        ):
            self._refuse(value)

    def _settle(self) -> bool:
        """Enter, or leaving the field: a typed number out of range is refused, and the field
        shows the recorded value again, still marked. True when a refusal is being shown."""
        value = self._number(self.lineEdit().text())
        if value is not None and not self.bounds.contains(value):
            self._refuse(value)
        if not self._error:
            return False
        shown = self._none_value if self._baseline is None else self._baseline
        if shown is not None:
            self._updating = True
            try:
                self.setValue(shown)
            finally:
                self._updating = False
        return True

    def _refuse(self, value: float) -> None:
        message = translate(
            "ranges", "{field}: {value} {unit} is out of range; enter {range}. Not recorded."
        ).format(
            field=self.label,
            value=number(value),
            unit=self._unit,
            range=self.bounds.text(self._unit),
        )
        self._mark(message)
        if message != self._reported:
            self._reported = message
            if self.model_value() != self._baseline:
                self.committed.emit(self._baseline)
            self.refused.emit(message)

    def _refuse_precision(self) -> None:
        """A digit past the field's precision was typed: it is not entered, and the field and
        the status bar say so (the value shown is the value recorded)."""
        if self.decimals() == 0:
            message = translate(
                "ranges", "{field}: whole numbers only; the decimal typed is not recorded."
            ).format(field=self.label)
        else:
            message = ranges.tr(
                "{field}: at most %n decimal places; the digit typed after them is not recorded.",
                None,
                self.decimals(),
            ).format(field=self.label)
        self._mark(message)
        if message != self._reported:
            self._reported = message
            self.refused.emit(message)

    def _mark(self, message: str) -> None:
        self._error = message
        if not message:
            self._reported = ""
        palette.restyle(self, _invalid_style() if message else "")
        super().setToolTip(message or self._tip)
        self.setAccessibleDescription(message)
