"""``bodymap export``: a FHIR R4 bundle of a session, or a CSV of the points of many."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bodymap.cli.parsing import Parser
from bodymap.i18n import Context, translate

cli = Context("cli")


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """Add ``export`` to the command line."""
    export = sub.add_parser(
        "export", help=translate("cli", "write a FHIR R4 bundle or a CSV of points")
    )
    export.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help=translate("cli", "session file or folder"),
    )
    export.add_argument("--format", choices=("fhir", "csv"), required=True)
    export.add_argument(
        "-o", "--output", type=Path, required=True, help=translate("cli", "file to write")
    )
    export.add_argument(
        "--deidentify",
        action="store_true",
        help=translate("cli", "CSV without names, identifiers or dates"),
    )
    export.add_argument(
        "--identifier-system",
        metavar="URI",
        help=translate(
            "cli",
            "FHIR: the URI of the clinic's patient identifiers (urn:oid:… or https://…), by "
            "which an EHR matches the patient",
        ),
    )
    export.add_argument(
        "--clinic-folder",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli",
            "FHIR: clinic folder whose keys/ confirms who signed the record; a signed record "
            "they do not confirm is exported as preliminary (default: the default session "
            "folder)",
        ),
    )
    export.set_defaults(
        run=lambda ns: _export(
            ns.paths, ns.format, ns.output, ns.deidentify, ns.identifier_system, ns.clinic_folder
        )
    )


def _export(
    paths: Sequence[Path],
    fmt: str,
    output: Path,
    deidentify: bool,
    identifier_system: str | None = None,
    clinic_folder: Path | None = None,
) -> int:
    from bodymap import export

    try:
        if fmt == "csv":
            result = export.export_csv(paths, output, deidentify=deidentify)
        elif deidentify or len(paths) != 1:
            print(
                translate("cli", "export: a FHIR bundle is made from one session file"),
                file=sys.stderr,
            )
            return 2
        else:
            from bodymap import history, signing

            keys = signing.load_key_ring(clinic_folder or history.default_clinic_folder())
            export.export_fhir(paths[0], output, identifier_system=identifier_system, key_ring=keys)
    except export.ExportError as exc:
        print(translate("cli", "export: {problem}").format(problem=exc), file=sys.stderr)
        return 1
    if fmt == "fhir":
        print(translate("cli", "{file}: written").format(file=export.shown(output)))
        return 0
    for problem in result.problems:
        print(
            translate("cli", "{file}: {problem} (skipped)").format(
                file=problem.name, problem=problem.reason
            ),
            file=sys.stderr,
        )
    written = cli.tr("%n points of {sessions} written", None, result.rows).format(
        sessions=cli.tr("%n sessions", None, result.sessions)
    )
    print(translate("cli", "{file}: {written}").format(file=export.shown(output), written=written))
    return 1 if result.problems else 0
