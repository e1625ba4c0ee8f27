"""The first page's header (patient and encounter) and the diagram with its key."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from bodymap.anatomy import Diagram
from bodymap.clinical.pain_drawing import QUALITY_NAMES, quality_name
from bodymap.i18n import Context, translate
from bodymap.painting import label_layout, paint_diagram, paint_pain_drawing, paint_swatch
from bodymap.report.blocks import (
    ALERT,
    INK,
    MUTED,
    RULE,
    Block,
    Drawn,
    Spacer,
    Text,
    draw_rule,
    font,
    mm,
    pt,
)
from bodymap.report.page_style import BODY_PT, SMALL_PT, Geometry, draw_badge, draw_marker
from bodymap.report.record import KIND_LABELS, TREATMENT_KINDS, Item, Record, localised
from bodymap.report.rows import Cell, Columns, Row, Stack, lines_of, text_row

diagram_key = Context("diagram_key")

# --------------------------------------------------------------------------- page 1 header


def items_block(items: Sequence[Item], width: float, label_width: float) -> Stack:
    """Label/value lines, labels in muted bold, alert values in red bold; a long value (an
    allergy list) continues on the next page. The labels' column widens to the longest word
    of its labels (German "Begründung"), so no word is broken, up to half the width."""
    bold = QFontMetricsF(font(BODY_PT, bold=True))
    longest = max(
        (bold.horizontalAdvance(word) for item in items for word in item.label.split()),
        default=0.0,
    )
    label_width = min(max(label_width, longest + pt(4.5)), width / 2)
    value_width = width - label_width
    rows: list[Block] = []
    for item in items:
        label = Text(item.label, font(BODY_PT, bold=True), label_width - pt(4), colour=MUTED)
        value = Text(
            item.value,
            font(BODY_PT, bold=item.alert),
            value_width,
            colour=ALERT if item.alert else INK,
        )
        cells = [Cell(0.0, lines_of(label)), Cell(label_width, lines_of(value))]
        rows.append(Row(cells, pad_bottom=pt(1.5)))
    return Stack(rows)


def columns_block(
    left: Stack, right: Stack, width: float, gap: float, *, keep_together: bool = True
) -> Block:
    """Two stacks side by side, each half the width less the gap."""
    return Columns(left, right, (width + gap) / 2, keep_together=keep_together)


def header_blocks(record: Record, geo: Geometry) -> list[Block]:
    width = geo.body_width
    blocks: list[Block] = []
    if record.clinic:
        clinic = Text(record.clinic, font(11, bold=True), width, colour=MUTED)
        blocks.append(text_row(clinic, pad_bottom=pt(2)))
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
        columns_block(
            items_block(record.patient, half, mm(27)),
            items_block(record.encounter, half, mm(29)),
            width,
            gap,
            # Under the title: a long allergy list continues on page 2 rather than moving
            # the whole header there.
            keep_together=False,
        )
    )
    blocks.append(Spacer(pt(8)))
    return blocks


# --------------------------------------------------------------------------- diagram


def diagram_block(
    record: Record, diagram: Diagram, geo: Geometry, *, opaque: bool = False
) -> Block:
    """The diagram with its numbered markers and the key; ``opaque``: without transparency."""
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
                f"{localised(KIND_LABELS[kind])} ({counts.get(kind, 0)})",
                font(BODY_PT),
                key_width - pt(22),
            ),
        )
        for kind in TREATMENT_KINDS
    ]
    badge_text = Text(
        translate("record", "Pneumothorax caution at this position"),
        font(BODY_PT),
        key_width - pt(22),
    )
    total = len(record.markers)
    notes = Text(
        diagram_key.tr(
            "%n points marked, numbered as in the table. Posterior view, patient prone: the "
            "patient's left is on the viewer's left.",
            None,
            total,
        ),
        font(SMALL_PT),
        key_width,
        colour=MUTED,
    )
    key_title = Text(translate("record", "Key", "of the diagram"), font(10, bold=True), key_width)
    pain = record.pain
    qualities = [q for q in QUALITY_NAMES if pain and any(a.quality == q for a in pain.areas)]
    pain_lines = [
        (
            q,
            Text(
                translate("record", "Pain drawn: {quality}").format(
                    quality=quality_name(q, in_text=True)
                ),
                font(BODY_PT),
                key_width - pt(22),
            ),
        )
        for q in qualities
    ]

    def paint(painter: QPainter, x: float, y: float) -> None:
        box = QRectF(x, y, side, side)
        painter.save()
        painter.setClipRect(box)
        painter.translate(x, y)
        painter.scale(scale, scale)
        paint_diagram(painter, diagram, labels=False, opaque=opaque)
        if pain is not None:
            # Hatching about 1.6 mm apart on paper, whatever the diagram's scale.
            spacing = mm(1.6) / scale
            paint_pain_drawing(
                painter,
                pain.areas,
                outline_width=pt(0.7) / scale,
                spacing=spacing,
                opaque=opaque,
            )
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
        ky += badge_text.height + pt(4)
        for quality, text in pain_lines:
            swatch = QRectF(kx, ky, 2 * radius, max(text.height, 1.4 * radius))
            paint_swatch(painter, swatch, quality, spacing=mm(1.2), opaque=opaque)
            text.draw(painter, kx + pt(22), ky)
            ky += max(text.height, 2 * radius) + pt(4)
        ky += pt(4)
        notes.draw(painter, kx, ky)

    return Drawn(side + pt(10), paint)


def _paint_labels(painter: QPainter, diagram: Diagram, box: QRectF, scale: float) -> None:
    """The diagram's orientation labels where the diagram puts them, but as text of a size
    legible on paper (the big L and R stay outlines)."""
    mid = diagram.midline_x
    for label in label_layout(diagram):
        rect = label.rect
        if label.key in ("left_letter", "right_letter"):
            painter.save()
            painter.translate(box.topLeft())
            painter.scale(scale, scale)
            painter.fillPath(label.path, label.colour)
            painter.restore()
            continue
        strong = label.key in ("left", "right")
        text = f"\u25b2 {label.text}" if label.key == "head" else label.text
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


def pain_blocks(record: Record, geo: Geometry) -> list[Block]:
    """The pain drawing under the diagram: each area, the area per region, and the change
    since the last visit (clinical-basis §10.3)."""
    pain = record.pain
    if pain is None:
        return []
    width = geo.body_width
    lines: list[Block] = [
        text_row(
            Text(translate("record", "Pain drawing"), font(10, bold=True), width),
            pad_bottom=pt(2),
        )
    ]
    for key in pain.key:
        lines.append(text_row(Text(f"\u2022 {key.text}", font(BODY_PT), width), pad_bottom=pt(1)))
    lines.append(text_row(Text(pain.summary, font(BODY_PT), width), pad_bottom=pt(1)))
    if pain.change:
        lines.append(text_row(Text(pain.change, font(BODY_PT, bold=True), width)))
    return [Stack(lines), Spacer(pt(8))]
