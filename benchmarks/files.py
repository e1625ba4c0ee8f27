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


HOSTILE_TARGET_S = 5.0
HOSTILE_MEMORY_TARGET_MIB = 512.0
_HOSTILE_PROBE = r"""
import os, resource, sys, time
from bodymap import storage
start = time.perf_counter()
try:
    storage.load_session(sys.argv[1])
except storage.SessionFileError:
    pass
else:
    sys.exit("the hostile file was read as a session")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{time.perf_counter() - start:.3f} {peak}")
"""


def hostile_files(folder: Path) -> dict[str, Path]:
    """Files of nearly the 20 MB limit made to be slow to refuse: one string of brackets (deep
    nesting to a quick count, none to the parser), and one of escaped backslashes ending in
    brackets (so that the strings must be told apart from what is outside them)."""
    limit = 20 * 1024 * 1024 - 64
    files = {
        "brackets in a string": ('{"x": "', "[" * limit),
        "escapes and brackets in a string": ('{"x": "', "\\\\" * (limit // 2 - 500) + "[" * 1000),
    }
    made = {}
    for label, (head, body) in files.items():
        path = folder / f"{label.replace(' ', '-')}{'.bodymap.json'}"
        path.write_text(head + body + '"}', encoding="ascii")
        made[label] = path
    return made


def hostile(runs: int = 3) -> list[Figure]:
    """Refusing a hostile file of nearly the size limit: seconds and peak memory, in a fresh
    process each (its memory is the whole process's)."""
    import subprocess
    import sys

    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in hostile_files(Path(tmp)).items():
            seconds, peaks = [], []
            for _ in range(runs):
                out = subprocess.run(
                    [sys.executable, "-c", _HOSTILE_PROBE, str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()
                seconds.append(float(out[0]))
                peaks.append(int(out[1]) / 1024)
            figures += [
                Figure(
                    f"Refuse a hostile 20 MB file ({label})",
                    median(seconds),
                    "s",
                    HOSTILE_TARGET_S,
                    f"storage.load_session, median of {runs} fresh processes",
                ),
                Figure(
                    f"Refuse a hostile 20 MB file ({label}), peak memory",
                    median(peaks),
                    "MiB",
                    HOSTILE_MEMORY_TARGET_MIB,
                    f"the whole process's max RSS, median of {runs}",
                ),
            ]
    return figures


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.formatted_value()} ({figure.status}) {figure.detail}")
