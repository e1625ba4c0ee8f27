"""The session file envelope, its JSON Schema and the migrations from older formats.

See docs/adr/0001-file-format.md. A file is one JSON object::

    {"format": "bodymap.session", "format_version": "1.4", "app_version": "...",
     "saved_at": "...", "session": {... bodymap.model.Session ...}}

Format 1.2 added the optional ``signature``, ``amendments`` and ``audit`` blocks of a session
(docs/adr/0006-signed-records.md); 1.3 the optional ``mixed_with`` of an injection (mixtures,
docs/clinical-basis.md §5.2); 1.4 the optional pain drawing (``session.pain_areas``,
docs/clinical-basis.md §10).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from bodymap.model import Session, text_problem

FORMAT: Final = "bodymap.session"
FORMAT_VERSION: Final = "1.4"
SUFFIX = ".bodymap.json"

# The bounds must match the diagram asset (assets/diagram/*.json, width_mm and height_mm):
# storage keeps its own copy so that reading a file needs no drawing data, and
# tests/unit/storage/test_format.py fails as soon as the two differ.
DIAGRAM_BOUNDS: dict[str, tuple[float, float]] = {"posterior-upper-back": (600.0, 600.0)}
"""Width and height in mm of each known diagram; points must lie within 0..width, 0..height."""


class SessionFile(BaseModel):
    """The whole file: envelope fields and the session."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    format: Literal["bodymap.session"]
    format_version: Literal["1.4"]
    app_version: str = Field(default="", max_length=40, description="informational only")
    saved_at: AwareDatetime
    session: Session

    @field_validator("app_version")
    @classmethod
    def _plain_text(cls, value: str) -> str:
        problem = text_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value


def session_json_schema() -> dict[str, Any]:
    """The JSON Schema of a session file, generated from the model."""
    schema = SessionFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://bodymap.invalid/schema/session-{FORMAT_VERSION}.json"
    schema["title"] = f"bodymap session file, format {FORMAT_VERSION}"
    return schema


def _from_0_9(data: dict[str, Any]) -> dict[str, Any]:
    """0.9 (pre-release) -> 1.0: a point's ``pos: [x, y]`` became ``x`` and ``y``, ``muscle_id``
    became ``muscle``. Anything not in the 0.9 layout is left alone for validation to report."""
    session = data.get("session")
    if not isinstance(session, dict) or not isinstance(session.get("points"), list):
        return data
    points: list[Any] = []
    for raw in session["points"]:
        point = dict(raw) if isinstance(raw, dict) else raw
        if isinstance(point, dict):
            pos = point.get("pos")
            if isinstance(pos, list) and len(pos) == 2 and "x" not in point and "y" not in point:
                del point["pos"]
                point["x"], point["y"] = pos
            if "muscle_id" in point and "muscle" not in point:
                point["muscle"] = point.pop("muscle_id")
        points.append(point)
    return dict(data, session=dict(session, points=points), format_version="1.0")


def _from_1_0(data: dict[str, Any]) -> dict[str, Any]:
    """1.0 -> 1.1: only optional fields were added (patient height and pregnancy, injection
    epinephrine, procedure ultrasound guidance and infection at the site, three muscles and three
    complications), each with a default that means "not recorded", so a 1.0 file needs nothing
    but its new version."""
    return dict(data, format_version="1.1")


def _to_1_2(data: dict[str, Any]) -> dict[str, Any]:
    """1.1 -> 1.2: sessions gained the optional signature, amendments and audit blocks.

    Only the version changes: a file written before 1.2 is unsigned and has no audit yet.
    """
    return dict(data, format_version="1.2")


def _to_1_3(data: dict[str, Any]) -> dict[str, Any]:
    """1.2 -> 1.3: an injection gained the optional ``mixed_with`` (further agents in the same
    syringe). Only the version changes: a file written before 1.3 records one agent per
    injection, which is an empty ``mixed_with``; the canonical content, and so every signature,
    is unchanged because a member holding its default is left out of it."""
    return dict(data, format_version="1.3")


def _to_1_4(data: dict[str, Any]) -> dict[str, Any]:
    """1.3 -> 1.4: sessions gained the optional pain drawing (``pain_areas``).

    Only the version changes: a file written before 1.4 has no pain drawing.
    """
    return dict(data, format_version="1.4")


MIGRATIONS: dict[str, tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "0.9": ("1.0", _from_0_9),
    "1.0": ("1.1", _from_1_0),
    "1.1": ("1.2", _to_1_2),
    "1.2": ("1.3", _to_1_3),
    "1.3": ("1.4", _to_1_4),
}
"""format_version -> (next version, function upgrading the raw dict to it)."""


def parse_version(text: object) -> tuple[int, int] | None:
    """``"1.0"`` -> (1, 0); None when it is not a version."""
    if not isinstance(text, str):
        return None
    parts = text.split(".")
    if len(parts) != 2 or not all(p.isdigit() and len(p) <= 4 for p in parts):
        return None
    return int(parts[0]), int(parts[1])
