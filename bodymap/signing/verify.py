"""Verifying a session file: is it signed, intact, and signed by a key the clinic registered?

States, from the worst: the file cannot be read; its content was changed after signing; a
signature or the amendment chain is broken; a key is not registered in the clinic folder;
valid. Unsigned files are a state of their own. The command line's exit codes and their
precedence across files are in :func:`exit_code`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bodymap import storage
from bodymap.model import Session, Signature
from bodymap.signing.clinic import KeyRing, load_key_ring
from bodymap.signing.keys import PublicKeyRecord, grouped_fingerprint, same_name
from bodymap.signing.payloads import amendment_sha256, signature_problem


class VerifyState(enum.Enum):
    """What verifying a session found (worst first)."""

    UNREADABLE = "unreadable"
    """The file cannot be read as a session: nothing can be said about it."""
    ALTERED = "altered"
    """The content differs from what was signed: changed after signing."""
    BROKEN = "broken"
    """A signature does not verify, the amendment chain is broken or the signature is gone."""
    UNKNOWN_KEY = "unknown key"
    """Intact, but signed (or amended) with a key the clinic folder does not register."""
    UNSIGNED = "unsigned"
    """Intact as far as anyone can tell, but nobody signed it: a draft."""
    VALID = "valid"
    """Signed, intact, every key registered in the clinic folder under the signer's name."""


EXIT_CODES: dict[VerifyState, int] = {
    VerifyState.VALID: 0,
    VerifyState.ALTERED: 1,
    VerifyState.BROKEN: 1,
    VerifyState.UNKNOWN_KEY: 1,
    VerifyState.UNREADABLE: 2,
    VerifyState.UNSIGNED: 3,
}
"""``bodymap verify`` exit code for a single file in each state."""
_EXIT_PRECEDENCE = (2, 1, 3, 0)


def exit_code(results: Iterable[VerifyResult]) -> int:
    """The exit code for several files: 2 (unreadable) before 1 (altered, broken signature,
    unknown key) before 3 (unsigned) before 0 (all valid). 0 for no files at all.

    An unreadable file wins because nothing at all can be said about it, so the batch cannot
    be vouched for; each file's own line still says what it is.
    """
    codes = {EXIT_CODES[result.state] for result in results}
    return next((code for code in _EXIT_PRECEDENCE if code in codes), 0)


@dataclass(frozen=True)
class VerifyResult:
    """The answer for one session: its state, why, and who signed it."""

    state: VerifyState
    detail: str
    """Why, in a few words, naming no patient data (e.g. "amendment 2 does not verify")."""
    session: Session | None = None
    registered: PublicKeyRecord | None = None
    """The clinic's registration of the signing key, when it has one."""

    @property
    def signature(self) -> Signature | None:
        """The session's signature block, when it has one."""
        return self.session.signature if self.session is not None else None

    @property
    def intact(self) -> bool:
        """Signed, and neither the content nor any signature was changed (keys aside)."""
        return self.state in (VerifyState.VALID, VerifyState.UNKNOWN_KEY)

    @property
    def exit_code(self) -> int:
        """``bodymap verify``'s exit code for this file alone."""
        return EXIT_CODES[self.state]

    def summary(self) -> str:
        """One line for people: the state, and who signed when."""
        signature = self.signature
        signed = ""
        if signature is not None:
            who = signature.signer + (f", {signature.credentials}" if signature.credentials else "")
            when = signed_time(signature.signed_at)
            signed = f"signed by {who} on {when}"
            if self.session is not None and self.session.amendments:
                count = len(self.session.amendments)
                signed += f", {count} amendment{'s' if count != 1 else ''}"
        if self.state is VerifyState.VALID and signature is not None:
            return f"valid: {signed}; key {grouped_fingerprint(signature.key_fingerprint)}"
        return f"{self.state.value}: {self.detail}" + (f" ({signed})" if signed else "")


def signed_time(moment: dt.datetime) -> str:
    """A signing or amendment time as shown everywhere: ``2026-11-20 09:50 UTC``."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def integrity_problem(session: Session) -> str | None:
    """Why a signed session is not intact (altered content, a broken signature or chain), or
    None when it is intact or unsigned. Whether keys are registered is not considered."""
    problem = _integrity(session)
    return None if problem is None else problem[1]


def _integrity(session: Session) -> tuple[VerifyState, str] | None:
    signature = session.signature
    if signature is None:
        return None
    if storage.content_sha256(session) != signature.content_sha256:
        return VerifyState.ALTERED, "the record was changed after it was signed"
    problem = signature_problem(signature)
    if problem is not None:
        return VerifyState.BROKEN, f"the signature does not verify: {problem}"
    expected = signature.content_sha256
    for number, amendment in enumerate(session.amendments, start=1):
        if amendment.amends_sha256 != expected:
            return VerifyState.BROKEN, f"the amendment chain is broken at amendment {number}"
        problem = signature_problem(amendment)
        if problem is not None:
            return VerifyState.BROKEN, f"amendment {number} does not verify: {problem}"
        expected = amendment_sha256(amendment)
    return None


def _unregistered(
    ring: KeyRing, fingerprint: str, name: str, what: str
) -> tuple[PublicKeyRecord | None, str | None]:
    record = ring.get(fingerprint)
    if record is None:
        return (
            None,
            f"{what} key {grouped_fingerprint(fingerprint)} is not registered in the clinic folder",
        )
    if not same_name(record.name, name):
        return record, f"{what} key is registered in the clinic folder to another name"
    return record, None


def verify_session(session: Session, ring: KeyRing) -> VerifyResult:
    """Verify a session already read, against the clinic's registered keys."""
    signature = session.signature
    if signature is None:
        if session.amendments:
            why = "it holds amendments but no signature: the signature was removed"
        elif any(entry.action == "signed" for entry in session.audit):
            why = "its audit log records a signing but it has no signature: it was removed"
        else:
            return VerifyResult(VerifyState.UNSIGNED, "not signed (a draft)", session)
        return VerifyResult(VerifyState.BROKEN, why, session)
    problem = _integrity(session)
    if problem is not None:
        return VerifyResult(problem[0], problem[1], session)
    logged = sum(entry.action == "amended" for entry in session.audit)
    if logged > len(session.amendments):
        return VerifyResult(
            VerifyState.BROKEN,
            f"its audit log records {logged} amendments but it holds "
            f"{len(session.amendments)}: an amendment was removed",
            session,
        )
    registered, unknown = _unregistered(
        ring, signature.key_fingerprint, signature.signer, "the signing"
    )
    if unknown is None:
        for number, amendment in enumerate(session.amendments, start=1):
            _record, unknown = _unregistered(
                ring, amendment.key_fingerprint, amendment.author, f"amendment {number}'s"
            )
            if unknown is not None:
                break
    if unknown is not None:
        if not ring.keys and ring.problems:
            unknown += f": {ring.problems[0]}"
        return VerifyResult(VerifyState.UNKNOWN_KEY, unknown, session, registered)
    return VerifyResult(VerifyState.VALID, "signed, intact, key registered", session, registered)


def verify(
    source: Path | str | bytes, clinic_folder: Path | None, *, ring: KeyRing | None = None
) -> VerifyResult:
    """Verify a session file (a path, or the file's bytes) against the clinic's keys.

    Args:
        source: the file, or its bytes.
        clinic_folder: the clinic folder whose ``keys/`` holds the registered public keys.
        ring: the clinic's keys already loaded (for many files); read from
            ``clinic_folder`` when None.
    """
    try:
        if isinstance(source, bytes):
            session = storage.parse_session(source)
        else:
            session = storage.load_session(source)
    except storage.SessionFileError as exc:
        return VerifyResult(VerifyState.UNREADABLE, str(exc))
    return verify_session(session, ring if ring is not None else load_key_ring(clinic_folder))
