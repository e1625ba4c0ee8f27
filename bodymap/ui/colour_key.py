"""ColourKey: what the marker colours, badges and rings on the map mean (View → Colour Key).

A strip along the bottom of the map, outside the drawing (the map keeps it a margin of its
own), whose entries flow into as many rows as its width needs. The samples are painted by
the functions that paint the map itself, so the key always shows what the map shows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui import palette
from bodymap.ui.crosshair import HIGH_CONTRAST_CROSSHAIR, NORMAL_CROSSHAIR, paint_crosshair
from bodymap.ui.items import HIGH_CONTRAST_STYLE, NORMAL_STYLE, paint_marker

SPACING_PX: Final = 6
"""Between a sample and its words, and around the strip."""
ENTRY_GAP_PX: Final = 18
"""Between one entry and the next in a row."""

Painter = Callable[[QPainter, bool], None]
"""Paints one sample centred on the origin; the flag is high contrast."""


def _marker(
    kind: str, *, caution: bool = False, mismatch: bool = False, selected: bool = False
) -> Painter:
    def paint(painter: QPainter, high_contrast: bool) -> None:
        style = HIGH_CONTRAST_STYLE if high_contrast else NORMAL_STYLE
        paint_marker(painter, style, 1, kind, caution=caution, mismatch=mismatch, selected=selected)

    return paint


def _crosshair(painter: QPainter, high_contrast: bool) -> None:
    paint_crosshair(painter, HIGH_CONTRAST_CROSSHAIR if high_contrast else NORMAL_CROSSHAIR)


ENTRIES: Final[tuple[tuple[str, str, Painter], ...]] = (
    (
        QT_TRANSLATE_NOOP("colour_key", "Injection"),
        QT_TRANSLATE_NOOP("colour_key", "Marker of a point treated with an injection"),
        _marker("injection"),
    ),
    (
        QT_TRANSLATE_NOOP("colour_key", "Dry needling"),
        QT_TRANSLATE_NOOP("colour_key", "Marker of a point treated with dry needling"),
        _marker("dry_needling"),
    ),
    (
        QT_TRANSLATE_NOOP("colour_key", "Examined only"),
        QT_TRANSLATE_NOOP("colour_key", "Marker of a point examined, not treated"),
        _marker("examined"),
    ),
    (
        QT_TRANSLATE_NOOP("colour_key", "Lung caution"),
        QT_TRANSLATE_NOOP(
            "colour_key",
            "Yellow badge: needling caution, the lung lies under this point (pneumothorax)",
        ),
        _marker("examined", caution=True),
    ),
    (
        QT_TRANSLATE_NOOP("colour_key", "Other muscle"),
        QT_TRANSLATE_NOOP(
            "colour_key",
            "Square badge: the muscle recorded for this point does not lie under it",
        ),
        _marker("examined", mismatch=True),
    ),
    (
        QT_TRANSLATE_NOOP("colour_key", "Selected"),
        QT_TRANSLATE_NOOP("colour_key", "Ring around the selected points"),
        _marker("injection", selected=True),
    ),
    (
        QT_TRANSLATE_NOOP("colour_key", "Crosshair"),
        QT_TRANSLATE_NOOP("colour_key", "Keyboard crosshair: Enter or Space places a point here"),
        _crosshair,
    ),
)
"""The key's entries: its words, what they mean in full (tooltip and screen readers), and the
sample beside them (the words in English, translated where shown)."""


def sample_side(high_contrast: bool) -> int:
    """The side of a sample's square: room for a selected marker and for the crosshair."""
    style = HIGH_CONTRAST_STYLE if high_contrast else NORMAL_STYLE
    cross = HIGH_CONTRAST_CROSSHAIR if high_contrast else NORMAL_CROSSHAIR
    return 2 * math.ceil(max(style.extent, cross.arm + cross.halo / 2))


class KeySample(QWidget):
    """One sample, drawn as on the map, on the map's background."""

    def __init__(self, paint: Painter, description: str) -> None:
        super().__init__()
        self._paint = paint
        self.high_contrast = False
        self.setAccessibleName(description)
        self.setToolTip(description)

    def sizeHint(self) -> QSize:
        side = sample_side(self.high_contrast)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.MAP_BACKGROUND)
        painter.translate(QPointF(self.width() / 2, self.height() / 2))
        self._paint(painter, self.high_contrast)
        painter.end()


class ColourKey(QFrame):
    """The entries of the key, flowing left to right and wrapping to the width given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colour_key")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setAccessibleName(translate("colour_key", "Colour key"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.samples: list[KeySample] = []
        self.labels: list[QLabel] = []
        for words, meaning, paint in ENTRIES:
            text = translate("colour_key", words)
            description = translate("colour_key", meaning)
            sample = KeySample(paint, description)
            sample.setParent(self)
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setToolTip(description)
            self.samples.append(sample)
            self.labels.append(label)

    @property
    def high_contrast(self) -> bool:
        """Whether the samples are drawn in high contrast."""
        return self.samples[0].high_contrast

    def set_high_contrast(self, on: bool) -> None:
        """Draw the samples as the map draws in high contrast (the caller re-lays it out)."""
        for sample in self.samples:
            sample.high_contrast = on
            sample.update()

    def height_for(self, width: int) -> int:
        """The strip's height at ``width``: its entries in as many rows as they need."""
        return self._arrange(width, place=False)

    def arrange(self, width: int) -> int:
        """Lay the entries out for ``width``; returns the height they take."""
        return self._arrange(width, place=True)

    def _arrange(self, width: int, *, place: bool) -> int:
        side = sample_side(self.high_contrast)
        x = y = SPACING_PX
        rows = 1
        for sample, label in zip(self.samples, self.labels, strict=True):
            words = label.sizeHint().width()
            entry = side + SPACING_PX + words
            if x > SPACING_PX and x + entry > width - SPACING_PX:
                x = SPACING_PX
                y += side + SPACING_PX
                rows += 1
            if place:
                sample.setGeometry(QRect(x, y, side, side))
                label.setGeometry(QRect(x + side + SPACING_PX, y, words, side))
            x += entry + ENTRY_GAP_PX
        return rows * (side + SPACING_PX) + SPACING_PX

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a click on the key is not a click on the map

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
