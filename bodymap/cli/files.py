"""``bodymap validate``, ``schema`` and ``print``: check session files, print the schema of
session files, write the printed record of one."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.cli.terminal import shown

if TYPE_CHECKING:
    from bodymap.history import VisitArea
    from bodymap.model import Session


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``validate``, ``schema`` and ``print`` to the command line."""
    validate = sub.add_parser("validate", help="check session files; exit 1 if any is bad")
    validate.add_argument("files", nargs="+", type=Path)
    validate.set_defaults(run=lambda ns: _validate(ns.files))
    schema = sub.add_parser("schema", help="print the JSON Schema of session files")
    schema.set_defaults(run=lambda ns: _schema())
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
    print_.set_defaults(run=lambda ns: _print(ns.file, ns.output, ns.paper, ns.clinic_folder))


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
