"""The base of every value of the session, its ids and times, and what its parts share."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

COORDINATE_LIMIT_MM = 10_000.0
"""Positions (points, painted vertices) lie within this many diagram mm of the origin."""
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
"""A UUID in its canonical text form (lower-case hex, 8-4-4-4-12), as ``new_id`` makes it."""

PainScore = Annotated[int, Field(ge=0, le=10)]
"""A pain score from 0 to 10: a point's findings before and after, a painted area's intensity."""


def new_id() -> str:
    """Return a new random identifier (uuid4, canonical text form)."""
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    """Return the current time as an aware UTC datetime, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Value(BaseModel):
    """Base for all model values: strict about keys, finite numbers, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
