"""The points table and the sections after it (totals, procedure, cautions, codes, notes)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter

from bodymap import i18n
from bodymap.clinical.wording import side_word
from bodymap.i18n import translate
from bodymap.report.blocks import (
    ALERT,
    CAUTION,
    INK,
    MUTED,
    SHADE,
    Block,
    Drawn,
    Spacer,
    Text,
    TextBlock,
    draw_rule,
    font,
    mm,
    pt,
    section_heading,
)
from bodymap.report.page_one import columns_block, items_block
from bodymap.report.page_style import (
    BODY_PT,
    COLUMNS,
    PAD,
    SMALL_PT,
    TABLE_PT,
    Geometry,
    draw_marker,
)
from bodymap.report.record import NO_POINTS, PointRow, Record, Section, TotalRow, localised
from bodymap.report.rows import Cell, Row, lines_of

SHORT_PARAGRAPH_LINES: Final = 4
"""A paragraph of at most this many lines is never split across pages."""

# --------------------------------------------------------------------------- points table


_SIDE: Final = 2
"""The Side column, whose words are known in advance."""
_GIVING: Final = (3, 4)
"""The columns of running text (Location, Findings) that give room to a column too narrow."""


def _narrowest(index: int) -> float:
    """The width column ``index`` needs so that no word of its title (and, for the side, of
    its values) is broken: "Izquierdo", "Mittellinie" and "después" are longer than their
    English words."""
    heading = QFontMetricsF(font(SMALL_PT, bold=True))
    words = [(heading, word) for word in localised(COLUMNS[index][0]).split()]
    if index == _SIDE:
        body = QFontMetricsF(font(TABLE_PT))
        words += [(body, side_word(side)) for side in ("left", "right", "midline")]
    return max(metrics.horizontalAdvance(word) for metrics, word in words) + 2 * PAD + pt(0.5)


def _column_edges(width: float) -> list[tuple[float, float]]:
    """Each column's left edge and width: its share of ``width``, widened to its longest word
    in the installed language at the expense of the running-text columns."""
    widths = [share * width for _, share in COLUMNS]
    for index in range(len(widths)):
        if index in _GIVING:
            continue
        missing = _narrowest(index) - widths[index]
        if missing > 0:
            widths[index] += missing
            for giver in _GIVING:
                widths[giver] -= missing / len(_GIVING)
    edges = []
    x = 0.0
    for w in widths:
        edges.append((x, w))
        x += w
    return edges


def _table_header(geo: Geometry, title: str, edges: list[tuple[float, float]]) -> Block:
    width = geo.body_width
    heading = Text(title, font(11, bold=True), width)
    cells = [
        Text(localised(name), font(SMALL_PT, bold=True), w - 2 * PAD, colour=MUTED)
        for (name, _), (_, w) in zip(COLUMNS, edges, strict=True)
    ]
    row_h = max(c.height for c in cells) + 2 * PAD

    def paint(painter: QPainter, x: float, y: float) -> None:
        heading.draw(painter, x, y)
        top = y + heading.height + pt(3)
        painter.fillRect(QRectF(x, top, width, row_h), SHADE)
        for cell, (cx, _) in zip(cells, edges, strict=True):
            cell.draw(painter, x + cx + PAD, top + PAD)
        draw_rule(painter, x, top + row_h, width, weight=0.8)

    return Drawn(heading.height + pt(3) + row_h, paint, keep_with_next=True)


def _row_block(
    row: PointRow,
    geo: Geometry,
    header: Block,
    shaded: bool,
    edges: list[tuple[float, float]],
) -> list[Block]:
    """The row of one point, and the line saying how it recurs (if it does) under its cells.

    A row taller than the space left continues on the next page under the repeated header;
    the marker is drawn with its first part.
    """
    width = geo.body_width
    body = font(TABLE_PT)
    radius = pt(5.2)
    inner = [w - 2 * PAD for _, w in edges]
    texts: list[list[Text]] = [
        [Text(row.muscle, font(TABLE_PT, bold=True), inner[1])],
        [Text(row.side, body, inner[2])],
        [Text(row.location, body, inner[3])],
        [Text(row.findings, body, inner[4])],
        [Text(row.pain, body, inner[5])],
        [Text(row.treatment, body, inner[6])],
    ]
    if row.caution:
        texts[2].append(
            Text(
                translate("record", "Caution: {caution}").format(caution=row.caution),
                font(TABLE_PT, italic=True),
                inner[3],
                colour=CAUTION,
            )
        )
    cells = [
        Cell(cx + PAD, lines_of(*cell)) for cell, (cx, _) in zip(texts, edges[1:], strict=True)
    ]
    # A recurring or corrected point gets a line of its own across the text columns, under
    # its cells.
    recurs_x = edges[1][0]
    under = ". ".join(i18n.sentence(text) for text in (row.recurrence, row.corrected) if text)
    recurs = Text(under, font(TABLE_PT, bold=True), width - recurs_x - 2 * PAD) if under else None

    def decorate(painter: QPainter, x: float, y: float, height: float, first: bool) -> None:
        if shaded:
            painter.fillRect(QRectF(x, y, width, height), SHADE)
        if first:
            cx0, w0 = edges[0]
            centre = QPointF(x + cx0 + w0 / 2, y + PAD + radius)
            draw_marker(painter, centre, row.number, row.kind, radius, False)
        if recurs is None or not first:
            draw_rule(painter, x, y + height, width, weight=0.4)

    def decorate_recurrence(
        painter: QPainter, x: float, y: float, height: float, first: bool
    ) -> None:
        if shaded:
            painter.fillRect(QRectF(x, y, width, height), SHADE)
        draw_rule(painter, x, y + height, width, weight=0.4)

    main = Row(
        cells,
        pad_top=PAD,
        pad_bottom=PAD if recurs is None else 0.0,
        least=2 * radius,
        decorate=decorate,
        keep_with_next=recurs is not None,
        repeat_header=header,
    )
    if recurs is None:
        return [main]
    line = Row(
        [Cell(recurs_x + PAD, lines_of(recurs))],
        pad_top=pt(1.5),
        pad_bottom=PAD,
        decorate=decorate_recurrence,
        repeat_header=header,
    )
    return [main, line]


def table_blocks(record: Record, geo: Geometry) -> list[Block]:
    edges = _column_edges(geo.body_width)  # one width per column for the whole table
    header = _table_header(geo, translate("record", "Trigger points"), edges)
    if not record.rows:
        empty = Text(
            localised(NO_POINTS), font(BODY_PT, italic=True), geo.body_width - 2 * PAD, colour=MUTED
        )

        def paint(painter: QPainter, x: float, y: float) -> None:
            empty.draw(painter, x + PAD, y + PAD)
            draw_rule(painter, x, y + empty.height + 2 * PAD, geo.body_width, weight=0.4)

        return [header, Drawn(empty.height + 2 * PAD, paint)]
    again = _table_header(geo, translate("record", "Trigger points (continued)"), edges)
    blocks: list[Block] = [header]
    for i, row in enumerate(record.rows):
        blocks += _row_block(row, geo, again, i % 2 == 1, edges)
    return blocks


# --------------------------------------------------------------------------- sections


def _totals_blocks(rows: Sequence[TotalRow], geo: Geometry) -> list[Block]:
    """The totals table: its header, then one row per agent (an agent's typed name may be
    long, and there may be many: the table continues on the next page under its header)."""
    width = geo.body_width
    shares = (0.3, 0.14, 0.16, 0.28, 0.12)
    titles = (
        translate("record", "Agent"),
        translate("record", "Volume"),
        translate("record", "Dose"),
        translate("record", "Maximum for weight"),
        translate("record", "% of maximum"),
    )
    edges = []
    x = 0.0
    for share in shares:
        edges.append((x, share * width))
        x += share * width
    head = [
        Cell(cx + PAD, lines_of(Text(t, font(SMALL_PT, bold=True), w - 2 * PAD, colour=MUTED)))
        for t, (cx, w) in zip(titles, edges, strict=True)
    ]

    def rule_below(painter: QPainter, x: float, y: float, height: float, first: bool) -> None:
        draw_rule(painter, x, y + height - pt(1.5), width, weight=0.5)

    header = Row(head, pad_bottom=pt(4), decorate=rule_below, keep_with_next=True)
    blocks: list[Block] = [header]
    for row in rows:
        f = font(BODY_PT, bold=row.alert)
        colour = ALERT if row.alert else INK
        cells = [
            Cell(cx + PAD, lines_of(Text(v, f, w - 2 * PAD, colour=colour)))
            for v, (cx, w) in zip(
                (row.agent, row.volume, row.dose, row.maximum, row.share), edges, strict=True
            )
        ]
        blocks.append(Row(cells, pad_top=pt(1), pad_bottom=pt(2), repeat_header=header))
    blocks.append(Spacer(pt(3)))
    return blocks


_STYLES: Final = {
    "body": (False, False, INK, 0.0),
    "alert": (True, False, ALERT, 0.0),
    "note": (False, True, MUTED, 0.0),
    "bullet": (False, False, INK, 8.0),
    "strong": (True, False, INK, 0.0),
}


def section_blocks(section: Section, geo: Geometry) -> list[Block]:
    width = geo.body_width
    blocks: list[Block] = [
        Spacer(pt(10)),
        section_heading(section.title, width),
    ]
    if section.totals:
        blocks += _totals_blocks(section.totals, geo)
    if section.items:
        gap = pt(14)
        half = (width - gap) / 2
        middle = (len(section.items) + 1) // 2
        blocks.append(
            columns_block(
                items_block(section.items[:middle], half, mm(36)),
                items_block(section.items[middle:], half, mm(36)),
                width,
                gap,
            )
        )
    last = len(section.paragraphs) - 1
    for i, paragraph in enumerate(section.paragraphs):
        bold, italic, colour, indent = _STYLES[paragraph.style]
        text = Text(
            paragraph.text,
            font(BODY_PT, bold=bold, italic=italic),
            width - pt(indent),
            colour=colour,
            indent=pt(7) if indent else 0.0,
        )
        # A bold lead-in stays with the paragraph after it; a short paragraph (a code, a
        # caution's rule) moves to the next page whole rather than split.
        keep = paragraph.style == "strong" and i < last
        short = text.line_count <= SHORT_PARAGRAPH_LINES
        blocks += [
            TextBlock(text, indent=pt(indent), keep_with_next=keep, keep_together=short),
            Spacer(pt(2.5), keep_with_next=keep),
        ]
    return blocks
