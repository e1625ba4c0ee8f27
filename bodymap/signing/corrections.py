"""Corrections carried by amendments: a value at an RFC 6901 pointer, its old and new values.

Pointers address the session's content as saved (``/points/2/findings/pain_after``,
``/patient/weight_kg``); the signed content itself never changes. :func:`corrected_session`
shows the record as its amendments correct it, for display and print only.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

import jsonpointer
from pydantic import JsonValue, TypeAdapter, ValidationError

from bodymap import storage
from bodymap.i18n import translate
from bodymap.model import (
    Correction,
    Session,
    bare_annotation,
    correction_value_problem,
    field_at,
    pointer_parts,
)
from bodymap.signing.errors import SigningError
from bodymap.storage.parsing import check_bounds, validation_message


class CorrectionError(SigningError):
    """A correction does not fit the record: no such place, a stale old value, an invalid new."""


def _content(session: Session) -> dict[str, Any]:
    return session.model_dump(mode="json", exclude=set(storage.UNSIGNED_BLOCKS))


def _resolve(content: dict[str, Any], path: str) -> Any:
    try:
        found = jsonpointer.resolve_pointer(content, path)
    except jsonpointer.JsonPointerException:
        found = jsonpointer.EndOfList(None)
    # "-" names the place after a list's last item (RFC 6901 §4): no value is there.
    if isinstance(found, jsonpointer.EndOfList):
        raise CorrectionError(
            translate("signing", "the corrected place does not exist in this record")
        )
    return found


def _apply(
    content: dict[str, Any],
    corrections: Iterable[Correction],
    *,
    recorded_in: Session | None = None,
) -> dict[str, Any]:
    """``content`` with each correction made. ``recorded_in``: the session whose file holds
    these corrections, already signed; their values are read in their canonical form (the
    form the signature covers: ``4.0`` in a file verifies as ``4``, so it is ``4``) and as the
    version that wrote them read them (see :func:`_as_typed`)."""
    for item in corrections:
        if _resolve(content, item.path) != item.old:
            raise CorrectionError(
                translate("signing", "the old value of a correction is not what the record says")
            )
        new = (
            copy.deepcopy(item.new)
            if recorded_in is None
            else _as_typed(recorded_in, item.path, storage.canonical_value(item.new))
        )
        content = jsonpointer.set_pointer(content, item.path, new)
    return content


def _as_typed(session: Session, path: str, value: JsonValue) -> JsonValue:
    """A signed correction's value as a lenient reader takes it: earlier versions stored what
    was typed ("yes" for a flag, 5.0 for a score) and read it leniently; the record keeps it,
    so it is read the same way now. A value of no such type is left for the check to refuse."""
    field = field_at(session, path)
    kind = bare_annotation(field.annotation)[0] if field is not None else None
    if kind is None or value is None:
        return copy.deepcopy(value)
    adapter = TypeAdapter(kind)
    try:
        typed: JsonValue = adapter.dump_python(adapter.validate_python(value), mode="json")
    except ValidationError:
        return copy.deepcopy(value)
    return typed


def _validated(session: Session, content: dict[str, Any]) -> Session:
    blocks = {name: getattr(session, name) for name in storage.UNSIGNED_BLOCKS}
    try:
        corrected = Session.model_validate({**content, **blocks})
        check_bounds(corrected)
    except ValidationError as exc:
        raise CorrectionError(_not_valid(validation_message(exc))) from None
    except storage.SessionFileError as exc:
        raise CorrectionError(_not_valid(str(exc))) from None
    return corrected


def _not_valid(problem: str) -> str:
    return translate("signing", "the corrected record is not valid ({problem})").format(
        problem=problem
    )


def corrected_session(session: Session) -> Session:
    """The session as its amendments correct it: for display and print, never to be saved.

    Its content differs from what was signed, so it would not verify.

    Raises:
        CorrectionError: a correction no longer fits the record (the file was changed).
    """
    corrections = [item for amendment in session.amendments for item in amendment.corrections]
    if not corrections:
        return session
    return _validated(session, _apply(_content(session), corrections, recorded_in=session))


def correction(session: Session, path: str, new: JsonValue) -> Correction:
    """A correction of the value at ``path`` to ``new``; the old value is read from the record
    as its earlier amendments left it.

    Raises:
        CorrectionError: the place does not exist, is not part of the content, the value is
            unchanged, or the corrected record would not be valid.
    """
    try:
        Correction(path=path, old=None, new=None)
    except ValidationError:
        raise CorrectionError(
            translate("signing", "a correction needs a place such as /points/0/notes")
        ) from None
    problem = correction_value_problem(new)
    if problem is not None:
        raise CorrectionError(
            translate("signing", "the new value cannot be recorded: {problem}").format(
                problem=problem
            )
        )
    if pointer_parts(path)[0] in storage.UNSIGNED_BLOCKS:
        raise CorrectionError(translate("signing", "only the record's content can be corrected"))
    current = _content(corrected_session(session))
    item = Correction(path=path, old=copy.deepcopy(_resolve(current, path)), new=new)
    if item.old == item.new:
        raise CorrectionError(
            translate("signing", "the corrected value is the same as the old one")
        )
    _validated(session, _apply(current, [item]))
    return item
