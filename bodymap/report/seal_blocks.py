"""The signature after the record and the amendments after it, as page blocks.

A signed record ends with its electronic signature (who, the meaning, when, the key's full
fingerprint, the content hash); a draft with lines to sign by hand. Each amendment follows
with its author, time, reason, text, corrections and signature line, kept on one page when it
fits. ``layout`` keeps the signature with the last lines of the section before it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPen

from bodymap.i18n import translate
from bodymap.report.blocks import (
    INK,
    MUTED,
    Block,
    Drawn,
    Spacer,
    Text,
    TextBlock,
    font,
    mm,
    pt,
    section_heading,
)
from bodymap.report.page_one import items_block
from bodymap.report.page_style import BODY_PT, SMALL_PT, Geometry
from bodymap.report.record import AmendmentEntry, Record, SignedBlock, joined


class SignatureBlock(Drawn):
    """The record's signature, electronic or to be signed by hand: one block, never split."""


def signature_blocks(record: Record, geo: Geometry, clinician: str) -> list[Block]:
    """The record's signature: electronic when signed, else lines to sign by hand.

    The last block keeps together; the blocks before it keep with it.
    """
    block = _electronic(record.signed, geo) if record.signed else _handwritten(geo, clinician)
    return [Spacer(pt(16), keep_with_next=True), block]


def _electronic(block: SignedBlock, geo: Geometry) -> SignatureBlock:
    width = geo.body_width
    heading = section_heading(translate("record", "Electronic signature"), width)
    statement = Text(joined(block.statement), font(BODY_PT, bold=True), width)
    items = items_block(block.items, width, mm(32))
    note = Text(block.note, font(SMALL_PT), width, colour=MUTED)

    def paint(painter: QPainter, x: float, y: float) -> None:
        heading.draw(painter, x, y)
        y += heading.height
        statement.draw(painter, x, y)
        y += statement.height + pt(3)
        items.draw(painter, x, y)
        note.draw(painter, x, y + items.height + pt(2))

    height = heading.height + statement.height + pt(3) + items.height + pt(2) + note.height
    return SignatureBlock(height, paint, keep_together=True)


def _handwritten(geo: Geometry, clinician: str) -> SignatureBlock:
    width = geo.body_width
    name = Text(
        translate("record", "Clinician: {name}").format(name=clinician), font(BODY_PT), width
    )
    words = (
        translate("record", "Clinician signature"),
        translate("record", "Date", "of the signature"),
    )
    labels = [Text(t, font(SMALL_PT), width / 2, colour=MUTED) for t in words]

    def paint(painter: QPainter, x: float, y: float) -> None:
        name.draw(painter, x, y)
        line_y = y + name.height + pt(30)
        painter.setPen(QPen(INK, pt(0.6)))
        painter.drawLine(QPointF(x, line_y), QPointF(x + width * 0.58, line_y))
        painter.drawLine(QPointF(x + width * 0.68, line_y), QPointF(x + width, line_y))
        labels[0].draw(painter, x, line_y + pt(2))
        labels[1].draw(painter, x + width * 0.68, line_y + pt(2))

    height = name.height + pt(32) + labels[0].height
    return SignatureBlock(height, paint, keep_together=True)


def amendment_blocks(record: Record, geo: Geometry) -> list[Block]:
    """The amendments after the signature, each kept on one page when it fits."""
    if not record.amendments:
        return []
    blocks: list[Block] = [
        Spacer(pt(14)),
        section_heading(translate("record", "Amendments"), geo.body_width),
    ]
    for number, entry in enumerate(record.amendments):
        if number:
            blocks.append(Spacer(pt(10), keep_with_next=True))
        blocks += _amendment(entry, geo)
    return blocks


def _amendment(entry: AmendmentEntry, geo: Geometry) -> list[Block]:
    width = geo.body_width
    heading = Text(entry.heading, font(BODY_PT, bold=True), width)
    blocks: list[Block] = [
        Drawn(heading.height + pt(3), lambda p, x, y: heading.draw(p, x, y), keep_with_next=True),
        _kept(items_block(entry.items, width, mm(22))),
    ]
    if entry.text:
        blocks += [
            Spacer(pt(2), keep_with_next=True),
            TextBlock(Text(entry.text, font(BODY_PT), width), keep_with_next=True),
        ]
    for correction in entry.corrections:
        text = Text(
            translate("record", "Corrects {correction}").format(correction=correction),
            font(BODY_PT),
            width - pt(8),
            indent=pt(7),
        )
        blocks += [
            Spacer(pt(2), keep_with_next=True),
            TextBlock(text, indent=pt(8), keep_with_next=True),
        ]
    seal = Text(joined(entry.seal), font(SMALL_PT), width, colour=MUTED)

    def paint_seal(painter: QPainter, x: float, y: float) -> None:
        painter.setPen(QPen(INK, pt(0.6)))
        painter.drawLine(QPointF(x, y + pt(4)), QPointF(x + width * 0.58, y + pt(4)))
        seal.draw(painter, x, y + pt(6))

    blocks.append(Drawn(seal.height + pt(6), paint_seal, keep_together=True))
    return blocks


def _kept(block: Block) -> Block:
    """``block`` kept with the block after it."""
    block.keep_with_next = True
    return block
