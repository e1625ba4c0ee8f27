"""What the printed record says about its signature and amendments (no Qt).

A signed record says on every page who signed it, when and with which key, and prints its
electronic signature after the record and its amendments after that, each with its own
signature line. An unsigned record says "DRAFT — not signed" on every page. A record that
no longer verifies says so instead of claiming a signature (docs/adr/0006-signed-records.md).
Whether the key is registered in a clinic folder is not the paper's to say: a copy of the
file, checked with ``bodymap verify``, answers that.
"""

from __future__ import annotations

from typing import Final

from pydantic import JsonValue

from bodymap import signing
from bodymap.model import Amendment, Correction, Session, Signature
from bodymap.report.record import (
    DRAFT,
    NOT_VALID,
    AmendmentEntry,
    Item,
    Piece,
    SignedBlock,
    user_text,
)

SHORT_GROUPS: Final = 4
"""Groups of four of a key's fingerprint printed on every page (all of them at the end)."""
_SECTIONS: Final = {"patient": "Patient", "encounter": "Encounter", "procedure": "Procedure"}


def short_key(fingerprint: str) -> str:
    """A fingerprint's first groups, "92C7 FA9C 7C5B B833…"."""
    groups = signing.grouped_fingerprint(fingerprint).split()
    return " ".join(groups[:SHORT_GROUPS]) + "\u2026"


def _signer(name: str, credentials: str) -> list[Piece]:
    pieces = [Piece(name.strip(), user=True)]
    if credentials.strip():
        pieces += [Piece(", "), Piece(credentials.strip(), user=True)]
    return pieces


def _seal(name: str, credentials: str, when: str, fingerprint: str) -> list[Piece]:
    return [
        Piece("Electronically signed by "),
        *_signer(name, credentials),
        Piece(f" on {when} \u00b7 key {short_key(fingerprint)}"),
    ]


def seal(session: Session) -> tuple[tuple[Piece, ...], bool]:
    """What every page says about the signature, and whether it is a warning.

    "Electronically signed by … on … · key …" (with the number of amendments) for an intact
    signed record; "DRAFT — not signed" for an unsigned one; "NOT VALID — …" for a record
    changed after it was signed, or whose signature was removed.
    """
    result = signing.verify_session(session, signing.KeyRing({}))
    if result.state is signing.VerifyState.UNSIGNED:
        return (Piece(DRAFT),), True
    signature = session.signature
    if not result.intact or signature is None:
        return (Piece(NOT_VALID),), True
    pieces = _seal(
        signature.signer,
        signature.credentials,
        signing.signed_time(signature.signed_at),
        signature.key_fingerprint,
    )
    count = len(session.amendments)
    if count:
        pieces.append(Piece(f" \u00b7 {count} amendment{'s' * (count != 1)}"))
    return tuple(pieces), False


def signed_block(signature: Signature, content_sha256: str) -> SignedBlock:
    """The electronic signature printed after the record."""
    meaning = signature.meaning.strip()
    return SignedBlock(
        statement=(
            Piece(meaning[0].upper() + meaning[1:] + " "),
            *_signer(signature.signer, signature.credentials),
        ),
        items=(
            Item("Signed", signing.signed_time(signature.signed_at)),
            Item("Key", signing.grouped_fingerprint(signature.key_fingerprint)),
            Item("Content SHA-256", content_sha256),
        ),
        note=(
            "Signed electronically (Ed25519) over the record's content as saved in its file; "
            "amendments follow it, each signed. The signature is checked on the file, not on "
            "paper: bodymap verify FILE."
        ),
    )


def correction_label(session: Session, path: str) -> str:
    """Where a correction applies, in words: "Point 3 · findings · pain after"."""
    parts = [part.replace("~1", "/").replace("~0", "~") for part in path.split("/")[1:]]
    if parts[:1] == ["points"] and len(parts) > 1 and parts[1].isdigit():
        index = int(parts[1])
        number = session.points[index].number if index < len(session.points) else index + 1
        head, rest = f"Point {number}", parts[2:]
    else:
        head, rest = _SECTIONS.get(parts[0], parts[0].capitalize()), parts[1:]
    return " \u00b7 ".join([head, *(part.replace("_", " ") for part in rest)])


def _value(value: JsonValue) -> str:
    if value is None:
        return "not recorded"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return user_text(value) or "(empty)"
    return str(value)


def _correction(session: Session, item: Correction) -> str:
    return f"{correction_label(session, item.path)}: {_value(item.old)} \u2192 {_value(item.new)}"


def amendment_entry(
    session: Session, number: int, amendment: Amendment, *, valid: bool = True
) -> AmendmentEntry:
    """One amendment as printed: heading, author and reason, text, corrections, signature
    (or, when the record does not verify, that its signature cannot be relied on)."""
    when = signing.signed_time(amendment.amended_at)
    author = user_text(amendment.author)
    if amendment.credentials.strip():
        author += f", {user_text(amendment.credentials)}"
    return AmendmentEntry(
        heading=f"Amendment {number} \u00b7 {when}",
        items=(Item("Author", author), Item("Reason", user_text(amendment.reason))),
        text=user_text(amendment.text),
        corrections=tuple(_correction(session, item) for item in amendment.corrections),
        seal=tuple(
            _seal(amendment.author, amendment.credentials, when, amendment.key_fingerprint)
            if valid
            else [Piece(NOT_VALID)]
        ),
    )


def amendment_entries(session: Session, *, valid: bool = True) -> tuple[AmendmentEntry, ...]:
    """Every amendment as printed, in order (``valid``: the record verifies)."""
    return tuple(
        amendment_entry(session, number, amendment, valid=valid)
        for number, amendment in enumerate(session.amendments, start=1)
    )
