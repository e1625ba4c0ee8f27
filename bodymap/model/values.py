"""The base of every value of the session, its ids and times, and what its parts share."""

from __future__ import annotations

import datetime as dt
import types
import typing
import uuid
from typing import Annotated, Any, Union

from pydantic import BaseModel, ConfigDict, Field
from pydantic.fields import FieldInfo

COORDINATE_LIMIT_MM = 10_000.0
"""Positions (points, painted vertices) lie within this many diagram mm of the origin."""
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
"""A UUID in its canonical text form (lower-case hex, 8-4-4-4-12), as ``new_id`` makes it."""

PainScore = Annotated[int, Field(ge=0, le=10, strict=True)]
"""A pain score from 0 to 10: a point's findings before and after, a painted area's intensity."""


def bare_annotation(annotation: Any) -> tuple[Any, bool]:
    """A field's type without ``Annotated`` and ``| None``, and whether None is allowed.

    A union of several types other than None is returned as None: it is not one kind of value.
    """
    nullable = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            nullable = nullable or len(args) < len(typing.get_args(annotation))
            if len(args) != 1:
                return None, nullable
            annotation = args[0]
        else:
            return annotation, nullable


def pointer_parts(pointer: str) -> list[str]:
    """The steps of an RFC 6901 pointer: ``/points/2/notes`` → ``["points", "2", "notes"]``."""
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


def field_at(value: BaseModel, pointer: str) -> FieldInfo | None:
    """The model field ``pointer`` names inside ``value``, or None (an item of a list, a
    place that does not exist).

    The way is found through the values ``value`` holds, not through the types alone, so a
    union is read as the kind the value is: a point's treatment as its injection, dry needling
    or examination.
    """
    parts = pointer_parts(pointer)
    if not parts:
        return None
    holder: object = value
    for part in parts[:-1]:
        if isinstance(holder, (list, tuple)):
            if not (part.isascii() and part.isdigit()) or int(part) >= len(holder):
                return None
            holder = holder[int(part)]
        elif isinstance(holder, BaseModel) and part in type(holder).model_fields:
            holder = getattr(holder, part)
        else:
            return None
    if not isinstance(holder, BaseModel):
        return None
    return type(holder).model_fields.get(parts[-1])


def new_id() -> str:
    """Return a new random identifier (uuid4, canonical text form)."""
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    """Return the current time as an aware UTC datetime, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Value(BaseModel):
    """Base for all model values: strict about keys, finite numbers, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
