"""Signers' keys: kept encrypted and private, registered in the clinic, unsafe files refused."""

from __future__ import annotations

import base64
import json
import os
import stat
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bodymap import signing
from bodymap.signing import keys
from tests.conftest import REAL_KDF_ROUNDS
from tests.unit.signing.helpers import PASSPHRASE

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _private_file(key: signing.SignerKey) -> Path:
    return signing.user_key_dir() / f"{key.fingerprint}.key.json"


def _openssh_kdf(path: Path) -> tuple[str, str, int]:
    """Cipher, key derivation and its rounds of the OpenSSH private key in a key file."""
    pem = json.loads(path.read_text("utf-8"))["encrypted_openssh_pem"]
    body = "".join(line for line in pem.splitlines() if not line.startswith("-----"))
    blob = base64.b64decode(body)
    magic = b"openssh-key-v1\0"
    assert blob.startswith(magic)
    at = len(magic)

    def string() -> bytes:
        nonlocal at
        size = int.from_bytes(blob[at : at + 4], "big")
        at += 4 + size
        return blob[at - size : at]

    cipher, kdf, options = string().decode(), string().decode(), string()
    salt_size = int.from_bytes(options[:4], "big")
    rounds = int.from_bytes(options[4 + salt_size : 8 + salt_size], "big")
    return cipher, kdf, rounds


@posix_only
def test_a_new_key_is_kept_encrypted_in_a_private_folder() -> None:
    key = signing.create_key("Dr A. Example", PASSPHRASE, credentials="MD")
    path = _private_file(key)
    assert _mode(signing.user_key_dir()) == 0o700
    assert _mode(path) == 0o600
    public = signing.user_key_dir() / f"{key.fingerprint}.pub.json"
    assert _mode(public) == 0o600, "the copy for the administrator is private too"
    text = path.read_text("utf-8")
    assert "BEGIN OPENSSH PRIVATE KEY" in text
    assert PASSPHRASE not in text


def test_a_new_key_is_protected_by_a_costly_key_derivation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keys, "KDF_ROUNDS", REAL_KDF_ROUNDS)
    key = signing.create_key("Dr A. Example", PASSPHRASE)
    cipher, kdf, rounds = _openssh_kdf(_private_file(key))
    assert (cipher, kdf) == ("aes256-ctr", "bcrypt")
    assert rounds == REAL_KDF_ROUNDS
    assert rounds >= 4 * 16, "four times the cost OpenSSH gives its own keys by default"


def _legacy_key_file(name: str, passphrase: str) -> tuple[Path, str]:
    """A key file as bodymap wrote it before: PKCS#8 with PBKDF2 (2,048 iterations)."""
    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    fingerprint = signing.fingerprint(private.public_key())
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode()),
    ).decode()
    record = {
        "format": "bodymap.public-key",
        "name": name,
        "credentials": "",
        "algorithm": "Ed25519",
        "public_key": base64.b64encode(raw).decode(),
        "fingerprint": fingerprint,
        "created": "2026-01-05T09:00:00Z",
    }
    folder = signing.user_key_dir()
    folder.mkdir(parents=True, mode=0o700)
    path = folder / f"{fingerprint}.key.json"
    document = {"format": "bodymap.private-key", "public": record, "encrypted_pkcs8_pem": pem}
    path.write_text(json.dumps(document), encoding="utf-8")
    os.chmod(path, 0o600)
    return path, fingerprint


def test_a_key_kept_as_before_still_signs_and_is_re_encrypted_when_unlocked() -> None:
    path, fingerprint = _legacy_key_file("Dr A. Example", PASSPHRASE)
    assert "BEGIN ENCRYPTED PRIVATE KEY" in path.read_text("utf-8")

    key = signing.unlock_key("Dr A. Example", PASSPHRASE)

    assert key.fingerprint == fingerprint
    text = path.read_text("utf-8")
    assert "BEGIN OPENSSH PRIVATE KEY" in text
    assert "encrypted_pkcs8_pem" not in text
    assert _openssh_kdf(path)[1] == "bcrypt"
    assert signing.unlock_key("Dr A. Example", PASSPHRASE).fingerprint == fingerprint
    with pytest.raises(signing.PassphraseError):
        signing.unlock_key("Dr A. Example", PASSPHRASE + "x")


def test_a_key_kept_as_before_is_not_rewritten_with_a_wrong_passphrase() -> None:
    path, _fingerprint = _legacy_key_file("Dr A. Example", PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(signing.PassphraseError):
        signing.unlock_key("Dr A. Example", "not the passphrase at all")
    assert path.read_bytes() == before


@posix_only
def test_an_existing_key_folder_is_made_private() -> None:
    signing.user_key_dir().mkdir(parents=True, mode=0o755)
    os.chmod(signing.user_key_dir(), 0o755)
    signing.create_key("Dr A. Example", PASSPHRASE)
    assert _mode(signing.user_key_dir()) == 0o700


def test_the_passphrase_unlocks_the_key_and_a_wrong_one_does_not() -> None:
    made = signing.create_key("Dr A. Example", PASSPHRASE)
    assert signing.unlock_key("dr a.  EXAMPLE", PASSPHRASE).fingerprint == made.fingerprint
    with pytest.raises(signing.PassphraseError, match="does not open"):
        signing.unlock_key("Dr A. Example", PASSPHRASE + "x")


def test_a_short_passphrase_is_refused_for_a_new_key() -> None:
    with pytest.raises(signing.PassphraseError, match="at least"):
        signing.create_key("Dr A. Example", "x" * (signing.MIN_PASSPHRASE - 1))
    assert not signing.has_key("Dr A. Example")


def test_no_key_for_a_name_is_said_plainly() -> None:
    with pytest.raises(signing.KeyFileError, match="no signing key"):
        signing.unlock_key("Dr Nobody", PASSPHRASE)


@posix_only
@pytest.mark.parametrize(
    ("mode", "why"), [(0o620, "changed by other users"), (0o604, "read by other users")]
)
def test_a_private_key_others_may_write_or_read_is_refused(mode: int, why: str) -> None:
    key = signing.create_key("Dr A. Example", PASSPHRASE)
    os.chmod(_private_file(key), mode)
    with pytest.raises(signing.KeyFileError, match=why):
        signing.unlock_key("Dr A. Example", PASSPHRASE)
    # and no second key is made in its place without a word
    with pytest.raises(signing.KeyFileError, match=why):
        signing.has_key("Dr A. Example")


def test_a_private_key_that_is_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    key = signing.create_key("Dr A. Example", PASSPHRASE)
    path = _private_file(key)
    elsewhere = tmp_path / "planted.key.json"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    with pytest.raises(signing.KeyFileError, match="symbolic link"):
        signing.unlock_key("Dr A. Example", PASSPHRASE)


def test_the_fingerprint_is_sha256_of_the_raw_public_key_shown_grouped() -> None:
    import base64
    import hashlib

    key = signing.create_key("Dr A. Example", PASSPHRASE)
    raw = base64.b64decode(key.record.public_key)
    assert len(raw) == 32
    assert key.fingerprint == hashlib.sha256(raw).hexdigest()
    grouped = signing.grouped_fingerprint(key.fingerprint)
    assert grouped.split() == [key.fingerprint[i : i + 4].upper() for i in range(0, 64, 4)]


@posix_only
def test_registration_puts_a_readable_public_key_named_by_fingerprint_in_the_clinic(
    clinic: Path,
) -> None:
    key = signing.create_key("Dr A. Example", PASSPHRASE, credentials="MD")
    path = signing.register_key(key.record, clinic)
    assert path == clinic / "keys" / f"{key.fingerprint}.pub.json"
    assert _mode(path) == 0o644
    record = json.loads(path.read_text("utf-8"))
    assert record["name"] == "Dr A. Example"
    assert record["credentials"] == "MD"
    assert "PRIVATE" not in path.read_text("utf-8")
    assert signing.register_key(key.record, clinic) == path  # again: nothing changes
    assert signing.load_key_ring(clinic).get(key.fingerprint) == key.record


def test_registration_needs_an_existing_clinic_folder(tmp_path: Path) -> None:
    key = signing.create_key("Dr A. Example", PASSPHRASE)
    with pytest.raises(signing.KeyFileError, match="does not exist"):
        signing.register_key(key.record, tmp_path / "no such clinic")


def _registered(clinic: Path, key: signing.SignerKey) -> Path:
    return signing.register_key(key.record, clinic)


@posix_only
def test_a_registered_key_others_may_change_is_not_trusted(
    clinic: Path, key: signing.SignerKey
) -> None:
    os.chmod(_registered(clinic, key), 0o664)
    ring = signing.load_key_ring(clinic)
    assert ring.get(key.fingerprint) is None
    assert any("changed by other users" in problem for problem in ring.problems)


def test_a_registered_key_that_is_a_symbolic_link_is_not_trusted(
    clinic: Path, key: signing.SignerKey, tmp_path: Path
) -> None:
    path = _registered(clinic, key)
    elsewhere = tmp_path / "elsewhere.pub.json"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    assert signing.load_key_ring(clinic).get(key.fingerprint) is None


@posix_only
@pytest.mark.parametrize("mode", [0o777, 0o1777], ids=["world-writable", "sticky"])
def test_a_keys_folder_anyone_may_write_to_is_not_trusted(
    clinic: Path, key: signing.SignerKey, mode: int
) -> None:
    os.chmod(clinic / "keys", mode)
    ring = signing.load_key_ring(clinic)
    assert ring.keys == {}
    assert "anyone may add keys" in ring.problems[0]


@posix_only
def test_a_keys_folder_anyone_may_replace_is_not_trusted(
    clinic: Path, key: signing.SignerKey
) -> None:
    _registered(clinic, key)
    os.chmod(clinic, 0o777)
    ring = signing.load_key_ring(clinic)
    assert ring.keys == {}
    assert "anyone may replace the clinic's keys folder" in ring.problems[0]
    # A sticky folder lets only the owner of keys/ rename it.
    os.chmod(clinic, 0o1777)
    assert signing.load_key_ring(clinic).get(key.fingerprint) is not None
    # Nor may anyone rename a folder further up, the clinic folder with its keys/.
    os.chmod(clinic, 0o755)
    os.chmod(clinic.parent, 0o777)
    assert signing.load_key_ring(clinic).keys == {}
    os.chmod(clinic.parent, 0o755)
    assert signing.load_key_ring(clinic).get(key.fingerprint) is not None


@posix_only
def test_a_named_pipe_among_the_keys_is_refused_without_waiting(
    clinic: Path, key: signing.SignerKey
) -> None:
    _registered(clinic, key)
    os.mkfifo(clinic / "keys" / ("0" * 64 + ".pub.json"), 0o644)
    rings: list[signing.KeyRing] = []
    reader = threading.Thread(target=lambda: rings.append(signing.load_key_ring(clinic)))
    reader.daemon = True  # a reader waiting for a writer for ever must not hold up the tests
    reader.start()
    reader.join(timeout=10)
    assert rings, "reading the keys waited on the named pipe"
    [ring] = rings
    assert ring.get(key.fingerprint) is not None
    assert any("not a regular file" in problem for problem in ring.problems)


def test_a_registration_whose_fingerprint_is_not_its_key_is_not_trusted(
    clinic: Path, key: signing.SignerKey, colleague: signing.SignerKey
) -> None:
    path = _registered(clinic, key)
    record = json.loads(path.read_text("utf-8"))
    record["public_key"] = colleague.record.public_key  # the colleague's key, Dr A's name
    path.write_text(json.dumps(record), encoding="utf-8")
    ring = signing.load_key_ring(clinic)
    assert ring.get(key.fingerprint) is None
    assert ring.get(colleague.fingerprint) is not None  # registered under its own name


def test_a_registration_under_another_file_name_is_not_trusted(
    clinic: Path, key: signing.SignerKey
) -> None:
    path = _registered(clinic, key)
    path.rename(path.with_name("dr-a.pub.json"))
    assert signing.load_key_ring(clinic).get(key.fingerprint) is None


def test_signer_key_makes_the_key_on_first_use_and_unlocks_it_after(clinic: Path) -> None:
    asked: list[bool] = []

    def ask(new: bool) -> str:
        asked.append(new)
        return PASSPHRASE

    first = signing.signer_key("Dr A. Example", ask, clinic_folder=clinic, credentials="MD")
    second = signing.signer_key("Dr A. Example", ask, clinic_folder=clinic)
    assert (first.created, second.created) == (True, False)
    assert asked == [True, False]
    assert first.key.fingerprint == second.key.fingerprint
    assert first.registered == second.registered
    assert first.registered is not None
    assert first.registered.is_file()


def test_a_clinic_folder_that_takes_no_key_leaves_it_unregistered_with_advice(
    clinic: Path,
) -> None:
    (clinic / "keys").write_text("not a folder", encoding="utf-8")
    outcome = signing.signer_key("Dr A. Example", lambda new: PASSPHRASE, clinic_folder=clinic)
    assert outcome.created
    assert outcome.registered is None
    assert outcome.public_file.is_file()
    assert str(outcome.public_file) in " ".join(outcome.messages())


def test_a_second_key_in_a_registered_name_is_not_registered_by_signing(
    clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Anyone who can sign at some computer of the clinic could otherwise make a key in a
    # colleague's name and have the records it signs verify as the colleague's.
    first = signing.signer_key("Dr A. Example", lambda new: PASSPHRASE, clinic_folder=clinic)
    monkeypatch.setenv("BODYMAP_DATA_DIR", str(tmp_path / "another-computer"))
    second = signing.signer_key("dr a. example", lambda new: PASSPHRASE, clinic_folder=clinic)
    assert second.created
    assert second.registered is None
    ring = signing.load_key_ring(clinic)
    assert ring.get(second.key.fingerprint) is None
    assert ring.get(first.key.fingerprint) is not None
    said = " ".join(second.messages())
    assert signing.grouped_fingerprint(first.key.fingerprint) in said
    assert "whoever manages the clinic folder" in said
    assert str(second.public_file) in said, "the file to hand to the administrator"
    # Once added by hand, it is registered as any key.
    signing.register_key(second.key.record, clinic)
    again = signing.signer_key("dr a. example", lambda new: PASSPHRASE, clinic_folder=clinic)
    assert again.registered is not None


@pytest.mark.parametrize(
    "look_alike",
    [
        "Dr A. Example\u200b",  # a zero-width space: the same name to the eye
        "Dr A.\u00a0Example",  # a no-break space
        "\uff24r A. Example",  # a full-width D
    ],
)
def test_a_name_written_otherwise_but_read_the_same_is_the_registered_name(
    clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, look_alike: str
) -> None:
    signing.signer_key("Dr A. Example", lambda new: PASSPHRASE, clinic_folder=clinic)
    monkeypatch.setenv("BODYMAP_DATA_DIR", str(tmp_path / "another-computer"))
    second = signing.signer_key(look_alike, lambda new: PASSPHRASE, clinic_folder=clinic)
    assert second.registered is None
    assert signing.load_key_ring(clinic).get(second.key.fingerprint) is None


@pytest.mark.parametrize(
    "name",
    [
        "Dr Ann\u0430 Berg",  # a Cyrillic a among Latin letters
        "Dr Anna B\u0435rg",  # a Cyrillic e
        "Dr \u0391nna Berg",  # a Greek capital alpha
    ],
)
def test_a_name_mixing_alphabets_gets_no_key(name: str) -> None:
    with pytest.raises(signing.KeyFileError, match="mixes Latin, Greek or Cyrillic letters"):
        signing.create_key(name, PASSPHRASE)


@pytest.mark.parametrize("name", ["Dr Анна Берг", "Dr Άννα Μπεργκ", "Dr Zoë Ångström", "李医生"])
def test_a_name_in_one_alphabet_gets_a_key(name: str) -> None:
    assert signing.create_key(name, PASSPHRASE).name == name
