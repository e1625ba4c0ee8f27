"""Start-up time and peak memory of ``bodymap --smoke`` against a bare PySide6 window.

The target is the time until bodymap's window takes input, against a bare window's first
paint (it takes input then). Both programs print the seconds from process start (read from
/proc) to the first paint of their main window; a third series runs bodymap's smoke start
through :data:`_READY_PROBE`, which also prints when the window, completed after its first
paint, takes input. Each is run several times as a fresh process, alternating, and compared
by the median. Peak memory is the child's ``ru_maxrss`` from ``os.wait4``.

``python -m benchmarks.startup --baseline`` is the bare window: a QApplication, a QMainWindow
with an empty QGraphicsView, shown, and waiting for the view's first paint. It must not import
bodymap, so this module imports only the standard library at the top.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import RATIO, Figure, median

READY_RATIO_TARGET = 3.0
"""Until bodymap's window takes input: at most this many times a bare window's first paint."""
MEMORY_TARGET = 2.0
PAINT_DEADLINE_S = 20.0

NEVER_AT_START = {
    "PySide6.QtPrintSupport": "printing",
    "pypdf": "PDF reading",
    "bodymap.report": "the printed record",
    "bodymap.history.index": "the clinic history index (sqlite), for a session with a patient",
    "sqlite3": "the clinic history index (sqlite), for a session with a patient",
    "cryptography": "signing keys and signatures, for a signed record",
    "bcrypt": "signing keys and signatures, for a signed record",
    "bodymap.export": "the FHIR and CSV exports",
    "fhir.resources": "the FHIR and CSV exports",
    "shapely": "the pain drawing's geometry, for a painted area",
}
"""Modules no part of an empty window's start-up needs."""
FORBIDDEN_AT_START = {
    **NEVER_AT_START,
    "pydantic": "the session model",
    "bodymap.model": "the session model",
    "bodymap.storage": "session files",
    "bodymap.clinical": "clinical checks",
}
"""Modules the first paint of the window does not need, and why they would be there."""


# --- the bare baseline window --------------------------------------------------------------


def _process_start() -> float:
    """When this process started, as a ``time.time()`` value (the way bodymap measures it)."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        return time.time() - up + start_ticks / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED


_IMPORTED = time.time()


def baseline_main() -> int:
    """Show a bare QMainWindow with an empty QGraphicsView; print seconds to its first paint."""
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow

    class View(QGraphicsView):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            View.painted = True

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = View(QGraphicsScene(window), window)
    window.setCentralWidget(view)
    window.resize(1280, 860)
    window.show()
    deadline = time.time() + PAINT_DEADLINE_S
    while not View.painted and time.time() < deadline:
        app.processEvents()
    if not View.painted:
        print("baseline: the view was not painted", file=sys.stderr)
        return 1
    print(f"{time.time() - _process_start():.3f}", flush=True)
    return 0


# --- measuring fresh processes ---------------------------------------------------------------


@dataclass
class Run:
    """One fresh process: its own figure, the parent's view of it, and its peak memory."""

    reported_s: float
    """Seconds from process start to first paint, as the process printed it."""
    ready_s: float | None
    """Seconds from process start until the window took input (:data:`_READY_PROBE`)."""
    spawn_to_paint_s: float
    """Seconds from just before spawning to reading that line (parent clock)."""
    maxrss_kib: int
    scan_s: float | None = None
    """Seconds PySide's import hook spent reading the source of each module imported while
    the window completed (:data:`_READY_PROBE`); None when not measured."""
    scanned: int = 0
    """How many module sources it read then."""


@dataclass
class Series:
    """Several runs of one command."""

    label: str
    runs: list[Run] = field(default_factory=list)
    ready_runs: list[Run] = field(default_factory=list)

    def median_reported(self) -> float:
        """Median of the printed start-up seconds."""
        return median([r.reported_s for r in self.runs])

    def median_ready(self) -> float | None:
        """Median of the seconds until the window took input (bodymap's ready runs)."""
        values = [r.ready_s for r in self.ready_runs if r.ready_s is not None]
        return median(values) if values else None

    def median_scan(self) -> tuple[float, int] | None:
        """Median seconds and module count of PySide's source reading while the window
        completed (bodymap's ready runs), or None when it was not measured."""
        scans = [(r.scan_s, r.scanned) for r in self.ready_runs if r.scan_s is not None]
        if not scans:
            return None
        return median([s for s, _ in scans]), round(median([n for _, n in scans]))

    def median_ready_without_scan(self) -> float | None:
        """Median over the ready runs of the seconds until input less that run's source
        reading: what is left when no source is read, as in the built application."""
        values = [
            r.ready_s - r.scan_s
            for r in self.ready_runs
            if r.ready_s is not None and r.scan_s is not None
        ]
        return median(values) if values else None

    def median_spawn(self) -> float:
        """Median of the parent-measured seconds."""
        return median([r.spawn_to_paint_s for r in self.runs])

    def median_rss_mib(self) -> float:
        """Median peak memory in MiB."""
        return median([r.maxrss_kib / 1024 for r in self.runs])


def _run_once(argv: list[str], env: dict[str, str]) -> Run:
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter_ns()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, env=env)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        seen = time.perf_counter_ns()
        rest = proc.stdout.read()
        proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            message = err.read().decode(errors="replace").strip()
            raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {message}")
    try:
        reported = float(line.decode().strip())
        lines = (r.partition(" ") for r in rest.decode().splitlines())
        found = {key: value for key, _, value in lines}
        ready = float(found["ready"]) if "ready" in found else None
        scan = found.get("scan", "").split()
    except (ValueError, IndexError):
        raise RuntimeError(f"{' '.join(argv)} printed {line + rest!r}") from None
    return Run(
        reported,
        ready,
        (seen - start) / 1e9,
        int(usage.ru_maxrss),
        float(scan[0]) if scan else None,
        int(scan[1]) if scan else 0,
    )


PYCACHE = Path(tempfile.gettempdir()) / "bodymap-bench-pycache"
"""Where children keep their bytecode, outside the checkout."""


def child_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for children: offscreen Qt, this checkout on the path, bytecode cached.

    An installed application starts from compiled bytecode; a shell that sets
    ``PYTHONDONTWRITEBYTECODE`` would make every start compile bodymap from source. The
    children keep their bytecode under :data:`PYCACHE` (the warm-up run fills it).
    """
    env = dict(os.environ if base is None else base)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


BODYMAP_ARGV = [sys.executable, "-m", "bodymap", "--smoke"]
_READY_PROBE = r"""
import sys, time
from bodymap import cli
from bodymap.ui import main_window
complete = main_window.MainWindow.complete
ready_after = []
scan = [0.0, 0]
def timed_complete(self):
    feature = sys.modules.get("shibokensupport.feature")
    reads = getattr(feature, "_mod_uses_pyside", None)
    if reads is not None:
        def timed_reads(module):
            start = time.perf_counter()
            try:
                return reads(module)
            finally:
                scan[0] += time.perf_counter() - start
                scan[1] += 1
        feature._mod_uses_pyside = timed_reads
    try:
        complete(self)
    finally:
        if reads is not None:
            feature._mod_uses_pyside = reads
    ready_after.append(time.time() - cli._process_start())
main_window.MainWindow.complete = timed_complete
status = cli.main(["--smoke"])
print(f"ready {ready_after[0]:.3f}", flush=True)
if scan[1]:
    print(f"scan {scan[0]:.4f} {scan[1]}", flush=True)
sys.exit(status)
"""
"""``bodymap --smoke`` that also prints the seconds from process start until the window is
complete (the smoke run waits for that before it exits), and how long PySide's import hook
spent meanwhile reading the source of each module imported (after PySide is imported, every
import runs the hook, which reads the module's source to see whether it names PySide6; an
application built with PyInstaller has no sources, and the hook returns at once). The hook
is timed, not changed: it is PySide's own, and the probe finds it where PySide keeps it
(``shibokensupport.feature``); if a PySide release moves it, nothing is printed."""
READY_ARGV = [sys.executable, "-c", _READY_PROBE]
BASELINE_ARGV = [sys.executable, "-m", "benchmarks.startup", "--baseline"]


def measure(runs: int = 11) -> tuple[Series, Series]:
    """Run bodymap and the baseline ``runs`` times each (after one warm-up of each)."""
    env = child_env()
    bodymap, baseline = Series("bodymap --smoke"), Series("bare PySide6 window")
    _run_once(BASELINE_ARGV, env)
    _run_once(BODYMAP_ARGV, env)
    for _ in range(runs):
        baseline.runs.append(_run_once(BASELINE_ARGV, env))
        bodymap.runs.append(_run_once(BODYMAP_ARGV, env))
        bodymap.ready_runs.append(_run_once(READY_ARGV, env))
    return bodymap, baseline


# --- what start-up imports -------------------------------------------------------------------


@dataclass
class ImportEntry:
    """One line of ``-X importtime``."""

    name: str
    self_us: int
    cumulative_us: int
    depth: int
    parent: str | None = None


_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")


def parse_importtime(text: str) -> list[ImportEntry]:
    """Parse ``-X importtime`` output; each entry knows the module that imported it."""
    entries: list[ImportEntry] = []
    for line in text.splitlines():
        match = _IMPORT_LINE.match(line)
        if match:
            self_us, cumulative_us, indent, name = match.groups()
            entries.append(ImportEntry(name, int(self_us), int(cumulative_us), len(indent) // 2))
    # Children are printed before their parent, one level deeper.
    pending: dict[int, list[ImportEntry]] = {}
    for entry in entries:
        for child in pending.pop(entry.depth + 1, []):
            child.parent = entry.name
        pending.setdefault(entry.depth, []).append(entry)
    return entries


def import_chain(entries: list[ImportEntry], name: str) -> list[str]:
    """``name`` and the modules that imported it, outermost last."""
    by_name = {e.name: e for e in entries}
    chain = [name]
    while (entry := by_name.get(chain[-1])) is not None and entry.parent is not None:
        chain.append(entry.parent)
    return chain


_PROBE = r"""
import json, os, sqlite3, sys
import pydantic, pydantic.main, pydantic.types
calls = {"json_schema": 0, "sqlite_connect": 0}
_schema = pydantic.main.BaseModel.model_json_schema.__func__
def model_json_schema(cls, *args, **kwargs):
    calls["json_schema"] += 1
    return _schema(cls, *args, **kwargs)
pydantic.main.BaseModel.model_json_schema = classmethod(model_json_schema)
_connect = sqlite3.connect
def connect(*args, **kwargs):
    calls["sqlite_connect"] += 1
    return _connect(*args, **kwargs)
sqlite3.connect = connect
from bodymap.cli import main
status = main(["--smoke"])
with open(os.environ["BODYMAP_BENCH_PROBE"], "w", encoding="utf-8") as out:
    json.dump({"status": status, "modules": sorted(sys.modules), "calls": calls}, out)
sys.exit(status)
"""
"""Runs the smoke start-up counting JSON Schema generations and sqlite connections.

The probe imports sqlite3 and pydantic itself, so its module list is not used for those two;
the ``-X importtime`` run tells what the start-up imports.
"""


@dataclass
class ImportReport:
    """What ``bodymap --smoke`` loads and does that the first window does not need."""

    total_ms: float
    by_package_ms: dict[str, float]
    heaviest: list[ImportEntry]
    forbidden: dict[str, list[str]]
    """Module → import chain (module first), for modules in :data:`FORBIDDEN_AT_START`
    imported before the first paint."""
    loaded_when_ready: list[str]
    """The heavy layers, loaded after the first paint when the window completes."""
    after_paint_ms: float
    """Import time (self, summed) after the first paint, until the window takes input."""
    after_paint_by_package_ms: dict[str, float]
    imported_for_bodymap: list[ImportEntry]
    """After the first paint: the imports of other packages that a bodymap module started
    (directly or through a function it called), heaviest first, with their cumulative time."""
    never: list[str]
    """Modules of :data:`NEVER_AT_START` imported at all during the smoke start."""
    schema_generations: int
    sqlite_connections: int


def _package(name: str) -> str:
    top = name.split(".")[0]
    if top in {"PySide6", "shiboken6", "shibokensupport"}:
        return "PySide6/shiboken6"
    if top in {"pydantic", "pydantic_core", "annotated_types", "typing_inspection"}:
        return "pydantic"
    if top == "bodymap":
        return ".".join(name.split(".")[:2])
    return "other (stdlib, …)"


def _by_package(entries: list[ImportEntry]) -> dict[str, float]:
    """Milliseconds of import time (self) by package, most first."""
    by_package: dict[str, float] = {}
    for entry in entries:
        key = _package(entry.name)
        by_package[key] = by_package.get(key, 0.0) + entry.self_us / 1000
    return dict(sorted(by_package.items(), key=lambda kv: -kv[1]))


def analyse_imports() -> ImportReport:
    """Run the smoke start-up under ``-X importtime`` and under the probe."""
    env = child_env()
    # stderr (the import lines, written as they happen) and stdout on one pipe: the imports
    # before the first printed line are those the first paint of the window needed.
    result = subprocess.run(
        [sys.executable, "-X", "importtime", *BODYMAP_ARGV[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        check=True,
    )
    lines = result.stdout.splitlines()
    first_paint = next(
        (i for i, line in enumerate(lines) if not line.startswith("import time:")), len(lines)
    )
    entries = parse_importtime("\n".join(lines[:first_paint]))
    after = parse_importtime("\n".join(lines[first_paint:]))
    later = {e.name for e in after}
    total_us = sum(e.self_us for e in entries)
    by_package = _by_package(entries)
    outside = [
        e
        for e in after
        if not e.name.startswith("bodymap")
        and e.parent is not None
        and e.parent.startswith("bodymap")
    ]
    heaviest = sorted(
        (e for e in entries if e.name.startswith("bodymap") or e.depth <= 1),
        key=lambda e: -e.self_us,
    )[:12]
    names = {e.name for e in entries}
    forbidden = {
        name: import_chain(entries, name)
        for name in sorted(names)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_AT_START)
    }
    never = sorted(
        name
        for name in names | later
        if any(name == bad or name.startswith(bad + ".") for bad in NEVER_AT_START)
    )
    with tempfile.TemporaryDirectory() as tmp:
        probe_out = Path(tmp) / "probe.json"
        subprocess.run(
            [sys.executable, "-c", _PROBE],
            capture_output=True,
            env={**env, "BODYMAP_BENCH_PROBE": str(probe_out)},
            check=True,
        )
        probe = json.loads(probe_out.read_text(encoding="utf-8"))
    return ImportReport(
        total_ms=total_us / 1000,
        by_package_ms=by_package,
        after_paint_ms=sum(e.self_us for e in after) / 1000,
        after_paint_by_package_ms=_by_package(after),
        imported_for_bodymap=sorted(outside, key=lambda e: -e.cumulative_us)[:8],
        heaviest=heaviest,
        forbidden=forbidden,
        loaded_when_ready=sorted(
            later & {"pydantic", "bodymap.model", "bodymap.storage", "bodymap.clinical"}
        ),
        never=never,
        schema_generations=int(probe["calls"]["json_schema"]),
        sqlite_connections=int(probe["calls"]["sqlite_connect"]),
    )


# --- figures -------------------------------------------------------------------------------


def run(runs: int = 11) -> tuple[list[Figure], ImportReport]:
    """Measure start-up and memory against the bare window; analyse the start-up imports."""
    bodymap, baseline = measure(runs)
    app_s, base_s = bodymap.median_reported(), baseline.median_reported()
    app_mib, base_mib = bodymap.median_rss_mib(), baseline.median_rss_mib()
    spawn_ratio = bodymap.median_spawn() / baseline.median_spawn()
    ready = bodymap.median_ready()
    scan = bodymap.median_scan()
    unscanned = bodymap.median_ready_without_scan()
    not_measured = "PySide's import hook was not found where PySide 6.11 keeps it"
    figures = [
        Figure(
            "Start-up until the window takes input, ratio to bare window",
            ready / base_s if ready is not None else None,
            RATIO,
            READY_RATIO_TARGET,
            f"median of {runs}: {ready or 0:.3f} s vs {base_s:.3f} s (the bare window's first "
            "paint); bodymap's panels, menus and document are built right after its first paint",
        ),
        Figure(
            "… of which PySide reads module sources, as the window completes",
            scan[0] * 1000 if scan is not None else None,
            "ms",
            None,
            f"median of {runs}: PySide's import hook reads the source of each of the "
            f"{scan[1] if scan else 0} modules imported then (bodymap's, pydantic's and the "
            "standard library's) to see whether it names PySide6; a built application has no "
            "sources to read",
            "" if scan is not None else not_measured,
        ),
        Figure(
            "Start-up until input less PySide's source reading, ratio to bare window",
            unscanned / base_s if unscanned is not None else None,
            RATIO,
            None,
            f"median of {runs}: {unscanned or 0:.3f} s (each run's time until input less its "
            "source reading) vs the bare window's first paint",
            "" if unscanned is not None else not_measured,
        ),
        Figure(
            "Start-up to painted diagram, ratio to bare window",
            app_s / base_s,
            RATIO,
            None,
            f"median of {runs}: {app_s:.3f} s vs {base_s:.3f} s "
            f"(parent clock: {bodymap.median_spawn():.3f} s vs "
            f"{baseline.median_spawn():.3f} s, {spawn_ratio:.2f}{RATIO})",
        ),
        Figure(
            "Start-up peak memory, ratio to bare window",
            app_mib / base_mib,
            RATIO,
            MEMORY_TARGET,
            f"median max RSS of {runs}: {app_mib:.0f} MiB vs {base_mib:.0f} MiB",
        ),
    ]
    return figures, analyse_imports()


if __name__ == "__main__":
    if sys.argv[1:] == ["--baseline"]:
        sys.exit(baseline_main())
    figures, report = run(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    for figure in figures:
        print(f"{figure.name}: {figure.formatted_value()} ({figure.status}) {figure.detail}")
    print(json.dumps(report.by_package_ms, indent=1))
    print(report.forbidden, report.schema_generations, report.sqlite_connections)
