"""What a signed record exports: the values as its amendments corrected them, how final it is,
and nothing at all once it was changed after signing."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bodymap import export, signing, storage
from bodymap.export.sources import load_sessions
from bodymap.model import Session
from tests.unit.signing.helpers import edit_file, write_session

PAIN_AFTER = "/points/0/findings/pain_after"


@pytest.fixture
def signed(session: Session, key: signing.SignerKey) -> Session:
    return signing.sign(session, key)


def _record(session: Session, *, key_ring: signing.KeyRing | None = None) -> bytes:
    return b"%PDF-1.4 record"


def _bundle(
    session: Session, tmp_path: Path, key_ring: signing.KeyRing | None = None
) -> dict[str, Any]:
    out = tmp_path / "bundle.json"
    export.write_fhir(session, out, pdf=_record, key_ring=key_ring)
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _after_scores(bundle: dict[str, Any]) -> Counter[int]:
    return Counter(
        o["valueInteger"]
        for o in _resources(bundle, "Observation")
        if o["code"]["text"] == "Pain at the point after treatment"
    )


def test_an_amended_record_exports_its_corrected_values(
    signed: Session, key: signing.SignerKey, clinic: Path, tmp_path: Path
) -> None:
    fix = signing.correction(signed, PAIN_AFTER, 9)
    amended = signing.amend(signed, key, reason="wrong score", text="It was 9.", corrections=[fix])

    ring = signing.load_key_ring(clinic)
    before, after = _bundle(signed, tmp_path, ring), _bundle(amended, tmp_path, ring)
    assert _after_scores(after) == _after_scores(before) - Counter([fix.old]) + Counter([9])
    (document,) = _resources(after, "DocumentReference")
    assert document["docStatus"] == "amended"
    assert {o["status"] for o in _resources(after, "Observation")} == {"amended"}

    rows_file = tmp_path / "points.csv"
    export.write_csv([amended], rows_file, deidentify=False)
    rows = list(csv.DictReader(rows_file.open(encoding="utf-8")))
    assert [r["pain_after"] for r in rows if r["point"] == "1"] == ["9"]


def test_a_draft_is_preliminary_and_a_signed_record_final(
    session: Session, signed: Session, clinic: Path, tmp_path: Path
) -> None:
    ring = signing.load_key_ring(clinic)
    (draft,) = _resources(_bundle(session, tmp_path, ring), "DocumentReference")
    (final,) = _resources(_bundle(signed, tmp_path, ring), "DocumentReference")
    assert (draft["docStatus"], final["docStatus"]) == ("preliminary", "final")


def test_a_signer_the_clinic_s_keys_do_not_confirm_is_not_exported_as_final(
    session: Session, tmp_path: Path
) -> None:
    # Signed with a key made anywhere, under a registered signer's name: without the clinic's
    # confirmation the record is no final record, and its printed record says so.
    stranger = signing.create_key("Dr A. Example", "a passphrase of anybody's")
    signed = signing.sign(session, stranger)
    for ring in (None, signing.KeyRing({})):
        bundle = _bundle(signed, tmp_path, ring)
        (document,) = _resources(bundle, "DocumentReference")
        assert document["docStatus"] == "preliminary"
        assert "do not confirm who signed it" in document["description"]
        assert {o["status"] for o in _resources(bundle, "Observation")} == {"preliminary"}


def test_a_record_changed_after_signing_is_not_exported(signed: Session, tmp_path: Path) -> None:
    file = write_session(tmp_path / "changed.bodymap.json", signed)
    edit_file(file, lambda d: d["session"]["points"][0]["findings"].update(pain_after=0))
    changed = storage.load_session(file)

    with pytest.raises(export.ExportError, match="changed after it was signed"):
        export.write_fhir(changed, tmp_path / "bundle.json", pdf=None)
    assert not (tmp_path / "bundle.json").exists()

    intact = write_session(tmp_path / "intact.bodymap.json", signed)
    loaded = load_sessions([file, intact])
    assert [s.id for s in loaded.sessions] == [signed.id]
    (problem,) = loaded.problems
    assert "changed after it was signed" in str(problem)
