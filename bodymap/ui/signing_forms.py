"""What the Sign… and Amend… dialogs are given, and what they answer.

Plain values, so that tests answer the dialogs through the ``Dialogs`` seam without showing
one. A passphrase never appears in a value's ``repr``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import JsonValue

from bodymap.model import DEFAULT_MEANING
from bodymap.ui.correctable import CorrectableField

KeyExists = Callable[[str], bool]
"""Whether this computer holds a signing key for a name (else signing makes one)."""
CorrectionCheck = Callable[[str, JsonValue], str | None]
"""Why a corrected value (pointer, value) does not fit the record, or None when it does."""


@dataclass(frozen=True)
class SignForm:
    """What the Sign… dialog shows."""

    signer: str
    """The name it suggests (the encounter's clinician)."""
    key_exists: KeyExists
    credentials: str = ""
    meaning: str = DEFAULT_MEANING


@dataclass(frozen=True)
class Passphrase:
    """A passphrase as typed: once to unlock a key, twice (``repeated``) to make one."""

    typed: str = field(repr=False)
    repeated: str | None = field(default=None, repr=False)
    """The second entry, given when the dialog asked for a new key's passphrase."""


@dataclass(frozen=True)
class SignRequest:
    """The Sign… dialog's answer."""

    signer: str
    credentials: str
    meaning: str
    passphrase: Passphrase


@dataclass(frozen=True)
class AmendForm:
    """What the Amend… dialog shows."""

    author: str
    key_exists: KeyExists
    fields: tuple[CorrectableField, ...]
    """The values a correction may change, with what the record says now."""
    check: CorrectionCheck
    credentials: str = ""


@dataclass(frozen=True)
class AmendRequest:
    """The Amend… dialog's answer."""

    author: str
    credentials: str
    reason: str
    text: str
    passphrase: Passphrase
    corrections: tuple[tuple[str, JsonValue], ...] = ()
    """(pointer, new value) of each corrected value."""
