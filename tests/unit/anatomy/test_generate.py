"""The generated asset: up to date, symmetric, faithful to its curves, geometrically consistent."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

import pytest

from bodymap.anatomy import Diagram, asset_path, frame, generate, point_in_polygon
from bodymap.anatomy.parts import Point


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
    named += [(a.id, a.outline) for a in diagram.areas]
    return named


@pytest.fixture(scope="module")
def curves(diagram: Diagram) -> Diagram:
    """The diagram's curves themselves: sampled 25 times as closely (a fifth of the spacing),
    and not rounded to 0.1 mm."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(frame, "FLATNESS_MM", frame.FLATNESS_MM / 25)
        patch.setattr(generate, "_r", lambda value: value)
        curves = Diagram.from_dict(generate.build())
    assert len(curves.body_outline) > 4 * len(diagram.body_outline)
    return curves


def _distance_to_segment(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _farthest_from(ring: Sequence[Point], polygon: Sequence[Point]) -> float:
    """How far a point of ``ring`` gets from the closed ``polygon`` (both walked the same way,
    from the same first point)."""
    n = len(polygon)
    reach = 2 * math.ceil(n / len(ring)) + 4  # edges of polygon one step along ring may pass
    j, worst = 0, 0.0
    for p in ring:
        distance, j = min(
            (_distance_to_segment(p, polygon[k % n], polygon[(k + 1) % n]), k)
            for k in range(j, j + reach)
        )
        worst = max(worst, distance)
    return worst


def test_outlines_follow_their_curves_within_an_eighth_of_a_millimetre(
    diagram: Diagram, curves: Diagram
) -> None:
    # 0.05 mm of sampling, plus up to 0.07 mm of rounding to 0.1 mm.
    for (name, outline), (_, curve) in zip(_outlines(diagram), _outlines(curves), strict=True):
        assert math.dist(outline[0], curve[0]) < 0.1, name
        assert _farthest_from(curve, outline) <= 0.125, name
        assert _farthest_from(outline, curve) <= 0.125, name


def test_outlines_are_smooth_curves_not_polylines(curves: Diagram) -> None:
    # Away from deliberate corners, consecutive segments turn by only a few degrees.
    for name, outline in _outlines(curves):
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


def _on_outline(point: Point, outline: Sequence[Point]) -> bool:
    return any(
        _distance_to_segment(point, outline[k - 1], outline[k]) < 1e-6 for k in range(len(outline))
    )


def test_muscles_bones_and_areas_lie_inside_the_body(diagram: Diagram) -> None:
    # A muscle that reaches the skin shares the skin's own points there, so its outline is
    # inside the body or exactly on the skin outline, never beyond it.
    named = [(f"{r.muscle}_{r.side}", r.outline) for r in diagram.regions]
    named += [(b.id, b.outline) for b in diagram.bones]
    named += [(a.id, a.outline) for a in diagram.areas]
    for name, outline in named:
        outside = [
            p
            for p in outline
            if not diagram.contains(*p) and not _on_outline(p, diagram.body_outline)
        ]
        assert not outside, (name, outside[:3])


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
