"""Which session files an export reads, which file it may write, and how names are shown.

No Qt. A folder stands for every ``*.bodymap.json`` below it (symbolic links to folders are
not followed). An output is refused when it is one of the inputs, so no export ever writes
over a session.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bodymap import signing, storage
from bodymap.i18n import escaped, translate
from bodymap.model import Session
from bodymap.storage.files import same_file


class ExportError(Exception):
    """The export was not written; the message is plain, names no patient, escapes names."""


@dataclass(frozen=True)
class Problem:
    """A session file that was skipped, and why (the name already escaped for display)."""

    name: str
    reason: str


@dataclass(frozen=True)
class Loaded:
    """The sessions read for an export, every file considered, and the files skipped."""

    sessions: tuple[Session, ...]
    candidates: tuple[Path, ...]
    problems: tuple[Problem, ...]
    recorded: tuple[Session, ...] = ()
    """``sessions`` as their records stand (:func:`as_recorded`), in the same order."""


def shown(path: Path | str) -> str:
    """A file name safe to print (:func:`bodymap.i18n.escaped`): nothing in it can move the
    cursor, recolour the terminal or fake another line."""
    return escaped(str(path))


def session_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """The session files named by ``paths``, folders expanded, in a stable order.

    Returns:
        The files, and a problem for each path that does not exist.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            for folder, dirs, names in os.walk(path, followlinks=False):
                dirs.sort()
                found.extend(Path(folder, name) for name in names if name.endswith(storage.SUFFIX))
            files.extend(sorted(found))
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(shown(path), translate("export", "the file does not exist")))
    return files, problems


def as_recorded(session: Session, name: Path | None = None) -> Session:
    """The session as its record stands, for export: a signed record changed after signing
    is refused, and the corrections of its amendments are applied (what another program
    reads is the corrected value, as the printed record's amendments say).

    Args:
        session: the session as read, or as open in the window.
        name: its file, named in the error when there is one.

    Raises:
        ExportError: the record was changed after signing, or a correction no longer fits.
    """
    problem = signing.integrity_problem(session)
    if problem is None:
        try:
            return signing.corrected_session(session)
        except signing.CorrectionError as exc:
            problem = str(exc)
    message = translate("export", "not exported: {problem}").format(problem=problem)
    if name is not None:
        message = translate("export", "{file}: {problem}").format(file=shown(name), problem=message)
    raise ExportError(message)


def load_sessions(paths: Sequence[Path], output: Path | None = None) -> Loaded:
    """Read every session named by ``paths``; a bad file becomes a problem and is skipped.

    Args:
        paths: session files and folders.
        output: the file the export will write; checked against every file found (good or
            bad) before anything is read.

    Raises:
        ExportError: ``output`` would overwrite one of the files found (see check_output).
    """
    files, problems = session_files(paths)
    if output is not None:
        check_output(output, [*paths, *files])
    sessions: list[Session] = []
    recorded: list[Session] = []
    seen: set[Path] = set()
    read_from: dict[str, Path] = {}
    for file in files:
        key = file.resolve()
        if key in seen:
            continue
        seen.add(key)
        try:
            session = storage.load_session(file)
            as_read = as_recorded(session)  # refused here: skipped like an unreadable file
        except (storage.SessionFileError, ExportError) as exc:
            problems.append(Problem(shown(file), str(exc)))
            continue
        first = read_from.setdefault(session.id, file)
        if first != file:  # a copy: its points would be counted twice
            index = next((i for i, s in enumerate(sessions) if s.id == session.id), None)
            same = index is not None and storage.content_sha256(
                recorded[index]
            ) == storage.content_sha256(as_read)
            if same:
                text = translate("export", "the same session as {file}, exported once")
            else:
                # Two versions (one amended since the copy): which one is the record is not
                # for the export to guess.
                text = translate(
                    "export", "another version of the session in {file}: neither exported"
                )
                if index is not None:
                    problems.append(Problem(shown(first), text.format(file=shown(file))))
                    del sessions[index], recorded[index]
            problems.append(Problem(shown(file), text.format(file=shown(first))))
            continue
        sessions.append(session)
        recorded.append(as_read)
    return Loaded(tuple(sessions), tuple(files), tuple(problems), tuple(recorded))


_EXPORT_STARTS: Final = (b"session_id,", b"patient_key,", b'{\n  "resourceType": "Bundle"')
"""How the files bodymap exports begin (a CSV of points, de-identified or not, after its byte
order mark; a FHIR bundle): an existing file that begins otherwise is not replaced."""


def _earlier_export(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            head = file.read(64).removeprefix(b"\xef\xbb\xbf")
    except OSError:
        return False
    return head.startswith(_EXPORT_STARTS)


def check_output(output: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output that is one of the inputs (same path, link or hard link), a folder, a
    device or pipe, a link to nothing, or an existing file that is not an earlier export (a
    CSV of points or a FHIR bundle) or empty: an export never replaces anything else.

    Raises:
        ExportError: the output would overwrite an input or another file, is a folder or not
            a regular file, or is named like a session file.
    """
    if output.is_dir():
        raise ExportError(
            translate("export", "{file}: this is a folder; name the file to write").format(
                file=shown(output)
            )
        )
    for source in inputs:
        if same_file(output, source):
            raise ExportError(
                translate(
                    "export",
                    "{file}: this is one of the session files being exported; choose another "
                    "output file",
                ).format(file=shown(output))
            )
    if output.name.endswith(storage.SUFFIX):
        raise ExportError(
            translate(
                "export",
                "{file}: an export is not a session file; choose a name that does not end in "
                "{suffix}",
            ).format(file=shown(output), suffix=storage.SUFFIX)
        )
    try:
        info = os.stat(output)
    except FileNotFoundError:
        if os.path.lexists(output):
            raise ExportError(
                translate(
                    "export", "{file}: the name is a link to a file that does not exist"
                ).format(file=shown(output))
            ) from None
        return
    except OSError as exc:
        raise ExportError(
            translate("export", "{file}: {problem}").format(
                file=shown(output), problem=exc.strerror or exc
            )
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise ExportError(
            translate(
                "export", "{file}: this is not a regular file (a device or a pipe?): not replaced"
            ).format(file=shown(output))
        )
    if info.st_size and not _earlier_export(output):
        raise ExportError(
            translate(
                "export",
                "{file}: this file holds something other than an earlier export: it is not "
                "replaced; choose another name",
            ).format(file=shown(output))
        )
