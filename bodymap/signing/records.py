"""Signing and amending sessions, and the rule of what may change once a session is signed.

All functions take and return frozen ``Session`` values; saving is the caller's (the window's
document, or :mod:`bodymap.signing.files` for the command line).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence

from pydantic import ValidationError

from bodymap import storage
from bodymap.i18n import translate
from bodymap.model import (
    DEFAULT_MEANING,
    MAX_AMENDMENTS,
    Amendment,
    Correction,
    Session,
    Signature,
    utc_now,
)
from bodymap.signing.audit import append_audit
from bodymap.signing.corrections import corrected_session
from bodymap.signing.errors import IntegrityError, NotSignedError, SignedRecordError, SigningError
from bodymap.signing.keys import SignerKey
from bodymap.signing.payloads import PLACEHOLDER, amendment_sha256, signed_bytes
from bodymap.signing.verify import integrity_problem


class Change(enum.Enum):
    """What a save may change in a session."""

    CONTENT = "content"
    """Patient, encounter, procedure, points: everything the signature covers."""
    SIGNATURE = "signature"
    """Adding the signature (signing)."""
    AMENDMENT = "amendment"
    """Adding an amendment after the ones already there."""
    AUDIT = "audit"
    """Adding audit entries."""


def is_signed(session: Session) -> bool:
    """Whether the session is a signed record: its content is then read-only, amendments only.

    A session holding amendments counts as signed even when its signature is missing (it was
    removed): editing it would only bury that.
    """
    return session.signature is not None or bool(session.amendments)


def allowed_changes(session: Session) -> frozenset[Change]:
    """What may change in this session: anything before signing, amendments and audit after."""
    if is_signed(session):
        return frozenset({Change.AMENDMENT, Change.AUDIT})
    return frozenset({Change.CONTENT, Change.SIGNATURE, Change.AUDIT})


def check_change(before: Session, after: Session) -> None:
    """Refuse replacing ``before`` by ``after`` when that changes what signing froze.

    For a signed ``before``: the signature, the content (by its canonical hash) and the
    amendments already made must stay as they are; amendments and audit entries may be added.
    An unsigned ``before`` may change in any way. The document calls this for every change, so
    an edit, an undo across the signature or a paste is refused in one place.

    Raises:
        SignedRecordError: with a message for the user.
    """
    if not is_signed(before):
        return
    if after.signature != before.signature:
        raise SignedRecordError(
            translate("signing", "This record is signed: its signature cannot be changed.")
        )
    if after.amendments[: len(before.amendments)] != before.amendments:
        raise SignedRecordError(
            translate(
                "signing",
                "This record is signed: amendments cannot be changed or removed, only added.",
            )
        )
    if _same_content_objects(before, after):
        return
    if storage.content_sha256(after) != storage.content_sha256(before):
        raise SignedRecordError(
            translate(
                "signing", "This record is signed and cannot be edited; add an amendment instead."
            )
        )


def already_signed() -> str:
    """Why a signed record is not signed again."""
    return translate("signing", "This record is already signed; add an amendment instead.")


def _same_content_objects(before: Session, after: Session) -> bool:
    """Whether ``after`` shares every content value with ``before`` (no hashing needed: adding
    an amendment or an audit entry copies the session with the same content objects)."""
    return all(
        getattr(after, name) is getattr(before, name)
        for name in type(before).model_fields
        if name not in storage.UNSIGNED_BLOCKS
    )


def unsignable(session: Session) -> str | None:
    """Why ``session`` cannot be signed yet, or None: a signed record can only be amended, so
    it must say when the procedure was done before it is signed."""
    if session.encounter.date is None:
        return translate(
            "signing",
            "the encounter date is not recorded: enter it (Patient tab) before signing, since a "
            "signed record can only be amended",
        )
    return None


def sign(
    session: Session,
    key: SignerKey,
    *,
    credentials: str | None = None,
    meaning: str = DEFAULT_MEANING,
    at: dt.datetime | None = None,
    user: str | None = None,
) -> Session:
    """The session signed by ``key``'s owner, with a "signed" audit entry.

    Args:
        session: an unsigned session.
        key: the signer's unlocked key; the signature carries the name it was made for.
        credentials: printed after the name; the key's registered credentials when None.
        meaning: what the signer attests ("performed and documented by").
        at: the signing time (now, in UTC, when None).
        user: the operating system user for the audit entry (the current one when None).

    Raises:
        SignedRecordError: the session is already signed (amend it instead).
        SigningError: the session cannot be signed yet (:func:`unsignable`).
    """
    if is_signed(session):
        raise SignedRecordError(already_signed())
    problem = unsignable(session)
    if problem is not None:
        raise SigningError(problem)
    try:
        draft = Signature(
            signer=key.name,
            credentials=key.record.credentials if credentials is None else credentials.strip(),
            meaning=meaning.strip() or DEFAULT_MEANING,
            signed_at=(at or utc_now()).astimezone(dt.UTC),
            content_sha256=storage.content_sha256(session),
            public_key=key.record.public_key,
            key_fingerprint=key.fingerprint,
            signature=PLACEHOLDER,
        )
    except ValidationError:
        raise SigningError(
            translate("signing", "The credentials or the meaning are too long.")
        ) from None
    signature = draft.model_copy(update={"signature": key.sign(signed_bytes(draft))})
    signed = session.model_copy(update={"signature": signature})
    return append_audit(signed, "signed", clinician=key.name, user=user, at=signature.signed_at)


def amend(
    session: Session,
    key: SignerKey,
    *,
    reason: str,
    text: str,
    corrections: Sequence[Correction] = (),
    credentials: str | None = None,
    at: dt.datetime | None = None,
    user: str | None = None,
) -> Session:
    """The signed session with one more amendment by ``key``'s owner, and an audit entry.

    The amendment names the hash of what it amends (the signed content for the first, the
    previous amendment after that) and is signed like the record. Build ``corrections`` with
    :func:`bodymap.signing.correction`.

    Raises:
        NotSignedError: the session is not signed (edit it instead).
        IntegrityError: the record or an earlier amendment does not verify; amending it
            would hide that.
        bodymap.signing.CorrectionError: a correction does not fit the record.
    """
    if session.signature is None:
        raise NotSignedError(
            translate("signing", "This record is not signed: it can still be edited.")
        )
    problem = integrity_problem(session)
    if problem is not None:
        raise IntegrityError(
            translate("signing", "This record cannot be amended: {problem}.").format(
                problem=problem
            )
        )
    if len(session.amendments) >= MAX_AMENDMENTS:
        raise SigningError(
            translate(
                "signing", "This record already has {count} amendments, the most a record holds."
            ).format(count=MAX_AMENDMENTS)
        )
    previous = (
        amendment_sha256(session.amendments[-1])
        if session.amendments
        else session.signature.content_sha256
    )
    if not reason.strip():
        raise SigningError(translate("signing", "An amendment needs a reason."))
    if not text.strip() and not corrections:
        raise SigningError(translate("signing", "An amendment needs a text or a correction."))
    try:
        draft = Amendment(
            author=key.name,
            credentials=key.record.credentials if credentials is None else credentials.strip(),
            amended_at=(at or utc_now()).astimezone(dt.UTC),
            reason=reason.strip(),
            text=text.strip(),
            corrections=list(corrections),
            amends_sha256=previous,
            public_key=key.record.public_key,
            key_fingerprint=key.fingerprint,
            signature=PLACEHOLDER,
        )
    except ValidationError:
        raise SigningError(
            translate(
                "signing",
                "The amendment is too long (reason 200, text 4,000 characters, 50 corrections).",
            )
        ) from None
    amendment = draft.model_copy(update={"signature": key.sign(signed_bytes(draft))})
    amended = session.model_copy(update={"amendments": [*session.amendments, amendment]})
    corrected_session(amended)  # every correction must still fit, in order
    return append_audit(amended, "amended", clinician=key.name, user=user, at=amendment.amended_at)
