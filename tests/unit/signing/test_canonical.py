"""The canonical content: what a content hash and a signature cover, and what they ignore."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from bodymap import signing, storage
from bodymap.model import (
    DryNeedling,
    ExaminedOnly,
    Findings,
    Injection,
    Session,
)
from tests.unit.signing.helpers import EXAMPLE, edit_file


def _reformatted(document: dict[str, Any]) -> str:
    """The same JSON with keys in reverse order, other indentation and spacing."""

    def reverse(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: reverse(value[k]) for k in reversed(list(value))}
        if isinstance(value, list):
            return [reverse(v) for v in value]
        return value

    return json.dumps(reverse(document), indent="\t", separators=(" ,", " :  "))


def test_reformatting_and_key_order_leave_the_hash_alone(tmp_path: Path) -> None:
    original = storage.load_session(EXAMPLE)
    other = tmp_path / "reformatted.bodymap.json"
    other.write_text(_reformatted(json.loads(EXAMPLE.read_text("utf-8"))), encoding="utf-8")
    assert other.read_bytes() != EXAMPLE.read_bytes()
    assert storage.content_sha256(storage.load_session(other)) == storage.content_sha256(original)


def test_equivalent_spellings_of_numbers_and_times_leave_the_hash_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    path.write_bytes(EXAMPLE.read_bytes())

    def respell(document: dict[str, Any]) -> None:
        document["session"]["patient"]["weight_kg"] = 64  # was 64.0
        document["session"]["created"] = "2026-11-20T09:12:00+00:00"  # was 09:12:00Z

    edit_file(path, respell)
    assert storage.content_sha256(storage.load_session(path)) == storage.content_sha256(
        storage.load_session(EXAMPLE)
    )


def _point(session: Session, index: int, **changes: object) -> Session:
    points = list(session.points)
    points[index] = points[index].model_copy(update=changes)
    return session.model_copy(update={"points": points})


def _first_point(session: Session, **changes: object) -> Session:
    return _point(session, 0, **changes)


EDITS: dict[str, Callable[[Session], Session]] = {
    "one coordinate by 0.1 mm": lambda s: _first_point(s, x=s.points[0].x + 0.1),
    "one note": lambda s: _first_point(s, notes=s.points[0].notes + "."),
    "a note emptied": lambda s: _point(s, 6, notes=""),
    "a finding set back to unknown": lambda s: _first_point(
        s, findings=s.points[0].findings.model_copy(update={"taut_band": None})
    ),
    "the patient's weight removed": lambda s: s.model_copy(
        update={"patient": s.patient.model_copy(update={"weight_kg": None})}
    ),
    "a point removed": lambda s: s.model_copy(update={"points": s.points[1:]}),
    "the side": lambda s: _first_point(s, side="left" if s.points[0].side == "right" else "right"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_any_change_of_content_changes_the_hash(session: Session, edit: str) -> None:
    edited = EDITS[edit](session)
    assert edited != session
    assert storage.content_sha256(edited) != storage.content_sha256(session)


def test_unknown_and_no_are_told_apart(session: Session) -> None:
    unknown = _first_point(session, findings=Findings())
    absent = _first_point(session, findings=Findings(taut_band=False))
    assert storage.content_sha256(unknown) != storage.content_sha256(absent)


def test_treatments_with_default_values_are_told_apart(session: Session) -> None:
    hashes = {
        storage.content_sha256(_first_point(session, treatment=treatment))
        for treatment in (ExaminedOnly(), Injection(), DryNeedling())
    }
    assert len(hashes) == 3


def test_signature_amendments_and_audit_are_not_content(
    session: Session, key: signing.SignerKey
) -> None:
    signed = signing.sign(session, key)
    amended = signing.amend(signed, key, reason="addendum", text="Seen again the next day.")
    audited = signing.append_audit(amended, "printed", clinician="Dr A. Example")
    assert storage.content_sha256(audited) == storage.content_sha256(session)
    assert audited.signature is not None
    assert audited.signature.content_sha256 == storage.content_sha256(session)


def test_the_hash_is_sha256_of_the_rfc8785_bytes(session: Session) -> None:
    import hashlib

    canonical = storage.canonical_content(session)
    assert rfc8785.dumps(json.loads(canonical)) == canonical
    assert hashlib.sha256(canonical).hexdigest() == storage.content_sha256(session)


def test_members_at_their_default_are_left_out(session: Session) -> None:
    content = storage.content_value(session)
    point = next(p for p in content["points"] if p["treatment"]["kind"] == "injection")
    assert "muscle_chosen" not in point  # False, the default
    assert "diagram" not in content  # the default diagram
    assert point["treatment"]["kind"] == "injection"  # a tag is always kept


class _LaterSession(Session):
    """A session as a later format might define it, with one more optional field."""

    consent_form_id: str = ""


def test_a_later_optional_field_at_its_default_keeps_signatures_valid(
    session: Session, key: signing.SignerKey, clinic: Path
) -> None:
    signed = signing.sign(session, key)
    later = _LaterSession.model_validate(signed.model_dump())
    assert storage.content_sha256(later) == storage.content_sha256(signed)
    assert signing.verify_session(later, signing.load_key_ring(clinic)).state is (
        signing.VerifyState.VALID
    )
    changed = later.model_copy(update={"consent_form_id": "CF-1"})
    assert storage.content_sha256(changed) != storage.content_sha256(signed)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), indent=st.sampled_from([None, 0, 1, 3]))
def test_any_key_order_and_layout_gives_the_same_hash(seed: int, indent: int | None) -> None:
    document = json.loads(EXAMPLE.read_text("utf-8"))
    shuffle = random.Random(seed).shuffle

    def shuffled(value: Any) -> Any:
        if isinstance(value, dict):
            keys = list(value)
            shuffle(keys)
            return {k: shuffled(value[k]) for k in keys}
        if isinstance(value, list):
            return [shuffled(v) for v in value]
        return value

    text = json.dumps(shuffled(document), indent=indent, ensure_ascii=indent is None)
    again = storage.parse_session(text.encode("utf-8"))
    assert storage.content_sha256(again) == storage.content_sha256(storage.load_session(EXAMPLE))
