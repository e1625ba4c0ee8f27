"""Helpers for signed records in the window: a clinic folder, keys, signed files."""

from __future__ import annotations

import os
from pathlib import Path

from bodymap import signing, storage
from bodymap.anatomy import asset_path
from bodymap.model import Session
from bodymap.ui import preferences
from bodymap.ui.signing_forms import AmendRequest, Passphrase, SignRequest

EXAMPLE = asset_path("examples", "example-session.bodymap.json")
SIGNER = "Dr A. Example"
PASSPHRASE = "correct horse battery staple"


def clinic_folder(tmp_path: Path) -> Path:
    """A clinic folder, set in the preferences, whose keys/ only its owner may change."""
    folder = tmp_path / "clinic"
    (folder / "keys").mkdir(parents=True)
    os.chmod(folder / "keys", 0o755)
    preferences.set_clinic_folder(folder)
    return folder


def registered_key(clinic: Path, name: str = SIGNER) -> signing.SignerKey:
    """A key for ``name`` on this computer, registered in the clinic folder."""
    key = signing.create_key(name, PASSPHRASE, credentials="MD")
    signing.register_key(key.record, clinic)
    return key


def example_file(folder: Path, name: str = "visit.bodymap.json") -> Path:
    """A saved, unsigned copy of the example session."""
    path = folder / name
    storage.save_session(storage.load_session(EXAMPLE), path)
    return path


def signed_file(folder: Path, key: signing.SignerKey, name: str = "signed.bodymap.json") -> Path:
    """The example session signed by ``key``, saved."""
    path = folder / name
    storage.save_session(signing.sign(storage.load_session(EXAMPLE), key), path)
    return path


def sign_request(
    passphrase: str = PASSPHRASE, repeated: str | None = None, signer: str = SIGNER
) -> SignRequest:
    """The Sign… dialog's answer (``repeated`` when a new key is made)."""
    return SignRequest(
        signer=signer,
        credentials="MD",
        meaning=signing.DEFAULT_MEANING,
        passphrase=Passphrase(passphrase, repeated),
    )


def amend_request(
    corrections: tuple[tuple[str, object], ...] = (), text: str = "Pain recorded after a rest."
) -> AmendRequest:
    """The Amend… dialog's answer, by the signer with the signer's passphrase."""
    return AmendRequest(
        author=SIGNER,
        credentials="MD",
        reason="pain score taken too early",
        text=text,
        passphrase=Passphrase(PASSPHRASE),
        corrections=corrections,  # type: ignore[arg-type]
    )


def content(session: Session) -> str:
    """The signed content's hash of a session."""
    return storage.content_sha256(session)
