"""Page layout of the printed record: header, diagram, points table, sections, footer.

``lay_out`` measures everything and splits it into pages first, so each page can say
"Page N of M"; ``paint_page`` then draws one page. Coordinates are page units (``blocks.UNIT``
per point) from the paper's top left corner.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from bodymap.anatomy import Diagram
from bodymap.report.blocks import INK, MUTED, Flow, Page, Text, draw_rule, font, pt
from bodymap.report.page_one import diagram_block, header_blocks, pain_blocks
from bodymap.report.page_style import FOOTER_PT, SMALL_PT, Geometry
from bodymap.report.record import Footer, Piece, Record, joined
from bodymap.report.tables import section_blocks, signature_blocks, table_blocks

# --------------------------------------------------------------------------- pages


def lay_out(record: Record, diagram: Diagram, geo: Geometry, clinician: str) -> list[Page]:
    """Measure the whole record and split it into pages."""
    top = geo.margin
    bottom = geo.footer_top - pt(6)
    flow = Flow(top, top + geo.running_head_height, bottom)
    flow.add(header_blocks(record, geo))
    flow.add([diagram_block(record, diagram, geo)])
    flow.add(pain_blocks(record, geo))
    flow.add(table_blocks(record, geo))
    for section in record.sections:
        flow.add(section_blocks(section, geo))
    flow.add(signature_blocks(geo, clinician))
    return flow.pages


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
    x = geo.margin
    width = geo.body_width
    top = geo.footer_top
    draw_rule(painter, x, top, width, weight=0.5)
    f = font(FOOTER_PT)
    metrics = QFontMetricsF(f)
    right = (Footer.page_text(number, count), footer.printed)
    right_width = max(metrics.horizontalAdvance(t) for t in right)
    left_width = width - right_width - pt(12)
    painter.setFont(f)
    painter.setPen(INK)
    line_h = metrics.height()
    left = (
        fitted_line(footer.patient_line, metrics, left_width),
        metrics.elidedText(footer.file_line, Qt.TextElideMode.ElideMiddle, left_width),
    )
    for i, (left_text, right_text) in enumerate(zip(left, right, strict=True)):
        y = top + pt(4) + i * line_h
        painter.drawText(
            QRectF(x, y, left_width, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            left_text,
        )
        painter.drawText(
            QRectF(x + width - right_width, y, right_width, line_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            right_text,
        )


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
