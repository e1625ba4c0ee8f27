"""Verifying: each way a signed file can be changed gets its own, right answer."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bodymap import signing, storage
from bodymap.model import Session
from bodymap.signing import VerifyState
from tests.unit.signing.helpers import edit_file, write_session


@pytest.fixture
def signed_file(tmp_path: Path, session: Session, key: signing.SignerKey) -> Path:
    """The example session, signed by Dr A. Example, saved."""
    return write_session(tmp_path / "signed.bodymap.json", signing.sign(session, key))


def _state(path: Path, clinic: Path) -> VerifyState:
    return signing.verify(path, clinic).state


def test_a_signed_file_verifies(signed_file: Path, clinic: Path) -> None:
    result = signing.verify(signed_file, clinic)
    assert result.state is VerifyState.VALID
    assert result.exit_code == 0
    assert result.intact
    assert result.registered is not None
    assert result.registered.name == "Dr A. Example"
    assert result.summary().startswith("valid: signed by Dr A. Example, MD on ")


def _flip_signature_bit(document: dict[str, Any]) -> None:
    signature = document["session"]["signature"]
    raw = bytearray(base64.b64decode(signature["signature"]))
    raw[10] ^= 1
    signature["signature"] = base64.b64encode(bytes(raw)).decode()


def _alter_and_rehash(document: dict[str, Any]) -> None:
    """Change a note and put the new content hash in the signature block, as a forger would."""
    document["session"]["points"][0]["notes"] = "Added later."
    altered = storage.parse_session(json.dumps(document).encode())
    document["session"]["signature"]["content_sha256"] = storage.content_sha256(altered)


CHANGES: dict[str, tuple[Callable[[dict[str, Any]], object], VerifyState]] = {
    "one coordinate": (
        lambda d: d["session"]["points"][2].update(x=d["session"]["points"][2]["x"] + 0.5),
        VerifyState.ALTERED,
    ),
    "one note": (
        lambda d: d["session"]["points"][0].update(notes="Added later."),
        VerifyState.ALTERED,
    ),
    "the patient's allergies": (
        lambda d: d["session"]["patient"].update(allergies="none known"),
        VerifyState.ALTERED,
    ),
    "nothing but whitespace": (lambda d: None, VerifyState.VALID),
    "the key order": (
        lambda d: d.update(session=dict(reversed(list(d["session"].items())))),
        VerifyState.VALID,
    ),
    "the signer's name": (
        lambda d: d["session"]["signature"].update(signer="Dr Someone Else"),
        VerifyState.BROKEN,
    ),
    "the signing time": (
        lambda d: d["session"]["signature"].update(signed_at="2026-11-19T10:05:00Z"),
        VerifyState.BROKEN,
    ),
    "the meaning": (
        lambda d: d["session"]["signature"].update(meaning="reviewed by"),
        VerifyState.BROKEN,
    ),
    "one bit of the signature": (_flip_signature_bit, VerifyState.BROKEN),
    "the signature into garbage": (
        lambda d: d["session"]["signature"].update(signature="not a signature"),
        VerifyState.BROKEN,
    ),
    "the content and its hash in the signature": (_alter_and_rehash, VerifyState.BROKEN),
    "the signature removed (the audit remembers)": (
        lambda d: d["session"].pop("signature"),
        VerifyState.BROKEN,
    ),
    "the signature and the audit removed": (
        lambda d: (d["session"].pop("signature"), d["session"].pop("audit")),
        VerifyState.UNSIGNED,
    ),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_each_change_to_a_signed_file_gets_the_right_answer(
    signed_file: Path, clinic: Path, change: str
) -> None:
    edit, expected = CHANGES[change]
    before = signed_file.read_bytes()
    edit_file(signed_file, edit)
    assert signed_file.read_bytes() != before  # reformatted at least
    assert _state(signed_file, clinic) is expected


def test_a_forged_resigning_with_another_key_is_an_unknown_key(
    tmp_path: Path, session: Session, clinic: Path, stranger: signing.SignerKey
) -> None:
    altered = session.model_copy(update={"points": session.points[1:]})
    forged = write_session(tmp_path / "forged.bodymap.json", signing.sign(altered, stranger))
    result = signing.verify(forged, clinic)
    assert result.state is VerifyState.UNKNOWN_KEY
    assert result.exit_code == 1
    assert result.intact  # the forgery is self-consistent: only the key gives it away
    assert "not registered" in result.detail


def test_a_key_registered_to_someone_else_is_an_unknown_key(
    signed_file: Path, clinic: Path, key: signing.SignerKey
) -> None:
    registration = clinic / "keys" / f"{key.fingerprint}.pub.json"
    record = json.loads(registration.read_text("utf-8"))
    registration.write_text(json.dumps(dict(record, name="Dr B. Colleague")), encoding="utf-8")
    result = signing.verify(signed_file, clinic)
    assert result.state is VerifyState.UNKNOWN_KEY
    assert "another name" in result.detail


def test_without_the_clinic_folder_every_key_is_unknown(signed_file: Path) -> None:
    assert signing.verify(signed_file, None).state is VerifyState.UNKNOWN_KEY


def test_an_unsigned_file_is_a_draft(tmp_path: Path, session: Session, clinic: Path) -> None:
    path = write_session(tmp_path / "draft.bodymap.json", session)
    result = signing.verify(path, clinic)
    assert result.state is VerifyState.UNSIGNED
    assert result.exit_code == 3


def test_an_unreadable_file_says_why_without_patient_data(tmp_path: Path, clinic: Path) -> None:
    path = tmp_path / "broken.bodymap.json"
    path.write_text('{"format": "bodymap.session", "session": {"patient": {"name": "Zelda', "utf-8")
    result = signing.verify(path, clinic)
    assert result.state is VerifyState.UNREADABLE
    assert result.exit_code == 2
    assert "Zelda" not in result.summary()


def test_bytes_verify_like_the_file(signed_file: Path, clinic: Path) -> None:
    assert signing.verify(signed_file.read_bytes(), clinic).state is VerifyState.VALID


def _result(state: VerifyState) -> signing.VerifyResult:
    return signing.VerifyResult(state, "test")


@pytest.mark.parametrize(
    ("states", "code"),
    [
        ([], 0),
        ([VerifyState.VALID, VerifyState.VALID], 0),
        ([VerifyState.VALID, VerifyState.UNSIGNED], 3),
        ([VerifyState.UNSIGNED, VerifyState.UNKNOWN_KEY], 1),
        ([VerifyState.UNSIGNED, VerifyState.ALTERED, VerifyState.VALID], 1),
        ([VerifyState.BROKEN, VerifyState.UNREADABLE, VerifyState.UNSIGNED], 2),
        ([VerifyState.UNREADABLE, VerifyState.VALID], 2),
    ],
)
def test_the_worst_file_decides_the_exit_code(states: list[VerifyState], code: int) -> None:
    assert signing.exit_code(_result(state) for state in states) == code


def test_the_golden_signed_file_still_verifies(tmp_path: Path) -> None:
    from tests.unit.signing.helpers import DATA, golden_clinic

    clinic = golden_clinic(tmp_path / "clinic")
    result = signing.verify(DATA / "v1_2_signed.bodymap.json", clinic)
    assert result.state is VerifyState.VALID, result.detail
    assert result.session is not None
    assert len(result.session.amendments) == 1


def test_the_golden_signature_covers_the_upgraded_1_0_example() -> None:
    from tests.unit.signing.helpers import DATA, EXAMPLE

    signed = storage.load_session(DATA / "v1_2_signed.bodymap.json")
    assert signed.signature is not None
    assert storage.content_sha256(storage.load_session(EXAMPLE)) == signed.signature.content_sha256
    assert storage.content_sha256(storage.load_session(DATA / "v1_2_example.bodymap.json")) == (
        signed.signature.content_sha256
    )
