"""Sizes, colours, the page geometry and the numbered markers of the printed record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.painting import BADGE, BADGE_EDGE, MARKER_COLOURS
from bodymap.report.blocks import font, mm, pt

BODY_PT: Final = 9.0
TABLE_PT: Final = 8.5
SMALL_PT: Final = 8.0
FOOTER_PT: Final = 8.0

# Points table: (title in English, translated where printed; share of the body width).
COLUMNS: Final = (
    (QT_TRANSLATE_NOOP("record", "No."), 0.045),
    # "Sternocleidomastoid" in bold on one line, on A4 and Letter
    (QT_TRANSLATE_NOOP("record", "Muscle"), 0.21),
    (QT_TRANSLATE_NOOP("record", "Side"), 0.07),
    (QT_TRANSLATE_NOOP("record", "Location"), 0.205),
    (QT_TRANSLATE_NOOP("record", "Findings"), 0.185),
    (QT_TRANSLATE_NOOP("record", "Pain before \u2192 after"), 0.07),
    (QT_TRANSLATE_NOOP("record", "Treatment"), 0.215),
)
PAD: Final = pt(2.5)


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
    """Four footer lines (the seal, the patient, the file, the content hash) and the space
    above them."""
    return 4 * QFontMetricsF(font(FOOTER_PT)).height() + pt(5)


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
