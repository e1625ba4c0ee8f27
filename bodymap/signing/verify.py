"""Verifying a session file: is it signed, intact, and signed by a key the clinic registered?

States, from the worst: the file cannot be read; its content was changed after signing; a
signature or the amendment chain is broken; a key is not registered in the clinic folder;
valid. Unsigned files are a state of their own. The command line's exit codes and their
precedence across files are in :func:`exit_code`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bodymap import storage
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, moment_text, translate
from bodymap.model import Session, Signature
from bodymap.signing.clinic import KeyRing, load_key_ring
from bodymap.signing.keys import PublicKeyRecord, grouped_fingerprint, same_name
from bodymap.signing.payloads import amendment_sha256, signature_problem

signing = Context("signing")


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

    @property
    def text(self) -> str:
        """The state in a word or two, in the installed language ("valid", "altered")."""
        return translate("signing", _STATE_WORDS[self.value])


_STATE_WORDS = {
    "unreadable": QT_TRANSLATE_NOOP("signing", "unreadable"),
    "altered": QT_TRANSLATE_NOOP("signing", "altered"),
    "broken": QT_TRANSLATE_NOOP("signing", "broken"),
    "unknown key": QT_TRANSLATE_NOOP("signing", "unknown key"),
    "unsigned": QT_TRANSLATE_NOOP("signing", "unsigned"),
    "valid": QT_TRANSLATE_NOOP("signing", "valid"),
}


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

    def summary(self, user: Callable[[str], str] = str) -> str:
        """One line for people: the state, and who signed when.

        ``user`` sets the signer's name and credentials (text from the file) into the line:
        bidi-isolated on screen, escaped on a terminal.
        """
        signature = self.signature
        signed = ""
        if signature is not None:
            who = user(signature.signer)
            if signature.credentials:
                who += f", {user(signature.credentials)}"
            when = signed_time(signature.signed_at)
            signed = translate("signing", "signed by {signer} on {time}").format(
                signer=who, time=when
            )
            if self.session is not None and self.session.amendments:
                count = len(self.session.amendments)
                signed = signing.tr("{signed}, %n amendments", None, count).format(signed=signed)
        if self.state is VerifyState.VALID and signature is not None:
            return translate("signing", "valid: {signed}; key {fingerprint}").format(
                signed=signed, fingerprint=grouped_fingerprint(signature.key_fingerprint)
            )
        text = f"{self.state.text}: {self.detail}"
        return (
            translate("signing", "{problem} ({signed})").format(problem=text, signed=signed)
            if signed
            else text
        )


def signed_time(moment: dt.datetime) -> str:
    """A signing or amendment time as shown everywhere: ``2026-11-20 09:50 UTC`` (the date in
    the installed language's form)."""
    return f"{moment_text(moment.astimezone(dt.UTC))} UTC"


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
        return VerifyState.ALTERED, translate(
            "signing", "the record was changed after it was signed"
        )
    problem = signature_problem(signature)
    if problem is not None:
        return VerifyState.BROKEN, translate(
            "signing", "the signature does not verify: {problem}"
        ).format(problem=problem)
    expected = signature.content_sha256
    for number, amendment in enumerate(session.amendments, start=1):
        if amendment.amends_sha256 != expected:
            return VerifyState.BROKEN, translate(
                "signing", "the amendment chain is broken at amendment {number}"
            ).format(number=number)
        problem = signature_problem(amendment)
        if problem is not None:
            return VerifyState.BROKEN, translate(
                "signing", "amendment {number} does not verify: {problem}"
            ).format(number=number, problem=problem)
        expected = amendment_sha256(amendment)
    return None


def key_problem(
    ring: KeyRing, fingerprint: str, name: str, amendment: int | None = None
) -> str | None:
    """Why the clinic's keys do not confirm that ``name`` signed with this key (the signature's
    key, or amendment ``amendment``'s), or None when they do."""
    return _unregistered(ring, fingerprint, name, amendment)[1]


def _unregistered(
    ring: KeyRing, fingerprint: str, name: str, amendment: int | None
) -> tuple[PublicKeyRecord | None, str | None]:
    """The registration of the signing key (``amendment`` None) or of an amendment's key, and
    what is wrong with it."""
    record = ring.get(fingerprint)
    if record is None:
        if amendment is None:
            text = translate(
                "signing", "the signing key {fingerprint} is not registered in the clinic folder"
            )
        else:
            text = translate(
                "signing",
                "amendment {number}'s key {fingerprint} is not registered in the clinic folder",
            )
        return None, text.format(number=amendment, fingerprint=grouped_fingerprint(fingerprint))
    if not same_name(record.name, name):
        if amendment is None:
            text = translate(
                "signing", "the signing key is registered in the clinic folder to another name"
            )
        else:
            text = translate(
                "signing",
                "amendment {number}'s key is registered in the clinic folder to another name",
            )
        return record, text.format(number=amendment)
    return record, None


def verify_session(session: Session, ring: KeyRing) -> VerifyResult:
    """Verify a session already read, against the clinic's registered keys."""
    signature = session.signature
    if signature is None:
        if session.amendments:
            why = translate(
                "signing", "it holds amendments but no signature: the signature was removed"
            )
        elif any(entry.action == "signed" for entry in session.audit):
            why = translate(
                "signing", "its audit log records a signing but it has no signature: it was removed"
            )
        else:
            return VerifyResult(
                VerifyState.UNSIGNED, translate("signing", "not signed (a draft)"), session
            )
        return VerifyResult(VerifyState.BROKEN, why, session)
    problem = _integrity(session)
    if problem is not None:
        return VerifyResult(problem[0], problem[1], session)
    logged = sum(entry.action == "amended" for entry in session.audit)
    if logged > len(session.amendments):
        return VerifyResult(
            VerifyState.BROKEN,
            translate(
                "signing",
                "its audit log records {logged} amendments but it holds {held}: an amendment was "
                "removed",
            ).format(logged=logged, held=len(session.amendments)),
            session,
        )
    registered, unknown = _unregistered(ring, signature.key_fingerprint, signature.signer, None)
    if unknown is None:
        for number, amendment in enumerate(session.amendments, start=1):
            _record, unknown = _unregistered(
                ring, amendment.key_fingerprint, amendment.author, number
            )
            if unknown is not None:
                break
    if unknown is not None:
        if not ring.keys and ring.problems:
            unknown += f": {ring.problems[0]}"
        return VerifyResult(VerifyState.UNKNOWN_KEY, unknown, session, registered)
    return VerifyResult(
        VerifyState.VALID,
        translate("signing", "signed, intact, key registered"),
        session,
        registered,
    )


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
