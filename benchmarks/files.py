"""Save and load a 1,000-point session file (the atomic save included).

Also builds the 1,000-point session the interaction benchmarks put on the map.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from benchmarks import Figure, median, ns_to_ms, percentile
from bodymap.anatomy import Diagram, load_diagram
from bodymap.model import (
    DryNeedling,
    Encounter,
    ExaminedOnly,
    Findings,
    Injection,
    Patient,
    Session,
    TriggerPoint,
)

TARGET_MS = 25.0
POINTS = 1000


def body_bbox(diagram: Diagram) -> tuple[float, float, float, float]:
    """Bounding box of the body outline: x0, y0, x1, y1 in diagram mm."""
    xs = [p[0] for p in diagram.body_outline]
    ys = [p[1] for p in diagram.body_outline]
    return min(xs), min(ys), max(xs), max(ys)


def random_body_points(diagram: Diagram, n: int, seed: int) -> list[tuple[float, float]]:
    """``n`` seeded random positions inside the body outline."""
    rng = random.Random(seed)
    x0, y0, x1, y1 = body_bbox(diagram)
    found: list[tuple[float, float]] = []
    while len(found) < n:
        x, y = round(rng.uniform(x0, x1), 1), round(rng.uniform(y0, y1), 1)
        if diagram.contains(x, y):
            found.append((x, y))
    return found


def make_session(n: int = POINTS, seed: int = 1, diagram: Diagram | None = None) -> Session:
    """A documented session with ``n`` points on the body, each with findings and treatment."""
    diagram = diagram or load_diagram()
    rng = random.Random(seed)
    treatments = [
        Injection(agent="lidocaine", concentration_percent=1.0, volume_ml=0.5),
        Injection(agent="bupivacaine", concentration_percent=0.25, volume_ml=1.0),
        DryNeedling(),
        ExaminedOnly(),
    ]
    points = []
    for number, (x, y) in enumerate(random_body_points(diagram, n, seed), start=1):
        hits = diagram.muscles_at(x, y)
        muscle, side = (hits[0].muscle, hits[0].side) if hits else ("multifocal", "midline")
        points.append(
            TriggerPoint.model_validate(
                {
                    "number": number,
                    "x": x,
                    "y": y,
                    "muscle": muscle,
                    "side": side,
                    "notes": "Reproduces the usual pain." if number % 3 == 0 else "",
                    "findings": Findings(
                        status="active",
                        taut_band=True,
                        twitch="visible",
                        pain_before=rng.randint(4, 9),
                        pain_after=rng.randint(0, 3),
                    ),
                    "treatment": rng.choice(treatments),
                }
            )
        )
    return Session(
        patient=Patient(name="Bench Mark", identifier="MRN000001", weight_kg=70.0),
        encounter=Encounter(date=dt.date(2026, 1, 15), clinician="Dr. Example"),
        points=points,
    )


def run(runs: int = 20) -> list[Figure]:
    """Median and p99 of saving and of loading a 1,000-point session."""
    from bodymap import storage

    session = make_session()
    save_ns: list[int] = []
    load_ns: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"bench{storage.SUFFIX}"
        storage.save_session(session, path)  # warm-up: first save, imports, caches
        storage.load_session(path)
        for _ in range(runs):
            start = time.perf_counter_ns()
            storage.save_session(session, path)
            save_ns.append(time.perf_counter_ns() - start)
            start = time.perf_counter_ns()
            loaded = storage.load_session(path)
            load_ns.append(time.perf_counter_ns() - start)
        size_kib = path.stat().st_size / 1024
    if loaded.points != session.points:
        raise RuntimeError("the loaded session differs from the saved one")
    save_ms, load_ms = ns_to_ms(save_ns), ns_to_ms(load_ns)
    return [
        Figure(
            "Save a 1,000-point session (atomic)",
            median(save_ms),
            "ms",
            TARGET_MS,
            f"median of {runs}, p99 {percentile(save_ms, 0.99):.1f} ms, file {size_kib:.0f} KiB",
        ),
        Figure(
            "Load a 1,000-point session",
            median(load_ms),
            "ms",
            TARGET_MS,
            f"median of {runs}, p99 {percentile(load_ms, 0.99):.1f} ms",
        ),
    ]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.formatted_value()} ({figure.status}) {figure.detail}")
