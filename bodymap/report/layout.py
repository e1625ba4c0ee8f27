"""Page layout of the printed record: header, diagram, points table, sections, footer.

``lay_out`` measures everything and splits it into pages first, so each page can say
"Page N of M"; ``paint_page`` then draws one page. Coordinates are page units (``blocks.UNIT``
per point) from the paper's top left corner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from bodymap.anatomy import Diagram
from bodymap.anatomy.painting import label_layout, paint_diagram
from bodymap.report.blocks import (
    ALERT,
    CAUTION,
    INK,
    MUTED,
    RULE,
    SHADE,
    Block,
    Drawn,
    Flow,
    Page,
    Spacer,
    Text,
    TextBlock,
    draw_rule,
    font,
    mm,
    pt,
)
from bodymap.report.record import (
    KIND_LABELS,
    NO_POINTS,
    TREATMENT_KINDS,
    Footer,
    Item,
    PointRow,
    Record,
    Section,
    TotalRow,
)

MARKER_COLOURS: Final = {
    "injection": QColor("#b3122e"),
    "dry_needling": QColor("#1f5fa8"),
    "examined": QColor("#6b4e9b"),
}
"""Marker fill by treatment, as on screen."""
BADGE: Final = QColor("#ffcc00")
BADGE_EDGE: Final = QColor("#5a4500")

BODY_PT: Final = 9.0
TABLE_PT: Final = 8.5
SMALL_PT: Final = 8.0
FOOTER_PT: Final = 8.0

# Points table: (title, share of the body width).
COLUMNS: Final = (
    ("No.", 0.05),
    ("Muscle", 0.165),
    ("Side", 0.07),
    ("Location", 0.215),
    ("Findings", 0.195),
    ("Pain before \u2192 after", 0.09),
    ("Treatment", 0.215),
)
_PAD: Final = pt(2.5)


@dataclass(frozen=True)
class Geometry:
    """Paper size and margins in page units."""

    width: float
    height: float
    margin: float = mm(15)

    @property
    def body_width(self) -> float:
        """Width between the side margins."""
        return self.width - 2 * self.margin

    @property
    def footer_top(self) -> float:
        """Top of the footer rule."""
        return self.height - self.margin - footer_height()

    @property
    def running_head_height(self) -> float:
        """Height of the small heading on pages after the first."""
        return QFontMetricsF(font(SMALL_PT)).height() + pt(8)


def footer_height() -> float:
    """Two footer lines and the space above them."""
    return 2 * QFontMetricsF(font(FOOTER_PT)).height() + pt(5)


# --------------------------------------------------------------------------- markers


def draw_marker(
    painter: QPainter, centre: QPointF, number: int, kind: str, radius: float, caution: bool
) -> None:
    """A filled circle with a white number (colour by treatment), as on screen; number 0
    draws the circle alone (for the key)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("white"), radius * 0.18))
    painter.setBrush(QBrush(MARKER_COLOURS.get(kind, MARKER_COLOURS["injection"])))
    painter.drawEllipse(centre, radius, radius)
    if number > 0:
        size = radius * (1.05 if number < 100 else 0.82) / pt(1)
        painter.setFont(font(size, bold=True))
        painter.setPen(QColor("white"))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
    if caution:
        draw_badge(
            painter, QPointF(centre.x() + radius * 0.95, centre.y() - radius * 0.85), radius * 0.5
        )
    painter.restore()


def draw_badge(painter: QPainter, centre: QPointF, radius: float) -> None:
    """The yellow caution badge with "!"."""
    painter.save()
    painter.setPen(QPen(BADGE_EDGE, radius * 0.18))
    painter.setBrush(QBrush(BADGE))
    painter.drawEllipse(centre, radius, radius)
    painter.setFont(font(radius * 1.5 / pt(1), bold=True))
    painter.setPen(BADGE_EDGE)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()


# --------------------------------------------------------------------------- page 1 header


def _items_block(items: Sequence[Item], width: float, label_width: float) -> Block:
    """Label/value lines, labels in muted bold, alert values in red bold."""
    value_width = width - label_width
    rows = []
    for item in items:
        label = Text(item.label, font(BODY_PT, bold=True), label_width - pt(4), colour=MUTED)
        value = Text(
            item.value,
            font(BODY_PT, bold=item.alert),
            value_width,
            colour=ALERT if item.alert else INK,
        )
        rows.append((label, value, max(label.height, value.height) + pt(1.5)))

    def paint(painter: QPainter, x: float, y: float) -> None:
        for label, value, h in rows:
            label.draw(painter, x, y)
            value.draw(painter, x + label_width, y)
            y += h

    return Drawn(sum(h for *_, h in rows), paint)


def _columns_block(left: Block, right: Block, width: float, gap: float) -> Block:
    def paint(painter: QPainter, x: float, y: float) -> None:
        left.draw(painter, x, y)
        right.draw(painter, x + (width + gap) / 2, y)

    return Drawn(max(left.height, right.height), paint)


def _header_blocks(record: Record, geo: Geometry) -> list[Block]:
    width = geo.body_width
    blocks: list[Block] = []
    if record.clinic:
        clinic = Text(record.clinic, font(11, bold=True), width, colour=MUTED)
        blocks.append(Drawn(clinic.height + pt(2), lambda p, x, y: clinic.draw(p, x, y)))
    title = Text(record.title, font(17, bold=True), width)

    def paint_title(painter: QPainter, x: float, y: float) -> None:
        title.draw(painter, x, y)
        draw_rule(painter, x, y + title.height + pt(3), width, weight=1.0)

    blocks.append(Drawn(title.height + pt(8), paint_title))
    if record.allergy_alert:
        alert = Text(
            record.allergy_alert,
            font(12, bold=True),
            width - 2 * pt(6),
            colour=QColor("white"),
            align=Qt.AlignmentFlag.AlignHCenter,
        )

        def paint_alert(painter: QPainter, x: float, y: float) -> None:
            painter.fillRect(QRectF(x, y, width, alert.height + pt(8)), ALERT)
            alert.draw(painter, x + pt(6), y + pt(4))

        blocks += [Drawn(alert.height + pt(8), paint_alert), Spacer(pt(6))]
    gap = pt(14)
    half = (width - gap) / 2
    blocks.append(
        _columns_block(
            _items_block(record.patient, half, mm(27)),
            _items_block(record.encounter, half, mm(29)),
            width,
            gap,
        )
    )
    blocks.append(Spacer(pt(8)))
    return blocks


# --------------------------------------------------------------------------- diagram


def _diagram_block(record: Record, diagram: Diagram, geo: Geometry) -> Block:
    width = geo.body_width
    side = min(mm(118), width * 0.64)
    scale = side / max(diagram.width, diagram.height)
    radius = pt(5.6)
    key_x = side + pt(14)
    key_width = width - key_x
    counts = dict(record.kind_counts)
    key_lines = [
        (
            kind,
            Text(
                f"{KIND_LABELS[kind]} ({counts.get(kind, 0)})",
                font(BODY_PT),
                key_width - pt(22),
            ),
        )
        for kind in TREATMENT_KINDS
    ]
    badge_text = Text("Pneumothorax caution at this position", font(BODY_PT), key_width - pt(22))
    total = len(record.markers)
    notes = Text(
        f"{total} point{'s' * (total != 1)} marked, numbered as in the table. Posterior view, "
        "patient prone: the patient's left is on the viewer's left.",
        font(SMALL_PT),
        key_width,
        colour=MUTED,
    )
    key_title = Text("Key", font(10, bold=True), key_width)

    def paint(painter: QPainter, x: float, y: float) -> None:
        box = QRectF(x, y, side, side)
        painter.save()
        painter.setClipRect(box)
        painter.translate(x, y)
        painter.scale(scale, scale)
        paint_diagram(painter, diagram, labels=False)
        painter.restore()
        _paint_labels(painter, diagram, box, scale)
        painter.setPen(QPen(RULE, pt(0.5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        for m in record.markers:
            centre = QPointF(x + m.x * scale, y + m.y * scale)
            if box.contains(centre):
                draw_marker(painter, centre, m.number, m.kind, radius, m.caution)
        kx, ky = x + key_x, y
        key_title.draw(painter, kx, ky)
        ky += key_title.height + pt(4)
        for kind, text in key_lines:
            draw_marker(painter, QPointF(kx + radius, ky + text.height / 2), 0, kind, radius, False)
            text.draw(painter, kx + pt(22), ky)
            ky += max(text.height, 2 * radius) + pt(4)
        draw_badge(painter, QPointF(kx + radius, ky + radius * 0.6), radius * 0.55)
        badge_text.draw(painter, kx + pt(22), ky)
        ky += badge_text.height + pt(8)
        notes.draw(painter, kx, ky)

    return Drawn(side + pt(10), paint)


def _paint_labels(painter: QPainter, diagram: Diagram, box: QRectF, scale: float) -> None:
    """The diagram's orientation labels where the diagram puts them, but as text of a size
    legible on paper (the big L and R stay outlines)."""
    mid = diagram.midline_x
    for label in label_layout(diagram):
        rect = label.rect
        if label.text in ("L", "R"):
            painter.save()
            painter.translate(box.topLeft())
            painter.scale(scale, scale)
            painter.fillPath(label.path, label.colour)
            painter.restore()
            continue
        strong = label.text.startswith("Patient")
        text = "\u25b2 Head" if label.text == "Head" else label.text
        f = font(SMALL_PT if strong else 7.5, bold=strong)
        width = QFontMetricsF(f).horizontalAdvance(text) + pt(2)
        height = QFontMetricsF(f).height()
        top = box.top() + rect.top() * scale
        if rect.center().x() < mid - 50:
            left = box.left() + rect.left() * scale
        elif rect.center().x() > mid + 50:
            left = box.left() + rect.right() * scale - width
        else:
            left = box.left() + rect.center().x() * scale - width / 2
        painter.setFont(f)
        painter.setPen(label.colour)
        painter.drawText(QRectF(left, top, width, height), Qt.AlignmentFlag.AlignCenter, text)


# --------------------------------------------------------------------------- points table


def _column_edges(width: float) -> list[tuple[float, float]]:
    edges = []
    x = 0.0
    for _, share in COLUMNS:
        edges.append((x, share * width))
        x += share * width
    return edges


def _table_header(geo: Geometry, title: str) -> Block:
    width = geo.body_width
    edges = _column_edges(width)
    heading = Text(title, font(11, bold=True), width)
    cells = [
        Text(name, font(SMALL_PT, bold=True), w - 2 * _PAD, colour=MUTED)
        for (name, _), (_, w) in zip(COLUMNS, edges, strict=True)
    ]
    row_h = max(c.height for c in cells) + 2 * _PAD

    def paint(painter: QPainter, x: float, y: float) -> None:
        heading.draw(painter, x, y)
        top = y + heading.height + pt(3)
        painter.fillRect(QRectF(x, top, width, row_h), SHADE)
        for cell, (cx, _) in zip(cells, edges, strict=True):
            cell.draw(painter, x + cx + _PAD, top + _PAD)
        draw_rule(painter, x, top + row_h, width, weight=0.8)

    return Drawn(heading.height + pt(3) + row_h, paint, keep_with_next=True)


def _row_block(row: PointRow, geo: Geometry, header: Block, shaded: bool) -> Block:
    width = geo.body_width
    edges = _column_edges(width)
    body = font(TABLE_PT)
    radius = pt(5.2)
    inner = [w - 2 * _PAD for _, w in edges]
    cells: list[list[Text]] = [
        [],
        [Text(row.muscle, font(TABLE_PT, bold=True), inner[1])],
        [Text(row.side, body, inner[2])],
        [Text(row.location, body, inner[3])],
        [Text(row.findings, body, inner[4])],
        [Text(row.pain, body, inner[5])],
        [Text(row.treatment, body, inner[6])],
    ]
    if row.caution:
        cells[3].append(
            Text(f"Caution: {row.caution}", font(TABLE_PT, italic=True), inner[3], colour=CAUTION)
        )
    number_h = 2 * radius
    heights = [sum(t.height for t in cell) for cell in cells]
    cells_h = max(number_h, *heights)
    # A recurring point gets a line of its own across the text columns, under its cells.
    recurs_x = edges[1][0]
    recurs = (
        Text(_sentence(row.recurrence), font(TABLE_PT, bold=True), width - recurs_x - 2 * _PAD)
        if row.recurrence
        else None
    )
    row_h = cells_h + (recurs.height + pt(1.5) if recurs else 0.0) + 2 * _PAD

    def paint(painter: QPainter, x: float, y: float) -> None:
        if shaded:
            painter.fillRect(QRectF(x, y, width, row_h), SHADE)
        cx0, w0 = edges[0]
        centre = QPointF(x + cx0 + w0 / 2, y + _PAD + radius)
        draw_marker(painter, centre, row.number, row.kind, radius, False)
        for cell, (cx, _) in list(zip(cells, edges, strict=True))[1:]:
            ty = y + _PAD
            for text in cell:
                text.draw(painter, x + cx + _PAD, ty)
                ty += text.height
        if recurs is not None:
            recurs.draw(painter, x + recurs_x + _PAD, y + _PAD + cells_h + pt(1.5))
        draw_rule(painter, x, y + row_h, width, weight=0.4)

    return Drawn(row_h, paint, repeat_header=header)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _table_blocks(record: Record, geo: Geometry) -> list[Block]:
    header = _table_header(geo, "Trigger points")
    if not record.rows:
        empty = Text(NO_POINTS, font(BODY_PT, italic=True), geo.body_width - 2 * _PAD, colour=MUTED)

        def paint(painter: QPainter, x: float, y: float) -> None:
            empty.draw(painter, x + _PAD, y + _PAD)
            draw_rule(painter, x, y + empty.height + 2 * _PAD, geo.body_width, weight=0.4)

        return [header, Drawn(empty.height + 2 * _PAD, paint)]
    again = _table_header(geo, "Trigger points (continued)")
    blocks: list[Block] = [header]
    for i, row in enumerate(record.rows):
        blocks.append(_row_block(row, geo, again, shaded=i % 2 == 1))
    return blocks


# --------------------------------------------------------------------------- sections


def _totals_block(rows: Sequence[TotalRow], geo: Geometry) -> Block:
    width = geo.body_width
    shares = (0.3, 0.14, 0.16, 0.28, 0.12)
    titles = ("Agent", "Volume", "Dose", "Maximum for weight", "% of maximum")
    edges = []
    x = 0.0
    for share in shares:
        edges.append((x, share * width))
        x += share * width
    head = [
        Text(t, font(SMALL_PT, bold=True), w - 2 * _PAD, colour=MUTED)
        for t, (_, w) in zip(titles, edges, strict=True)
    ]
    lines = []
    for row in rows:
        f = font(BODY_PT, bold=row.alert)
        colour = ALERT if row.alert else INK
        cells = [
            Text(v, f, w - 2 * _PAD, colour=colour)
            for v, (_, w) in zip(
                (row.agent, row.volume, row.dose, row.maximum, row.share), edges, strict=True
            )
        ]
        lines.append((cells, max(c.height for c in cells) + pt(3)))
    head_h = max(c.height for c in head) + pt(4)

    def paint(painter: QPainter, x: float, y: float) -> None:
        for cell, (cx, _) in zip(head, edges, strict=True):
            cell.draw(painter, x + cx + _PAD, y)
        draw_rule(painter, x, y + head_h - pt(1.5), width, weight=0.5)
        ty = y + head_h
        for cells, h in lines:
            for cell, (cx, _) in zip(cells, edges, strict=True):
                cell.draw(painter, x + cx + _PAD, ty + pt(1))
            ty += h

    return Drawn(head_h + sum(h for _, h in lines) + pt(3), paint)


_STYLES: Final = {
    "body": (False, False, INK, 0.0),
    "alert": (True, False, ALERT, 0.0),
    "note": (False, True, MUTED, 0.0),
    "bullet": (False, False, INK, 8.0),
    "strong": (True, False, INK, 0.0),
}


def _section_blocks(section: Section, geo: Geometry) -> list[Block]:
    width = geo.body_width
    heading = Text(section.title, font(11, bold=True), width)

    def paint_heading(painter: QPainter, x: float, y: float) -> None:
        heading.draw(painter, x, y)
        draw_rule(painter, x, y + heading.height + pt(1.5), width, weight=0.6)

    blocks: list[Block] = [
        Spacer(pt(10)),
        Drawn(heading.height + pt(5), paint_heading, keep_with_next=True),
    ]
    if section.totals:
        blocks.append(_totals_block(section.totals, geo))
    if section.items:
        gap = pt(14)
        half = (width - gap) / 2
        middle = (len(section.items) + 1) // 2
        blocks.append(
            _columns_block(
                _items_block(section.items[:middle], half, mm(36)),
                _items_block(section.items[middle:], half, mm(36)),
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
        # A bold lead-in stays with the paragraph after it.
        keep = paragraph.style == "strong" and i < last
        blocks += [
            TextBlock(text, indent=pt(indent), keep_with_next=keep),
            Spacer(pt(2.5), keep_with_next=keep),
        ]
    return blocks


def _signature_blocks(geo: Geometry, clinician: str) -> list[Block]:
    width = geo.body_width
    name = Text(f"Clinician: {clinician}", font(BODY_PT), width)
    labels = [
        Text(t, font(SMALL_PT), width / 2, colour=MUTED) for t in ("Clinician signature", "Date")
    ]

    def paint(painter: QPainter, x: float, y: float) -> None:
        name.draw(painter, x, y)
        line_y = y + name.height + pt(30)
        painter.setPen(QPen(INK, pt(0.6)))
        painter.drawLine(QPointF(x, line_y), QPointF(x + width * 0.58, line_y))
        painter.drawLine(QPointF(x + width * 0.68, line_y), QPointF(x + width, line_y))
        labels[0].draw(painter, x, line_y + pt(2))
        labels[1].draw(painter, x + width * 0.68, line_y + pt(2))

    height = name.height + pt(32) + labels[0].height
    return [Spacer(pt(16)), Drawn(height, paint)]


# --------------------------------------------------------------------------- pages


def lay_out(record: Record, diagram: Diagram, geo: Geometry, clinician: str) -> list[Page]:
    """Measure the whole record and split it into pages."""
    top = geo.margin
    bottom = geo.footer_top - pt(6)
    flow = Flow(top, top + geo.running_head_height, bottom)
    flow.add(_header_blocks(record, geo))
    flow.add([_diagram_block(record, diagram, geo)])
    flow.add(_table_blocks(record, geo))
    for section in record.sections:
        flow.add(_section_blocks(section, geo))
    flow.add(_signature_blocks(geo, clinician))
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
