"""Errors of the signing layer: each message says what is wrong, never a patient's data."""

from __future__ import annotations


class SigningError(Exception):
    """A session could not be signed or amended, or a key could not be used."""


class KeyFileError(SigningError):
    """A key file is missing, unsafe (a symbolic link, writable by others) or damaged."""


class PassphraseError(SigningError):
    """The passphrase does not open the key, or is not acceptable for a new key."""


class SignedRecordError(SigningError):
    """The change is not allowed: the session is signed (only amendments may be added)."""


class NotSignedError(SigningError):
    """The session is not signed, so there is nothing to amend (edit it instead)."""


class IntegrityError(SigningError):
    """The signed record does not verify, so nothing may be added to it."""
