"""Painting: drawn paths equal the hit-test outlines; labels clear the body and each other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPolygonF,
)

from bodymap.anatomy import Diagram, load_diagram, point_in_polygon
from bodymap.painting import (
    blended,
    body_path,
    label_layout,
    paint_diagram,
    polygon_path,
    region_path,
)


@pytest.fixture(scope="module")
def diagram() -> Diagram:
    return load_diagram()


@pytest.fixture
def gui_app(qapp: QGuiApplication) -> QGuiApplication:
    """The test run's one application (a QApplication, so widget tests can follow)."""
    return qapp


def _near_edge(x: float, y: float, outline: tuple[tuple[float, float], ...]) -> bool:
    return any(abs(px - x) < 1.0 and abs(py - y) < 1.0 for px, py in outline)


def test_region_paths_agree_with_the_pure_hit_test(
    gui_app: QGuiApplication, diagram: Diagram
) -> None:
    checked = 0
    for region in diagram.regions:
        path = region_path(region)
        assert path is region_path(region)  # built once, then cached
        x0, y0, x1, y1 = region.bbox
        for i in range(1, 12):
            for j in range(1, 12):
                x = x0 + (x1 - x0) * i / 12 + 0.137
                y = y0 + (y1 - y0) * j / 12 + 0.219
                if _near_edge(x, y, region.outline):
                    continue
                expected = point_in_polygon(x, y, region.outline)
                assert path.contains(QPointF(x, y)) == expected, (region.muscle, x, y)
                checked += 1
    assert checked > 2000


def test_body_path_agrees_with_contains(gui_app: QGuiApplication, diagram: Diagram) -> None:
    path = body_path(diagram)
    for x in range(3, 600, 11):
        for y in range(3, 600, 13):
            if _near_edge(x, y, diagram.body_outline):
                continue
            assert path.contains(QPointF(x, y)) == diagram.contains(x, y), (x, y)


def test_labels_are_inside_the_canvas_and_clear(gui_app: QGuiApplication, diagram: Diagram) -> None:
    labels = label_layout(diagram)
    texts = {label.text for label in labels}
    assert {"L", "R", "Patient's LEFT", "Patient's RIGHT", "Head"} <= texts
    assert "Posterior view, patient prone" in texts
    canvas = QRectF(0.0, 0.0, diagram.width, diagram.height)
    body = body_path(diagram)
    for label in labels:
        assert canvas.contains(label.rect), label.text
        assert not body.intersects(label.rect), label.text
        assert label.rect.height() > 5.0, label.text  # legible at whole-diagram scale
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not a.rect.intersects(b.rect), (a.text, b.text)


def test_orientation_labels_are_on_the_patients_side(
    gui_app: QGuiApplication, diagram: Diagram
) -> None:
    rects = {label.text: label.rect for label in label_layout(diagram)}
    midline = diagram.landmarks["c7"][0]
    # Posterior view: the patient's left is on the viewer's left.
    assert rects["L"].right() < midline < rects["R"].left()
    assert rects["Patient's LEFT"].right() < midline < rects["Patient's RIGHT"].left()
    assert rects["Head"].bottom() < diagram.landmarks["eop"][1]
    assert rects["Posterior view, patient prone"].top() > diagram.landmarks["t12"][1]


def test_paint_colours_muscle_and_skin(gui_app: QGuiApplication, diagram: Diagram) -> None:
    scale = 1.0
    image = QImage(int(diagram.width), int(diagram.height), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_diagram(painter, diagram, show_deep=True, highlight=("upper_trapezius", "left"))
    painter.end()
    assert image.pixelColor(5, 5) == QColor("white")
    lm = diagram.landmarks
    x = (lm["c7"][0] + lm["acromion_left"][0]) / 2
    y = (lm["c7"][1] + lm["acromion_left"][1]) / 2 - 8.0
    assert image.pixelColor(int(x), int(y)) != QColor("white")


def test_polygon_paths_are_the_closed_outlines(gui_app: QGuiApplication, diagram: Diagram) -> None:
    for outline in [diagram.body_outline, *(r.outline for r in diagram.regions)]:
        expected = QPainterPath()
        expected.setFillRule(Qt.FillRule.OddEvenFill)
        expected.addPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
        expected.closeSubpath()
        path = polygon_path(outline)
        assert path == expected
        assert path.fillRule() == Qt.FillRule.OddEvenFill
        assert path.elementCount() == len(outline) + 1
    assert polygon_path([]).isEmpty()


def _alphas_in_pdf(path: Path) -> set[str]:
    """The fill and stroke opacities a PDF's graphics states set (``/ca 0.23…``)."""
    return {value.decode() for value in re.findall(rb"/(?:ca|CA) ([0-9.]+)", path.read_bytes())}


@pytest.mark.parametrize("opaque", [False, True])
def test_the_opaque_diagram_uses_no_transparency(
    gui_app: QGuiApplication, diagram: Diagram, tmp_path: Path, opaque: bool
) -> None:
    path = tmp_path / "diagram.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.scale(writer.width() / diagram.width, writer.width() / diagram.width)
    paint_diagram(painter, diagram, show_deep=True, opaque=opaque)
    painter.end()
    del writer
    translucent = {a for a in _alphas_in_pdf(path) if float(a) < 1.0}
    assert bool(translucent) is not opaque


def test_pre_blending_gives_what_the_translucent_colour_shows() -> None:
    over = blended(QColor(0, 0, 255), 64, QColor(255, 255, 255))
    assert over.alpha() == 255
    assert (over.red(), over.green(), over.blue()) == (191, 191, 255)
