"""Reading and writing session files: strict parsing, safe messages, atomic saves."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Any

from pydantic import ValidationError

import bodymap
from bodymap.model import Session
from bodymap.storage.errors import SaveError, SessionFileError
from bodymap.storage.format import (
    DIAGRAM_BOUNDS,
    FORMAT,
    FORMAT_VERSION,
    MIGRATIONS,
    SessionFile,
    parse_version,
)

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are refused before parsing (a 2,000-point session is well under 2 MB)."""
MAX_DEPTH = 32
"""Deepest nesting of arrays/objects accepted; a session needs 5."""
TEMP_MARK = ".tmp-"
REPLACE_RETRIES = 10
REPLACE_RETRY_DELAY_S = 0.05


# --- reading -------------------------------------------------------------------------------


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise SessionFileError(f"the key {key[:40]!r} appears twice in one object")
        result[key] = value
    return result


def _reject_constant(name: str) -> float:
    raise SessionFileError(f"{name} is not a valid number in a session file")


def _check_depth(text: str) -> None:
    """Refuse deeply nested input before the parser recurses into it."""
    depth = 0
    in_string = False
    escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise SessionFileError(f"the JSON is nested deeper than {MAX_DEPTH} levels")
        elif char in "]}":
            depth -= 1


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise SessionFileError("this is a folder, not a session file")
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except SessionFileError:
        raise
    except FileNotFoundError:
        raise SessionFileError("the file does not exist") from None
    except IsADirectoryError:
        raise SessionFileError("this is a folder, not a session file") from None
    except PermissionError:
        raise SessionFileError("permission denied: the file cannot be read") from None
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else "input/output error"
        raise SessionFileError(f"the file cannot be read ({reason})") from None
    if len(data) > MAX_FILE_BYTES:
        raise SessionFileError(
            f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: not a session file"
        )
    return data


def _decode(data: bytes) -> str:
    if not data.strip():
        raise SessionFileError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise SessionFileError("the file is binary, not a JSON session file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError(
            f"the file is not valid UTF-8 text (byte offset {exc.start})"
        ) from None


def parse_json(text: str) -> Any:
    """Parse JSON strictly: no duplicate keys, no NaN/Infinity, bounded depth.

    Raises:
        SessionFileError: with the line and column of a syntax error.
    """
    _check_depth(text)
    try:
        return json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        what = "the JSON ends too early (truncated?)" if truncated else "invalid JSON"
        raise SessionFileError(f"{what} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise SessionFileError(f"the JSON is nested deeper than {MAX_DEPTH} levels") from None


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in ("injection", "dry_needling", "examined") and text.endswith("treatment"):
            continue  # the union tag pydantic adds; the key itself is "kind"
        else:
            text += ("." if text else "") + str(part)
    return text or "(top level)"


_TYPE_MESSAGES = {
    "missing": "is required but missing",
    "extra_forbidden": "is not a known field",
    "finite_number": "must be a finite number",
    "literal_error": "has a value that is not allowed",
    "union_tag_invalid": "has an unknown kind",
    "union_tag_not_found": "needs a 'kind'",
}


def _validation_message(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False, include_context=False)
    parts = []
    for err in errors[:3]:
        where = _location(tuple(err["loc"]))
        kind = err["type"]
        if kind in _TYPE_MESSAGES:
            what = _TYPE_MESSAGES[kind]
        elif kind.endswith("_type") or kind.endswith("_parsing"):
            what = f"has the wrong type ({kind.removesuffix('_type').removesuffix('_parsing')})"
        elif kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
            what = "is out of range"
        elif kind in ("too_long", "string_too_long"):
            what = "is too long"
        elif kind == "string_pattern_mismatch":
            what = "is not in the expected format"
        elif kind == "value_error":
            # Our own validators' messages name no patient data.
            what = str(err.get("msg", "is invalid")).removeprefix("Value error, ")
        else:
            what = f"is invalid ({kind})"
        parts.append(f"{where} {what}")
    more = len(errors) - len(parts)
    return "; ".join(parts) + (f" (and {more} more problems)" if more > 0 else "")


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    if data.get("format") != FORMAT:
        raise SessionFileError(
            "this is not a bodymap session file (no 'format' of bodymap.session)"
        )
    raw_version = data.get("format_version")
    version = parse_version(raw_version)
    if version is None:
        raise SessionFileError("format_version is missing or not a version like '1.0'")
    newest = parse_version(FORMAT_VERSION)
    assert newest is not None
    if version[0] > newest[0]:
        raise SessionFileError(
            f"made by a newer bodymap: format {version[0]}.{version[1]}; "
            f"this version reads up to {newest[0]}.x"
        )
    steps = 0
    while isinstance(data.get("format_version"), str) and data["format_version"] in MIGRATIONS:
        _target, upgrade = MIGRATIONS[data["format_version"]]
        data = upgrade(data)
        steps += 1
        if steps > len(MIGRATIONS):
            raise SessionFileError("the file's format version cannot be upgraded")
    if parse_version(data.get("format_version")) is None or data["format_version"] not in (
        FORMAT_VERSION,
    ):
        if version[0] == newest[0]:
            # A newer minor version of our major: read what we know, unknown keys still fail.
            data = dict(data, format_version=FORMAT_VERSION)
        else:
            raise SessionFileError(f"format {raw_version} is not supported")
    return data


def _check_bounds(session: Session) -> None:
    bounds = DIAGRAM_BOUNDS.get(session.diagram.id)
    if bounds is None:
        raise SessionFileError("session.diagram.id names a diagram this version does not know")
    width, height = bounds
    for index, point in enumerate(session.points):
        if not (0.0 <= point.x <= width and 0.0 <= point.y <= height):
            raise SessionFileError(
                f"session.points[{index}] lies outside the diagram ({width:.0f} by {height:.0f} mm)"
            )


def parse_session(data: bytes) -> Session:
    """Validate the bytes of a session file and return the session.

    Raises:
        SessionFileError: the bytes are not a valid session file; the message says why.
    """
    raw = parse_json(_decode(data))
    if not isinstance(raw, dict):
        raise SessionFileError("the file is JSON but not an object: not a session file")
    raw = _migrate(raw)
    try:
        envelope = SessionFile.model_validate(raw)
    except ValidationError as exc:
        raise SessionFileError(_validation_message(exc)) from None
    except RecursionError:
        raise SessionFileError(f"the JSON is nested deeper than {MAX_DEPTH} levels") from None
    _check_bounds(envelope.session)
    return envelope.session


def load_session(path: Path | str) -> Session:
    """Read a session file.

    Raises:
        SessionFileError: the file is missing, unreadable or not a valid session; the message
            says what and where, and never repeats the file's content.
    """
    return parse_session(_read_bytes(Path(path)))


# --- writing -------------------------------------------------------------------------------


def dumps_session(session: Session, saved_at: dt.datetime | None = None) -> bytes:
    """The exact bytes a save writes: UTF-8 JSON, indented, stable key order, final newline."""
    envelope = SessionFile(
        app_version=bodymap.__version__,
        saved_at=saved_at or dt.datetime.now(dt.UTC).replace(microsecond=0),
        session=session,
    )
    return (envelope.model_dump_json(indent=2) + "\n").encode("utf-8")


def content_sha256(session: Session) -> str:
    """SHA-256 (hex) of the session content as saved, independent of when it was saved.

    Hashes the ``session`` object of the file (compact JSON in model order): the same session
    always gives the same hash, so a printout can be matched to its file.
    """
    return hashlib.sha256(session.model_dump_json().encode("utf-8")).hexdigest()


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _explain(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return f"Could not save: no permission to write in the folder “{folder.name or folder}”."
    if exc.errno == errno.ENOSPC:
        return "Could not save: the disk is full."
    if exc.errno == errno.ENOENT:
        return f"Could not save: the folder “{folder.name or folder}” does not exist."
    reason = os.strerror(exc.errno) if exc.errno else "input/output error"
    return f"Could not save: {reason}."


def temp_name(target: Path) -> Path:
    """Temporary file beside ``target``; the name carries our process id for crash clean-up."""
    return target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")


def atomic_write(target: Path, data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` to ``target`` so that it holds either the old or the new bytes.

    Writes a temporary file in the same folder, flushes and fsyncs it, keeps the previous file
    as ``<name>.bak``, renames over the target (retrying briefly while another program holds
    it), then fsyncs the folder.

    Raises:
        SaveError: nothing was replaced; the message says why.
    """
    target = Path(target)
    folder = target.parent
    tmp = temp_name(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if backup and target.is_file():
            bak = target.with_name(target.name + ".bak")
            with contextlib.suppress(OSError):
                bak.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                os.link(target, bak)
        for attempt in range(REPLACE_RETRIES):
            try:
                os.replace(tmp, target)
                break
            except PermissionError:
                # Windows: antivirus or sync tools may hold the target for a moment.
                if attempt == REPLACE_RETRIES - 1:
                    raise
                time.sleep(REPLACE_RETRY_DELAY_S)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise SaveError(_explain(exc, folder)) from None


def save_session(session: Session, path: Path | str) -> None:
    """Save ``session`` atomically to ``path`` (the previous version kept as ``.bak``).

    Raises:
        SaveError: the session was not saved and the file on disk is unchanged.
    """
    atomic_write(Path(path), dumps_session(session))
