"""Strict reading of session file bytes: JSON limits, migrations, validation, safe messages.

Every problem becomes a :class:`SessionFileError` whose message names the place (a JSON path
such as ``session.points[3].x``, or a line and column) and never repeats a value from the file.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable, Sequence
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.model import Session
from bodymap.storage.errors import SessionFileError
from bodymap.storage.format import (
    DIAGRAM_BOUNDS,
    FORMAT,
    FORMAT_VERSION,
    MIGRATIONS,
    SessionFile,
    parse_version,
)

MAX_DEPTH = 32
"""Deepest nesting of arrays/objects accepted; a session needs 5."""
MAX_INT_DIGITS = 30
"""Longest integer literal accepted; no field needs more than a few digits."""

_BOM_UTF8 = b"\xef\xbb\xbf"
_BOMS_UTF16_32 = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_SAFE_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
"""A key shown in a message: lower-case words joined by underscores, as the format's own keys
are written. Any other (a name typed as a key, "JaneDoe") is masked: keys can hold anything."""
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_BARE_STRING = re.compile(r'"[^"]*"')
_BRACKET = re.compile(r"[\[\]{}]")
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_UNION_TAGS = ("injection", "dry_needling", "examined")
_SPACE_BEFORE_COLON = re.compile(r'"\s+:')
storage = Context("storage")


def _key_text(key: str) -> str:
    """A key from the file, shown only when it looks like a field name (keys can hold anything)."""
    return (
        repr(key)
        if _SAFE_KEY.fullmatch(key)
        else translate("storage", "a key that is not a field name")
    )


def json_path(parts: Sequence[int | str]) -> str:
    """``("session", "points", 3, "x")`` -> ``"session.points[3].x"``; unsafe keys are masked."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        if part in _UNION_TAGS and text.endswith("treatment"):
            continue  # the union tag pydantic adds; the key itself is "kind"
        name = part if _SAFE_KEY.fullmatch(part) else "<key>"
        text += ("." if text else "") + name
    return text or translate("storage", "(top level)")


class _Duplicated(dict[str, Any]):
    """A parsed object in which ``key`` appeared more than once."""

    def __init__(self, pairs: list[tuple[str, Any]], key: str) -> None:
        super().__init__(pairs)
        self.key = key


def _object_hook(duplicates: list[_Duplicated]) -> Callable[[list[tuple[str, Any]]], Any]:
    """An object hook that notes, in ``duplicates``, each object with a repeated key.

    One list per parse (not a module-level flag): files are parsed in more than one thread.
    """

    def make(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                duplicated = _Duplicated(pairs, key)
                duplicates.append(duplicated)
                return duplicated
            seen.add(key)
        raise AssertionError("unreachable: a shorter dict has a repeated key")

    return make


def _find_duplicate(value: Any) -> tuple[list[int | str], str] | None:
    """Path and key of the first object (in file order) that has a key twice."""
    stack: list[tuple[list[int | str], Any]] = [([], value)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, _Duplicated):
            return path, node.key
        if isinstance(node, dict):
            children = [([*path, k], v) for k, v in node.items()]
        elif isinstance(node, list):
            children = [([*path, i], v) for i, v in enumerate(node)]
        else:
            continue
        stack.extend(reversed(children))
    return None


def _reject_constant(name: str) -> float:
    raise SessionFileError(
        translate("storage", "{name} is not a valid number in a session file").format(name=name)
    )


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise SessionFileError(
            translate("storage", "a number has more than {digits} digits").format(
                digits=MAX_INT_DIGITS
            )
        )
    return int(text)


def check_depth(text: str) -> None:
    """Refuse input nested deeper than :data:`MAX_DEPTH` before any parser recurses into it.

    Raises:
        SessionFileError: the input is nested too deeply.
    """
    # Fast pass over the brackets alone; only when it sees too deep a nesting, check again
    # without the brackets inside strings. (Brackets in strings can only hide depth from the
    # fast pass, and the parser itself still stops at Python's recursion limit.)
    if not _nested_too_deep(text):
        return
    # The strings are taken out with the escapes in them first, so that an escaped quote
    # does not end one. Neither pattern repeats a group: a string of millions of characters
    # or escapes costs no more memory than the text (a repeated group kept a backtracking
    # entry per character: gigabytes for a hostile file of 20 MB).
    bare = _BARE_STRING.sub("", _ESCAPE.sub("", text))
    if not _nested_too_deep(bare):
        return
    depth = 0
    for match in _BRACKET.finditer(bare):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                # A string holds no line break (JSON escapes it): the lines are the file's.
                line = bare.count("\n", 0, match.start()) + 1
                raise SessionFileError(
                    translate(
                        "storage", "the JSON is nested deeper than {levels} levels (line {line})"
                    ).format(levels=MAX_DEPTH, line=line)
                )
        else:
            depth -= 1


def _nested_too_deep(text: str) -> bool:
    """Whether the brackets of ``text``, whatever encloses them, nest deeper than
    :data:`MAX_DEPTH` (innermost pairs removed level by level, at the speed of ``str``)."""
    nesting = _NOT_BRACKETS.sub("", text).replace("{", "[").replace("}", "]")
    for _level in range(MAX_DEPTH):
        if not nesting:
            return False
        nesting = nesting.replace("[]", "")
    return bool(nesting)


def decode(data: bytes) -> str:
    """The text of a session file: UTF-8, an optional byte order mark removed.

    Raises:
        SessionFileError: the bytes are empty, binary, UTF-16/32 or not valid UTF-8.
    """
    if not data.strip():
        raise SessionFileError(translate("storage", "the file is empty"))
    if data.startswith(_BOM_UTF8):
        data = data[len(_BOM_UTF8) :]
    elif data.startswith(_BOMS_UTF16_32):
        raise SessionFileError(
            translate("storage", "the file is UTF-16 or UTF-32 text; session files are UTF-8")
        )
    if b"\x00" in data:
        raise SessionFileError(translate("storage", "the file is binary, not a JSON session file"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SessionFileError(
            translate(
                "storage", "the file is not valid UTF-8 text (line {line}, byte offset {offset})"
            ).format(line=line, offset=exc.start)
        ) from None


def parse_json(text: str) -> Any:
    """Parse JSON strictly: no duplicate keys, no NaN/Infinity, bounded depth and integers.

    Raises:
        SessionFileError: with the line and column of a syntax error, or the JSON path of a
            duplicated key.
    """
    check_depth(text)
    duplicates: list[_Duplicated] = []
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object_hook(duplicates),
            parse_constant=_reject_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        if truncated:
            what = translate(
                "storage", "the JSON ends too early (truncated?) at line {line}, column {column}"
            )
        else:
            what = translate("storage", "invalid JSON at line {line}, column {column}")
        raise SessionFileError(what.format(line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise SessionFileError(_too_deep()) from None
    duplicate = _find_duplicate(value) if duplicates else None
    if duplicate is not None:
        path, key = duplicate
        raise SessionFileError(
            translate("storage", "{path}: {key} appears twice in one object").format(
                path=json_path(path), key=_key_text(key)
            )
        )
    return value


def _too_deep() -> str:
    return translate("storage", "the JSON is nested deeper than {levels} levels").format(
        levels=MAX_DEPTH
    )


_TYPE_MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("storage", "{path} is required but missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP("storage", "{path} is not a known field"),
    "finite_number": QT_TRANSLATE_NOOP("storage", "{path} must be a finite number"),
    "literal_error": QT_TRANSLATE_NOOP("storage", "{path} has a value that is not allowed"),
    "enum": QT_TRANSLATE_NOOP("storage", "{path} has a value that is not allowed"),
    "union_tag_invalid": QT_TRANSLATE_NOOP("storage", "{path} has an unknown kind"),
    "union_tag_not_found": QT_TRANSLATE_NOOP("storage", "{path} needs a 'kind'"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("storage", "{path} is not in the expected format"),
    "timezone_aware": QT_TRANSLATE_NOOP("storage", "{path} needs a time zone"),
}
_RANGE_TYPES = ("greater_than", "greater_than_equal", "less_than", "less_than_equal")
_LENGTH_TYPES = ("too_long", "string_too_long", "too_short", "string_too_short")


def _describe(err: Any) -> str:
    """One problem, naming its place (JSON path) but no value from the file."""
    kind = str(err["type"])
    path = json_path(tuple(err["loc"]))
    if kind == "string_pattern_mismatch" and tuple(err["loc"])[-1:] == ("id",):
        text = translate(
            "storage", "{path} is not a UUID (like 123e4567-e89b-42d3-a456-426614174000)"
        )
    elif kind in _TYPE_MESSAGES:
        text = translate("storage", _TYPE_MESSAGES[kind])
    elif kind in _RANGE_TYPES:
        text = translate("storage", "{path} is out of range")
    elif kind in _LENGTH_TYPES and "long" in kind:
        text = translate("storage", "{path} is too long")
    elif kind in _LENGTH_TYPES:
        text = translate("storage", "{path} is too short")
    elif kind == "value_error":
        # Raised by our own model validators, whose messages name no data from the file (and
        # are translated where they are raised).
        message = str(err.get("msg", "")).removeprefix("Value error, ")
        if not message:
            return translate("storage", "{path} is invalid").format(path=path)
        return translate("storage", "{path} {problem}").format(path=path, problem=message)
    elif kind.endswith(("_type", "_parsing")):
        expected = kind.removesuffix("_type").removesuffix("_parsing")
        return translate("storage", "{path} has the wrong type ({expected})").format(
            path=path, expected=expected
        )
    else:
        return translate("storage", "{path} is invalid ({kind})").format(path=path, kind=kind)
    return text.format(path=path)


def validation_message(exc: ValidationError) -> str:
    """A message naming the first few problems by JSON path, without any input values."""
    errors = exc.errors(include_url=False, include_input=False, include_context=False)
    parts = [_describe(err) for err in errors[:3]]
    more = len(errors) - len(parts)
    text = "; ".join(parts)
    if more > 0:
        text = storage.tr("{problems} (and %n more problems)", None, more).format(problems=text)
    return text


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Check the envelope's format and version and upgrade older layouts to the current one.

    Raises:
        SessionFileError: not a bodymap session, a newer major version, or an unknown version.
    """
    if data.get("format") != FORMAT:
        raise SessionFileError(
            translate(
                "storage", "this is not a bodymap session file (no 'format' of bodymap.session)"
            )
        )
    raw_version = data.get("format_version")
    version = parse_version(raw_version)
    if version is None:
        raise SessionFileError(
            translate("storage", "format_version is missing or not a version like '1.0'")
        )
    newest = parse_version(FORMAT_VERSION)
    assert newest is not None
    shown = f"{version[0]}.{version[1]}"
    if version[0] > newest[0]:
        raise SessionFileError(
            translate(
                "storage",
                "made by a newer bodymap: format {format}; this version reads up to {major}.x",
            ).format(format=shown, major=newest[0])
        )
    for _step in range(len(MIGRATIONS)):
        old = data["format_version"]
        if old not in MIGRATIONS:
            break
        target, upgrade = MIGRATIONS[old]
        try:
            data = dict(upgrade(data), format_version=target)
        except (TypeError, ValueError, KeyError, AttributeError, IndexError):
            raise SessionFileError(
                translate(
                    "storage",
                    "the format {format} file has an unexpected layout and cannot be upgraded",
                ).format(format=old)
            ) from None
    if data["format_version"] != FORMAT_VERSION:
        if version[0] != newest[0]:
            raise SessionFileError(
                translate("storage", "format {format} is not supported").format(format=shown)
            )
        # A newer minor version of our major: read what we know; unknown keys still fail.
        data = dict(data, format_version=FORMAT_VERSION)
    return data


def check_bounds(session: Session) -> None:
    """Refuse points and painted areas outside the diagram, and unknown diagrams.

    Raises:
        SessionFileError: naming the first offending point coordinate.
    """
    bounds = DIAGRAM_BOUNDS.get(session.diagram.id)
    if bounds is None:
        raise SessionFileError(
            translate("storage", "session.diagram.id names a diagram this version does not know")
        )
    width, height = bounds
    for index, point in enumerate(session.points):
        for axis, value, limit in (("x", point.x, width), ("y", point.y, height)):
            if not 0.0 <= value <= limit:
                raise SessionFileError(
                    translate(
                        "storage", "{path} lies outside the diagram (0 to {limit} mm)"
                    ).format(path=f"session.points[{index}].{axis}", limit=f"{limit:.0f}")
                )
    for index, area in enumerate(session.pain_areas):
        for number, polygon in enumerate(area.polygons):
            for ring in (polygon.exterior, *polygon.holes):
                for x, y in ring:
                    if not (0.0 <= x <= width and 0.0 <= y <= height):
                        raise SessionFileError(
                            translate(
                                "storage", "{path} lies outside the diagram (0 to {limit} mm)"
                            ).format(
                                path=f"session.pain_areas[{index}].polygons[{number}]",
                                limit=f"{width:.0f}",
                            )
                        )


def _holds_models(annotation: Any) -> bool:
    """Whether a field of this type can hold models or lists (which may hold models)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel | list | tuple):
        return True
    if get_origin(annotation) in (list, tuple):
        return True
    return any(_holds_models(arg) for arg in get_args(annotation))


_NESTED: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}
"""Per class met in a validated value: None if it is not a model, else a function giving the
values of its fields that can hold models or lists."""


def _nested_getter(cls: type) -> Callable[[Any], tuple[Any, ...]] | None:
    if not issubclass(cls, BaseModel):
        return None
    names = [name for name, f in cls.model_fields.items() if _holds_models(f.annotation)]
    if len(names) > 1:
        return operator.attrgetter(*names)
    if names:
        one = operator.attrgetter(names[0])
        return lambda node: (one(node),)
    return lambda node: ()


def _member_count(value: BaseModel) -> int:
    """How many object members the JSON of a validated value had (each set field is one).

    A field left at its default adds nothing: its value's own set fields are empty. The walk
    visits every object of a whole session file, so each class's nested values are fetched
    by one ``attrgetter``.
    """
    total = 0
    stack: list[Any] = [value]
    pop, push_all = stack.pop, stack.extend
    while stack:
        node = pop()
        cls = type(node)
        if cls is list:
            push_all(node)
            continue
        if cls in _NESTED:
            nested = _NESTED[cls]
        else:
            nested = _NESTED[cls] = _nested_getter(cls)
        if nested is not None:
            total += len(node.__pydantic_fields_set__)
            push_all(nested(node))
    return total


def _clean_current_session(text: str) -> Session | None:
    """The session of a well-formed file of the current format, or None.

    The fast path for the common case: pydantic parses and validates the text in one pass.
    It accepts a file only if the strict path below would accept it too, so any doubt
    returns None and the strict path decides (and names the problem):

    - a key that appears twice in one object: pydantic keeps the last one silently, so the
      members in the text (each ends ``":`` when no ``\\"`` escape or space before a colon
      occurs) must equal the fields that were set;
    - NaN, Infinity, huge numbers (every number field is bounded), deep nesting, older or
      newer versions and every other problem fail validation here.
    """
    if '\\"' in text or _SPACE_BEFORE_COLON.search(text):
        return None
    try:
        envelope = SessionFile.model_validate_json(text)
    except (ValidationError, RecursionError):
        return None
    if text.count('":') != _member_count(envelope):
        return None
    return envelope.session


def parse_session(data: bytes) -> Session:
    """Validate the bytes of a session file and return the session.

    Raises:
        SessionFileError: the bytes are not a valid session file; the message says why.
    """
    text = decode(data)
    session = _clean_current_session(text)
    if session is not None:
        check_bounds(session)
        return session
    raw = parse_json(text)
    if not isinstance(raw, dict):
        raise SessionFileError(
            translate("storage", "the file is JSON but not an object: not a session file")
        )
    raw = migrate(raw)
    try:
        envelope = SessionFile.model_validate(raw)
    except ValidationError as exc:
        raise SessionFileError(validation_message(exc)) from None
    except RecursionError:
        raise SessionFileError(_too_deep()) from None
    check_bounds(envelope.session)
    return envelope.session
