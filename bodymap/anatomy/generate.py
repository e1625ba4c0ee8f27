"""Generator of the posterior upper-back diagram asset (run: python -m bodymap.anatomy.generate).

All shapes are described once, for the patient's right side, in the landmark frame of
clinical-basis §2.1 (origin C7 spinous process, unit = C7-T12 distance, +u towards the patient's
right, +v caudal). They are converted to diagram millimetres, turned into smooth curves (cubic
Bezier segments through landmark-derived control points), sampled to within 0.05 mm of the curve
and mirrored for the patient's left. Skin, bone edges and muscle edges that meet are cut from one
shared curve (``outlines``), so they share their points. The sampled polygons are both what is
drawn and what is hit-tested; the bones carry display names and the ear and the lateral head of
triceps are named areas.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bodymap.anatomy import outlines
from bodymap.anatomy.diagram import DIAGRAM_FILE, asset_path
from bodymap.anatomy.fibres import fibre_strokes
from bodymap.anatomy.frame import (
    BILATERAL_LANDMARKS,
    C7_MM,
    DIAGRAM_ID,
    DIAGRAM_VERSION,
    HEIGHT_MM,
    MUSCLE_NAMES,
    UNIT_MM,
    WIDTH_MM,
    Vec,
)
from bodymap.anatomy.muscle_shapes import muscles_right
from bodymap.anatomy.outlines import skin

# --------------------------------------------------------------------------- shapes


def body_outline() -> list[Vec]:
    """Skin silhouette: back of the head, neck, shoulders, arms to the elbow, trunk below T12."""
    return skin().points


# --------------------------------------------------------------------------- assembly


def _r(value: float) -> float:
    rounded = round(value, 1)
    return 0.0 if rounded == 0 else rounded


def _place(points: Iterable[Vec], *, mirror: bool) -> list[list[float]]:
    """Round (mm relative to C7) and translate to diagram mm, mirroring for the patient's left."""
    sign = -1.0 if mirror else 1.0
    return [[_r(C7_MM[0] + sign * _r(x)), _r(C7_MM[1] + _r(y))] for x, y in points]


def build() -> dict[str, Any]:
    """The whole diagram as a JSON-ready dict."""
    landmarks: dict[str, list[float]] = {"eop": [C7_MM[0], _r(C7_MM[1] - 0.45 * UNIT_MM)]}
    landmarks["c7"] = [C7_MM[0], C7_MM[1]]
    for n in range(1, 13):
        landmarks[f"t{n}"] = [C7_MM[0], round(C7_MM[1] + UNIT_MM * n / 12, 2)]
    for name, (u, v) in BILATERAL_LANDMARKS.items():
        for side, sign in (("left", -1.0), ("right", 1.0)):
            landmarks[f"{name}_{side}"] = [
                round(C7_MM[0] + sign * u * UNIT_MM, 2),
                round(C7_MM[1] + v * UNIT_MM, 2),
            ]

    bones: list[dict[str, Any]] = []
    for bone in outlines.bones():
        for side, mirror in (
            (("left", True), ("right", False)) if bone.bilateral else (("", False),)
        ):
            bones.append(
                {
                    "id": f"{bone.id}_{side}" if side else bone.id,
                    "name": bone.name,
                    "subcutaneous": bone.subcutaneous,
                    "outline": _place(bone.outline, mirror=mirror),
                    "parts": [
                        {"name": name, "outline": _place(part, mirror=mirror)}
                        for name, part in bone.parts
                    ],
                }
            )

    areas: list[dict[str, Any]] = []
    for area in outlines.areas():
        for side, mirror in (("left", True), ("right", False)):
            areas.append(
                {
                    "id": f"{area.id}_{side}",
                    "side": side,
                    "name": area.name,
                    "outline": _place(area.outline, mirror=mirror),
                }
            )

    muscles: list[dict[str, Any]] = []
    for shape in muscles_right():
        for side, mirror in (("left", True), ("right", False)):
            fibres = [_place([a, b], mirror=mirror) for a, b in fibre_strokes(shape.key)]
            muscles.append(
                {
                    "muscle": shape.muscle,
                    "side": side,
                    "layer": shape.layer,
                    "name": MUSCLE_NAMES[shape.muscle],
                    "outline": _place(shape.outline, mirror=mirror),
                    "fibres": fibres,
                }
            )
    return {
        "id": DIAGRAM_ID,
        "version": DIAGRAM_VERSION,
        "width_mm": WIDTH_MM,
        "height_mm": HEIGHT_MM,
        "frame": {"origin": "c7", "unit_mm": UNIT_MM, "x": "patient's right", "y": "caudal"},
        "muscle_names": MUSCLE_NAMES,
        "landmarks": landmarks,
        "body_outline": _place(body_outline(), mirror=False),
        "bones": bones,
        "areas": areas,
        "muscles": muscles,
    }


def _dump(value: Any, indent: int = 0) -> str:
    """JSON with one line per point list (compact, diff-friendly, deterministic)."""
    pad = " " * indent
    inner = " " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(k)}: {_dump(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        items = [inner + _dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def render() -> str:
    """The asset file's exact text."""
    return _dump(build()) + "\n"


def output_path() -> Path:
    """Where the asset lives in a source checkout."""
    return Path(__file__).resolve().parents[2] / "assets" / "diagram" / DIAGRAM_FILE


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite the asset (or, with --check, report whether it is up to date)."""
    parser = argparse.ArgumentParser(
        prog="python -m bodymap.anatomy.generate",
        description="Write the posterior upper-back diagram asset from its shape definitions.",
    )
    parser.add_argument(
        "--check", action="store_true", help="only report whether the asset is up to date"
    )
    ns = parser.parse_args(sys.argv[1:] if argv is None else argv)
    text = render()
    target = output_path()
    if ns.check:
        current = asset_path("diagram", DIAGRAM_FILE)
        same = current.is_file() and current.read_text(encoding="utf-8") == text
        print(f"{current}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
