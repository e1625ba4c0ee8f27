"""Format 1.4: the pain drawing is saved, upgraded from 1.2 and checked like the points."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bodymap import storage
from bodymap.model import PainArea, PaintedPolygon
from tests.unit.storage.conftest import DATA, make_session

GOLDEN = DATA / "v1_4_pain_drawing.bodymap.json"


def _square(x: float, y: float, side: float = 20.0) -> PaintedPolygon:
    return PaintedPolygon(exterior=[(x, y), (x + side, y), (x + side, y + side), (x, y + side)])


def test_a_1_2_file_loads_as_the_same_session_without_a_drawing() -> None:
    old = storage.load_session(DATA / "v1_2_example.bodymap.json")
    new = storage.load_session(GOLDEN)
    assert old.pain_areas == []
    assert new.pain_areas, "the golden file holds a drawing"
    assert new.model_copy(update={"pain_areas": []}) == old


def test_a_drawing_round_trips_exactly(tmp_path: Path) -> None:
    area = PainArea(quality="burning", intensity=7, polygons=[_square(250.0, 300.0)])
    session = make_session(1).model_copy(update={"pain_areas": [area]})
    path = tmp_path / "s.bodymap.json"
    storage.save_session(session, path)
    assert storage.load_session(path).pain_areas == [area]


def test_the_drawing_does_not_change_the_content_hash_of_a_session_without_one() -> None:
    session = make_session(2)
    assert storage.content_sha256(session) == storage.content_sha256(
        session.model_copy(update={"pain_areas": []})
    )


def _refused(tmp_path: Path, change: object) -> str:
    data = json.loads(GOLDEN.read_text("utf-8"))
    change(data["session"])  # type: ignore[operator]
    path = tmp_path / "bad.bodymap.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(storage.SessionFileError) as caught:
        storage.load_session(path)
    return str(caught.value)


def test_a_painted_vertex_outside_the_diagram_is_refused(tmp_path: Path) -> None:
    message = _refused(
        tmp_path, lambda s: s["pain_areas"][0]["polygons"][0]["exterior"].append([700.0, 10.0])
    )
    assert "session.pain_areas[0].polygons[0] lies outside the diagram" in message


def test_two_areas_of_one_quality_and_intensity_are_refused(tmp_path: Path) -> None:
    def twin(session: dict[str, object]) -> None:
        areas = session["pain_areas"]
        assert isinstance(areas, list)
        areas[1]["quality"], areas[1]["intensity"] = areas[0]["quality"], areas[0]["intensity"]

    assert "same quality and intensity" in _refused(tmp_path, twin)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s["pain_areas"][0].update(intensity=11), "session.pain_areas[0].intensity"),
        (lambda s: s["pain_areas"][0].update(quality="stabbing"), "quality"),
        (
            lambda s: s["pain_areas"][0]["polygons"][0].update(exterior=[[1, 1], [2, 2]]),
            "exterior is too short",
        ),
    ],
)
def test_bad_drawing_values_are_named(tmp_path: Path, change: object, expected: str) -> None:
    assert expected in _refused(tmp_path, change)
