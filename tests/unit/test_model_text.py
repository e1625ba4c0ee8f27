"""User text in the model: control characters refused at input, UUID session ids, bidi isolation."""

from __future__ import annotations

import typing
from collections.abc import Iterator

import pytest
from pydantic import BaseModel, ValidationError

from bodymap import model
from bodymap.model import Session, isolate, text_problem

FSI, PDI, RLO = "\u2068", "\u2069", "\u202e"

# The least each model class needs besides the field under test.
_REQUIRED: dict[str, dict[str, object]] = {
    "TriggerPoint": {"number": 1, "x": 1.0, "y": 1.0, "muscle": "teres_major", "side": "left"},
    "Injection": {"agent": "other", "agent_other": "procaine"},
    "Signature": {
        "signer": "Dr A",
        "signed_at": "2026-11-29T08:00:00Z",
        "content_sha256": "0" * 64,
        "public_key": "key",
        "key_fingerprint": "f" * 64,
        "signature": "sig",
    },
    "Amendment": {
        "author": "Dr A",
        "amended_at": "2026-11-29T08:00:00Z",
        "reason": "typo",
        "text": "corrected",
        "amends_sha256": "0" * 64,
        "public_key": "key",
        "key_fingerprint": "f" * 64,
        "signature": "sig",
    },
    "MixedAgent": {"agent": "lidocaine"},
    "Correction": {"path": "/points/0/notes", "old": "a", "new": "b"},
    "AuditEntry": {"at": "2026-11-29T08:00:00Z", "action": "edited", "content_sha256": "0" * 64},
    "PainArea": {"quality": "aching", "intensity": 5},
}


def _models(cls: type[BaseModel], seen: set[type[BaseModel]]) -> Iterator[type[BaseModel]]:
    if cls in seen:
        return
    seen.add(cls)
    yield cls
    for field in cls.model_fields.values():
        stack: list[object] = [field.annotation]
        while stack:
            annotation = stack.pop()
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                yield from _models(annotation, seen)
            stack.extend(typing.get_args(annotation))


def _text_fields() -> list[tuple[type[BaseModel], str, bool]]:
    """Every plain ``str`` field of every model class a session holds, and if multi-line."""
    found = []
    for cls in _models(Session, set()):
        for name, field in cls.model_fields.items():
            if field.annotation is str:
                longest = next(
                    (m.max_length for m in field.metadata if hasattr(m, "max_length")), None
                )
                found.append((cls, name, longest == model.MAX_TEXT))
    return found


TEXT_FIELDS = _text_fields()


def _build(cls: type[BaseModel], name: str, value: str) -> BaseModel:
    return cls.model_validate({**_REQUIRED.get(cls.__name__, {}), name: value})


def test_the_walk_finds_the_free_text_fields() -> None:
    names = {f"{cls.__name__}.{name}" for cls, name, _ in TEXT_FIELDS}
    assert {"Patient.name", "Patient.allergies", "TriggerPoint.notes", "Encounter.clinic"} <= names
    assert {"Injection.agent_other", "Findings.referral_area", "Session.id"} <= names


@pytest.mark.parametrize(
    ("cls", "name", "multiline"), TEXT_FIELDS, ids=[f"{c.__name__}.{n}" for c, n, _ in TEXT_FIELDS]
)
@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\r", "\u2029"])
def test_every_text_field_refuses_control_characters_naming_the_field(
    cls: type[BaseModel], name: str, multiline: bool, char: str
) -> None:
    with pytest.raises(ValidationError) as info:
        _build(cls, name, f"Zelda{char}Secretname")
    errors = info.value.errors(include_input=False)
    assert [tuple(e["loc"]) for e in errors] == [(name,)]


@pytest.mark.parametrize(
    ("cls", "name", "multiline"),
    [f for f in TEXT_FIELDS if f[1] != "id"],
    ids=[f"{c.__name__}.{n}" for c, n, _ in TEXT_FIELDS if n != "id"],
)
def test_only_multi_line_fields_take_newlines_and_tabs(
    cls: type[BaseModel], name: str, multiline: bool
) -> None:
    text = "first line\n\tsecond line"
    if multiline:
        assert getattr(_build(cls, name, text), name) == text
    else:
        with pytest.raises(ValidationError):
            _build(cls, name, text)


def test_the_reason_names_the_character_not_the_text() -> None:
    reason = text_problem("Zelda\x1b[31mSecretname")
    assert reason == "contains a control character (U+001B), which this field does not accept"
    assert text_problem("two\nlines") == (
        "contains a line break or tab (U+000A), which this field does not accept"
    )
    assert text_problem("two\nlines", multiline=True) is None
    assert text_problem("Łódź, الرياض, 東京 \u200f") is None


@pytest.mark.parametrize("bad", ["../../x", "1", "x" * 36, "5b0d3f5e8a774c1e9f0a3d2c1b4a5e60"])
def test_a_session_id_must_be_a_uuid(bad: str) -> None:
    with pytest.raises(ValidationError):
        Session(id=bad)
    assert Session(id="5b0d3f5e-8a77-4c1e-9f0a-3d2c1b4a5e60").id.startswith("5b0d3f5e")


def test_isolate_wraps_each_line() -> None:
    assert isolate("Jane") == f"{FSI}Jane{PDI}"
    assert isolate("") == ""
    assert isolate("a\nb") == f"{FSI}a{PDI}\n{FSI}b{PDI}"


def test_isolated_text_cannot_close_the_isolate_early_or_leave_it_open() -> None:
    # A stray PDI would end our isolate and let the override after it reorder the line; an
    # isolate the text opens would swallow our closing PDI.
    assert isolate(f"x{PDI}{RLO}evil") == f"{FSI}x{RLO}evil{PDI}"
    assert isolate("\u2067abc") == f"{FSI}\u2067abc{PDI}{PDI}"
    assert isolate(f"\u2066a{PDI}b") == f"{FSI}\u2066a{PDI}b{PDI}"
