"""The export's code table: SNOMED CT muscles and sides, LOINC, route, systems (codes.json).

Every code comes from ``codes.json``, which names the public source each one was checked
against. A muscle without a verified concept of its own carries its parent muscle's concept
(``of == "parent"``) or no code at all; callers always add the exact muscle name as text.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final, Literal

TABLE_FILE: Final = "codes.json"


@dataclass(frozen=True)
class Code:
    """One coded concept: system URI, code, display, and the source id in codes.json."""

    system: str
    code: str
    display: str
    source: str


@dataclass(frozen=True)
class MuscleCode:
    """How a muscle is coded: its own concept, its parent muscle's, or none (text only)."""

    muscle: str
    code: Code | None
    of: Literal["muscle", "parent", "none"]


@dataclass(frozen=True)
class CodeTable:
    """The parsed code table."""

    systems: dict[str, str]
    sources: dict[str, dict[str, str]]
    muscles: dict[str, MuscleCode]
    laterality: dict[str, Code]
    route_intramuscular: Code
    pain_score: Code

    def muscle(self, muscle_id: str) -> MuscleCode:
        """The coding of ``muscle_id``; a muscle missing from the table is text only."""
        return self.muscles.get(muscle_id, MuscleCode(muscle_id, None, "none"))

    def side(self, side: str) -> Code | None:
        """The laterality qualifier of the patient's side (left, right, midline)."""
        return self.laterality.get(side)


def _code(raw: dict[str, Any], system: str, sources: dict[str, Any]) -> Code:
    source = str(raw["source"])
    if source not in sources:
        raise ValueError(f"code {raw['code']} cites an unknown source {source!r}")
    return Code(system, str(raw["code"]), str(raw["display"]), source)


def parse_table(data: dict[str, Any]) -> CodeTable:
    """Build a :class:`CodeTable` from the JSON object of codes.json.

    Raises:
        ValueError, KeyError: a row lacks a source or a field.
    """
    systems = {str(k): str(v) for k, v in data["systems"].items()}
    sources = data["sources"]
    snomed = systems["snomed"]
    muscles: dict[str, MuscleCode] = {}
    for muscle_id, row in data["muscles"].items():
        if row.get("code") is None:
            muscles[muscle_id] = MuscleCode(muscle_id, None, "none")
            continue
        of = row["of"]
        if of not in ("muscle", "parent"):
            raise ValueError(f"muscle {muscle_id}: 'of' must be 'muscle' or 'parent'")
        muscles[muscle_id] = MuscleCode(muscle_id, _code(row, snomed, sources), of)
    return CodeTable(
        systems=systems,
        sources={str(k): dict(v) for k, v in sources.items()},
        muscles=muscles,
        laterality={side: _code(row, snomed, sources) for side, row in data["laterality"].items()},
        route_intramuscular=_code(data["route_intramuscular"], snomed, sources),
        pain_score=_code(data["pain_score"], systems["loinc"], sources),
    )


@functools.cache
def load_table() -> CodeTable:
    """The bundled code table (read once)."""
    text = resources.files("bodymap.export").joinpath(TABLE_FILE).read_text(encoding="utf-8")
    return parse_table(json.loads(text))
