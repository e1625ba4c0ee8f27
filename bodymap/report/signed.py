"""What the printed record says about its signature and amendments (no Qt).

A signed record says on every page who signed it, when and with which key, and prints its
electronic signature after the record and its amendments after that, each with its own
signature line. An unsigned record says "DRAFT — not signed" on every page. A record that
no longer verifies says so instead of claiming a signature (docs/adr/0006-signed-records.md).

Whether a key is registered in the clinic folder is said only when the clinic's keys are
given (the window's clinic folder, ``bodymap print --clinic-folder``): then a record signed or
amended with a key the clinic does not register under the signer's name says on every page
that who signed it is not confirmed. Paper proves neither: ``bodymap verify`` on the file does.
"""

from __future__ import annotations

import decimal
import typing
from collections.abc import Mapping
from typing import Final, Literal, NamedTuple

from pydantic import JsonValue

from bodymap import i18n, signing
from bodymap.clinical import wording
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.model import (
    DEFAULT_MEANING,
    Amendment,
    Correction,
    Session,
    Signature,
    bare_annotation,
    field_at,
    pointer_parts,
)
from bodymap.report.record import (
    DRAFT,
    NOT_RECORDED,
    NOT_VALID,
    AmendmentEntry,
    Item,
    Piece,
    SignedBlock,
    localised,
    user_text,
)

record = Context("record")

AMENDMENT_NOT_CONFIRMED: Final = QT_TRANSLATE_NOOP("record", "AMENDMENT NOT CONFIRMED")
"""What every page adds when the clinic's keys do not confirm an amendment's author (English);
the amendment says why."""
SHORT_GROUPS: Final = 4
"""Groups of four of a key's fingerprint printed on every page (all of them at the end)."""
_SECTIONS: Final = {
    "patient": QT_TRANSLATE_NOOP("record", "Patient"),
    "encounter": QT_TRANSLATE_NOOP("record", "Encounter"),
    "procedure": QT_TRANSLATE_NOOP("record", "Procedure"),
}


def short_key(fingerprint: str) -> str:
    """A fingerprint's first groups, "92C7 FA9C 7C5B B833…"."""
    groups = signing.grouped_fingerprint(fingerprint).split()
    return " ".join(groups[:SHORT_GROUPS]) + "\u2026"


def _signer(name: str, credentials: str) -> list[Piece]:
    pieces = [Piece(name.strip(), user=True)]
    if credentials.strip():
        pieces += [Piece(", "), Piece(credentials.strip(), user=True)]
    return pieces


def _seal(
    name: str,
    credentials: str,
    when: str,
    fingerprint: str,
    *,
    confirmed: bool = True,
    short: bool = False,
) -> list[Piece]:
    """ "Electronically signed by … on … · key …"; "SIGNER NOT CONFIRMED · signed by …" when
    the clinic's keys do not confirm the signer; "Signed by …" (``short``) where a warning
    follows on the line. The shorter forms keep the signer's name on a line as wide as the
    page."""
    if not confirmed:
        template = translate(
            "record", "SIGNER NOT CONFIRMED \u00b7 signed by {signer} on {time} \u00b7 key {key}"
        )
    elif short:
        template = translate("record", "Signed by {signer} on {time} \u00b7 key {key}")
    else:
        template = translate(
            "record", "Electronically signed by {signer} on {time} \u00b7 key {key}"
        )
    before, _, after = template.partition("{signer}")
    values = {"time": when, "key": short_key(fingerprint)}
    return [
        Piece(before.format(**values)),
        *_signer(name, credentials),
        Piece(after.format(**values)),
    ]


class Seal(NamedTuple):
    """What the record says about its signature."""

    pieces: tuple[Piece, ...]
    """The line every page prints."""
    alert: bool
    """The line is printed as a warning: a draft, a record that does not verify, or a signer
    the clinic's keys do not confirm."""
    intact: bool
    """Signed, and nothing changed since: the signature and the amendments' are printed."""
    unconfirmed: str | None = None
    """Why the clinic's keys do not confirm who signed (with the clinic's keys only)."""


def seal(session: Session, key_ring: signing.KeyRing | None = None) -> Seal:
    """What every page says about the signature.

    "Electronically signed by … on … · key …" (with the number of amendments) for an intact
    signed record; "DRAFT — not signed" for an unsigned one; "NOT VALID — …" for a record
    changed after it was signed, or whose signature was removed. With ``key_ring`` (the
    clinic's registered keys): a record whose signing key the clinic does not register under
    the signer's name begins "SIGNER NOT CONFIRMED"; one with an amendment the clinic's keys
    do not confirm ends "AMENDMENT NOT CONFIRMED" instead of the number of amendments (the
    amendment says whose).
    """
    result = signing.verify_session(session, key_ring or signing.KeyRing({}))
    if result.state is signing.VerifyState.UNSIGNED:
        return Seal((Piece(localised(DRAFT)),), alert=True, intact=False)
    signature = session.signature
    if not result.intact or signature is None:
        return Seal((Piece(localised(NOT_VALID)),), alert=True, intact=False)
    unconfirmed = None
    amendment_unconfirmed = False
    if key_ring is not None and result.state is signing.VerifyState.UNKNOWN_KEY:
        unconfirmed = signing.key_problem(key_ring, signature.key_fingerprint, signature.signer)
        amendment_unconfirmed = any(
            signing.key_problem(key_ring, a.key_fingerprint, a.author, number) is not None
            for number, a in enumerate(session.amendments, start=1)
        )
    pieces = _seal(
        signature.signer,
        signature.credentials,
        signing.signed_time(signature.signed_at),
        signature.key_fingerprint,
        confirmed=unconfirmed is None,
        short=amendment_unconfirmed,
    )
    count = len(session.amendments)
    if amendment_unconfirmed:  # instead of the count, which the last pages give
        pieces.append(Piece(" \u00b7 " + localised(AMENDMENT_NOT_CONFIRMED)))
    elif count:
        pieces.append(Piece(" \u00b7 " + record.tr("%n amendments", None, count)))
    alert = unconfirmed is not None or amendment_unconfirmed
    return Seal(tuple(pieces), alert=alert, intact=True, unconfirmed=unconfirmed)


def _not_confirmed(problem: str) -> Item:
    """Why the clinic's keys do not confirm a signer, as a line of a signature block."""
    return Item(translate("record", "Not confirmed"), i18n.sentence(problem))


def signed_block(
    signature: Signature, content_sha256: str, unconfirmed: str | None = None
) -> SignedBlock:
    """The electronic signature printed after the record (``unconfirmed``: why the clinic's
    keys do not confirm who signed, :attr:`Seal.unconfirmed`)."""
    meaning = signature.meaning.strip()
    if meaning == DEFAULT_MEANING:  # bodymap's own words, not the signer's
        meaning = translate("signing", DEFAULT_MEANING)
    return SignedBlock(
        statement=(
            Piece(i18n.sentence(meaning) + " "),
            *_signer(signature.signer, signature.credentials),
        ),
        items=(
            Item(translate("record", "Signed"), signing.signed_time(signature.signed_at)),
            Item(
                translate("record", "Key", "signing key"),
                signing.grouped_fingerprint(signature.key_fingerprint),
            ),
            Item(translate("record", "Content SHA-256"), content_sha256),
            *((_not_confirmed(unconfirmed),) if unconfirmed else ()),
        ),
        note=translate(
            "record",
            "Signed electronically (Ed25519) over the record's content as saved in its file; "
            "amendments follow it, each signed. The signature is checked on the file, not on "
            "paper: bodymap verify FILE.",
        ),
    )


def correction_label(session: Session, path: str) -> str:
    """Where a correction applies, in words: "Point 3 · findings · pain after"."""
    parts = pointer_parts(path)
    if parts[:1] == ["points"] and len(parts) > 1 and parts[1].isdigit():
        index = int(parts[1])
        number = session.points[index].number if index < len(session.points) else index + 1
        head, rest = translate("record", "Point {number}").format(number=number), parts[2:]
    elif parts[0] in _SECTIONS:
        head, rest = localised(_SECTIONS[parts[0]]), parts[1:]
    else:
        head, rest = parts[0].capitalize(), parts[1:]
    return " \u00b7 ".join([head, *(wording.field_words(part) for part in rest)])


def _is_choice(session: Session, path: str) -> bool:
    """Whether the value at ``path`` is one of a fixed set (a muscle, a side, a sex, ...), so
    it is printed in words, not as the text the record holds."""
    field = field_at(session, path)
    if field is None:
        return False
    bare, _ = bare_annotation(field.annotation)
    return typing.get_origin(bare) is Literal


def _value(value: JsonValue, attr: str, choice: bool, names: Mapping[str, str] | None) -> str:
    if value is None:
        return localised(NOT_RECORDED)
    if isinstance(value, bool):
        return translate("record", "yes") if value else translate("record", "no")
    if isinstance(value, str) and choice:
        if attr == "muscle":
            return wording.muscle_in_text(value, names)
        if attr == "side":
            return wording.side_word(value)
        return wording.field_words(value)
    if isinstance(value, str):
        return user_text(value) or translate("record", "(empty)")
    if isinstance(value, float):
        return i18n.decimal(_all_digits(value))
    return str(value)


def _all_digits(value: float) -> str:
    """A number with every digit it holds, never in exponent form: "72.123456789", "0.0000001"."""
    text = format(decimal.Decimal(repr(value)), "f")
    return text[:-2] if text.endswith(".0") else text


def _change(session: Session, item: Correction, names: Mapping[str, str] | None) -> str:
    """A correction's old and new value in words: "1 → 0.25"."""
    parts = pointer_parts(item.path)
    attr = parts[-1] if parts else ""
    choice = _is_choice(session, item.path)
    old, new = _value(item.old, attr, choice, names), _value(item.new, attr, choice, names)
    return f"{old} \u2192 {new}"


def _correction(session: Session, item: Correction, names: Mapping[str, str] | None) -> str:
    return f"{correction_label(session, item.path)}: {_change(session, item, names)}"


def point_corrections(session: Session, names: Mapping[str, str] | None = None) -> dict[str, str]:
    """By point id, what the record's amendments corrected at that point, in one line under
    its row of the table ("corrected by amendment 1: treatment · volume mL: 1 → 0.25"), so
    that a reader of the table does not take a corrected value for the record's last word."""
    found: dict[str, list[str]] = {}
    for number, amendment in enumerate(session.amendments, start=1):
        for item in amendment.corrections:
            parts = pointer_parts(item.path)
            if parts[:1] != ["points"] or len(parts) < 3 or not parts[1].isdigit():
                continue
            index = int(parts[1])
            if index >= len(session.points):
                continue
            where = " \u00b7 ".join(wording.field_words(part) for part in parts[2:])
            change = translate("record", "corrected by amendment {number}: {what}").format(
                number=number, what=f"{where}: {_change(session, item, names)}"
            )
            found.setdefault(session.points[index].id, []).append(change)
    return {point_id: "; ".join(changes) for point_id, changes in found.items()}


def amendment_entry(
    session: Session,
    number: int,
    amendment: Amendment,
    *,
    valid: bool = True,
    names: Mapping[str, str] | None = None,
    key_ring: signing.KeyRing | None = None,
) -> AmendmentEntry:
    """One amendment as printed: heading, author and reason, text, corrections, signature
    (or, when the record does not verify, that its signature cannot be relied on).

    ``names``: the diagram's muscle names, for corrected muscles; ``key_ring``: the clinic's
    registered keys, when known: an author they do not confirm is said, and why.
    """
    when = signing.signed_time(amendment.amended_at)
    author = user_text(amendment.author)
    if amendment.credentials.strip():
        author += f", {user_text(amendment.credentials)}"
    problem = None
    if valid and key_ring is not None:
        problem = signing.key_problem(key_ring, amendment.key_fingerprint, amendment.author, number)
    items = [
        Item(translate("record", "Author"), author),
        Item(translate("record", "Reason"), user_text(amendment.reason)),
    ]
    if problem is not None:
        items.append(_not_confirmed(problem))
    return AmendmentEntry(
        heading=translate("record", "Amendment {number} \u00b7 {time}").format(
            number=number, time=when
        ),
        items=tuple(items),
        text=user_text(amendment.text),
        corrections=tuple(_correction(session, item, names) for item in amendment.corrections),
        seal=tuple(
            _seal(
                amendment.author,
                amendment.credentials,
                when,
                amendment.key_fingerprint,
                confirmed=problem is None,
            )
            if valid
            else [Piece(localised(NOT_VALID))]
        ),
    )


def amendment_entries(
    session: Session,
    *,
    valid: bool = True,
    names: Mapping[str, str] | None = None,
    key_ring: signing.KeyRing | None = None,
) -> tuple[AmendmentEntry, ...]:
    """Every amendment as printed, in order (``valid``: the record verifies; ``names`` and
    ``key_ring`` as for :func:`amendment_entry`)."""
    return tuple(
        amendment_entry(session, number, amendment, valid=valid, names=names, key_ring=key_ring)
        for number, amendment in enumerate(session.amendments, start=1)
    )
