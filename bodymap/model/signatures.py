"""The signature, amendments and audit log of a session (docs/adr/0006-signed-records.md)."""

from __future__ import annotations

import math
from typing import Annotated, Final, Literal

from pydantic import AfterValidator, AwareDatetime, Field, JsonValue, field_validator

from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model.text import LongText, ShortText, check_line
from bodymap.model.values import Value

MAX_AMENDMENTS = 200
MAX_CORRECTIONS = 50
MAX_AUDIT = 10_000
"""Audit entries kept in a file; past this the oldest after the first are dropped (a log)."""

Sha256Hex = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
"""A SHA-256 digest as 64 lower-case hexadecimal digits."""
CheckedText = Annotated[str, Field(max_length=200), AfterValidator(check_line)]
"""A digest, key or signature that ``bodymap.signing`` checks when it verifies, not here: a
damaged signature block is then reported as a broken signature, not as an unreadable file.
Hashes and fingerprints are SHA-256 in lower-case hex; keys (32 bytes) and signatures
(64 bytes) are Ed25519 in standard base64."""
NonEmptyText = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(check_line)]
"""Short text that must not be empty (a signer's name, a reason)."""
DEFAULT_MEANING = QT_TRANSLATE_NOOP("signing", "performed and documented by")
"""What a signature says the signer did (the meaning printed with it)."""
AuditAction = Literal["created", "edited", "signed", "amended", "printed", "exported"]


class Signature(Value):
    """The signer's electronic signature over the session's canonical content.

    ``signature`` is Ed25519 over the RFC 8785 form of every other field of this block, so the
    name, credentials, meaning and time are signed along with the content hash.
    """

    signer: NonEmptyText
    credentials: ShortText = ""
    meaning: NonEmptyText = DEFAULT_MEANING
    signed_at: AwareDatetime
    """When the signer's computer says it signed (UTC); a claim, not a trusted timestamp."""
    content_sha256: CheckedText
    """SHA-256 of the canonical content (``storage.canonical_content``) that was signed."""
    public_key: CheckedText
    """The signer's raw Ed25519 public key, so that any copy can check the signature."""
    key_fingerprint: CheckedText
    """SHA-256 of the raw public key: it names the key registered in the clinic folder."""
    algorithm: Literal["Ed25519"] = "Ed25519"
    signature: CheckedText


_EXACT_INT: Final = 2**53 - 1
"""The largest integer an IEEE 754 double holds exactly: canonical JSON (RFC 8785) refuses
larger ones."""


class Correction(Value):
    """One value an amendment corrects: where (RFC 6901 pointer into the content), old, new."""

    path: Annotated[
        str, Field(pattern=r"^(/([^~/]|~[01])*)+$", max_length=200), AfterValidator(check_line)
    ]
    old: JsonValue
    new: JsonValue

    @field_validator("old", "new")
    @classmethod
    def _recordable(cls, value: JsonValue) -> JsonValue:
        problem = correction_value_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value


def correction_value_problem(value: JsonValue) -> str | None:
    """Why ``value`` cannot be a corrected value, or None. A signature is made over canonical
    JSON (RFC 8785), which holds finite numbers, integers that a double holds exactly, and
    text of Unicode characters (no lone surrogate) only."""
    pending: list[JsonValue] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return translate("model", "a corrected value is not a finite number")
        if isinstance(item, int) and not isinstance(item, bool) and abs(item) > _EXACT_INT:
            return translate("model", "a corrected number is too large to be kept exactly")
        texts = [item] if isinstance(item, str) else list(item) if isinstance(item, dict) else []
        if not all(_encodable(text) for text in texts):
            return translate("model", "a corrected text holds a character that is not valid")
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            pending.extend(item.values())
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class Amendment(Value):
    """A signed, dated addition to a signed session; the signed content itself never changes.

    ``amends_sha256`` names what it amends: the signed content's hash for the first amendment,
    the previous amendment's hash (``signing.amendment_sha256``) after that, forming a chain.
    """

    author: NonEmptyText
    credentials: ShortText = ""
    amended_at: AwareDatetime
    reason: NonEmptyText
    text: LongText
    corrections: Annotated[list[Correction], Field(max_length=MAX_CORRECTIONS)] = []
    amends_sha256: CheckedText
    public_key: CheckedText
    key_fingerprint: CheckedText
    algorithm: Literal["Ed25519"] = "Ed25519"
    signature: CheckedText


class AuditEntry(Value):
    """One line of a session's audit log: who saved it, when, doing what, with which content.

    The log is not signed: it records what copies of bodymap said they did, it proves nothing.
    """

    at: AwareDatetime
    action: AuditAction
    clinician: ShortText = ""
    os_user: ShortText = ""
    content_sha256: Sha256Hex
