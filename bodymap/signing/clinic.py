"""The clinic's registered public keys: ``keys/`` of the clinic folder, read by everyone.

Each file ``<fingerprint>.pub.json`` holds one signer's public key, name and credentials.
Whoever may add files here may register a key in any name: the folder should be writable by
an administrator only (docs/adr/0006-signed-records.md). Files that could have been planted or
altered are refused.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from bodymap import storage
from bodymap.i18n import escaped, translate
from bodymap.signing.errors import KeyFileError
from bodymap.signing.keys import (
    POSIX,
    PUBLIC_SUFFIX,
    PublicKeyRecord,
    clinic_key_dir,
    public_file_bytes,
    read_key_file,
    same_name,
)


def register_key(record: PublicKeyRecord, clinic_folder: Path) -> Path:
    """Register a public key in the clinic folder's ``keys/`` (readable by all, mode 0644).

    Registering the same key again changes nothing.

    Raises:
        KeyFileError: the clinic folder does not exist, ``keys/`` cannot be written (ask the
            administrator to add the file), or another registration of this key is there.
    """
    clinic_folder = Path(clinic_folder)
    if not clinic_folder.is_dir():
        raise KeyFileError(translate("signing", "the clinic folder does not exist"))
    folder = clinic_key_dir(clinic_folder)
    target = folder / f"{record.fingerprint}{PUBLIC_SUFFIX}"
    if target.exists() or target.is_symlink():
        existing = _load_public_file(target)
        if existing.fingerprint == record.fingerprint and same_name(existing.name, record.name):
            return target
        raise KeyFileError(
            translate("signing", "the clinic folder already holds another registration of this key")
        )
    try:
        folder.mkdir(exist_ok=True, mode=0o755)
        storage.atomic_write(target, public_file_bytes(record), backup=False)
        if POSIX:
            os.chmod(target, 0o644)
    except (OSError, storage.SaveError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise KeyFileError(
            translate(
                "signing", "the key could not be registered in the clinic folder ({reason})"
            ).format(reason=reason)
        ) from None
    return target


def _load_public_file(path: Path) -> PublicKeyRecord:
    data = read_key_file(path, private=False)
    try:
        record = PublicKeyRecord.model_validate_json(data)
    except ValidationError:
        raise KeyFileError(
            translate("signing", "the key file {name} is damaged").format(name=escaped(path.name))
        ) from None
    if path.name != f"{record.fingerprint}{PUBLIC_SUFFIX}":
        raise KeyFileError(
            translate("signing", "the key file {name} is not named after its fingerprint").format(
                name=escaped(path.name)
            )
        )
    return record


@dataclass(frozen=True)
class KeyRing:
    """The public keys registered in a clinic folder, by fingerprint, and the files refused."""

    keys: dict[str, PublicKeyRecord]
    problems: tuple[str, ...] = ()

    def get(self, key_fingerprint: str) -> PublicKeyRecord | None:
        """The registration of this key, or None when it is not registered."""
        return self.keys.get(key_fingerprint)


def _others_may_replace(folder: Path) -> bool:
    """Whether any user may rename ``folder`` or a folder above it away and put another in
    its place: one of the folders above is writable by all and not sticky (a sticky folder
    lets only an entry's owner rename it)."""
    for above in Path(os.path.abspath(folder)).parents:
        try:
            info = above.stat()
        except OSError:
            continue
        if info.st_mode & stat.S_IWOTH and not info.st_mode & stat.S_ISVTX:
            return True
    return False


def load_key_ring(clinic_folder: Path | None) -> KeyRing:
    """The keys registered in ``clinic_folder``'s ``keys/`` (empty when there is none).

    A ``keys/`` folder anyone may write to is refused as a whole: anyone could have added a
    key; so is one below a folder anyone may write to (not sticky): anyone could have put
    another ``keys/`` in its place. Each key file must pass :func:`read_key_file` and be named
    after its fingerprint.
    """
    if clinic_folder is None:
        return KeyRing({}, (translate("signing", "no clinic folder given"),))
    folder = clinic_key_dir(Path(clinic_folder))
    try:
        info = folder.lstat()
    except OSError:
        return KeyRing({}, (translate("signing", "the clinic folder has no keys folder"),))
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        return KeyRing(
            {}, (translate("signing", "the clinic's keys folder is not a plain folder: refused"),)
        )
    if POSIX and info.st_mode & stat.S_IWOTH:
        return KeyRing(
            {}, (translate("signing", "anyone may add keys to the clinic's keys folder: refused"),)
        )
    if POSIX and _others_may_replace(folder):
        return KeyRing(
            {},
            (
                translate(
                    "signing",
                    "anyone may replace the clinic's keys folder (a folder above it is writable "
                    "by all): refused",
                ),
            ),
        )
    keys: dict[str, PublicKeyRecord] = {}
    problems: list[str] = []
    try:
        paths = sorted(folder.glob(f"*{PUBLIC_SUFFIX}"))
    except OSError:
        return KeyRing({}, (translate("signing", "the clinic's keys folder cannot be read"),))
    for path in paths:
        try:
            record = _load_public_file(path)
        except KeyFileError as exc:
            problems.append(str(exc))
            continue
        keys[record.fingerprint] = record
    return KeyRing(keys, tuple(problems))
