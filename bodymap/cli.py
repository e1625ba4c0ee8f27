"""Command line: ``bodymap [FILE]``, ``bodymap validate``, ``bodymap schema``, ``bodymap print``.

Only this module writes to stdout/stderr. The widget layer is imported lazily so the headless
commands never load QtWidgets.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import bodymap


def _process_start() -> float:
    """When this process started, as a ``time.time()`` value (best effort)."""
    try:
        import os

        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        return time.time() - up + start_ticks / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED


_IMPORTED = time.time()

_SUBCOMMANDS = ("validate", "schema", "print")


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
    return parser


_INVISIBLE_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)
"""Bidi marks, embeddings, overrides and isolates, and line separators: escaped like controls,
so a file name cannot reorder or break the line it is printed in."""


def shown(text: object) -> str:
    """``text`` (a file name) safe to print on a terminal: control characters, bidi controls
    and undecodable bytes are escaped as ``\\xNN`` / ``\\uNNNN``, so a name with escape
    sequences cannot fake an "ok" or hide an error."""
    out: list[str] = []
    for char in str(text):
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not valid UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(char) in ("Cc", "Cs") or char in _INVISIBLE_CONTROLS:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def _validate(files: Sequence[Path]) -> int:
    from bodymap import storage

    status = 0
    for path in files:
        try:
            session = storage.load_session(path)
        except storage.SessionFileError as exc:
            print(f"{shown(path)}: {shown(exc)}", file=sys.stderr)
            status = 1
        else:
            print(f"{shown(path)}: ok ({len(session.points)} points)")
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
        print(f"{shown(file)}: {shown(exc)}", file=sys.stderr)
        return 1
    try:
        # Before the history is read: a refused output costs nothing.
        report.check_output_path(output, inputs=[file])
    except report.ReportError as exc:
        print(f"{shown(output)}: {shown(exc)}", file=sys.stderr)
        return 1
    recurrences = None
    if clinic_folder is not None:
        try:
            recurrences = history.folder_recurrences(session, clinic_folder)
        except history.HistoryUnavailable as exc:
            print(f"{shown(clinic_folder)}: {shown(exc)}", file=sys.stderr)
            return 1
    try:
        report.write_pdf(session, output, paper=paper, recurrences=recurrences, inputs=[file])
    except report.ReportError as exc:
        print(f"{shown(output)}: {shown(exc)}", file=sys.stderr)
        return 1
    print(f"{shown(output)}: written")
    return 0


def _check_before_the_window(file: Path) -> int:
    """``--smoke FILE``: read the file headless first, so a bad file ends the run with its
    error on stderr (exit 1) instead of an error box that nobody will close."""
    from bodymap import storage

    try:
        storage.load_session(file)
    except storage.SessionFileError as exc:
        print(f"{shown(file)}: {shown(exc)}", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a name the terminal cannot show is escaped, not fatal
            reconfigure(errors="backslashreplace")
    if args and args[0] in _SUBCOMMANDS:
        ns = _tool_parser().parse_args(args)
        if ns.command == "validate":
            return _validate(ns.files)
        if ns.command == "schema":
            return _schema()
        return _print(ns.file, ns.output, ns.paper, ns.clinic_folder)

    ns = _app_parser().parse_args(args)
    if ns.smoke and ns.file is not None and _check_before_the_window(ns.file):
        return 1
    # Start-up creates a great many objects that live as long as the application (PySide's
    # types and enums, the diagram, the window) and almost no garbage, so the collector's
    # passes over them only cost time: it is paused until the window takes input, when
    # app.run freezes what start-up made and resumes collecting.
    gc.disable()
    # Only what the first paint of the map needs is imported here; the window loads the
    # model, storage and clinical layers right after that paint.
    from bodymap.ui import app

    return app.run(file=ns.file, smoke=ns.smoke, started=_process_start())
