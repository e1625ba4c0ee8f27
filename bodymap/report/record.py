"""The printed record's vocabulary: its value types, fixed words and how values are written.

Pure Python (no Qt). ``content`` fills these types from a session; ``layout`` places them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from bodymap import i18n, storage
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import PainArea, Session, isolate

# The record's fixed words, in English; ``localised`` gives them in the installed language.
TITLE: Final = QT_TRANSLATE_NOOP("record", "Trigger point procedure record")
NO_POINTS: Final = QT_TRANSLATE_NOOP("record", "No points marked")
NOT_RECORDED: Final = QT_TRANSLATE_NOOP("record", "not recorded")
DASH: Final = "\u2013"

TREATMENT_KINDS: Final = ("injection", "dry_needling", "examined")
KIND_LABELS: Final = {
    "injection": QT_TRANSLATE_NOOP("record", "Injection"),
    "dry_needling": QT_TRANSLATE_NOOP("record", "Dry needling"),
    "examined": QT_TRANSLATE_NOOP("record", "Examined only"),
}


def localised(text: str) -> str:
    """One of the record's fixed words (``TITLE``, ``KIND_LABELS``...) in the installed
    language."""
    return translate("record", text)


Style = Literal["body", "alert", "note", "bullet", "strong"]


@dataclass(frozen=True)
class Item:
    """One label/value pair of the header or the checklist; ``alert`` prints it prominently."""

    label: str
    value: str
    alert: bool = False


@dataclass(frozen=True)
class Marker:
    """A numbered marker on the diagram, in diagram mm."""

    number: int
    x: float
    y: float
    kind: str
    """"injection", "dry_needling" or "examined" (the marker colour)."""
    caution: bool
    """A pneumothorax caution applies at this position (badge on the marker)."""


@dataclass(frozen=True)
class PainKey:
    """One line of the diagram's key for the pain drawing: a quality and what is painted."""

    quality: str
    text: str
    """E.g. "Aching (intensity 6/10): 22 cm²"."""


@dataclass(frozen=True)
class PainRecord:
    """The pain drawing as printed: the areas hatched on the diagram, its key, the area in
    total and per region, and how it changed since the last visit."""

    areas: tuple[PainArea, ...]
    key: tuple[PainKey, ...]
    summary: str
    change: str = ""
    """E.g. "Painted area 56 cm²; at the last visit (2026-10-02) 80 cm²: 24 cm² smaller"."""


@dataclass(frozen=True)
class PointRow:
    """One row of the points table, every cell already in words."""

    number: int
    kind: str
    muscle: str
    side: str
    location: str
    caution: str
    findings: str
    pain: str
    treatment: str
    recurrence: str = ""
    """E.g. "recurring: 3rd visit, last treated 2026-10-02 with …"; empty for a new point."""
    corrected: str = ""
    """What the amendments corrected at the point ("corrected by amendment 1: …"), or ""."""


@dataclass(frozen=True)
class TotalRow:
    """One line of the totals per agent; ``alert`` when over the maximum for the weight."""

    agent: str
    volume: str
    dose: str
    maximum: str
    share: str
    alert: bool = False


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a section."""

    text: str
    style: Style = "body"


@dataclass(frozen=True)
class Section:
    """A titled block after the table: a few label/value items, then paragraphs."""

    title: str
    items: tuple[Item, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    totals: tuple[TotalRow, ...] = ()


@dataclass(frozen=True)
class Piece:
    """Part of a line; ``user`` text (names, identifiers) is isolated when printed and is what
    gets shortened, with an ellipsis, when the line must fit one line's width."""

    text: str
    user: bool = False


def joined(pieces: Sequence[Piece]) -> str:
    """The pieces as one line, user text bidi-isolated."""
    return "".join(isolate(p.text) if p.user else p.text for p in pieces)


DRAFT: Final = QT_TRANSLATE_NOOP("record", "DRAFT \u2014 not signed")
"""What every page of an unsigned record says (English; see ``localised``)."""
NOT_VALID: Final = QT_TRANSLATE_NOOP(
    "record", "NOT VALID \u2014 this record was changed after it was signed"
)
"""What every page says of a signed record that does not verify (English)."""


def _draft_seal() -> tuple[Piece, ...]:
    return (Piece(localised(DRAFT)),)


@dataclass(frozen=True)
class Footer:
    """What every page's footer says (page numbers are added when the page count is known).

    Four lines: the seal (who signed the record, when, with which key; or "DRAFT — not
    signed"), the patient, the file, and the full content hash (docs/adr/0006).
    """

    patient: str
    identifier: str
    record_id: str
    format_version: str
    sha256: str
    """The full SHA-256 of the record's canonical content (``storage.content_sha256``)."""
    printed: str
    seal: tuple[Piece, ...] = field(default_factory=_draft_seal)
    seal_alert: bool = True
    """The seal is printed as a warning: a draft, a record that does not verify, or a signer
    the clinic's keys do not confirm."""
    seal_bold: bool = True
    """The warning is bold (a draft, a record that does not verify); an unconfirmed signer's
    longer line is printed in regular weight, so the signer's name stays on it."""

    @property
    def patient_line(self) -> tuple[Piece, ...]:
        """The patient line in pieces: name and identifier are user text."""
        label = translate("record", "ID", "identifier of the patient")
        return (
            Piece(self.patient, user=True),
            Piece(f" \u00b7 {label} "),
            Piece(self.identifier, True),
        )

    @property
    def file_line(self) -> str:
        """Which file the record was printed from (no user text)."""
        return translate("record", "Record {id} \u00b7 Format {version}").format(
            id=self.record_id, version=self.format_version
        )

    @property
    def hash_line(self) -> str:
        """The content hash of what was printed, in full."""
        return translate("record", "Content SHA-256 {hash}").format(hash=self.sha256)

    @property
    def left_lines(self) -> tuple[str, str, str, str]:
        """The seal, the patient line, the file line and the hash line, in full."""
        return joined(self.seal), joined(self.patient_line), self.file_line, self.hash_line

    @staticmethod
    def page_text(page: int, pages: int) -> str:
        """``Page N of M``."""
        return translate("record", "Page {page} of {pages}").format(page=page, pages=pages)


@dataclass(frozen=True)
class SignedBlock:
    """The electronic signature printed after the record (a signed record only)."""

    statement: tuple[Piece, ...]
    """"Performed and documented by Dr A. Example, MD"."""
    items: tuple[Item, ...]
    """When, the key's full fingerprint, the content hash."""
    note: str


@dataclass(frozen=True)
class AmendmentEntry:
    """One amendment as printed after the record: who, when, why, what, and its signature."""

    heading: str
    """"Amendment 1 · 2026-11-21 10:05 UTC"."""
    items: tuple[Item, ...]
    """Author and reason (user text isolated)."""
    text: str
    corrections: tuple[str, ...]
    """"Point 1 · findings · pain after: 2 → 3" (values isolated)."""
    seal: tuple[Piece, ...]
    """The amendment's signature line: "Electronically signed by … on … · key …"."""


@dataclass(frozen=True)
class Record:
    """Everything the printed record says, in reading order."""

    clinic: str
    title: str
    patient: tuple[Item, ...]
    encounter: tuple[Item, ...]
    allergy_alert: str | None
    markers: tuple[Marker, ...]
    rows: tuple[PointRow, ...]
    kind_counts: tuple[tuple[str, int], ...]
    sections: tuple[Section, ...]
    footer: Footer
    running_head: tuple[Piece, ...]
    """The heading of pages after the first: title, patient, identifier, date."""
    signed: SignedBlock | None = None
    """The electronic signature, printed after the record (None for a draft)."""
    amendments: tuple[AmendmentEntry, ...] = ()
    """Printed after the signature, in order."""
    pain: PainRecord | None = None
    """The pain drawing; None when nothing is painted and no earlier drawing is compared."""


# --------------------------------------------------------------------------- numbers and words


def number(value: float) -> str:
    """A number for the record: at most two decimals, no trailing zeros, the language's
    decimal separator."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return i18n.decimal(text or "0")


def date_text(value: dt.date | None) -> str:
    """A date in the language's form (YYYY-MM-DD in English), or "not recorded"."""
    return i18n.date_text(value) if value is not None else localised(NOT_RECORDED)


def time_text(value: dt.time | None) -> str:
    """A time as HH:MM, or "not recorded"."""
    return i18n.time_text(value) if value is not None else localised(NOT_RECORDED)


def yes_no(value: bool) -> str:
    """Yes or No."""
    return translate("record", "Yes") if value else translate("record", "No")


def or_missing(text: str) -> str:
    """User text as printed (bidi-isolated, see ``model.isolate``), or "not recorded" when it
    is blank."""
    stripped = text.strip()
    return isolate(stripped) if stripped else localised(NOT_RECORDED)


def user_text(text: str) -> str:
    """User text as printed: stripped and bidi-isolated (empty stays empty)."""
    return isolate(text.strip())


def printed_text(printed_at: dt.datetime | None) -> str:
    """The local date and time of printing, e.g. ``2025-03-14 10:05``."""
    moment = printed_at if printed_at is not None else dt.datetime.now()
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return i18n.moment_text(moment)


# --------------------------------------------------------------------------- file identity


def file_identity(session: Session) -> tuple[str, str]:
    """The session file's format version and the SHA-256 (hex) of its saved content."""
    return storage.FORMAT_VERSION, storage.content_sha256(session)
