"""Page layout of the printed record: header, diagram, points table, sections, footer.

``lay_out`` measures everything and splits it into pages first, so each page can say
"Page N of M"; ``paint_page`` then draws one page. Coordinates are page units (``blocks.UNIT``
per point) from the paper's top left corner.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from bodymap.anatomy import Diagram
from bodymap.report.blocks import INK, MUTED, Flow, Page, Text, draw_rule, font, pt
from bodymap.report.page_one import diagram_block, header_blocks
from bodymap.report.page_style import FOOTER_PT, SMALL_PT, Geometry
from bodymap.report.record import Footer, Record
from bodymap.report.tables import section_blocks, signature_blocks, table_blocks

# --------------------------------------------------------------------------- pages


def lay_out(record: Record, diagram: Diagram, geo: Geometry, clinician: str) -> list[Page]:
    """Measure the whole record and split it into pages."""
    top = geo.margin
    bottom = geo.footer_top - pt(6)
    flow = Flow(top, top + geo.running_head_height, bottom)
    flow.add(header_blocks(record, geo))
    flow.add([diagram_block(record, diagram, geo)])
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
        head = Text(record.running_head, font(SMALL_PT), width, colour=MUTED)
        head.draw(painter, x, geo.margin)
        draw_rule(painter, x, geo.margin + head.height + pt(3), width, weight=0.4)
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
    for i, (left_text, right_text) in enumerate(zip(footer.left_lines, right, strict=True)):
        y = top + pt(4) + i * line_h
        elided = metrics.elidedText(left_text, Qt.TextElideMode.ElideMiddle, left_width)
        painter.drawText(
            QRectF(x, y, left_width, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            elided,
        )
        painter.drawText(
            QRectF(x + width - right_width, y, right_width, line_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            right_text,
        )
