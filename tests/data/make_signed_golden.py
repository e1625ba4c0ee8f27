"""Make the format 1.2 golden files from the 1.0 example (run by hand, never by the tests).

    python tests/data/make_signed_golden.py

Writes ``sessions/v1_2_example.bodymap.json`` (unsigned, with an audit log),
``sessions/v1_2_signed.bodymap.json`` (signed, amended once, with an audit log) and the
signer's public key registration in ``sessions/keys/``. Each run makes a new key pair in a
temporary folder and throws the private key away, so the golden files can only ever be
verified, never signed again: regenerate them all together, and only when the format
itself changes (a golden file that must be regenerated for any other reason is a broken
promise to the files clinics already keep).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SESSIONS = HERE / "sessions"
SOURCE = SESSIONS / "v1_0_example.bodymap.json"
SIGNER = "Dr A. Example"
CREDENTIALS = "MD, pain medicine"
USER = "aexample"


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def main() -> None:
    """Write the golden files and the public key they were signed with."""
    with tempfile.TemporaryDirectory() as private:
        os.environ["BODYMAP_DATA_DIR"] = private
        from bodymap import signing, storage

        session = storage.load_session(SOURCE)
        session = signing.append_audit(
            session, "created", clinician=SIGNER, user=USER, at=_at("2026-11-20T09:12:00Z")
        )
        session = signing.append_audit(
            session, "edited", clinician=SIGNER, user=USER, at=_at("2026-11-20T09:50:00Z")
        )
        (SESSIONS / "v1_2_example.bodymap.json").write_bytes(
            storage.dumps_session(session, saved_at=_at("2026-11-20T09:50:00Z"))
        )

        key = signing.create_key(
            SIGNER,
            "golden files only, thrown away",
            credentials=CREDENTIALS,
            at=_at("2026-11-20T10:00:00Z"),
        )
        signed = signing.sign(session, key, at=_at("2026-11-20T10:05:00Z"), user=USER)
        fix = signing.correction(signed, "/points/0/findings/pain_after", 3)
        amended = signing.amend(
            signed,
            key,
            reason="pain score entered wrongly",
            text="Pain after treatment at point 1 was 3/10, not 2/10, as noted on the day.",
            corrections=[fix],
            at=_at("2026-11-21T08:30:00Z"),
            user=USER,
        )
        (SESSIONS / "v1_2_signed.bodymap.json").write_bytes(
            storage.dumps_session(amended, saved_at=_at("2026-11-21T08:30:00Z"))
        )
        keys = SESSIONS / "keys"
        shutil.rmtree(keys, ignore_errors=True)
        keys.mkdir()
        signing.register_key(key.record, SESSIONS)


if __name__ == "__main__":
    main()
