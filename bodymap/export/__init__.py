"""Exports for the chart and for audits: a FHIR R4 bundle of a session, a CSV of points.

``export_fhir`` and ``export_csv`` read session files, build the output and write it
atomically, never over one of their inputs. The pieces below them are Qt-free, except
:func:`record_pdf`, which asks the report layer for the printed record. See docs/export.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bodymap import i18n, signing, storage
from bodymap.anatomy import Diagram, load_diagram
from bodymap.export.codes import Code, CodeTable, MuscleCode, load_table
from bodymap.export.csv_rows import (
    DEIDENTIFIED_COLUMNS,
    IDENTIFIED_COLUMNS,
    csv_bytes,
    defuse,
    table_rows,
)
from bodymap.export.fhir import (
    build_bundle,
    bundle_bytes,
    full_url,
    identifier_system_problem,
    session_times,
)
from bodymap.export.record_pdf import record_pdf
from bodymap.export.sources import (
    ExportError,
    Loaded,
    Problem,
    as_recorded,
    check_output,
    load_sessions,
    shown,
)
from bodymap.i18n import translate
from bodymap.model import Session

__all__ = [
    "DEIDENTIFIED_COLUMNS",
    "IDENTIFIED_COLUMNS",
    "Code",
    "CodeTable",
    "CsvResult",
    "ExportError",
    "Loaded",
    "MuscleCode",
    "Problem",
    "build_bundle",
    "bundle_bytes",
    "check_output",
    "csv_bytes",
    "defuse",
    "export_csv",
    "export_fhir",
    "full_url",
    "identifier_system_problem",
    "load_sessions",
    "load_table",
    "record_pdf",
    "session_times",
    "shown",
    "table_rows",
    "write_csv",
    "write_fhir",
]


class PdfMaker(Protocol):
    """Makes the printed record's PDF (:func:`record_pdf`), with the clinic's keys when known."""

    def __call__(self, session: Session, *, key_ring: signing.KeyRing | None = None) -> bytes: ...


"""Makes the printed record's PDF of a session (default: :func:`record_pdf`)."""


@dataclass(frozen=True)
class CsvResult:
    """What a CSV export wrote: rows and sessions, and the files it skipped."""

    rows: int
    sessions: int
    problems: tuple[Problem, ...]


def _write(output: Path, data: bytes) -> None:
    # No .bak: an earlier export (perhaps identified) must not linger beside a new one.
    try:
        storage.atomic_write(output, data, backup=False)
    except storage.SaveError as exc:
        message = str(exc).replace(
            translate("export", "Could not save"), translate("export", "Not written"), 1
        )
        raise ExportError(
            translate("export", "{file}: {problem}").format(file=shown(output), problem=message)
        ) from None


def write_fhir(
    session: Session,
    output: Path,
    *,
    inputs: Sequence[Path] = (),
    pdf: PdfMaker | None = record_pdf,
    diagram: Diagram | None = None,
    identifier_system: str | None = None,
    key_ring: signing.KeyRing | None = None,
) -> None:
    """Write ``session`` as a FHIR bundle to ``output`` (atomically).

    Args:
        session: the session.
        output: the JSON file to write.
        inputs: files that must not be overwritten (the session's own file).
        pdf: makes the printed record for the DocumentReference; None leaves it out.
        diagram: the diagram of the points (default: the bundled one).
        identifier_system: the URI of the clinic's patient identifiers, when it has one.
        key_ring: the clinic's registered keys. A signed record is exported as final only
            when they confirm who signed it and its amendments; otherwise it is preliminary
            and its printed record says "SIGNER NOT CONFIRMED" (None: no keys are known,
            so nothing is confirmed).

    Raises:
        ExportError: nothing was written; the message says why.
    """
    ring = key_ring if key_ring is not None else signing.KeyRing({})
    confirmed = signing.verify_session(session, ring).state is signing.VerifyState.VALID
    if identifier_system:
        problem = identifier_system_problem(identifier_system)
        if problem is not None:
            raise ExportError(problem)
    check_output(output, inputs)
    recorded = as_recorded(session, inputs[0] if inputs else None)
    record = None
    if pdf is not None:
        from bodymap import report

        try:
            with i18n.untranslated():
                record = pdf(session, key_ring=ring)
        except report.ReportError as exc:
            raise ExportError(
                translate("export", "the printed record could not be made ({problem})").format(
                    problem=exc
                )
            ) from None
    # What other programs read is written in English whatever the language of the window.
    with i18n.untranslated():
        bundle = build_bundle(
            recorded,
            record_pdf=record,
            diagram=diagram,
            identifier_system=identifier_system.strip() if identifier_system else None,
            signer_confirmed=confirmed,
        )
    _write(output, bundle_bytes(bundle))


def export_fhir(
    source: Path,
    output: Path,
    *,
    pdf: PdfMaker | None = record_pdf,
    identifier_system: str | None = None,
    key_ring: signing.KeyRing | None = None,
) -> None:
    """Read one session file and write its FHIR bundle to ``output`` (``identifier_system``
    and ``key_ring`` as for :func:`write_fhir`).

    Raises:
        ExportError: the session could not be read or the bundle not written.
    """
    check_output(output, [source])
    try:
        session = storage.load_session(source)
    except storage.SessionFileError as exc:
        raise ExportError(
            translate("export", "{file}: {problem}").format(file=shown(source), problem=exc)
        ) from None
    write_fhir(
        session,
        output,
        inputs=[source],
        pdf=pdf,
        identifier_system=identifier_system,
        key_ring=key_ring,
    )


def write_csv(
    sessions: Sequence[Session],
    output: Path,
    *,
    deidentify: bool,
    inputs: Sequence[Path] = (),
    diagram: Diagram | None = None,
) -> int:
    """Write one row per point of ``sessions`` to ``output``; return the number of rows.

    Raises:
        ExportError: nothing was written; the message says why.
    """
    check_output(output, inputs)
    return _write_rows([as_recorded(session) for session in sessions], output, deidentify, diagram)


def _write_rows(
    recorded: Sequence[Session], output: Path, deidentify: bool, diagram: Diagram | None
) -> int:
    """Write the CSV of sessions already made :func:`as_recorded`; the number of rows."""
    with i18n.untranslated():  # the CSV is read by other programs: always in English
        columns, rows = table_rows(
            recorded, diagram if diagram is not None else load_diagram(), deidentify=deidentify
        )
    _write(output, csv_bytes(columns, rows))
    return len(rows)


def export_csv(paths: Sequence[Path], output: Path, *, deidentify: bool) -> CsvResult:
    """Read every session named by ``paths`` (files or folders) and write the CSV.

    Bad files are skipped and listed in the result; the others are exported.

    Raises:
        ExportError: no session could be read, the output would overwrite an input, or the
            file could not be written.
    """
    loaded = load_sessions(paths, output)
    if not loaded.sessions:  # each file, and why: a lone file refused must say why
        lines = [translate("export", "no session file could be read: nothing was written")]
        lines += [
            translate("export", "{file}: {problem}").format(file=p.name, problem=p.reason)
            for p in loaded.problems
        ]
        raise ExportError("\n".join(lines))
    check_output(output, [*paths, *loaded.candidates])
    rows = _write_rows(loaded.recorded, output, deidentify, None)
    return CsvResult(rows, len(loaded.sessions), loaded.problems)
