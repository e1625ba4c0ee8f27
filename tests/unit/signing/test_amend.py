"""Amendments: signed, chained, correcting values without ever changing the signed content."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bodymap import signing, storage
from bodymap.model import Session
from bodymap.signing import VerifyState
from tests.unit.signing.helpers import edit_file, write_session

PAIN_AFTER = "/points/0/findings/pain_after"


@pytest.fixture
def signed(session: Session, key: signing.SignerKey) -> Session:
    """The example session signed by Dr A. Example."""
    return signing.sign(session, key)


def _ring(clinic: Path) -> signing.KeyRing:
    return signing.load_key_ring(clinic)


def test_an_amendment_keeps_the_original_verifiable_and_unchanged(
    signed: Session, key: signing.SignerKey, clinic: Path
) -> None:
    fix = signing.correction(signed, PAIN_AFTER, 3)
    amended = signing.amend(
        signed, key, reason="pain score entered wrongly", text="It was 3/10.", corrections=[fix]
    )
    assert amended.signature == signed.signature
    assert storage.content_sha256(amended) == storage.content_sha256(signed)
    assert amended.points == signed.points  # the signed content itself never changes
    assert (fix.old, fix.new) == (signed.points[0].findings.pain_after, 3)
    assert signing.corrected_session(amended).points[0].findings.pain_after == 3
    assert signing.verify_session(amended, _ring(clinic)).state is VerifyState.VALID
    assert [entry.action for entry in amended.audit] == ["signed", "amended"]


def test_each_amendment_names_the_hash_of_what_it_amends(
    signed: Session, key: signing.SignerKey, colleague: signing.SignerKey, clinic: Path
) -> None:
    once = signing.amend(signed, key, reason="addendum", text="Called the next day: better.")
    twice = signing.amend(once, colleague, reason="review", text="Seen and agreed.")
    first, second = twice.amendments
    assert signed.signature is not None
    assert first.amends_sha256 == signed.signature.content_sha256
    assert second.amends_sha256 == signing.amendment_sha256(first)
    assert (first.author, second.author) == ("Dr A. Example", "Dr B. Colleague")
    assert signing.verify_session(twice, _ring(clinic)).state is VerifyState.VALID


def _twice_amended_file(
    tmp_path: Path, signed: Session, key: signing.SignerKey, colleague: signing.SignerKey
) -> Path:
    once = signing.amend(signed, key, reason="addendum", text="Called the next day: better.")
    twice = signing.amend(once, colleague, reason="review", text="Seen and agreed.")
    return write_session(tmp_path / "amended.bodymap.json", twice)


BREAKS = {
    "the first amendment removed": lambda d: d["session"]["amendments"].pop(0),
    "the last amendment removed, its audit entry kept": lambda d: d["session"]["amendments"].pop(),
    "the amendments swapped": lambda d: d["session"]["amendments"].reverse(),
    "an amendment's text edited": lambda d: d["session"]["amendments"][0].update(text="Worse."),
    "an amendment's reason edited": lambda d: d["session"]["amendments"][1].update(reason="x"),
    "an amendment's author edited": lambda d: d["session"]["amendments"][1].update(
        author="Dr A. Example"
    ),
}


@pytest.mark.parametrize("change", sorted(BREAKS))
def test_a_broken_amendment_chain_is_detected(
    tmp_path: Path,
    signed: Session,
    key: signing.SignerKey,
    colleague: signing.SignerKey,
    clinic: Path,
    change: str,
) -> None:
    path = _twice_amended_file(tmp_path, signed, key, colleague)
    edit_file(path, BREAKS[change])
    result = signing.verify(path, clinic)
    assert result.state is VerifyState.BROKEN
    assert "amendment" in result.detail


def test_removing_the_last_amendment_and_its_audit_entry_cannot_be_seen(
    tmp_path: Path,
    signed: Session,
    key: signing.SignerKey,
    colleague: signing.SignerKey,
    clinic: Path,
) -> None:
    """What a chain cannot prove: that its end was not cut off (ADR 6)."""
    path = _twice_amended_file(tmp_path, signed, key, colleague)

    def cut(document: dict[str, Any]) -> None:
        document["session"]["amendments"].pop()
        audit = document["session"]["audit"]
        audit.remove(next(e for e in reversed(audit) if e["action"] == "amended"))

    edit_file(path, cut)
    assert signing.verify(path, clinic).state is VerifyState.VALID


def test_an_amendment_with_an_unregistered_key_is_an_unknown_key(
    signed: Session, clinic: Path
) -> None:
    visitor = signing.create_key("Dr V. Locum", "a locum's own passphrase")
    amended = signing.amend(signed, visitor, reason="addendum", text="Phoned the patient.")
    result = signing.verify_session(amended, _ring(clinic))
    assert result.state is VerifyState.UNKNOWN_KEY
    assert "amendment 1" in result.detail


def test_an_unsigned_session_is_edited_not_amended(
    session: Session, key: signing.SignerKey
) -> None:
    with pytest.raises(signing.NotSignedError):
        signing.amend(session, key, reason="r", text="t")


def test_an_altered_record_cannot_be_amended(signed: Session, key: signing.SignerKey) -> None:
    altered = signed.model_copy(update={"points": signed.points[1:]})
    with pytest.raises(signing.IntegrityError, match="changed after it was signed"):
        signing.amend(altered, key, reason="r", text="t")


def test_an_amendment_needs_a_reason_and_something_to_say(
    signed: Session, key: signing.SignerKey
) -> None:
    with pytest.raises(signing.SigningError, match="reason"):
        signing.amend(signed, key, reason="  ", text="t")
    with pytest.raises(signing.SigningError, match="text or a correction"):
        signing.amend(signed, key, reason="r", text=" ")


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("/points/99/notes", "x", "does not exist"),
        ("/patient/no_such_field", "x", "does not exist"),
        ("points/0/notes", "x", "a place such as"),
        ("/signature/signer", "Dr X", "only the record's content"),
        ("/audit/0", None, "only the record's content"),
        ("/points/0/x", "a lot", "not valid"),
        ("/points/0/x", 9000.0, "outside the diagram"),
        ("/points/0/findings/pain_after", 11, "out of range"),
        ("/points/0/side", "right", "same as the old one"),
        # "-" names the place after a list's end (RFC 6901): nothing is there to correct.
        ("/points/-", {}, "does not exist"),
        ("/encounter/diagnoses/-", "M79.1", "does not exist"),
        # What a signature cannot be made over (canonical JSON, RFC 8785).
        ("/points/0/notes", float("nan"), "cannot be recorded: a corrected value is not a"),
        ("/points/0/notes", 2**53, "cannot be recorded: a corrected number is too large"),
        ("/points/0/notes", "\ud800", "cannot be recorded: a corrected text holds"),
        ("/points/0/notes", {"\ud800": 1}, "cannot be recorded: a corrected text holds"),
    ],
)
def test_a_correction_that_does_not_fit_is_refused(
    signed: Session, path: str, value: object, message: str
) -> None:
    with pytest.raises(signing.CorrectionError, match=message):
        signing.correction(signed, path, value)  # type: ignore[arg-type]


def test_a_second_correction_starts_from_the_first(signed: Session, key: signing.SignerKey) -> None:
    once = signing.amend(
        signed, key, reason="r", text="t", corrections=[signing.correction(signed, PAIN_AFTER, 3)]
    )
    second = signing.correction(once, PAIN_AFTER, 4)
    assert (second.old, second.new) == (3, 4)
    stale = signing.correction(signed, PAIN_AFTER, 4)  # built before the first amendment
    with pytest.raises(signing.CorrectionError, match="old value"):
        signing.amend(once, key, reason="r", text="t", corrections=[stale])


def test_removing_the_signature_of_an_amended_record_is_broken_not_a_draft(
    tmp_path: Path,
    signed: Session,
    key: signing.SignerKey,
    colleague: signing.SignerKey,
    clinic: Path,
) -> None:
    path = _twice_amended_file(tmp_path, signed, key, colleague)

    def strip(document: dict[str, Any]) -> None:
        document["session"].pop("signature")
        document["session"].pop("audit")

    edit_file(path, strip)
    result = signing.verify(path, clinic)
    assert result.state is VerifyState.BROKEN
    assert result.summary().startswith("broken: it holds amendments but no signature")
    assert result.session is not None
    assert signing.is_signed(result.session)  # still read-only
    with pytest.raises(signing.SignedRecordError):
        signing.sign(result.session, key)


def test_corrections_signed_by_an_earlier_version_are_read_as_it_read_them(
    signed: Session, key: signing.SignerKey, tmp_path: Path
) -> None:
    # Earlier versions stored a correction's value as typed ("no" for a flag, 5.0 for a
    # score) and read it leniently; such a record must still show, print and export.
    from bodymap import export
    from bodymap.model import Correction, Injection

    typed = [
        Correction(path="/points/0/findings/taut_band", old=True, new="no"),
        Correction(path=PAIN_AFTER, old=2, new=5.0),
        # A point's treatment is one of several kinds: read as the kind the point holds.
        Correction(path="/points/0/treatment/with_epinephrine", old=False, new="yes"),
    ]
    amended = signing.amend(signed, key, reason="re-examined", text="", corrections=typed)
    shown = signing.corrected_session(amended)
    assert shown.points[0].findings.taut_band is False
    assert shown.points[0].findings.pain_after == 5
    assert isinstance(shown.points[0].treatment, Injection)
    assert shown.points[0].treatment.with_epinephrine is True
    path = write_session(tmp_path / "amended.bodymap.json", amended)
    export.export_fhir(path, tmp_path / "bundle.json", pdf=None)
    # A new correction is checked as strictly as the record: a flag must be a flag.
    with pytest.raises(signing.CorrectionError):
        signing.correction(amended, "/points/1/findings/taut_band", "yes")


@pytest.mark.parametrize("value", ["9007199254740993", '"\\ud800"', '["x", -9007199254740992]'])
def test_a_correction_edited_by_hand_beyond_canonical_json_is_an_unreadable_file(
    signed: Session, key: signing.SignerKey, tmp_path: Path, value: str
) -> None:
    fix = signing.correction(signed, "/points/0/notes", "x")
    amended = signing.amend(signed, key, reason="r", text="", corrections=[fix])
    path = write_session(tmp_path / "amended.bodymap.json", amended)
    text = path.read_text(encoding="utf-8")
    edited = text.replace('"new": "x"', f'"new": {value}', 1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(storage.SessionFileError, match=re.escape("corrections[0].new")):
        storage.load_session(path)


def test_a_number_written_otherwise_in_a_signed_correction_reads_as_what_was_signed(
    signed: Session, key: signing.SignerKey, clinic: Path, tmp_path: Path
) -> None:
    # 4 and 4.0 have one canonical form, so the signature holds for either: the record must
    # read the same (the corrected integer), not fall back to the uncorrected one.
    findings = signed.points[1].findings.model_dump(mode="json")
    fix = signing.correction(signed, "/points/1/findings", {**findings, "pain_after": 4})
    amended = signing.amend(signed, key, reason="re-examined", text="", corrections=[fix])
    path = write_session(tmp_path / "amended.bodymap.json", amended)
    text = path.read_text(encoding="utf-8")
    edited = re.sub(r'("pain_after": )4(\s*[,}\n])', r"\g<1>4.0\2", text, count=1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    result = signing.verify(path, clinic)
    assert result.state is VerifyState.VALID
    assert result.session is not None
    assert signing.corrected_session(result.session).points[1].findings.pain_after == 4
