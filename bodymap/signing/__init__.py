"""Signed records: sign, amend, audit and verify session files, with Ed25519 keys.

No Qt. Sits between ``history`` and ``storage``: it reads and writes sessions through
``storage`` and knows nothing of the clinic's history. See docs/adr/0006-signed-records.md.

For the window:

- sign: ``signer_key(name, ask, clinic_folder=...)`` then ``sign(session, outcome.key)``
  (or ``sign_file`` for a file on disk);
- read-only: ``is_signed(session)``, ``allowed_changes(session)`` and
  ``check_change(before, after)`` in the document's one place where the session changes;
- amend: ``correction(session, pointer, new)`` for each corrected value, then
  ``amend(session, key, reason=..., text=..., corrections=...)``;
- audit: ``append_audit(session, action, clinician=...)`` before each save;
- status line: ``verify_session(session, load_key_ring(clinic_folder))``;
- properties: ``session.signature``, ``session.amendments``, ``session.audit``,
  ``grouped_fingerprint``, ``storage.content_sha256``.

``cryptography`` loads only to make, open or check a key or a signature: a draft's window,
which uses the document's guard and finds the draft unsigned, loads none of it.
"""

from bodymap.model import DEFAULT_MEANING
from bodymap.signing.audit import append_audit, os_user
from bodymap.signing.clinic import KeyRing, load_key_ring, register_key
from bodymap.signing.corrections import CorrectionError, corrected_session, correction
from bodymap.signing.errors import (
    IntegrityError,
    KeyFileError,
    NotSignedError,
    PassphraseError,
    SignedRecordError,
    SigningError,
)
from bodymap.signing.files import KeyOutcome, amend_file, sign_file, signer_key
from bodymap.signing.keys import (
    MIN_PASSPHRASE,
    PublicKeyRecord,
    SignerKey,
    clinic_key_dir,
    create_key,
    fingerprint,
    grouped_fingerprint,
    has_key,
    unlock_key,
    user_key_dir,
)
from bodymap.signing.payloads import amendment_sha256, signed_bytes
from bodymap.signing.records import (
    Change,
    allowed_changes,
    amend,
    check_change,
    is_signed,
    sign,
    unsignable,
)
from bodymap.signing.verify import (
    EXIT_CODES,
    VerifyResult,
    VerifyState,
    exit_code,
    integrity_problem,
    key_problem,
    signed_time,
    verify,
    verify_session,
)

__all__ = [
    "DEFAULT_MEANING",
    "EXIT_CODES",
    "MIN_PASSPHRASE",
    "Change",
    "CorrectionError",
    "IntegrityError",
    "KeyFileError",
    "KeyOutcome",
    "KeyRing",
    "NotSignedError",
    "PassphraseError",
    "PublicKeyRecord",
    "SignedRecordError",
    "SignerKey",
    "SigningError",
    "VerifyResult",
    "VerifyState",
    "allowed_changes",
    "amend",
    "amend_file",
    "amendment_sha256",
    "append_audit",
    "check_change",
    "clinic_key_dir",
    "corrected_session",
    "correction",
    "create_key",
    "exit_code",
    "fingerprint",
    "grouped_fingerprint",
    "has_key",
    "integrity_problem",
    "is_signed",
    "key_problem",
    "load_key_ring",
    "os_user",
    "register_key",
    "sign",
    "sign_file",
    "signed_bytes",
    "signed_time",
    "signer_key",
    "unlock_key",
    "unsignable",
    "user_key_dir",
    "verify",
    "verify_session",
]
