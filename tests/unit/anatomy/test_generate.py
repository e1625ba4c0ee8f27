"""The generated asset: up to date, symmetric, densely sampled, and geometrically consistent."""

from __future__ import annotations

import json
import math

import pytest

from bodymap.anatomy import Diagram, asset_path, generate, point_in_polygon


def test_committed_asset_equals_generator_output() -> None:
    committed = asset_path("diagram", "posterior_upper_back.json").read_text(encoding="utf-8")
    assert committed == generate.render(), "run: python -m bodymap.anatomy.generate"


def test_asset_top_level_format() -> None:
    data = json.loads(generate.render())
    assert data["id"] == "posterior-upper-back"
    assert data["width_mm"] == 600
    assert {"landmarks", "body_outline", "bones", "muscles", "muscle_names"} <= data.keys()
    for muscle in data["muscles"]:
        assert muscle["side"] in {"left", "right"}
        assert muscle["layer"] in {"superficial", "intermediate", "deep"}


def _outlines(diagram: Diagram) -> list[tuple[str, tuple[tuple[float, float], ...]]]:
    named = [("body", diagram.body_outline)]
    named += [(b.id, b.outline) for b in diagram.bones]
    named += [(f"{r.muscle}_{r.side}", r.outline) for r in diagram.regions]
    return named


def test_outlines_are_densely_sampled(diagram: Diagram) -> None:
    for name, outline in _outlines(diagram):
        assert len(outline) >= 12, name
        gaps = [math.dist(outline[i - 1], outline[i]) for i in range(len(outline))]
        assert max(gaps) <= 2.0, name


def test_outlines_are_smooth_curves_not_polylines(diagram: Diagram) -> None:
    # Away from deliberate corners, consecutive segments turn by only a few degrees.
    for name, outline in _outlines(diagram):
        n = len(outline)
        perimeter = sum(math.dist(outline[i - 1], outline[i]) for i in range(n))
        if perimeter < 150.0:
            continue  # spinous processes: small, smooth, but sharply curved per millimetre
        turns = []
        for i in range(n):
            (ax, ay), (bx, by), (cx, cy) = outline[i - 1], outline[i], outline[(i + 1) % n]
            h1 = math.atan2(by - ay, bx - ax)
            h2 = math.atan2(cy - by, cx - bx)
            turns.append(abs((h2 - h1 + math.pi) % (2 * math.pi) - math.pi))
        small = sum(t < math.radians(12) for t in turns)
        assert small / n > 0.9, name


def test_diagram_is_mirror_symmetric(diagram: Diagram) -> None:
    midline = diagram.landmarks["c7"][0]
    body = {(round(2 * midline - x, 1), y) for x, y in diagram.body_outline}
    assert body == set(diagram.body_outline)
    by_key = {(r.muscle, r.side): r for r in diagram.regions}
    for (muscle, side), region in by_key.items():
        if side != "right":
            continue
        left = by_key[(muscle, "left")]
        mirrored = [(round(2 * midline - x, 1), y) for x, y in region.outline]
        assert mirrored == list(left.outline), muscle


def test_muscles_lie_inside_the_body(diagram: Diagram) -> None:
    for region in diagram.regions:
        outside = [p for p in region.outline if not diagram.contains(*p)]
        # Points exactly on the midline or the trunk's lower edge may fall on the skin outline.
        assert len(outside) <= len(region.outline) // 50, (region.muscle, outside[:3])


@pytest.mark.parametrize("fraction", [0.0, 0.25, 0.5, 0.75, 1.0])
def test_fibre_strokes_lie_inside_their_muscle(diagram: Diagram, fraction: float) -> None:
    for region in diagram.regions:
        assert region.fibres, region.muscle
        for (x0, y0), (x1, y1) in region.fibres:
            x = x0 + (x1 - x0) * fraction
            y = y0 + (y1 - y0) * fraction
            assert point_in_polygon(x, y, region.outline), (region.muscle, region.side, fraction)


def test_generator_main_check_mode(capsys: pytest.CaptureFixture[str]) -> None:
    assert generate.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out
