"""CrosshairItem: where the keyboard is on the map; Enter or Space places a point there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from bodymap.ui import palette

CROSSHAIR_Z: Final = 1000.0
"""Above the diagram, earlier visits' markers and this session's markers."""


@dataclass(frozen=True)
class CrosshairStyle:
    """Sizes of the crosshair on screen in pixels (constant at every zoom)."""

    arm: float
    """From the centre to the end of each arm."""
    gap: float
    """From the centre to the start of each arm: the spot itself stays visible."""
    line: float
    """The dark lines."""
    halo: float
    """The white lines under them, wider, so the cross shows on every colour."""

    @property
    def extent(self) -> float:
        """Half the side of the square the crosshair paints in."""
        return self.arm + self.halo


NORMAL_CROSSHAIR: Final = CrosshairStyle(arm=16.0, gap=4.0, line=2.0, halo=5.0)
HIGH_CONTRAST_CROSSHAIR: Final = CrosshairStyle(arm=22.0, gap=5.0, line=3.5, halo=8.0)


class CrosshairItem(QGraphicsItem):
    """A cross centred on its position (diagram mm); it takes no mouse input."""

    def __init__(self) -> None:
        super().__init__()
        self._style = NORMAL_CROSSHAIR
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(CROSSHAIR_Z)
        self.hide()

    def set_high_contrast(self, on: bool) -> None:
        """Draw thicker, longer lines."""
        style = HIGH_CONTRAST_CROSSHAIR if on else NORMAL_CROSSHAIR
        if style != self._style:
            self.prepareGeometryChange()
            self._style = style

    @property
    def style(self) -> CrosshairStyle:
        """The crosshair's sizes."""
        return self._style

    def boundingRect(self) -> QRectF:
        e = self._style.extent
        return QRectF(-e, -e, 2 * e, 2 * e)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint_crosshair(painter, self._style)


def paint_crosshair(painter: QPainter, style: CrosshairStyle) -> None:
    """The crosshair centred on the painter's origin, in pixels."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = style
    arms = [
        QLineF(QPointF(dx * s.gap, dy * s.gap), QPointF(dx * s.arm, dy * s.arm))
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
    ]
    for colour, width in ((palette.CROSSHAIR_HALO, s.halo), (palette.CROSSHAIR, s.line)):
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLines(arms)
        painter.drawPoint(QPointF(0, 0))
