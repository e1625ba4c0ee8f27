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
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import bodymap

if TYPE_CHECKING:
    from bodymap.history import VisitArea
    from bodymap.model import Session


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

_SUBCOMMANDS = ("validate", "schema", "print", "export", "sign", "verify", "amend")


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
    # No abbreviations: "--passphrase SECRET" must not pass for --passphrase-file.
    sign = sub.add_parser(
        "sign",
        allow_abbrev=False,
        help="sign a session file in place (the signer's key is made on first use); exit 1 "
        "if it was not signed",
    )
    sign.add_argument("file", type=Path)
    sign.add_argument("--signer", required=True, metavar="NAME", help="the signing clinician")
    sign.add_argument("--credentials", metavar="C", help="printed after the name, e.g. MD")
    sign.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="file (mode 600) whose first line is the key's passphrase; asked on the terminal "
        "when not given",
    )
    sign.add_argument(
        "--clinic-folder",
        type=Path,
        metavar="DIR",
        help="clinic folder whose keys/ registers the signer's public key (default: the "
        "default session folder)",
    )
    verify = sub.add_parser(
        "verify",
        help="check signatures: exit 0 all valid; 2 a file cannot be read; else 1 a file "
        "was altered, has a broken signature or an unknown key; else 3 a file is unsigned",
    )
    verify.add_argument("files", nargs="+", type=Path)
    verify.add_argument(
        "--clinic-folder",
        type=Path,
        metavar="DIR",
        help="clinic folder whose keys/ holds the registered public keys (default: the "
        "default session folder)",
    )
    amend = sub.add_parser(
        "amend",
        allow_abbrev=False,
        help="add a signed amendment to a signed session file; exit 1 if not added",
    )
    amend.add_argument("file", type=Path)
    amend.add_argument("--signer", required=True, metavar="NAME", help="the amending clinician")
    amend.add_argument("--reason", required=True, metavar="R", help="why the record is amended")
    amend.add_argument("--text", required=True, metavar="T", help="the amendment")
    amend.add_argument(
        "--correct",
        nargs=2,
        action="append",
        default=[],
        metavar=("POINTER", "VALUE"),
        help="a corrected value: where (e.g. /points/0/findings/pain_after) and the new value "
        "as JSON (text that is not JSON is taken as text); may be repeated",
    )
    amend.add_argument("--credentials", metavar="C", help="printed after the name")
    amend.add_argument("--passphrase-file", type=Path, metavar="F", help="as for sign")
    amend.add_argument("--clinic-folder", type=Path, metavar="DIR", help="as for sign")
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
    previous = None
    if clinic_folder is not None:
        try:
            recurrences = history.folder_recurrences(session, clinic_folder)
            previous = _last_painted_area(session, clinic_folder)
        except history.HistoryUnavailable as exc:
            print(f"{shown(clinic_folder)}: {shown(exc)}", file=sys.stderr)
            return 1
    try:
        report.write_pdf(
            session,
            output,
            paper=paper,
            recurrences=recurrences,
            inputs=[file],
            previous_area=previous,
        )
    except report.ReportError as exc:
        print(f"{shown(output)}: {shown(exc)}", file=sys.stderr)
        return 1
    print(f"{shown(output)}: written")
    return 0


def _last_painted_area(session: Session, clinic_folder: Path) -> VisitArea | None:
    """The painted area of the patient's last earlier visit that has a pain drawing (the
    index was brought up to date by ``folder_recurrences``)."""
    from bodymap import history
    from bodymap.anatomy import load_diagram

    if history.patient_key(session.patient) is None:
        return None
    with history.ClinicIndex(clinic_folder) as index:
        drawn = [
            a for a in history.earlier_painted_areas(index, session, load_diagram()) if a.drawn
        ]
    return drawn[-1] if drawn else None


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


def _sign(ns: argparse.Namespace) -> int:
    from bodymap import history, signing, storage
    from bodymap.signing import passphrase

    try:
        if signing.is_signed(storage.load_session(ns.file)):
            print(f"{ns.file}: already signed; add an amendment instead", file=sys.stderr)
            return 1
        outcome = signing.signer_key(
            ns.signer,
            passphrase.asker(ns.signer, ns.passphrase_file),
            clinic_folder=ns.clinic_folder or history.default_clinic_folder(),
            credentials=ns.credentials or "",
        )
        for line in outcome.messages():
            print(line, file=sys.stderr)
        signed = signing.sign_file(ns.file, outcome.key, credentials=ns.credentials)
    except (signing.SigningError, storage.SessionFileError, OSError) as exc:
        print(f"{ns.file}: not signed: {exc}", file=sys.stderr)
        return 1
    assert signed.signature is not None
    print(
        f"{ns.file}: signed by {signed.signature.signer} on "
        f"{signing.signed_time(signed.signature.signed_at)}; "
        f"content SHA-256 {signed.signature.content_sha256}"
    )
    return 0


def _verify(files: Sequence[Path], clinic_folder: Path | None) -> int:
    from bodymap import history, signing

    folder = clinic_folder or history.default_clinic_folder()
    ring = signing.load_key_ring(folder)
    for problem in ring.problems if ring.keys else ():
        print(f"{folder}: {problem}", file=sys.stderr)
    results = []
    for path in files:
        result = signing.verify(path, folder, ring=ring)
        print(f"{path}: {result.summary()}")
        results.append(result)
    return signing.exit_code(results)


def _amend(ns: argparse.Namespace) -> int:
    from bodymap import history, signing, storage
    from bodymap.signing import passphrase

    corrections = []
    for pointer, text in ns.correct:
        try:
            corrections.append((pointer, json.loads(text)))
        except ValueError:
            corrections.append((pointer, text))
    try:
        if not signing.is_signed(storage.load_session(ns.file)):
            print(f"{ns.file}: not signed, so it can still be edited", file=sys.stderr)
            return 1
        outcome = signing.signer_key(
            ns.signer,
            passphrase.asker(ns.signer, ns.passphrase_file),
            clinic_folder=ns.clinic_folder or history.default_clinic_folder(),
            credentials=ns.credentials or "",
        )
        for line in outcome.messages():
            print(line, file=sys.stderr)
        amended = signing.amend_file(
            ns.file,
            outcome.key,
            reason=ns.reason,
            text=ns.text,
            corrections=corrections,
            credentials=ns.credentials,
        )
    except (signing.SigningError, storage.SessionFileError, OSError) as exc:
        print(f"{ns.file}: not amended: {exc}", file=sys.stderr)
        return 1
    print(f"{ns.file}: amendment {len(amended.amendments)} added by {outcome.key.name}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit code."""
    configure_logging()
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
        if ns.command == "export":
            return _export(ns.paths, ns.format, ns.output, ns.deidentify)
        if ns.command == "sign":
            return _sign(ns)
        if ns.command == "verify":
            return _verify(ns.files, ns.clinic_folder)
        if ns.command == "amend":
            return _amend(ns)
        return _print(ns.file, ns.output, ns.paper, ns.clinic_folder)

    ns = _app_parser().parse_args(args)
    if ns.smoke and ns.file is not None and _check_before_the_window(ns.file):
        return 1
    # Start-up phase 1 (bodymap.ui.app lists them all): start-up creates a great many objects
    # that live as long as the application and almost no garbage, so collecting is paused
    # until the window takes input. Only what the map needs is imported here; the window
    # loads the model, storage and clinical layers once the map is painted.
    gc.disable()
    from bodymap.ui import app

    return app.run(file=ns.file, smoke=ns.smoke, started=_process_start())
