"""Command line: ``bodymap [FILE]``, ``bodymap validate``, ``bodymap schema``, ``bodymap print``.

Only this module writes to stdout/stderr. The widget layer is imported lazily so the headless
commands never load QtWidgets.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import bodymap


def _process_start() -> float:
    """When this process started, as a ``time.time()`` value (best effort)."""
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
LOG_LEVEL_VARIABLE = "BODYMAP_LOG_LEVEL"
"""Environment variable naming the least severe log level shown (default WARNING)."""

_SUBCOMMANDS = ("validate", "schema", "print", "export")


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description="Trigger point map of the posterior upper back and shoulders. "
        f"Other commands: {', '.join(_SUBCOMMANDS)} (bodymap COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", type=Path, help="session file to open (.bodymap.json)")
    parser.add_argument("--version", action="version", version=f"bodymap {bodymap.__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, wait until the diagram is painted, print the seconds "
        "since process start and exit",
    )
    return parser


def _tool_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bodymap")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="check session files; exit 1 if any is bad")
    validate.add_argument("files", nargs="+", type=Path)
    sub.add_parser("schema", help="print the JSON Schema of session files")
    print_ = sub.add_parser("print", help="write the printed session record as PDF")
    print_.add_argument("file", type=Path)
    print_.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    print_.add_argument("--paper", choices=("a4", "letter"), default="a4")
    print_.add_argument(
        "--clinic-folder",
        type=Path,
        metavar="DIR",
        help="folder of the clinic's session files: points treated at the patient's earlier "
        "visits are printed as recurring",
    )
    export = sub.add_parser("export", help="write a FHIR R4 bundle or a CSV of points")
    export.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="session file or folder"
    )
    export.add_argument("--format", choices=("fhir", "csv"), required=True)
    export.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    export.add_argument(
        "--deidentify", action="store_true", help="CSV without names, identifiers or dates"
    )
    return parser


def _validate(files: Sequence[Path]) -> int:
    from bodymap import storage

    status = 0
    for path in files:
        try:
            session = storage.load_session(path)
        except storage.SessionFileError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
        else:
            print(f"{path}: ok ({len(session.points)} points)")
    return status


def _schema() -> int:
    from bodymap import storage

    print(json.dumps(storage.session_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _print(file: Path, output: Path, paper: str, clinic_folder: Path | None) -> int:
    from bodymap import history, report, storage

    try:
        session = storage.load_session(file)
    except storage.SessionFileError as exc:
        print(f"{file}: {exc}", file=sys.stderr)
        return 1
    recurrences = None
    if clinic_folder is not None:
        try:
            recurrences = history.folder_recurrences(session, clinic_folder)
        except history.HistoryUnavailable as exc:
            print(f"{clinic_folder}: {exc}", file=sys.stderr)
            return 1
    try:
        report.write_pdf(session, output, paper=paper, recurrences=recurrences)
    except report.ReportError as exc:
        print(f"{output}: {exc}", file=sys.stderr)
        return 1
    print(f"{output}: written")
    return 0


def _export(paths: Sequence[Path], fmt: str, output: Path, deidentify: bool) -> int:
    from bodymap import export

    try:
        if fmt == "csv":
            result = export.export_csv(paths, output, deidentify=deidentify)
        elif deidentify or len(paths) != 1:
            print("export: a FHIR bundle is made from one session file", file=sys.stderr)
            return 2
        else:
            export.export_fhir(paths[0], output)
    except export.ExportError as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 1
    if fmt == "fhir":
        print(f"{export.shown(output)}: written")
        return 0
    for problem in result.problems:
        print(f"{problem.name}: {problem.reason} (skipped)", file=sys.stderr)
    print(f"{export.shown(output)}: {result.rows} points of {result.sessions} sessions written")
    return 1 if result.problems else 0


def configure_logging() -> None:
    """Send log records to stderr, once for the whole process, from WARNING up.

    ``BODYMAP_LOG_LEVEL=DEBUG`` (or INFO) shows the details that explain an internal error.
    """
    name = os.environ.get(LOG_LEVEL_VARIABLE, "WARNING").upper()
    level = logging.getLevelNamesMapping().get(name, logging.WARNING)
    logging.basicConfig(level=level, format="bodymap: %(levelname)s %(name)s: %(message)s")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit code."""
    configure_logging()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _SUBCOMMANDS:
        ns = _tool_parser().parse_args(args)
        if ns.command == "validate":
            return _validate(ns.files)
        if ns.command == "schema":
            return _schema()
        if ns.command == "export":
            return _export(ns.paths, ns.format, ns.output, ns.deidentify)
        return _print(ns.file, ns.output, ns.paper, ns.clinic_folder)

    ns = _app_parser().parse_args(args)
    # Start-up phase 1 (bodymap.ui.app lists them all): start-up creates a great many objects
    # that live as long as the application and almost no garbage, so collecting is paused
    # until the window takes input. Only what the map needs is imported here; the window
    # loads the model, storage and clinical layers once the map is painted.
    gc.disable()
    from bodymap.ui import app

    return app.run(file=ns.file, smoke=ns.smoke, started=_process_start())
