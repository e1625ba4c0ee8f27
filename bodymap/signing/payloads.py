"""The exact bytes a signature or an amendment signs, and the hashes that chain amendments.

Each signed payload is the RFC 8785 form of its block without the ``signature`` member, with
a ``purpose`` member added, so a signature made for one kind of block can never be passed off
as another. Members holding their default are left out, as for the content
(``storage.pruned_json``), so a later version may add optional fields to these blocks.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Final

import rfc8785

from bodymap import storage
from bodymap.i18n import translate
from bodymap.model import Amendment, Signature

SIGNATURE_PURPOSE: Final = "bodymap session signature v1"
AMENDMENT_PURPOSE: Final = "bodymap session amendment v1"
PLACEHOLDER: Final = base64.b64encode(bytes(64)).decode("ascii")
"""Stands in for a signature while the block it will sign is built."""


def signed_bytes(block: Signature | Amendment) -> bytes:
    """What the block's ``signature`` signs: the block without it, with its purpose."""
    value = storage.pruned_json(block)
    value.pop("signature", None)
    purpose = SIGNATURE_PURPOSE if isinstance(block, Signature) else AMENDMENT_PURPOSE
    return rfc8785.dumps({"purpose": purpose, **value})


def amendment_sha256(amendment: Amendment) -> str:
    """SHA-256 (hex) of a whole amendment, its signature included: what the next one names."""
    return hashlib.sha256(rfc8785.dumps(storage.pruned_json(amendment))).hexdigest()


def _decode(value: str, length: int) -> bytes | None:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == length else None


def key_fingerprint(public_key: str) -> str | None:
    """SHA-256 (hex) of a base64 raw public key, or None when it is not a 32-byte key."""
    raw = _decode(public_key, 32)
    return None if raw is None else hashlib.sha256(raw).hexdigest()


def signature_problem(block: Signature | Amendment) -> str | None:
    """Why the block's own signature does not verify with its own key, or None when it does.

    Says nothing about whether the key is registered: that is the clinic's key ring's part.
    """
    raw_key = _decode(block.public_key, 32)
    raw_signature = _decode(block.signature, 64)
    if raw_key is None:
        return translate("signing", "its public key is damaged")
    if hashlib.sha256(raw_key).hexdigest() != block.key_fingerprint:
        return translate("signing", "its key fingerprint does not belong to its key")
    if raw_signature is None:
        return translate("signing", "its signature is damaged")
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_signature, signed_bytes(block))
    except InvalidSignature:
        return translate("signing", "its signature does not match what it signs")
    return None
