"""``bodymap validate``, ``schema`` and ``print``: check session files, print the schema of
session files, write the printed record of one."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.cli.parsing import Parser
from bodymap.cli.terminal import shown
from bodymap.i18n import Context, translate

if TYPE_CHECKING:
    from bodymap.history import VisitArea
    from bodymap.model import Session

cli = Context("cli")


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """Add ``validate``, ``schema`` and ``print`` to the command line."""
    validate = sub.add_parser(
        "validate", help=translate("cli", "check session files; exit 1 if any is bad")
    )
    validate.add_argument("files", nargs="+", type=Path)
    validate.set_defaults(run=lambda ns: _validate(ns.files))
    schema = sub.add_parser(
        "schema", help=translate("cli", "print the JSON Schema of session files")
    )
    schema.set_defaults(run=lambda ns: _schema())
    print_ = sub.add_parser(
        "print", help=translate("cli", "write the printed session record as PDF")
    )
    print_.add_argument("file", type=Path)
    print_.add_argument(
        "-o", "--output", type=Path, required=True, help=translate("cli", "PDF file to write")
    )
    print_.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate("cli", "paper size (default: the one of the system's region, Letter or A4)"),
    )
    print_.add_argument(
        "--clinic-folder",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli",
            "folder of the clinic's session files: points treated at the patient's earlier "
            "visits are printed as recurring, and a signed record says when the clinic's keys "
            "do not confirm who signed it",
        ),
    )
    print_.set_defaults(run=lambda ns: _print(ns.file, ns.output, ns.paper, ns.clinic_folder))


def _validate(files: Sequence[Path]) -> int:
    from bodymap import storage

    status = 0
    for path in files:
        try:
            session = storage.load_session(path)
        except storage.SessionFileError as exc:
            print(_problem(path, exc), file=sys.stderr)
            status = 1
        else:
            print(
                cli.tr("{file}: ok (%n points)", None, len(session.points)).format(file=shown(path))
            )
    return status


def _problem(path: Path, problem: object) -> str:
    """ "FILE: PROBLEM", both escaped for the terminal."""
    return translate("cli", "{file}: {problem}").format(file=shown(path), problem=shown(problem))


def _schema() -> int:
    from bodymap import storage

    print(json.dumps(storage.session_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _print(file: Path, output: Path, paper: str | None, clinic_folder: Path | None) -> int:
    from bodymap import history, report, signing, storage

    try:
        session = storage.load_session(file)
    except storage.SessionFileError as exc:
        print(_problem(file, exc), file=sys.stderr)
        return 1
    try:
        # Before the history is read: a refused output costs nothing.
        report.check_output_path(output, inputs=[file])
    except report.ReportError as exc:
        print(_problem(output, exc), file=sys.stderr)
        return 1
    recurrences = None
    previous = None
    keys = None
    if clinic_folder is not None:
        try:
            recurrences = history.folder_recurrences(session, clinic_folder)
            previous = _last_painted_area(session, clinic_folder)
        except history.HistoryUnavailable as exc:
            print(_problem(clinic_folder, exc), file=sys.stderr)
            return 1
        if session.signature is not None or session.amendments:
            keys = signing.load_key_ring(clinic_folder)
    try:
        report.write_pdf(
            session,
            output,
            paper=paper or report.default_paper(),
            recurrences=recurrences,
            inputs=[file],
            previous_area=previous,
            key_ring=keys,
        )
    except report.ReportError as exc:
        print(_problem(output, exc), file=sys.stderr)
        return 1
    print(translate("cli", "{file}: written").format(file=shown(output)))
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
