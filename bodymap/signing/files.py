"""Signing and amending a session file in place, and getting the signer's key to do it.

One call each for the command line and the window: :func:`signer_key`, :func:`sign_file`,
:func:`amend_file`. Files are locked while they are changed and written atomically by
``storage.save_session``; nothing is written unless the result verifies when read back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import JsonValue

from bodymap import storage
from bodymap.i18n import translate
from bodymap.model import DEFAULT_MEANING, Session
from bodymap.signing.clinic import load_key_ring, register_key
from bodymap.signing.corrections import correction
from bodymap.signing.errors import KeyFileError, SignedRecordError, SigningError
from bodymap.signing.keys import (
    PUBLIC_SUFFIX,
    SignerKey,
    clinic_key_dir,
    create_key,
    grouped_fingerprint,
    has_key,
    same_name,
    unlock_key,
    user_key_dir,
)
from bodymap.signing.records import already_signed, amend, is_signed, sign
from bodymap.signing.verify import integrity_problem


@dataclass(frozen=True)
class KeyOutcome:
    """The signer's unlocked key, whether it was just made, and where it is registered."""

    key: SignerKey
    created: bool
    registered: Path | None
    """The key's registration file in the clinic folder, when it is there."""
    problem: str | None = None
    """Why the key is not registered in the clinic folder (then verification says "unknown
    key" until an administrator copies :attr:`public_file` into the clinic's ``keys/``)."""

    @property
    def public_file(self) -> Path:
        """This user's copy of the key's registration file."""
        return user_key_dir() / f"{self.key.fingerprint}{PUBLIC_SUFFIX}"

    def messages(self, user: Callable[[str], str] = str) -> list[str]:
        """What to tell the signer about the key: made now, registered, or what to do
        (``user`` sets the signer's name and the file's path into the lines: bidi-isolated on
        screen, escaped on a terminal)."""
        lines: list[str] = []
        fingerprint = grouped_fingerprint(self.key.fingerprint)
        if self.created:
            lines.append(
                translate(
                    "signing", "A new signing key was made for {name} (key {fingerprint})."
                ).format(name=user(self.key.name), fingerprint=fingerprint)
            )
        if self.registered is not None:
            if self.created:
                lines.append(translate("signing", "It is registered in the clinic folder."))
        else:
            lines.append(
                translate(
                    "signing",
                    "The key {fingerprint} is not registered in the clinic folder ({problem}): "
                    'until it is, verifying says "unknown key". Copy {file} into the clinic '
                    "folder's keys folder (an administrator may have to).",
                ).format(
                    fingerprint=fingerprint, problem=self.problem, file=user(str(self.public_file))
                )
            )
        return lines


def signer_key(
    name: str,
    passphrase: Callable[[bool], str],
    *,
    clinic_folder: Path | None,
    credentials: str = "",
) -> KeyOutcome:
    """Unlock ``name``'s key, making it on first use, and register it in the clinic folder,
    unless the clinic folder registers another key for that name (then an administrator adds
    it: :attr:`KeyOutcome.problem` says so).

    Args:
        name: the signer's name (as printed with the signature).
        passphrase: asked for the passphrase; its argument is True for a new key (ask twice).
        clinic_folder: where the public key is registered (not registered when None).
        credentials: registered with a new key, and printed after the name.

    Raises:
        KeyFileError: a key file is unsafe or damaged, or the key cannot be kept.
        PassphraseError: the passphrase does not open the key, or is too short for a new one.
    """
    if has_key(name):
        key, created = unlock_key(name, passphrase(False)), False
    else:
        key, created = create_key(name, passphrase(True), credentials=credentials), True
    if clinic_folder is None:
        return KeyOutcome(key, created, None, translate("signing", "no clinic folder was given"))
    ring = load_key_ring(clinic_folder)
    record = ring.get(key.fingerprint)
    if record is not None and same_name(record.name, key.name):
        registered = clinic_key_dir(clinic_folder) / f"{key.fingerprint}{PUBLIC_SUFFIX}"
        return KeyOutcome(key, created, registered)
    other = next(
        (r for r in ring.keys.values() if same_name(r.name, key.name) and r is not record), None
    )
    if other is not None:
        # A second key in a name already registered: whoever can write keys/ could sign as
        # anybody. It is added by whoever manages the clinic folder, after checking it with
        # its owner (docs/adr/0006-signed-records.md, threat model).
        return KeyOutcome(
            key,
            created,
            None,
            translate(
                "signing",
                "another key, {other}, is registered there for this name; a second key for "
                "the same name is added only by whoever manages the clinic folder, after "
                "checking its fingerprint with its owner",
            ).format(other=grouped_fingerprint(other.fingerprint)),
        )
    try:
        return KeyOutcome(key, created, register_key(key.record, Path(clinic_folder)))
    except KeyFileError as exc:
        return KeyOutcome(key, created, None, str(exc))


def _change_file(path: Path, change: Callable[[Session], Session]) -> Session:
    """Lock ``path``, read it, apply ``change``, check the result, write it atomically."""
    try:
        lock = storage.acquire_lock(path)
    except storage.LockedError:
        raise
    except OSError as exc:
        raise SigningError(
            translate("signing", "the file cannot be locked for writing ({reason})").format(
                reason=exc.strerror
            )
        ) from None
    try:
        before = storage.stamp(path)
        session = storage.load_session(path)
        changed = change(session)
        again = storage.parse_session(storage.dumps_session(changed))
        if again != changed or integrity_problem(again) is not None:
            raise SigningError(
                translate(
                    "signing", "the signed record would not verify once saved; nothing was written"
                )
            )
        if storage.changed_since(path, before):
            raise SigningError(
                translate(
                    "signing", "the file was changed by someone else meanwhile; nothing was written"
                )
            )
        storage.save_session(changed, path)
    finally:
        lock.release()
    return changed


def sign_file(
    path: Path,
    key: SignerKey,
    *,
    credentials: str | None = None,
    meaning: str = DEFAULT_MEANING,
    at: dt.datetime | None = None,
) -> Session:
    """Sign the session in ``path`` in place and return the signed session.

    Raises:
        storage.SessionFileError: the file cannot be read as a session.
        SignedRecordError: it is already signed (amend it instead).
        storage.LockedError: someone has it open for editing.
        storage.SaveError: it could not be written (it is unchanged).
        SigningError: any other reason it was not signed (it is unchanged).
    """

    def change(session: Session) -> Session:
        if is_signed(session):
            raise SignedRecordError(already_signed())
        return sign(session, key, credentials=credentials, meaning=meaning, at=at)

    return _change_file(Path(path), change)


def amend_file(
    path: Path,
    key: SignerKey,
    *,
    reason: str,
    text: str,
    corrections: Sequence[tuple[str, JsonValue]] = (),
    credentials: str | None = None,
    at: dt.datetime | None = None,
) -> Session:
    """Add a signed amendment to the signed session in ``path``; return the amended session.

    Args:
        corrections: (RFC 6901 pointer, new value) pairs; the old values are read from the
            record.

    Raises:
        storage.SessionFileError, storage.LockedError, storage.SaveError: as for
            :func:`sign_file`.
        NotSignedError: the file is not signed (edit it instead).
        IntegrityError: the record does not verify, so it cannot be amended.
        CorrectionError: a correction does not fit the record.
        SigningError: any other reason it was not amended (it is unchanged).
    """

    def change(session: Session) -> Session:
        items = [correction(session, pointer, value) for pointer, value in corrections]
        return amend(
            session,
            key,
            reason=reason,
            text=text,
            corrections=items,
            credentials=credentials,
            at=at,
        )

    return _change_file(Path(path), change)
