"""Run every benchmark, print the table and write ``docs/benchmarks.md``.

``python -m benchmarks`` (``make bench``). Options: ``--quick`` (fewer repetitions, for a
try-out; the file is not written), ``--no-write``, ``--frozen`` (measure the built application
even if it has to be built first; without it, it is measured only when ``dist/`` holds it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import Figure

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "benchmarks.md"


# --- machine --------------------------------------------------------------------------------


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (or what the platform module knows)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            for line in info:
                key, _, value = line.partition(":")
                if key.strip() in {"model name", "Hardware", "Processor"} and value.strip():
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def os_name() -> str:
    """The distribution's name and the kernel, e.g. ``Debian GNU/Linux 12, Linux 6.1``."""
    pretty = ""
    try:
        with open("/etc/os-release", encoding="utf-8") as release:
            for line in release:
                if line.startswith("PRETTY_NAME="):
                    pretty = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    kernel = f"{platform.system()} {platform.release()}"
    return f"{pretty}, {kernel}" if pretty else kernel


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "CPU": cpu_model(),
        "Cores": str(os.cpu_count() or "?"),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Qt": f"{qVersion()} (PySide6 {PySide6.__version__}), platform "
        f"{os.environ.get('QT_QPA_PLATFORM', 'default')}",
        "OS": os_name(),
    }


# --- running --------------------------------------------------------------------------------


def _isolate_user_folders(base: Path) -> None:
    """Keep recovery files, the clinic index cache and settings away from the user's own."""
    os.environ["BODYMAP_DATA_DIR"] = str(base / "data")
    os.environ["BODYMAP_CACHE_DIR"] = str(base / "cache")
    os.environ["XDG_CONFIG_HOME"] = str(base / "config")


def _history(tmp: Path, quick: bool) -> list[Figure]:
    try:
        from benchmarks.bench_history import bench_patient_lookup
    except ModuleNotFoundError as exc:
        if exc.name != "benchmarks.bench_history":
            raise
        return [
            Figure(
                "Patient lookup among 100,000 sessions",
                None,
                "ms",
                20.0,
                note="benchmarks/bench_history.py is not there yet",
            )
        ]
    from benchmarks.bench_history import SESSIONS

    folder = tmp / "history"
    folder.mkdir()
    n = 10_000 if quick else SESSIONS
    result: dict[str, Any] = bench_patient_lookup(folder, n=n)
    search = "trigram full-text table" if result["full_text"] else "no FTS5 trigram: rows read"
    return [
        Figure(
            f"Patient lookup among {result['sessions']:,} sessions, p99",
            float(result["lookup_p99_ms"]),
            "ms",
            float(result["target_ms"]),
            f"{result['lookups']} lookups (search, then the patient's sessions), median "
            f"{result['lookup_median_ms']:.1f} ms; {search}",
        ),
        Figure(
            f"First build of the clinic index, {result['sessions']:,} sessions",
            float(result["index_build_s"]),
            "s",
            detail=f"in a background thread in the window; an unchanged folder is rescanned "
            f"in {result['index_rescan_s']:.2f} s",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; return 0 (a missed target is reported, not an error)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, no file")
    parser.add_argument("--no-write", action="store_true", help="do not write the report")
    parser.add_argument(
        "--frozen", action="store_true", help="build dist/bodymap if needed and measure it"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="bodymap-bench-") as tmp_name:
        tmp = Path(tmp_name)
        _isolate_user_folders(tmp)

        from benchmarks import startup

        figures: list[Figure] = []
        failures: list[str] = []

        def step(label: str, bench: Callable[[], list[Figure]]) -> None:
            print(f"… {label}", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            try:
                figures.extend(bench())
            except Exception:
                failures.append(f"{label}: {traceback.format_exc(limit=3).strip()}")
                print(failures[-1], file=sys.stderr)
            print(f"  {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)

        imports: list[startup.ImportReport] = []

        def start_up() -> list[Figure]:
            found, report = startup.run(3 if args.quick else 11)
            imports.append(report)
            return found

        step("start-up (fresh processes)", start_up)

        from benchmarks import frozen

        if args.frozen or frozen.available():
            step(
                "start-up of the built application",
                lambda: frozen.run(3 if args.quick else 11, build_missing=args.frozen),
            )

        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0]])
        from benchmarks import drawing, files, interaction, printing, signing

        step("hit-test, click and drag", lambda: interaction.run(*((10, 30) if args.quick else ())))
        step("brush stroke", lambda: drawing.run(60 if args.quick else 300))
        step("save and load", lambda: files.run(5 if args.quick else 20))
        step("refuse a hostile file", lambda: files.hostile(1 if args.quick else 3))
        step("print to PDF", lambda: printing.run(2 if args.quick else 5))
        step("patient lookup", lambda: _history(tmp, args.quick))
        step("unlock a signing key", lambda: signing.run(2 if args.quick else 5))
        del app

    elapsed = time.perf_counter() - started
    info = machine()
    when = dt.datetime.now().astimezone()
    table = markdown_table(figures)
    print()
    for key, value in info.items():
        print(f"{key + ':':8} {value}")
    print(f"{'Date:':8} {when:%Y-%m-%d %H:%M %Z}")
    print()
    print(table)
    if imports:
        print()
        print(import_section(imports[0]))
    for failure in failures:
        print(f"\nFAILED {failure}")
    print(f"\n{elapsed:.0f} s in all")
    if not (args.quick or args.no_write):
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        REPORT.write_text(
            render_report(info, when, table, imports[0] if imports else None, failures),
            encoding="utf-8",
        )
        print(f"wrote {REPORT.relative_to(ROOT)}")
    return 1 if failures else 0


# --- the report -----------------------------------------------------------------------------


def markdown_table(figures: list[Figure]) -> str:
    """The figures as a Markdown table."""
    rows = [
        "| Figure | Value | Target | Result | How / notes |",
        "|---|---:|---:|---|---|",
    ]
    for f in figures:
        notes = "; ".join(part for part in (f.detail, f.note) if part).replace("|", "\\|")
        rows.append(
            f"| {f.name} | {f.formatted_value()} | {f.formatted_target()} | {f.status} | {notes} |"
        )
    return "\n".join(rows)


def startup_forbidden() -> list[str]:
    """Modules the first paint must not import."""
    from benchmarks.startup import FORBIDDEN_AT_START

    return list(FORBIDDEN_AT_START)


def startup_never() -> list[str]:
    """Modules start-up must not import at all."""
    from benchmarks.startup import NEVER_AT_START

    return list(NEVER_AT_START)


def import_section(report: Any) -> str:
    """What ``bodymap --smoke`` imports, as Markdown."""
    lines = [
        f"Imports before the first paint (`python -X importtime -m bodymap --smoke`): "
        f"{report.total_ms:.0f} ms of import time in all.",
        "",
        "| Package | Import time (self) |",
        "|---|---:|",
    ]
    lines += [f"| {name} | {ms:.0f} ms |" for name, ms in report.by_package_ms.items() if ms >= 1]
    lines += [
        "",
        "Slowest single modules (self time): "
        + ", ".join(f"`{e.name}` {e.self_us / 1000:.0f} ms" for e in report.heaviest[:8])
        + ".",
        "",
    ]
    if report.forbidden:
        lines.append("Loaded before the first paint although it does not need them:")
        lines.append("")
        for name, chain in report.forbidden.items():
            lines.append(f"- `{name}`, imported by " + " ← ".join(f"`{c}`" for c in chain[1:]))
    else:
        lines.append(
            "Before the first paint nothing is imported that it does not need (checked: "
            + ", ".join(f"`{name}`" for name in startup_forbidden())
            + ")."
        )
    lines += [
        "",
        "Loaded after the first paint, when the window completes: "
        + (", ".join(f"`{name}`" for name in report.loaded_when_ready) or "none")
        + f"; {report.after_paint_ms:.0f} ms of import time in all until the window takes input.",
        "",
        "| Package | Import time (self), first paint to input |",
        "|---|---:|",
    ]
    lines += [
        f"| {name} | {ms:.0f} ms |"
        for name, ms in report.after_paint_by_package_ms.items()
        if ms >= 1
    ]
    lines += [
        "",
        "Heaviest imports of other packages that bodymap's modules start as the window "
        "completes (cumulative, with what they import): "
        + ", ".join(
            f"`{e.name}` {e.cumulative_us / 1000:.0f} ms (under `{e.parent}`)"
            for e in report.imported_for_bodymap
        )
        + ". Import times under `-X importtime` include PySide's import hook, which reads "
        "each module's source.",
        "",
        "Not imported at all during start-up: "
        + ", ".join(f"`{name}`" for name in startup_never())
        + (" (checked)." if not report.never else f"; but found {report.never}."),
        f"JSON Schema generations during start-up: {report.schema_generations}; "
        f"SQLite connections opened: {report.sqlite_connections}.",
    ]
    return "\n".join(lines)


def render_report(
    info: dict[str, str],
    when: dt.datetime,
    table: str,
    imports: Any,
    failures: list[str],
) -> str:
    """The whole of ``docs/benchmarks.md``."""
    parts = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`python -m benchmarks`); do not edit by hand. Start-up is "
        "compared with a bare PySide6 window (a QMainWindow with an empty QGraphicsView) "
        "measured in the same run, so the ratios mean something on any machine. Timed parts "
        "use `time.perf_counter_ns`; Qt runs offscreen. p99 is the nearest-rank 99th "
        "percentile.",
        "",
        "## Machine",
        "",
        *(f"- **{key}:** {value}" for key, value in info.items()),
        f"- **Date:** {when:%Y-%m-%d %H:%M %Z}",
        "",
        "## Figures",
        "",
        table,
        "",
        "## Method",
        "",
        "- Start-up: `python -m bodymap --smoke` and `python -m benchmarks.startup --baseline` "
        "each print the seconds from process start (read from /proc) to the first paint of "
        "their window; a third run of bodymap also prints when its window takes input (it is "
        "completed right after its first paint). The target compares that moment with the "
        "bare window's first paint. Eleven fresh processes each, alternating, after one "
        "warm-up of each; bytecode is cached (as in an installed application). Peak memory is "
        "the child's `ru_maxrss` from `os.wait4`.",
        "- Built application (when `dist/bodymap` is built, or with `--frozen`): the frozen "
        "`bodymap --smoke` against the bare window frozen with the same PyInstaller settings "
        "(`packaging/baseline.spec`), eleven fresh processes each, alternating, in a clean "
        "environment; the seconds each prints to its first paint, and the parent's clock from "
        "spawn to exit (bodymap exits once its window takes input, the bare window at its first "
        "paint).",
        "- Hit-test: `Diagram.muscles_at` at 10,000 seeded random points in the body's "
        "bounding box.",
        "- Click: `QTest.mouseClick` on the view's viewport at a free spot on the body, with "
        "1,000 points on the map (each click adds a point, undone afterwards untimed); timed "
        "until the viewport has painted the update Qt scheduled for the click (the figure "
        "with the target), and separately with a synchronous `viewport().repaint()` of the "
        "whole map instead (the worst case, as after the window was uncovered).",
        "- Drag: press on the topmost marker, then per frame one mouse-move event with the left "
        "button held sent to the viewport, timed until the viewport has painted the update "
        "(the figure with the target), and again with a synchronous `viewport().repaint()` "
        "of the whole map per frame (the worst case).",
        "- Brush stroke: a 1,000-point session with a large pain drawing (twelve brush paths "
        "over the neck, shoulders and back); in drawing mode the left button is pressed, then "
        "per frame one mouse-move event with the button held, timed until the viewport has "
        "painted the update; the release (the stroke united with the drawing, one undo step) "
        "is timed apart and undone.",
        "- Save and load: `storage.save_session` (serialise, re-check, atomic write with fsync "
        "and backup) and `storage.load_session` of a documented 1,000-point session.",
        "- Hostile files: `storage.load_session` of a file just under the 20 MB limit holding "
        "one string of brackets, or of escaped backslashes, in a fresh process each (the peak "
        "memory is the whole process's `ru_maxrss`).",
        "- Print: `report.write_pdf` of the bundled example session, keeping the points that "
        "fit on two pages.",
        "- Patient lookup: `benchmarks/bench_history.py` (search, then list the sessions).",
    ]
    if imports is not None:
        parts += ["", "## Start-up imports", "", import_section(imports)]
    if failures:
        parts += ["", "## Failed", "", *(f"```\n{f}\n```" for f in failures)]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    sys.exit(main())
