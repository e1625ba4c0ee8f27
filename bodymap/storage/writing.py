"""Saving a session: its exact bytes, checked while they are written, replaced atomically."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pydantic import ValidationError

import bodymap
from bodymap.i18n import translate
from bodymap.model import Session
from bodymap.storage.atomic import atomic_write
from bodymap.storage.canonical import content_sha256
from bodymap.storage.errors import SaveError, SessionFileError
from bodymap.storage.format import FORMAT, FORMAT_VERSION, SessionFile
from bodymap.storage.parsing import check_bounds, validation_message
from bodymap.storage.temps import cleanup_temp_files


def dumps_session(session: Session, saved_at: dt.datetime | None = None) -> bytes:
    """The exact bytes a save writes: UTF-8 JSON, indented, stable key order, final newline."""
    envelope = SessionFile(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        app_version=bodymap.__version__,
        saved_at=saved_at or dt.datetime.now(dt.UTC).replace(microsecond=0),
        session=session,
    )
    # The serializer's bytes directly: model_dump_json would decode them to str first.
    return SessionFile.__pydantic_serializer__.to_json(envelope, indent=2) + b"\n"


def save_session(session: Session, path: Path | str) -> None:
    """Save ``session`` atomically to ``path`` (the previous version kept as ``<name>.bak``).

    A new file gets the mode the user's umask gives, a replaced file keeps its mode. Our
    temporary files left in the folder by a crash are removed after the save.

    The bytes are read back through the same checks as :func:`load_session` (while the
    temporary file is written) and nothing replaces the file unless they pass, so a save never
    produces a file that cannot be opened again. A signed session whose content no longer
    matches its signature is refused: a signed record is never saved changed (ADR 6).

    Raises:
        SaveError: the session was not saved and the file on disk is unchanged.
    """
    signature = session.signature
    if signature is not None and content_sha256(session) != signature.content_sha256:
        raise SaveError(
            translate(
                "storage",
                "Could not save: this record is signed and its content differs from what was "
                "signed. Add an amendment instead.",
            )
        )
    data = dumps_session(session)

    def check() -> None:
        try:
            # The bytes pydantic just wrote are well-formed JSON; what could still fail on
            # opening is the model's own validation and the diagram bounds.
            check_bounds(SessionFile.model_validate_json(data).session)
        except ValidationError as exc:
            raise SaveError(_not_valid(validation_message(exc))) from None
        except SessionFileError as exc:
            raise SaveError(_not_valid(str(exc))) from None

    # The check runs while the temporary file goes to disk; nothing replaces the file
    # unless it passes.
    target = Path(path)
    atomic_write(target, data, check=check)
    # Temporary files a crash left in this folder hold whole sessions: clear them now.
    cleanup_temp_files(Path(os.path.realpath(target)).parent)


def _not_valid(problem: str) -> str:
    return translate("storage", "Could not save: the session is not valid ({problem}).").format(
        problem=problem
    )
