"""The values of a signed record that an amendment may correct, and typed corrected values.

Each :class:`CorrectableField` names one value of the record by its RFC 6901 pointer (the place
a correction names, docs/adr/0006-signed-records.md), with a label, the value the record holds
now (its earlier amendments applied) and how a new value is entered. The kinds come from the
model's own field types, so a new field of the model is offered without a list to update here.
Qt-free.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
from dataclasses import dataclass
from typing import Any, Final, Literal

from pydantic import BaseModel, JsonValue

from bodymap import signing
from bodymap.anatomy import Diagram
from bodymap.clinical import wording as clinical_wording
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import Session, bare_annotation
from bodymap.ui import wording

SECTIONS = ("patient", "encounter", "procedure")
_SECTIONS: Final = {
    "patient": QT_TRANSLATE_NOOP("correctable", "Patient"),
    "encounter": QT_TRANSLATE_NOOP("correctable", "Encounter"),
    "procedure": QT_TRANSLATE_NOOP("correctable", "Procedure"),
}
POINT_FIELDS = ("muscle", "side", "notes")
"""A point's own values offered for correction (its id, number and place are not)."""
NOT_RECORDED = QT_TRANSLATE_NOOP("correctable", "not recorded")
"""What a value without one shows (English; translated where shown)."""


class Kind(enum.Enum):
    """How a corrected value is entered."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    DATE = "date"
    TIME = "time"
    CHOICE = "choice"


@dataclass(frozen=True)
class CorrectableField:
    """One value of the record an amendment may correct."""

    pointer: str
    """Where it is, e.g. ``/points/2/findings/pain_after``."""
    label: str
    """What it is, e.g. "Point 3, R upper trapezius: pain after"."""
    old: JsonValue
    """What the record says now (as JSON: dates as text, unknown as None)."""
    kind: Kind
    choices: tuple[tuple[str, JsonValue], ...] = ()
    """(label, value) of each value a choice may take."""
    nullable: bool = False
    """Whether "not recorded" (None) is a value it may take."""

    def show(self, value: JsonValue) -> str:
        """``value`` as the dialog shows it: a choice by its label, else :func:`shown`."""
        for label, choice in self.choices:
            if choice == value and type(choice) is type(value):
                return label
        return shown(value)


def shown(value: JsonValue) -> str:
    """A value as the dialog shows it: "not recorded" for None, "yes"/"no" for a flag."""
    if value is None:
        return translate("correctable", NOT_RECORDED)
    if isinstance(value, bool):
        return translate("correctable", "yes") if value else translate("correctable", "no")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _field(
    pointer: str, label: str, annotation: Any, old: JsonValue, attr: str, diagram: Diagram
) -> CorrectableField | None:
    bare, nullable = bare_annotation(annotation)
    none = ((translate("correctable", NOT_RECORDED), None),) if nullable else ()
    if typing.get_origin(bare) is Literal:
        values = typing.get_args(bare)
        if attr == "muscle":
            labels = [wording.muscle_name(str(v), diagram) for v in values]
        elif attr == "side":
            labels = [wording.side_label(str(v)) for v in values]
        else:
            labels = [clinical_wording.field_words(str(v)) for v in values]
        choices = tuple(zip(labels, values, strict=True)) + none
        return CorrectableField(pointer, label, old, Kind.CHOICE, choices, nullable)
    if bare is bool:
        choices = (
            (translate("correctable", "yes"), True),
            (translate("correctable", "no"), False),
            *none,
        )
        return CorrectableField(pointer, label, old, Kind.CHOICE, choices, nullable)
    simple = {str: Kind.TEXT, int: Kind.INTEGER, float: Kind.NUMBER, dt.date: Kind.DATE}
    kind = simple.get(bare, Kind.TIME if bare is dt.time else None)
    if kind is None:
        return None  # lists and nested values are not offered
    return CorrectableField(pointer, label, old, kind, (), nullable)


def _fields_of(
    model: BaseModel, pointer: str, label: str, diagram: Diagram, only: tuple[str, ...] = ()
) -> list[CorrectableField]:
    found = []
    dumped = model.model_dump(mode="json")
    for attr, info in type(model).model_fields.items():
        if (only and attr not in only) or attr == "kind":
            continue
        item = _field(
            f"{pointer}/{attr}",
            f"{label} · {clinical_wording.field_words(attr)}",
            info.annotation,
            dumped[attr],
            attr,
            diagram,
        )
        if item is not None:
            found.append(item)
    return found


def correctable_fields(session: Session, diagram: Diagram) -> list[CorrectableField]:
    """The values of ``session`` an amendment may correct, as its amendments left them.

    Raises:
        bodymap.signing.CorrectionError: an earlier amendment no longer fits the record.
    """
    record = signing.corrected_session(session)
    fields: list[CorrectableField] = []
    for section in SECTIONS:
        title = translate("correctable", _SECTIONS[section])
        fields += _fields_of(getattr(record, section), f"/{section}", title, diagram)
    for index, point in enumerate(record.points):
        name = translate("correctable", "Point {title}").format(
            title=wording.point_title(point, diagram)
        )
        base = f"/points/{index}"
        fields += _fields_of(point, base, name, diagram, POINT_FIELDS)
        fields += _fields_of(point.findings, f"{base}/findings", name, diagram)
        fields += _fields_of(point.treatment, f"{base}/treatment", name, diagram)
    return fields


_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


def parse_value(field: CorrectableField, text: str) -> JsonValue:
    """The corrected value typed as ``text`` for ``field`` (a choice's value is passed as is).

    The model checks the value when the correction is made; this only reads the text.

    Raises:
        ValueError: the text is not a value of this kind; the message says what to type.
    """
    text = text.strip()
    if not text and field.kind is not Kind.TEXT:
        if field.nullable:
            return None
        raise ValueError(translate("correctable", "enter the corrected value"))
    if field.kind is Kind.INTEGER:
        if not re.fullmatch(r"[+-]?\d+", text):
            raise ValueError(
                translate("correctable", "'{text}' is not a whole number").format(text=text)
            )
        return int(text)
    if field.kind is Kind.NUMBER:
        # Written as people write a measurement: digits with a point or a comma; not "1e-3",
        # "nan" or "inf", which Python would read.
        if not _DECIMAL.fullmatch(text):
            raise ValueError(translate("correctable", "'{text}' is not a number").format(text=text))
        return float(text.replace(",", "."))
    if field.kind is Kind.DATE:
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValueError(
                translate("correctable", "'{text}' is not a date; write it as YYYY-MM-DD").format(
                    text=text
                )
            ) from None
    if field.kind is Kind.TIME:
        match = _TIME.match(text)
        if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise ValueError(
                translate(
                    "correctable", "'{text}' is not a time; write it as HH:MM (24-hour)"
                ).format(text=text)
            )
        return dt.time(int(match.group(1)), int(match.group(2))).isoformat()
    return text
