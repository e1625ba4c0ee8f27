"""The diagram painted with QtGui: skin, muscles, fibre hints, bones and orientation labels.

The window's map (``bodymap.ui``) and the printed record (``bodymap.report``) both draw the
diagram with :func:`paint_diagram`, from the same outlines :mod:`bodymap.anatomy` hit-tests, so
what is drawn is exactly what a click hits.
"""

from __future__ import annotations

import struct
import weakref
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from bodymap import i18n
from bodymap.anatomy import Diagram, Region
from bodymap.anatomy.parts import Point
from bodymap.i18n import translate

SKIN: Final = QColor("#f3e0cf")
SKIN_EDGE: Final = QColor("#a9826b")
BONE: Final = QColor(247, 242, 228, 175)
BONE_FAINT: Final = QColor(247, 242, 228, 60)
BONE_EDGE: Final = QColor("#8f8470")
TEXT: Final = QColor("#2f3e4e")
CAPTION: Final = QColor("#56606b")
HIGHLIGHT: Final = QColor("#e07b00")

MUSCLE_COLOURS: Final[dict[str, str]] = {
    "upper_trapezius": "#d9a3a0",
    "middle_trapezius": "#d6b0a6",
    "lower_trapezius": "#cda0a6",
    "latissimus_dorsi": "#cbb59e",
    "posterior_deltoid": "#dba98f",
    "infraspinatus": "#c3a6bf",
    "teres_minor": "#b7a8cf",
    "teres_major": "#a9b5d2",
    "levator_scapulae": "#9fc4b8",
    "rhomboid_minor": "#b3cfa1",
    "rhomboid_major": "#a6c796",
    "supraspinatus": "#b9b5dc",
    "splenius_capitis": "#a3c6d3",
    "splenius_cervicis": "#94b9c9",
    "serratus_posterior_superior": "#e2ca8e",
    "semispinalis_capitis": "#cfc48e",
    "suboccipitals": "#d9b27c",
    "thoracic_paraspinals": "#bac78f",
    "thoracic_multifidus": "#a9ba86",
}
_DEFAULT_MUSCLE: Final = "#c8b8a8"


@dataclass(frozen=True)
class Label:
    """An orientation label, already laid out as a filled text outline in diagram mm.

    ``key`` says which label it is ("left_letter", "right_letter", "left", "right", "head",
    "view"); ``text`` is its words in the installed language.
    """

    key: str
    text: str
    path: QPainterPath
    colour: QColor

    @property
    def rect(self) -> QRectF:
        """The label's bounding rectangle in diagram mm."""
        return self.path.boundingRect()


_MOVE_TO: Final = 0
_LINE_TO: Final = 1
_ODD_EVEN: Final = 0


def polygon_path(points: tuple[Point, ...] | list[Point]) -> QPainterPath:
    """A closed path through the given points (odd-even fill, like the pure hit-test).

    The path is read from Qt's documented QDataStream format for QPainterPath (element count;
    per element its type, x and y; the start of the last subpath; the fill rule), packed by
    ``struct`` in one call: building it point by point from Python took a large part of the
    first paint of the diagram.
    """
    path = QPainterPath()  # odd-even fill, Qt's default
    if not points:
        return path
    ring = [*points, points[0]]  # closeSubpath() would add the same closing line
    values: list[float] = [_LINE_TO, 0.0, 0.0] * len(ring)
    values[0] = _MOVE_TO
    values[1::3] = [x for x, _ in ring]
    values[2::3] = [y for _, y in ring]
    data = struct.pack(f">i{'idd' * len(ring)}ii", len(ring), *values, 0, _ODD_EVEN)
    stream = QDataStream(QByteArray(data))
    stream >> path
    if stream.status() != QDataStream.Status.Ok:  # pragma: no cover - a Qt format change
        raise RuntimeError("QPainterPath could not be read from its stream format")
    return path


_REGION_PATHS: weakref.WeakKeyDictionary[Region, QPainterPath] = weakref.WeakKeyDictionary()


def region_path(region: Region) -> QPainterPath:
    """The painter path of a muscle region: exactly its hit-test outline."""
    path = _REGION_PATHS.get(region)
    if path is None:
        path = polygon_path(region.outline)
        _REGION_PATHS[region] = path
    return path


@dataclass
class _Cache:
    body: QPainterPath
    bones: list[QPainterPath]
    fibres: dict[int, QPainterPath]
    labels: dict[int, list[Label]]
    """The labels laid out in each translation they were needed in (by ``i18n.edition``)."""


_CACHES: weakref.WeakKeyDictionary[Diagram, _Cache] = weakref.WeakKeyDictionary()


def _cache(diagram: Diagram) -> _Cache:
    cache = _CACHES.get(diagram)
    if cache is None:
        fibres: dict[int, QPainterPath] = {}
        for region in diagram.regions:
            path = QPainterPath()
            for (x0, y0), (x1, y1) in region.fibres:
                path.moveTo(x0, y0)
                path.lineTo(x1, y1)
            fibres[id(region)] = path
        cache = _Cache(
            body=polygon_path(diagram.body_outline),
            bones=[polygon_path(bone.outline) for bone in diagram.bones],
            fibres=fibres,
            labels={},
        )
        _CACHES[diagram] = cache
    return cache


def _labels(diagram: Diagram) -> list[Label]:
    """The orientation labels in the installed language (laid out once per language)."""
    labels = _cache(diagram).labels
    edition = i18n.edition()
    if edition not in labels:
        labels[edition] = _layout_labels(diagram)
    return labels[edition]


def body_path(diagram: Diagram) -> QPainterPath:
    """The skin silhouette as a painter path (the same outline as ``Diagram.contains``)."""
    return _cache(diagram).body


def _text_path(text: str, size_mm: float, *, bold: bool = False) -> QPainterPath:
    """Text outline whose line height is ``size_mm``, with its bounding box at the origin."""
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(48.0)
    font.setBold(bold)
    path = QPainterPath()
    path.addText(QPointF(0.0, 0.0), font, text)
    scale = size_mm / QFontMetricsF(font).height()
    path = QTransform().scale(scale, scale).map(path)
    box = path.boundingRect()
    return path.translated(-box.left(), -box.top())


def _placed(
    text: str, size_mm: float, *, x: float, y: float, align: str, bold: bool = False
) -> QPainterPath:
    """Text placed with its box's top at y and its left, centre or right edge at x."""
    path = _text_path(text, size_mm, bold=bold)
    width = path.boundingRect().width()
    dx = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    return path.translated(dx, y)


def _layout_labels(diagram: Diagram) -> list[Label]:
    """Orientation labels in the free corners and margins around the body."""
    w, h = diagram.width, diagram.height
    margin = 14.0
    mid = diagram.midline_x
    body_box = polygon_path(diagram.body_outline).boundingRect()
    head_top = body_box.top()
    bottom = body_box.bottom()
    left = translate("diagram", "L", "the patient's left, one letter")
    right = translate("diagram", "R", "the patient's right, one letter")
    patients_left = translate("diagram", "Patient's LEFT")
    patients_right = translate("diagram", "Patient's RIGHT")
    head = translate("diagram", "Head")
    view = translate("diagram", "Posterior view, patient prone")
    labels = [
        Label(
            "left_letter",
            left,
            _placed(left, 46.0, x=margin, y=22.0, align="left", bold=True),
            TEXT,
        ),
        Label(
            "right_letter",
            right,
            _placed(right, 46.0, x=w - margin, y=22.0, align="right", bold=True),
            TEXT,
        ),
        Label(
            "left",
            patients_left,
            _placed(patients_left, 11.0, x=margin, y=68.0, align="left", bold=True),
            TEXT,
        ),
        Label(
            "right",
            patients_right,
            _placed(patients_right, 11.0, x=w - margin, y=68.0, align="right", bold=True),
            TEXT,
        ),
        Label(
            "head",
            head,
            _placed(f"\u25b2 {head}", 10.0, x=mid, y=max(2.0, head_top - 16.0), align="centre"),
            CAPTION,
        ),
        Label(
            "view",
            view,
            _placed(
                view,
                11.0,
                x=mid,
                y=min(h - 16.0, bottom + (h - bottom) / 2 - 6.0),
                align="centre",
            ),
            CAPTION,
        ),
    ]
    return labels


def label_layout(diagram: Diagram) -> list[Label]:
    """The orientation labels as drawn (for layout checks)."""
    return list(_labels(diagram))


def muscle_colour(muscle: str) -> QColor:
    """The calm base colour of a muscle."""
    return QColor(MUSCLE_COLOURS.get(muscle, _DEFAULT_MUSCLE))


def blended(colour: QColor, alpha: int, under: QColor) -> QColor:
    """The opaque colour that ``colour`` at ``alpha`` (0..255) gives over ``under``."""
    a = alpha / 255
    return QColor.fromRgbF(
        colour.redF() * a + under.redF() * (1 - a),
        colour.greenF() * a + under.greenF() * (1 - a),
        colour.blueF() * a + under.blueF() * (1 - a),
    )


def _translucent(colour: QColor, alpha: int, under: QColor | None) -> QColor:
    """``colour`` at ``alpha``, or pre-blended over ``under`` when drawing opaque."""
    if under is not None:
        return blended(colour, alpha, under)
    translucent = QColor(colour)
    translucent.setAlpha(alpha)
    return translucent


def _fill_region(
    painter: QPainter,
    region: Region,
    *,
    alpha: int,
    dashed: bool,
    under: QColor | None,
    outline_scale: float = 1.0,
) -> None:
    fill = muscle_colour(region.muscle)
    edge = QPen(fill.darker(150), (0.6 if dashed else 0.45) * outline_scale)
    if dashed:
        edge.setStyle(Qt.PenStyle.DashLine)
    path = region_path(region)
    painter.fillPath(path, QBrush(_translucent(fill, alpha, under)))
    painter.strokePath(path, edge)


def _draw_fibres(
    painter: QPainter, cache: _Cache, region: Region, *, alpha: int, opaque: bool
) -> None:
    muscle = muscle_colour(region.muscle)
    colour = _translucent(muscle.darker(170), alpha, muscle if opaque else None)
    painter.strokePath(cache.fibres[id(region)], QPen(colour, 0.5))


def paint_diagram(
    painter: QPainter,
    diagram: Diagram,
    *,
    show_deep: bool = False,
    highlight: tuple[str, str] | None = None,
    labels: bool = True,
    outline_scale: float = 1.0,
    opaque: bool = False,
) -> None:
    """Draw skin, muscles, fibre hints, bones and orientation labels in diagram mm.

    Muscles are painted deep to superficial, so only the uncovered parts of intermediate and deep
    muscles show as a faint underlay. With ``show_deep`` the intermediate and deep muscles are
    drawn again on top, translucent with dashed outlines, so the superficial map stays legible.
    ``highlight`` is a (muscle id, patient's side) pair to emphasise. ``outline_scale``
    thickens the outlines of the body and the muscles (the window's high-contrast view).

    ``opaque`` draws without any transparency (PDF/A-1 forbids it, and a PDF/A-1 writer drops
    the alpha of a colour, so a translucent fill would cover what lies under it): translucent
    colours are pre-blended over the colour under them (a faint deep muscle over the skin,
    fibre hints over their muscle, a bony ridge over the skin), and the scapular bodies, which
    lie over the muscles that everyone needs to see, are outlined only. Only the superficial
    map is drawn that way (``show_deep`` is for the window).
    """
    cache = _cache(diagram)
    skin = SKIN if opaque else None
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    body_edge = QPen(SKIN_EDGE, 0.8 * outline_scale)
    painter.fillPath(cache.body, QBrush(SKIN))
    painter.strokePath(cache.body, body_edge)

    for region in diagram.regions:
        superficial = region.layer == "superficial"
        alpha = 255 if superficial else 150
        _fill_region(
            painter, region, alpha=alpha, dashed=False, under=skin, outline_scale=outline_scale
        )
        if superficial:
            _draw_fibres(painter, cache, region, alpha=200, opaque=opaque)

    if show_deep and not opaque:
        for layer in ("intermediate", "deep"):
            for region in diagram.regions:
                if region.layer == layer:
                    _fill_region(
                        painter,
                        region,
                        alpha=95,
                        dashed=True,
                        under=None,
                        outline_scale=outline_scale,
                    )
                    _draw_fibres(painter, cache, region, alpha=170, opaque=False)

    for bone, path in zip(diagram.bones, cache.bones, strict=True):
        # Scapular bodies are outlined over the muscles; ridges and processes are solid.
        flat = bone.id.startswith("scapula_")
        if not (flat and opaque):
            fill = BONE_FAINT if flat else BONE
            painter.fillPath(path, QBrush(blended(fill, fill.alpha(), SKIN) if opaque else fill))
        painter.strokePath(path, QPen(BONE_EDGE, 0.45 if flat else 0.5))

    if highlight is not None:
        paint_highlight(painter, diagram, highlight)

    painter.strokePath(cache.body, body_edge)

    if labels:
        for label in _labels(diagram):
            painter.fillPath(label.path, QBrush(label.colour))
    painter.restore()


def paint_highlight(painter: QPainter, diagram: Diagram, highlight: tuple[str, str]) -> None:
    """Emphasise the regions of one (muscle id, patient's side), in diagram mm."""
    glow = QColor(HIGHLIGHT)
    glow.setAlpha(70)
    for region in diagram.regions:
        if (region.muscle, region.side) == highlight:
            path = region_path(region)
            painter.fillPath(path, QBrush(glow))
            painter.strokePath(path, QPen(HIGHLIGHT, 1.6))
