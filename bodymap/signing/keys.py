"""Signers' Ed25519 keys: private keys in the user's data folder, public keys in the clinic's.

A clinician's private key is kept encrypted with a passphrase in ``keys/`` of the user's data
folder (0600 files in a 0700 folder): the OpenSSH private key format, its key derived from the
passphrase by bcrypt-pbkdf with :data:`KDF_ROUNDS` rounds, so that each guess of a stolen
file's passphrase costs about half a second. Keys kept earlier as PKCS#8 (PBKDF2 with 2,048
iterations) are still read, and re-encrypted in the new form when they are next unlocked.

Its public half is registered in ``keys/`` of the clinic folder with the signer's name and
credentials, so that every workstation of the clinic can verify. A key is known by its
fingerprint: SHA-256 of the raw 32-byte public key.

``cryptography`` is imported where a key is made, opened or checked: reading this module (a
window showing a draft does) loads none of it.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, model_validator

from bodymap import storage
from bodymap.i18n import QT_TRANSLATE_NOOP, escaped, translate
from bodymap.model import NonEmptyText, Sha256Hex, ShortText, utc_now
from bodymap.signing.errors import KeyFileError, PassphraseError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

KEYS_FOLDER: Final = "keys"
"""Name of the key folder, both in the user's data folder and in the clinic folder."""
PRIVATE_SUFFIX: Final = ".key.json"
PUBLIC_SUFFIX: Final = ".pub.json"
MAX_KEY_FILE_BYTES: Final = 64 * 1024
MIN_PASSPHRASE: Final = 12
"""Shortest passphrase accepted for a new key (characters)."""
POSIX: Final = os.name == "posix"
"""Whether file modes mean anything here (not on Windows)."""
KDF_ROUNDS = 64
"""bcrypt-pbkdf rounds protecting a new private key: unlocking takes about 0.3 to 1 s
(``make bench``; docs/adr/0006-signed-records.md). Each round costs the same, so an attacker
pays this much per guessed passphrase too."""


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """SHA-256 (hex) of the raw public key: how a key is named everywhere."""
    from cryptography.hazmat.primitives import serialization

    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def grouped_fingerprint(value: str) -> str:
    """A fingerprint as people compare it: upper case, groups of four (``1A2B 3C4D …``)."""
    upper = value.upper()
    return " ".join(upper[i : i + 4] for i in range(0, len(upper), 4))


def same_name(a: str, b: str) -> bool:
    """Whether two signer names are the same person's: case, accents' form (NFKC), spacing and
    invisible characters (format characters such as a zero-width space) aside."""

    def norm(text: str) -> str:
        folded = unicodedata.normalize("NFKC", text).casefold()
        visible = "".join(c for c in folded if unicodedata.category(c) != "Cf")
        return " ".join(visible.split())

    return norm(a) == norm(b)


_LOOK_ALIKE_SCRIPTS: Final = frozenset({"LATIN", "GREEK", "CYRILLIC"})
"""Alphabets with letters drawn alike (Latin a, Cyrillic U+0430, Greek U+03B1)."""


def mixed_alphabets(name: str) -> bool:
    """Whether a word of ``name`` has letters of more than one of Latin, Greek and Cyrillic:
    "Dr Anna Berg" with a Cyrillic a (U+0430) looks like the name in Latin letters and is
    another name to a computer (Unicode Technical Standard 39 counts such a mix among the
    signs of a spoofed name). Words in different alphabets ("Dr" before a Greek name) are
    not a mix."""
    for word in unicodedata.normalize("NFKC", name).split():
        scripts = {
            unicodedata.name(c, "").split(" ", 1)[0]
            for c in word
            if unicodedata.category(c).startswith("L")
        }
        if len(scripts & _LOOK_ALIKE_SCRIPTS) > 1:
            return True
    return False


class _Record(BaseModel):
    # Built when a key file is first read or written, not when the module is imported.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class PublicKeyRecord(_Record):
    """A signer's public key with the name and credentials it is registered under."""

    format: Literal["bodymap.public-key"] = "bodymap.public-key"
    name: NonEmptyText
    credentials: ShortText = ""
    algorithm: Literal["Ed25519"] = "Ed25519"
    public_key: str = Field(pattern=r"^[A-Za-z0-9+/]{43}=$")
    """The raw 32-byte public key, base64."""
    fingerprint: Sha256Hex
    created: AwareDatetime

    @model_validator(mode="after")
    def _fingerprint_matches(self) -> PublicKeyRecord:
        if fingerprint(self.key()) != self.fingerprint:
            raise ValueError("the fingerprint does not belong to the public key")
        return self

    def key(self) -> Ed25519PublicKey:
        """The public key itself."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        return Ed25519PublicKey.from_public_bytes(base64.b64decode(self.public_key))

    @property
    def grouped(self) -> str:
        """The fingerprint grouped for reading aloud and comparing."""
        return grouped_fingerprint(self.fingerprint)


class PrivateKeyFile(_Record):
    """What a private key file holds: the public record and the encrypted private key.

    New keys hold ``encrypted_openssh_pem`` (bcrypt-pbkdf); keys made before hold
    ``encrypted_pkcs8_pem`` (PBKDF2, 2,048 iterations) until they are next unlocked.
    """

    format: Literal["bodymap.private-key"] = "bodymap.private-key"
    public: PublicKeyRecord
    encrypted_openssh_pem: str | None = Field(default=None, max_length=4096)
    encrypted_pkcs8_pem: str | None = Field(default=None, max_length=4096)

    @model_validator(mode="after")
    def _one_private_key(self) -> PrivateKeyFile:
        if (self.encrypted_openssh_pem is None) == (self.encrypted_pkcs8_pem is None):
            raise ValueError("a key file holds exactly one encrypted private key")
        return self

    @property
    def legacy(self) -> bool:
        """Whether the key is kept in the older, cheaply derived PKCS#8 form."""
        return self.encrypted_pkcs8_pem is not None


@dataclass(frozen=True)
class SignerKey:
    """An unlocked private key, ready to sign; keep it only as long as the signing takes."""

    record: PublicKeyRecord
    _private: Ed25519PrivateKey = field(repr=False)

    @property
    def fingerprint(self) -> str:
        """The key's fingerprint (hex)."""
        return self.record.fingerprint

    @property
    def name(self) -> str:
        """The signer's name the key was made for."""
        return self.record.name

    def sign(self, data: bytes) -> str:
        """The Ed25519 signature of ``data``, base64."""
        return base64.b64encode(self._private.sign(data)).decode("ascii")


# --- key files ----------------------------------------------------------------------------


def user_key_dir() -> Path:
    """Where this user's private keys live: ``keys`` in the user's data folder."""
    return storage.data_dir() / KEYS_FOLDER


def clinic_key_dir(clinic_folder: Path) -> Path:
    """Where a clinic's registered public keys live: ``keys`` in the clinic folder."""
    return Path(clinic_folder) / KEYS_FOLDER


def read_key_file(path: Path, *, private: bool) -> bytes:
    """The bytes of a key file, refusing anything that could have been planted or changed.

    Refused: a symbolic link, anything but a regular file, a file that others may write to
    (group or world), for a private key also one that others may read, and oversized files.

    Raises:
        KeyFileError: naming what is wrong with the file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    # Opened without waiting (a named pipe opens at once, then is refused as not a regular
    # file): anyone who may write in the clinic's keys folder could put one there.
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        if Path(path).is_symlink():
            raise KeyFileError(
                _key_file(
                    QT_TRANSLATE_NOOP("signing", "the key file {name} is a symbolic link: refused"),
                    path,
                )
            )
        fd = os.open(path, flags)
    except KeyFileError:
        raise
    except FileNotFoundError:
        raise KeyFileError(
            _key_file(QT_TRANSLATE_NOOP("signing", "the key file {name} does not exist"), path)
        ) from None
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else translate("signing", "input/output error")
        raise KeyFileError(
            translate("signing", "the key file {name} cannot be read ({reason})").format(
                name=escaped(path.name), reason=reason
            )
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise KeyFileError(
                _key_file(
                    QT_TRANSLATE_NOOP(
                        "signing", "the key file {name} is not a regular file: refused"
                    ),
                    path,
                )
            )
        if POSIX and info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise KeyFileError(
                translate(
                    "signing",
                    "the key file {name} may be changed by other users (group or world "
                    "writable): refused",
                ).format(name=escaped(path.name))
            )
        if POSIX and private and info.st_mode & (stat.S_IRGRP | stat.S_IROTH):
            raise KeyFileError(
                translate(
                    "signing",
                    "the private key file {name} may be read by other users: refused (make it "
                    "readable by its owner only, mode 600)",
                ).format(name=escaped(path.name))
            )
        if info.st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileError(
                _key_file(
                    QT_TRANSLATE_NOOP("signing", "the key file {name} is too large to be a key"),
                    path,
                )
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_KEY_FILE_BYTES + 1)
    finally:
        os.close(fd)


def _key_file(text: str, path: Path) -> str:
    """A message about the key file ``path`` (``text`` names it ``{name}``)."""
    return translate("signing", text).format(name=escaped(path.name))


def _private_folder(folder: Path) -> None:
    """Create ``folder`` for private keys (0700), tightening it if it already exists."""
    try:
        storage.private_folder(folder, parent_is_ours=storage.DATA_ENV not in os.environ)
    except OSError as exc:
        raise KeyFileError(
            translate("signing", "the key folder cannot be created ({reason})").format(
                reason=exc.strerror
            )
        ) from None


def _load_private_file(path: Path) -> PrivateKeyFile:
    data = read_key_file(path, private=True)
    try:
        return PrivateKeyFile.model_validate_json(data)
    except ValidationError:
        raise KeyFileError(
            translate("signing", "the key file {name} is damaged").format(name=escaped(path.name))
        ) from None


def _own_keys(name: str) -> tuple[list[PrivateKeyFile], list[str]]:
    """This user's private keys made for ``name``, and the problems of files that were refused."""
    folder = user_key_dir()
    found: list[PrivateKeyFile] = []
    problems: list[str] = []
    try:
        paths = sorted(folder.glob(f"*{PRIVATE_SUFFIX}")) if folder.is_dir() else []
    except OSError:
        return [], [translate("signing", "the key folder cannot be read")]
    for path in paths:
        try:
            keyfile = _load_private_file(path)
        except KeyFileError as exc:
            problems.append(str(exc))
            continue
        if same_name(keyfile.public.name, name):
            found.append(keyfile)
    return found, problems


def has_key(name: str) -> bool:
    """Whether this user has a private key for ``name`` (so signing asks no new passphrase).

    Raises:
        KeyFileError: there is none, but a key file was refused (unsafe or damaged): it may be
            this signer's, so no new key is made until it is dealt with.
    """
    found, problems = _own_keys(name)
    if not found and problems:
        raise KeyFileError(problems[0])
    return bool(found)


def create_key(
    name: str, passphrase: str, *, credentials: str = "", at: dt.datetime | None = None
) -> SignerKey:
    """Make a new key pair for ``name`` and keep it, encrypted with ``passphrase``.

    Raises:
        PassphraseError: the passphrase is shorter than :data:`MIN_PASSPHRASE`.
        KeyFileError: the key could not be written.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if mixed_alphabets(name):
        raise KeyFileError(
            translate(
                "signing",
                "the signer's name mixes Latin, Greek or Cyrillic letters, so that it may look "
                "like another name: write it in one alphabet",
            )
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseError(
            translate(
                "signing", "a new key needs a passphrase of at least {count} characters"
            ).format(count=MIN_PASSPHRASE)
        )
    private = Ed25519PrivateKey.generate()
    public = private.public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    try:
        record = PublicKeyRecord(
            name=name.strip(),
            credentials=credentials.strip(),
            public_key=base64.b64encode(raw).decode("ascii"),
            fingerprint=fingerprint(public),
            created=at or utc_now(),
        )
    except ValidationError:
        raise KeyFileError(
            translate("signing", "the signer's name or credentials are empty or too long")
        ) from None
    folder = user_key_dir()
    _private_folder(folder)
    try:
        _keep_private(record, private, passphrase)
        # The copy to hand to an administrator: private like every file of the folder.
        storage.atomic_write(
            folder / f"{record.fingerprint}{PUBLIC_SUFFIX}",
            public_file_bytes(record),
            backup=False,
            private=True,
        )
    except storage.SaveError as exc:
        raise KeyFileError(
            translate("signing", "the new key could not be kept: {problem}").format(problem=exc)
        ) from None
    return SignerKey(record, private)


def _keep_private(record: PublicKeyRecord, private: Ed25519PrivateKey, passphrase: str) -> None:
    """Write ``private`` encrypted with ``passphrase`` (bcrypt-pbkdf) as ``record``'s key file.

    Raises:
        storage.SaveError: the file was not written (an existing one is unchanged).
    """
    from cryptography.hazmat.primitives import serialization

    encryption = (
        serialization.PrivateFormat.OpenSSH.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .build(passphrase.encode("utf-8"))
    )
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, encryption
    )
    keyfile = PrivateKeyFile(public=record, encrypted_openssh_pem=pem.decode("ascii"))
    target = user_key_dir() / f"{record.fingerprint}{PRIVATE_SUFFIX}"
    data = keyfile.model_dump_json(indent=2, exclude_none=True).encode("utf-8")
    storage.atomic_write(target, data, backup=False, private=True, follow_symlinks=False)


def _open_private(keyfile: PrivateKeyFile, passphrase: str) -> PrivateKeyTypes:
    """The private key of ``keyfile`` decrypted with ``passphrase`` (either form).

    Raises:
        ValueError, TypeError: the passphrase does not open it, or the key is damaged.
    """
    from cryptography.hazmat.primitives import serialization

    secret = passphrase.encode("utf-8")
    if keyfile.encrypted_openssh_pem is not None:
        return serialization.load_ssh_private_key(
            keyfile.encrypted_openssh_pem.encode("ascii"), secret
        )
    if keyfile.encrypted_pkcs8_pem is not None:
        return serialization.load_pem_private_key(
            keyfile.encrypted_pkcs8_pem.encode("ascii"), secret
        )
    raise ValueError("the key file holds no private key")


def unlock_key(name: str, passphrase: str) -> SignerKey:
    """Open ``name``'s newest private key with ``passphrase``.

    Raises:
        KeyFileError: there is no key for this name, or its file is unsafe or damaged.
        PassphraseError: the passphrase does not open the key.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    keyfiles, problems = _own_keys(name)
    if not keyfiles:
        if problems:
            raise KeyFileError(problems[0])
        raise KeyFileError(
            translate("signing", "there is no signing key for this name on this computer")
        )
    keyfile = max(keyfiles, key=lambda k: k.public.created)
    try:
        private = _open_private(keyfile, passphrase)
    except (ValueError, TypeError):
        raise PassphraseError(
            translate("signing", "the passphrase does not open this signer's key")
        ) from None
    if (
        not isinstance(private, Ed25519PrivateKey)
        or fingerprint(private.public_key()) != keyfile.public.fingerprint
    ):
        raise KeyFileError(
            translate("signing", "the key file is damaged: its key does not match its fingerprint")
        )
    if keyfile.legacy:
        # Kept as before when it cannot be rewritten: it still signs, only less protected.
        with contextlib.suppress(storage.SaveError):
            _keep_private(keyfile.public, private, passphrase)
    return SignerKey(keyfile.public, private)


def public_file_bytes(record: PublicKeyRecord) -> bytes:
    """The bytes of a public key registration file."""
    return record.model_dump_json(indent=2).encode("utf-8") + b"\n"
