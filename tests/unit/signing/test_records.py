"""Signing a session, and what may change once it is signed (amendments and audit only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodymap import signing, storage
from bodymap.model import Session
from bodymap.signing import Change


@pytest.fixture
def signed(session: Session, key: signing.SignerKey) -> Session:
    """The example session signed by Dr A. Example."""
    return signing.sign(session, key)


def test_a_signature_says_who_what_when_and_over_which_content(
    session: Session, key: signing.SignerKey
) -> None:
    at = dt.datetime(2026, 11, 20, 11, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    signed = signing.sign(session, key, at=at)
    signature = signed.signature
    assert signature is not None
    assert (signature.signer, signature.credentials) == ("Dr A. Example", "MD")
    assert signature.meaning == "performed and documented by"
    assert signature.signed_at == at
    assert signature.signed_at.utcoffset() == dt.timedelta(0)  # kept in UTC
    assert signature.content_sha256 == storage.content_sha256(session)
    assert signature.key_fingerprint == key.fingerprint


def test_credentials_given_when_signing_are_the_ones_signed(
    session: Session, key: signing.SignerKey
) -> None:
    signed = signing.sign(session, key, credentials="MD, FRCA")
    assert signed.signature is not None
    assert signed.signature.credentials == "MD, FRCA"


def test_signing_adds_a_signed_audit_entry(session: Session, key: signing.SignerKey) -> None:
    signed = signing.sign(session, key, user="aexample")
    entry = signed.audit[-1]
    assert (entry.action, entry.clinician, entry.os_user) == ("signed", "Dr A. Example", "aexample")
    assert entry.content_sha256 == storage.content_sha256(session)


def test_a_signed_session_cannot_be_signed_again(signed: Session, key: signing.SignerKey) -> None:
    with pytest.raises(signing.SignedRecordError, match="amendment"):
        signing.sign(signed, key)


def test_what_may_change_before_and_after_signing(session: Session, signed: Session) -> None:
    assert not signing.is_signed(session)
    assert signing.is_signed(signed)
    assert Change.CONTENT in signing.allowed_changes(session)
    assert signing.allowed_changes(signed) == {Change.AMENDMENT, Change.AUDIT}


def test_an_unsigned_session_may_change_in_any_way(session: Session) -> None:
    edited = session.model_copy(update={"points": session.points[1:]})
    signing.check_change(session, edited)  # no error


def test_signing_itself_is_an_allowed_change(session: Session, signed: Session) -> None:
    signing.check_change(session, signed)  # no error


def test_an_edit_of_signed_content_is_refused(signed: Session) -> None:
    point = signed.points[0].model_copy(update={"notes": "changed after signing"})
    edited = signed.model_copy(update={"points": [point, *signed.points[1:]]})
    with pytest.raises(signing.SignedRecordError, match="add an amendment"):
        signing.check_change(signed, edited)


def test_undo_across_the_signature_is_refused(session: Session, signed: Session) -> None:
    with pytest.raises(signing.SignedRecordError, match="signature"):
        signing.check_change(signed, session)


def test_amendments_and_audit_entries_may_be_added_but_not_removed(
    signed: Session, key: signing.SignerKey
) -> None:
    amended = signing.amend(signed, key, reason="addendum", text="Seen again.")
    printed = signing.append_audit(amended, "printed", clinician="Dr A. Example")
    signing.check_change(signed, amended)
    signing.check_change(amended, printed)
    with pytest.raises(signing.SignedRecordError, match="only added"):
        signing.check_change(amended, signed)


def test_a_reformatted_but_equal_session_is_no_change(signed: Session) -> None:
    again = storage.parse_session(storage.dumps_session(signed))
    signing.check_change(signed, again)  # no error


def test_saving_a_signed_record_with_changed_content_is_refused(
    tmp_path: Path, signed: Session, key: signing.SignerKey
) -> None:
    path = tmp_path / "signed.bodymap.json"
    storage.save_session(signed, path)
    before = path.read_bytes()
    point = signed.points[0].model_copy(update={"notes": "changed after signing"})
    edited = signed.model_copy(update={"points": [point, *signed.points[1:]]})
    with pytest.raises(storage.SaveError, match="Add an amendment"):
        storage.save_session(edited, path)
    assert path.read_bytes() == before
    amended = signing.amend(signed, key, reason="addendum", text="Seen again.")
    storage.save_session(amended, path)  # amendments and audit entries save as usual
    assert storage.load_session(path) == amended


def test_a_record_without_its_encounter_date_is_not_signed(
    session: Session, key: signing.SignerKey
) -> None:
    # Signed, it could only be amended: it must say when the procedure was done first.
    undated = session.model_copy(
        update={"encounter": session.encounter.model_copy(update={"date": None})}
    )
    with pytest.raises(signing.SigningError, match="the encounter date is not recorded"):
        signing.sign(undated, key)
    assert signing.unsignable(session) is None
