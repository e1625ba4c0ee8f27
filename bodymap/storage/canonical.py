"""The canonical content of a session: the bytes its content hash and its signature cover.

RFC 8785 (JSON Canonicalization Scheme) of the session's JSON, without the blocks that are
added after signing (signature, amendments, audit) and without members that hold their
field's default value. So the hash depends only on what the session says:

- not on how a file was written (whitespace, key order, ``64`` or ``64.0``, ``Z`` or
  ``+00:00``), because it is computed from the validated model, never from the file's text;
- not on the version that saved it: a later format that adds an optional field leaves signed
  records intact, since the new member holds its default and is left out.

A member named ``kind`` (the tag of a treatment) is always kept, so an injection and dry
needling with all-default values never share a canonical form. A default is part of the
signed meaning: changing the default of an existing field changes the content of every signed
record holding that value (see docs/adr/0006-signed-records.md).
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any, Final

import rfc8785
from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from bodymap.model import Session

UNSIGNED_BLOCKS: Final = frozenset({"signature", "amendments", "audit"})
"""Members of a session that are not part of its content: they are added after signing."""
ALWAYS_KEPT: Final = frozenset({"kind"})
"""Members kept even when they hold their default: they say what the rest of the object is."""
_EMPTY_FACTORIES: Final = (list, dict, tuple)
_NO_DEFAULT: Final = object()
"""Stands for "always kept" in a class's table of defaults: it equals no JSON value."""


@functools.cache
def _defaults(cls: type[BaseModel]) -> tuple[tuple[str, Any], ...]:
    """Each field of ``cls`` with the JSON form of its default (or :data:`_NO_DEFAULT`).

    Random or time-based factories (ids, creation times) have no default to leave out.
    """
    table: list[tuple[str, Any]] = []
    for name, info in cls.model_fields.items():
        default: Any = _NO_DEFAULT
        if name in ALWAYS_KEPT or info.is_required():
            pass
        elif info.default_factory is not None:
            if info.default_factory in _EMPTY_FACTORIES:
                default = to_jsonable_python(info.default_factory())
        else:
            default = to_jsonable_python(info.default)
        table.append((name, default))
    return tuple(table)


def _pruned(value: Any, dumped: Any) -> Any:
    """``dumped`` (the JSON form of ``value``) without members that hold their default."""
    if isinstance(value, BaseModel):
        result: dict[str, Any] = {}
        for name, default in _defaults(type(value)):
            member = dumped[name]
            if member != default:
                result[name] = _pruned(getattr(value, name), member)
        return result
    if isinstance(value, list | tuple) and value and isinstance(value[0], BaseModel):
        return [_pruned(item, out) for item, out in zip(value, dumped, strict=True)]
    return dumped


def pruned_json(value: BaseModel) -> dict[str, Any]:
    """The JSON form of a model without the members that hold their default (``kind`` kept)."""
    result: dict[str, Any] = _pruned(value, value.model_dump(mode="json"))
    return result


def content_value(session: Session) -> dict[str, Any]:
    """The session's content as a JSON value: what is canonicalised and signed."""
    dumped = session.model_dump(mode="json", exclude=set(UNSIGNED_BLOCKS))
    result: dict[str, Any] = {}
    for name, default in _defaults(type(session)):
        if name in dumped and dumped[name] != default:
            result[name] = _pruned(getattr(session, name), dumped[name])
    return result


def canonical_content(session: Session) -> bytes:
    """The RFC 8785 bytes of the session's content (see the module docstring)."""
    return rfc8785.dumps(content_value(session))


def content_sha256(session: Session) -> str:
    """SHA-256 (hex) of the session's canonical content.

    The same session always gives the same hash, whoever saved it, when, and however the file
    was formatted; signing, amending and auditing do not change it. The printed record shows
    it so that paper can be matched to its file, and a signature covers it.
    """
    return hashlib.sha256(canonical_content(session)).hexdigest()


def canonical_value(value: Any) -> Any:
    """A JSON value as its canonical form (RFC 8785) reads back: ``4.0`` is ``4``, ``1e2`` is
    ``100``. What a signature covers is the canonical form, so two values with one canonical
    form are the same signed value and must be read the same."""
    return json.loads(rfc8785.dumps(value))
