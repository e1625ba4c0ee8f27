"""The committed JSON Schema and the diagram bounds stay in step with the code."""

from __future__ import annotations

import json
from pathlib import Path

from bodymap import storage
from bodymap.anatomy import asset_path, load_diagram

SCHEMA = Path(__file__).resolve().parents[3] / "assets" / "schema" / "session.schema.json"


def test_committed_schema_matches_the_model() -> None:
    committed = json.loads(SCHEMA.read_text("utf-8"))
    assert committed == storage.session_json_schema(), (
        "assets/schema/session.schema.json is out of date: run `bodymap schema` to regenerate"
    )


def test_schema_is_shipped_with_the_assets() -> None:
    assert asset_path("schema", "session.schema.json").is_file()


def test_bounds_match_the_diagram_asset() -> None:
    diagram = load_diagram()
    assert storage.DIAGRAM_BOUNDS[diagram.id] == (diagram.width, diagram.height)
    assert storage.SessionFile.model_fields["session"].annotation is not None


def test_example_session_is_valid_and_documented() -> None:
    session = storage.load_session(asset_path("examples", "example-session.bodymap.json"))
    assert len(session.points) == 8
    assert {p.side for p in session.points} == {"left", "right"}
    assert session.patient.name
    assert session.encounter.consent_obtained
