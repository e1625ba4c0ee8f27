"""Page layout of the printed record: header, diagram, points table, sections, footer.

``lay_out`` measures everything and splits it into pages first, so each page can say
"Page N of M"; ``paint_page`` then draws one page. Coordinates are page units (``blocks.UNIT``
per point) from the paper's top left corner.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from bodymap.anatomy import Diagram
from bodymap.report.blocks import (
    ALERT,
    INK,
    MUTED,
    Block,
    Flow,
    Page,
    Spacer,
    Text,
    TextBlock,
    draw_rule,
    font,
    pt,
)
from bodymap.report.page_one import diagram_block, header_blocks, pain_blocks
from bodymap.report.page_style import FOOTER_PT, SMALL_PT, Geometry
from bodymap.report.record import Footer, Piece, Record, joined
from bodymap.report.seal_blocks import amendment_blocks, signature_blocks
from bodymap.report.tables import section_blocks, table_blocks

# --------------------------------------------------------------------------- pages


KEPT_LINES: Final = 2
"""Lines of the last paragraph before the signature that go with it to a new page."""


def lay_out(
    record: Record, diagram: Diagram, geo: Geometry, clinician: str, *, opaque: bool = False
) -> list[Page]:
    """Measure the whole record and split it into pages.

    The signature never starts a page alone: it keeps with the last lines of the section
    before it. Amendments follow the signature.

    Args:
        opaque: draw the diagram without transparency (an archival PDF/A-1 file).
    """
    top = geo.margin
    bottom = geo.footer_top - pt(6)
    flow = Flow(top, top + geo.running_head_height, bottom)
    flow.add(header_blocks(record, geo))
    flow.add([diagram_block(record, diagram, geo, opaque=opaque)])
    flow.add(pain_blocks(record, geo))
    flow.add(table_blocks(record, geo))
    sections = [section_blocks(section, geo) for section in record.sections]
    for blocks in sections[:-1]:
        flow.add(blocks)
    last = _kept_to_the_end(sections[-1]) if sections else []
    flow.add(last + signature_blocks(record, geo, clinician))
    flow.add(amendment_blocks(record, geo))
    return flow.pages


def _kept_to_the_end(blocks: list[Block]) -> list[Block]:
    """The blocks with their end kept with what follows: the last :data:`KEPT_LINES` lines of
    the last paragraph, or the last block whole, and the space after it."""
    ending = list(blocks)
    last = max((i for i, b in enumerate(ending) if not isinstance(b, Spacer)), default=-1)
    if last < 0:
        return ending
    block = ending[last]
    if isinstance(block, TextBlock) and block.last - block.first > KEPT_LINES + 1:
        cut = block.last - KEPT_LINES
        ending[last : last + 1] = [
            TextBlock(block.text, block.first, cut, block.indent),
            TextBlock(block.text, cut, block.last, block.indent, keep_with_next=True),
        ]
        last += 1
    for kept in ending[last:]:
        kept.keep_with_next = True
    return ending


def paint_page(
    painter: QPainter,
    page: Page,
    number: int,
    count: int,
    record: Record,
    geo: Geometry,
) -> None:
    """Draw one laid-out page with its running head (after page 1) and footer."""
    x = geo.margin
    width = geo.body_width
    if number > 1:
        head_font = font(SMALL_PT)
        line = fitted_line(record.running_head, QFontMetricsF(head_font), width)
        head = Text(line, head_font, width, colour=MUTED)
        head.draw(painter, x, geo.margin, 0, 1)
        draw_rule(painter, x, geo.margin + head.heights[0] + pt(3), width, weight=0.4)
    for y, block in page.blocks:
        block.draw(painter, x, y)
    _paint_footer(painter, record.footer, number, count, geo)


def _paint_footer(
    painter: QPainter, footer: Footer, number: int, count: int, geo: Geometry
) -> None:
    """The seal over the whole width; the patient and the file, with the page number and the
    time of printing on the right; the content hash over the whole width."""
    x = geo.margin
    width = geo.body_width
    top = geo.footer_top
    draw_rule(painter, x, top, width, weight=0.5)
    plain = font(FOOTER_PT)
    metrics = QFontMetricsF(plain)
    line_h = metrics.height()
    right = (Footer.page_text(number, count), footer.printed)
    right_width = max(metrics.horizontalAdvance(t) for t in right)
    left_width = width - right_width - pt(12)
    seal_font = font(FOOTER_PT, bold=footer.seal_alert and footer.seal_bold)
    painter.setFont(seal_font)
    painter.setPen(ALERT if footer.seal_alert else INK)
    seal = fitted_line(footer.seal, QFontMetricsF(seal_font), width)
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.drawText(QRectF(x, top + pt(4), width, line_h), align, seal)
    painter.setFont(plain)
    painter.setPen(INK)
    left = (
        fitted_line(footer.patient_line, metrics, left_width),
        metrics.elidedText(footer.file_line, Qt.TextElideMode.ElideMiddle, left_width),
    )
    for i, (left_text, right_text) in enumerate(zip(left, right, strict=True)):
        y = top + pt(4) + (i + 1) * line_h
        painter.drawText(QRectF(x, y, left_width, line_h), align, left_text)
        painter.drawText(
            QRectF(x + width - right_width, y, right_width, line_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            right_text,
        )
    # The hash over the whole width, never shortened.
    painter.drawText(QRectF(x, top + pt(4) + 3 * line_h, width, line_h), align, footer.hash_line)


def fitted_line(pieces: Sequence[Piece], metrics: QFontMetricsF, width: float) -> str:
    """The pieces as one line of at most ``width``: user text isolated and, when the line is
    too long, shortened with an ellipsis (the longest first), the fixed words kept whole.

    Each piece is shortened on its own, before it is isolated, so an ellipsis never cuts the
    isolate's closing mark and a right-to-left name never reorders the identifier after it.
    """
    line = joined(pieces)
    room = width * 0.98  # isolates and kerning measure slightly apart from the whole line
    if metrics.horizontalAdvance(line) <= room:
        return line
    fixed = sum(metrics.horizontalAdvance(p.text) for p in pieces if not p.user)
    users = sorted(
        (i for i, p in enumerate(pieces) if p.user),
        key=lambda i: metrics.horizontalAdvance(pieces[i].text),
    )
    left = max(0.0, room - fixed)
    texts = [p.text for p in pieces]
    for count, i in enumerate(users):
        share = left / (len(users) - count)
        text = pieces[i].text
        if metrics.horizontalAdvance(text) > share:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, share)
        texts[i] = text
        left -= metrics.horizontalAdvance(text)
    return joined([Piece(t, p.user) for t, p in zip(texts, pieces, strict=True)])
