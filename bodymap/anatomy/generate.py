"""Generator of the posterior upper-back diagram asset (run: python -m bodymap.anatomy.generate).

All shapes are described once, for the patient's right side, in the normalised landmark frame
of the clinical reference (origin C7 spinous process, unit = C7-T12 distance, +u towards the
patient's right, +v caudal). They are converted to diagram millimetres, turned into smooth curves
(cubic Bezier segments through landmark-derived control points), sampled to within 0.05 mm of
the curve and mirrored for the patient's left. The sampled polygons are both what is drawn and
what is hit-tested.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bodymap.anatomy.diagram import DIAGRAM_FILE, asset_path
from bodymap.anatomy.frame import (
    BILATERAL_LANDMARKS,
    C7_MM,
    DIAGRAM_ID,
    DIAGRAM_VERSION,
    HEIGHT_MM,
    MUSCLE_NAMES,
    UNIT_MM,
    WIDTH_MM,
    Ctrl,
    Vec,
    c,
    closed_curve,
    s,
)
from bodymap.anatomy.muscle_shapes import fibre_strokes, muscles_right

# --------------------------------------------------------------------------- shapes


def body_outline() -> list[Vec]:
    """Skin silhouette: back of the head, neck, shoulders, arms to the elbow, trunk below T12."""
    right: list[Ctrl] = [
        c(0.0, -0.72),
        c(0.14, -0.698),
        c(0.232, -0.62),
        s(0.266, -0.525),
        c(0.292, -0.522),
        c(0.302, -0.47),
        c(0.29, -0.405),
        s(0.258, -0.36),
        c(0.228, -0.325),
        c(0.205, -0.27),
        c(0.195, -0.2),
        c(0.198, -0.135),
        c(0.218, -0.092),
        c(0.262, -0.062),
        c(0.33, -0.046),
        c(0.43, -0.029),
        c(0.53, -0.009),
        c(0.62, 0.012),
        c(0.70, 0.046),
        c(0.766, 0.098),
        c(0.808, 0.168),
        c(0.826, 0.25),
        c(0.818, 0.36),
        c(0.806, 0.50),
        c(0.804, 0.68),
        c(0.812, 0.88),
        c(0.818, 1.06),
        c(0.79, 1.135),
        c(0.72, 1.155),
        c(0.65, 1.14),
        c(0.62, 1.10),
        c(0.606, 0.95),
        c(0.593, 0.75),
        c(0.583, 0.58),
        s(0.578, 0.47),
        c(0.556, 0.56),
        c(0.533, 0.72),
        c(0.51, 0.90),
        s(0.497, 1.08),
    ]
    left = [(-u, v, f) for u, v, f in reversed(right[1:])]
    return closed_curve(right + left)


def _scapula() -> list[Vec]:
    return closed_curve(
        [
            c(0.245, 0.148),
            c(0.30, 0.128),
            c(0.38, 0.105),
            c(0.44, 0.09),
            c(0.50, 0.095),
            c(0.545, 0.125),
            c(0.565, 0.16),
            c(0.56, 0.205),
            c(0.52, 0.25),
            c(0.45, 0.35),
            c(0.36, 0.47),
            c(0.29, 0.555),
            c(0.262, 0.584),
            c(0.245, 0.56),
            c(0.238, 0.50),
            c(0.23, 0.42),
            c(0.218, 0.33),
            c(0.208, 0.25),
            c(0.215, 0.2),
            c(0.228, 0.165),
        ]
    )


def _scapular_spine() -> list[Vec]:
    return closed_curve(
        [
            c(0.205, 0.243),
            c(0.32, 0.193),
            c(0.42, 0.147),
            c(0.52, 0.103),
            c(0.575, 0.065),
            c(0.61, 0.035),
            c(0.66, 0.028),
            c(0.69, 0.045),
            c(0.685, 0.07),
            c(0.655, 0.085),
            c(0.60, 0.098),
            c(0.52, 0.135),
            c(0.42, 0.175),
            c(0.32, 0.218),
            c(0.225, 0.262),
            c(0.206, 0.258),
        ]
    )


def _spinous(v: float, half_width: float, up: float, down: float) -> list[Vec]:
    return closed_curve(
        [
            c(0.0, v - up),
            c(half_width, v - up * 0.2),
            c(half_width * 0.45, v + down * 0.75),
            c(0.0, v + down),
            c(-half_width * 0.45, v + down * 0.75),
            c(-half_width, v - up * 0.2),
        ]
    )


def _occiput() -> list[Vec]:
    """The superior nuchal lines as a thin crescent from mastoid to mastoid through the EOP."""
    return closed_curve(
        [
            s(-0.19, -0.345),
            c(-0.15, -0.405),
            c(-0.09, -0.44),
            c(0.0, -0.458),
            c(0.09, -0.44),
            c(0.15, -0.405),
            s(0.19, -0.345),
            c(0.15, -0.392),
            c(0.088, -0.427),
            c(0.0, -0.445),
            c(-0.088, -0.427),
            c(-0.15, -0.392),
        ]
    )


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

    bones: list[dict[str, Any]] = [{"id": "occiput", "outline": _place(_occiput(), mirror=False)}]
    for side, mirror in (("left", True), ("right", False)):
        bones.append({"id": f"scapula_{side}", "outline": _place(_scapula(), mirror=mirror)})
        bones.append(
            {"id": f"scapular_spine_{side}", "outline": _place(_scapular_spine(), mirror=mirror)}
        )
    levels = [("c7", 0.0, 0.026, 0.022, 0.032)] + [
        (f"t{n}", n / 12, 0.022, 0.02, 0.028) for n in range(1, 13)
    ]
    for name, v, hw, up, down in levels:
        bones.append(
            {"id": f"spinous_{name}", "outline": _place(_spinous(v, hw, up, down), mirror=False)}
        )

    muscles: list[dict[str, Any]] = []
    for muscle, layer, outline in muscles_right():
        for side, mirror in (("left", True), ("right", False)):
            fibres = [_place([a, b], mirror=mirror) for a, b in fibre_strokes(muscle)]
            muscles.append(
                {
                    "muscle": muscle,
                    "side": side,
                    "layer": layer,
                    "name": MUSCLE_NAMES[muscle],
                    "outline": _place(outline, mirror=mirror),
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
