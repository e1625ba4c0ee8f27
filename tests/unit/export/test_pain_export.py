"""The pain drawing exported: a FHIR Observation of the areas' regions, CSV area per region."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from bodymap import export, storage
from bodymap.anatomy import load_diagram
from bodymap.clinical.pain_drawing import measure
from tests.unit.export.test_fhir_schema import _errors, validator  # noqa: F401
from tests.unit.storage.conftest import DATA

D = load_diagram()
DRAWN = storage.load_session(DATA / "v1_4_pain_drawing.bodymap.json")


def _resources(session: Any) -> list[dict[str, Any]]:
    bundle = json.loads(export.bundle_bytes(export.build_bundle(session)))
    return [entry["resource"] for entry in bundle["entry"]]


def _drawing(resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        r
        for r in resources
        if r["resourceType"] == "Observation" and r["code"]["text"].startswith("Painted pain")
    ]


def test_the_bundle_has_one_observation_with_the_drawing_s_regions_and_areas() -> None:
    (observation,) = _drawing(_resources(DRAWN))
    measured = measure(DRAWN.pain_areas, D)
    assert observation["valueQuantity"]["value"] == round(measured.total_cm2, 1)
    assert observation["valueQuantity"]["code"] == "cm2"
    assert observation["valueQuantity"]["system"] == "http://unitsofmeasure.org"
    texts = [c["code"]["text"] for c in observation["component"]]
    assert "Painted area, neck, patient's right" in texts
    assert "Painted area, shoulder and upper back, patient's left" in texts
    assert "Painted area: aching, intensity 6/10" in texts
    assert observation["subject"]["reference"].startswith("urn:uuid:")


def test_a_session_without_a_drawing_has_no_drawing_observation() -> None:
    assert _drawing(_resources(DRAWN.model_copy(update={"pain_areas": []}))) == []


def test_the_drawing_s_bundle_validates_against_the_r4_schema(validator: Any) -> None:  # noqa: F811
    bundle = json.loads(
        export.bundle_bytes(export.build_bundle(DRAWN, record_pdf=b"%PDF-1.7\n% test\n"))
    )
    assert _errors(validator, bundle) == []


@pytest.mark.parametrize("deidentify", [False, True])
def test_each_csv_row_carries_the_session_s_area_per_region(deidentify: bool) -> None:
    columns, rows = export.table_rows([DRAWN], D, deidentify=deidentify)
    assert "painted_area_cm2" in columns
    assert "painted_neck_right_cm2" in columns
    measured = measure(DRAWN.pain_areas, D)
    assert len(rows) == len(DRAWN.points)
    for row in rows:
        assert row["painted_area_cm2"] == f"{measured.total_cm2:.1f}"
        assert float(row["painted_neck_right_cm2"]) > 0
        assert row["painted_head_left_cm2"] == "0.0"


def test_a_drawing_without_points_still_gets_its_row_and_no_drawing_leaves_cells_empty() -> None:
    only_drawing = DRAWN.model_copy(update={"points": []})
    plain = DRAWN.model_copy(update={"pain_areas": []})
    columns, rows = export.table_rows([only_drawing, plain], D, deidentify=False)
    assert rows[0].get("point", "") == ""
    assert float(rows[0]["painted_area_cm2"]) > 0
    assert all(row["painted_area_cm2"] == "" for row in rows[1:])
    text = export.csv_bytes(columns, rows).decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(text)))) == 1 + 1 + len(plain.points)
    # De-identified too (its rows are ordered by the random keys, the point-less row first).
    _, hidden = export.table_rows([only_drawing], D, deidentify=True)
    assert [row.get("point", "") for row in hidden] == [""]
    assert float(hidden[0]["painted_area_cm2"]) > 0
