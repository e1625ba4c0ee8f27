"""Start-up of the built application (``dist/bodymap``) against a bare PySide6 window built the
same way.

The bare window (``benchmarks.startup.baseline_main``: a QMainWindow with an empty
QGraphicsView) is frozen by ``packaging/baseline.spec`` with the settings of
``packaging/bodymap.spec`` into ``build/bench-dist/baseline``, built on first use with the
PyInstaller of ``make dist``'s environment. Both executables run as fresh processes,
alternating, in a clean environment (no Python environment, a scratch HOME, offscreen Qt):

- the seconds each prints from process start (read from /proc) to the first paint of its
  window;
- the parent's clock from spawning to the process's exit: ``bodymap --smoke`` exits once the
  window takes input, the bare window right after its first paint.

Runs only when ``dist/bodymap/bodymap`` exists, or when asked (``python -m benchmarks --frozen``
builds what is missing), so ``make bench`` works without a build.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import RATIO, Figure, median
from benchmarks.startup import READY_RATIO_TARGET

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dist" / "bodymap" / "bodymap"
BASELINE = ROOT / "build" / "bench-dist" / "baseline" / "baseline"
PYINSTALLER = ROOT / ".venv-dist" / "bin" / "pyinstaller"


@dataclass(frozen=True)
class FrozenRun:
    """One fresh process of a frozen executable."""

    first_paint_s: float
    """Seconds from process start to the first paint, as the process printed them."""
    to_exit_s: float
    """Seconds from spawning to the exit of the process (parent clock)."""


def available() -> bool:
    """Whether the built application is there to measure."""
    return APP.is_file()


def build(what: str) -> None:
    """Build ``dist/bodymap`` (``make dist``) or the frozen bare window."""
    if what == "app":
        subprocess.run(["make", "dist"], cwd=ROOT, check=True)
        return
    if not PYINSTALLER.is_file():
        subprocess.run(["make", ".venv-dist/.installed-stamp"], cwd=ROOT, check=True)
    subprocess.run(
        [
            str(PYINSTALLER),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(BASELINE.parents[1]),
            "--workpath",
            str(ROOT / "build" / "bench-work"),
            str(ROOT / "packaging" / "baseline.spec"),
        ],
        cwd=ROOT,
        check=True,
    )


def _baseline_stale() -> bool:
    if not BASELINE.is_file():
        return True
    built = BASELINE.stat().st_mtime
    sources = [
        ROOT / "packaging" / "baseline.spec",
        ROOT / "packaging" / "bundle.py",
        ROOT / "benchmarks" / "startup.py",
    ]
    return any(path.stat().st_mtime > built for path in sources)


def _clean_env(home: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run_once(argv: list[str], cwd: Path) -> FrozenRun:
    """Run a frozen executable once; its first printed line is the seconds to first paint."""
    start = time.perf_counter_ns()
    result = subprocess.run(
        argv,
        cwd=cwd,
        env=_clean_env(cwd / "home"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    ended = time.perf_counter_ns()
    if result.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited {result.returncode}: {result.stderr.strip()}")
    return FrozenRun(float(result.stdout.split()[0]), (ended - start) / 1e9)


def measure(runs: int) -> tuple[list[FrozenRun], list[FrozenRun]]:
    """``runs`` alternating runs of the frozen bodymap and bare window, after a warm-up each."""
    app, baseline = [str(APP), "--smoke"], [str(BASELINE)]
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-frozen-") as tmp:
        cwd = Path(tmp)
        os.makedirs(cwd / "home")
        run_once(baseline, cwd)
        run_once(app, cwd)
        bodymap_runs, baseline_runs = [], []
        for _ in range(runs):
            baseline_runs.append(run_once(baseline, cwd))
            bodymap_runs.append(run_once(app, cwd))
    return bodymap_runs, baseline_runs


def bundle_mib(folder: Path) -> float:
    """The size of a bundle folder in MiB (files, not following links)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def run(runs: int = 11, *, build_missing: bool = False) -> list[Figure]:
    """Measure the frozen start-up; build the bundle or the baseline first when asked or stale."""
    if build_missing and not available():
        build("app")
    if not available():
        return [
            Figure(
                "Built application: start-up until the window takes input, ratio to bare window",
                None,
                RATIO,
                READY_RATIO_TARGET,
                note="dist/bodymap is not built (make dist)",
            )
        ]
    if _baseline_stale():
        build("baseline")
    app, base = measure(runs)
    paint_app = median([r.first_paint_s for r in app])
    paint_base = median([r.first_paint_s for r in base])
    exit_app = median([r.to_exit_s for r in app])
    exit_base = median([r.to_exit_s for r in base])
    size_app, size_base = bundle_mib(APP.parent), bundle_mib(BASELINE.parent)
    return [
        Figure(
            "Built application: start-up to painted diagram, ratio to bare window",
            paint_app / paint_base,
            RATIO,
            None,
            f"frozen, median of {runs}: {paint_app:.3f} s vs {paint_base:.3f} s",
        ),
        Figure(
            "Built application: start-up until the window takes input, ratio to bare window",
            exit_app / exit_base,
            RATIO,
            READY_RATIO_TARGET,
            f"frozen, median of {runs}, spawn to exit: `bodymap --smoke` (exits once the window "
            f"takes input) {exit_app:.3f} s vs the bare window (exits at its first paint) "
            f"{exit_base:.3f} s",
        ),
        Figure(
            "Built application: size of the one-folder bundle",
            size_app,
            "MiB",
            None,
            f"dist/bodymap; the bare PySide6 window built the same way: {size_base:.0f} MiB",
        ),
    ]


if __name__ == "__main__":
    for figure in run(build_missing=True):
        print(f"{figure.name}: {figure.formatted_value()} ({figure.status}) {figure.detail}")
