"""The pain drawing and referral zones painted with QtGui, in diagram millimetres.

Each pain quality has its colour and its hatching, so a drawing reads the same in colour and in
black and white; an earlier visit's drawing is drawn faint. A ``PainArea`` is painted from its
stored polygons, as they are saved and measured (docs/adr/0008-pain-drawing.md).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from bodymap.anatomy.parts import Point
from bodymap.painting.diagram import HIGHLIGHT, polygon_path

if TYPE_CHECKING:  # the map's first paint does not load the session model
    from bodymap.model import PainArea, PaintedPolygon

PAIN_COLOURS: Final[dict[str, QColor]] = {
    "aching": QColor("#c0392b"),
    "burning": QColor("#d35400"),
    "numbness_tingling": QColor("#1f5fa8"),
}
"""Colour of each pain quality (screen and paper)."""
HATCH_ANGLES: Final[dict[str, tuple[float, ...]]] = {
    "aching": (45.0,),
    "burning": (45.0, -45.0),
    "numbness_tingling": (0.0,),
}
"""Hatch line directions of each quality, in degrees: one, crossed, level."""
HATCH_SPACING_MM: Final = 3.0
"""Distance between hatch lines, in diagram mm (so the hatching scales with the drawing)."""
REFERRAL: Final = QColor("#5b2c83")

_PAIN_PATHS: dict[int, tuple[object, QPainterPath]] = {}


def painted_path(polygons: Sequence[PaintedPolygon]) -> QPainterPath:
    """The painter path of painted polygons: outer rings and holes, odd-even filled."""
    path = QPainterPath()
    for polygon in polygons:
        path.addPath(polygon_path(polygon.exterior))
        for hole in polygon.holes:
            path.addPath(polygon_path(hole))
    return path


def pain_area_path(area: PainArea) -> QPainterPath:
    """The painter path of one pain area (remembered for the area values last drawn)."""
    found = _PAIN_PATHS.get(id(area))
    if found is not None and found[0] is area:
        return found[1]
    path = painted_path(area.polygons)
    if len(_PAIN_PATHS) >= 128:
        del _PAIN_PATHS[next(iter(_PAIN_PATHS))]
    _PAIN_PATHS[id(area)] = (area, path)
    return path


def hatch(
    painter: QPainter,
    path: QPainterPath,
    quality: str,
    *,
    width: float = 0.45,
    spacing: float = HATCH_SPACING_MM,
) -> None:
    """Hatch lines of ``quality`` across ``path``, ``spacing`` apart, clipped to it."""
    box = path.boundingRect()
    if box.isEmpty():
        return
    painter.save()
    painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(PAIN_COLOURS.get(quality, HIGHLIGHT), width))
    centre = box.center()
    reach = math.hypot(box.width(), box.height()) / 2 + spacing
    lines = int(reach / spacing) + 1
    for angle in HATCH_ANGLES.get(quality, (45.0,)):
        painter.save()
        painter.translate(centre)
        painter.rotate(angle)
        for i in range(-lines, lines + 1):
            y = i * spacing
            painter.drawLine(QPointF(-reach, y), QPointF(reach, y))
        painter.restore()
    painter.restore()


def paint_pain_area(
    painter: QPainter,
    area: PainArea,
    *,
    faint: bool = False,
    outline_width: float = 0.8,
    spacing: float = HATCH_SPACING_MM,
    opaque: bool = False,
) -> None:
    """One painted area: a tint that deepens with the intensity, the quality's hatching and
    a solid edge (diagram mm). ``faint`` draws an earlier visit's drawing, lighter and dashed."""
    path = pain_area_path(area)
    colour = QColor(PAIN_COLOURS.get(area.quality, HIGHLIGHT))
    tint = QColor(colour)
    tint.setAlpha((10 if faint else 30) + 6 * area.intensity)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if not opaque:  # an opaque (PDF/A) drawing keeps only the hatching and the outline
        painter.fillPath(path, QBrush(tint))
    if not faint:
        hatch(painter, path, area.quality, width=outline_width * 0.6, spacing=spacing)
    edge = QPen(colour, outline_width)
    if faint:
        edge.setStyle(Qt.PenStyle.DashLine)
    painter.strokePath(path, edge)
    painter.restore()


def paint_pain_drawing(
    painter: QPainter,
    areas: Sequence[PainArea],
    *,
    faint: bool = False,
    outline_width: float = 0.8,
    spacing: float = HATCH_SPACING_MM,
    opaque: bool = False,
) -> None:
    """Every painted area of a drawing, in the order stored (diagram mm).

    ``opaque`` leaves out the translucent tint (PDF/A-1 forbids transparency, and a PDF/A-1
    writer would make the tint a solid fill over the muscles): hatching and outline remain.
    """
    for area in areas:
        paint_pain_area(
            painter,
            area,
            faint=faint,
            outline_width=outline_width,
            spacing=spacing,
            opaque=opaque,
        )


def paint_swatch(
    painter: QPainter, rect: QRectF, quality: str, *, spacing: float, opaque: bool = False
) -> None:
    """A key's sample of a quality's hatching in ``rect`` (any units); ``opaque`` as for
    :func:`paint_pain_drawing`."""
    path = QPainterPath()
    path.addRect(rect)
    colour = QColor(PAIN_COLOURS.get(quality, HIGHLIGHT))
    tint = QColor(colour)
    tint.setAlpha(60)
    painter.save()
    if not opaque:
        painter.fillPath(path, QBrush(tint))
    hatch(painter, path, quality, width=spacing * 0.15, spacing=spacing)
    painter.strokePath(path, QPen(colour, spacing * 0.25))
    painter.restore()


def referral_path(outlines: Sequence[Sequence[Point]]) -> QPainterPath:
    """One referral zone's outlines as a path (their union, winding fill)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for outline in outlines:
        path.addPath(polygon_path(tuple(outline)))
    return path.simplified()


def paint_referral_zone(painter: QPainter, outlines: Sequence[Sequence[Point]]) -> None:
    """A muscle's typical referral zone: a faint tint inside a dashed outline (diagram mm)."""
    path = referral_path(outlines)
    tint = QColor(REFERRAL)
    tint.setAlpha(28)
    pen = QPen(REFERRAL, 1.1, Qt.PenStyle.DashLine)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillPath(path, QBrush(tint))
    painter.strokePath(path, pen)
    painter.restore()
