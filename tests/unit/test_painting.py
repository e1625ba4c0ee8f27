"""Painting: drawn paths equal the hit-test outlines; labels clear the body and each other."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPolygonF,
)

from bodymap.anatomy import Diagram, load_diagram, point_in_polygon
from bodymap.painting import (
    BONE_FAINT,
    blended,
    body_path,
    label_layout,
    muscle_colour,
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


def _pdf_a_diagram(path: Path, diagram: Diagram, *, opaque: bool) -> None:
    """The diagram alone, across the width of an A4 PDF/A-1b page."""
    writer = QPdfWriter(str(path))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    painter.scale(writer.width() / diagram.width, writer.width() / diagram.width)
    paint_diagram(painter, diagram, labels=False, opaque=opaque)
    painter.end()
    del writer


def _under_the_scapulae(diagram: Diagram) -> list[tuple[str, float, float]]:
    """(muscle, x, y) on a grid: superficial muscle over a scapular body, clear of its edges."""
    scapulae = [b.outline for b in diagram.bones if b.id.startswith("scapula_")]
    found = []
    for region in diagram.regions:
        if region.layer != "superficial":
            continue
        x0, y0, x1, y1 = region.bbox
        for i in range(1, 10):
            for j in range(1, 10):
                x, y = x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * j / 10
                clear = all(
                    region.contains(x + dx, y + dy) for dx, dy in ((3, 0), (-3, 0), (0, 3), (0, -3))
                )
                if clear and any(point_in_polygon(x, y, s) for s in scapulae):
                    found.append((region.muscle, x, y))
    return found


def _distance(a: QColor, b: QColor) -> float:
    return float(sum((p - q) ** 2 for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize("opaque", [True, False])
def test_in_a_pdf_a_file_no_scapula_hides_the_muscles_over_it(
    gui_app: QGuiApplication, diagram: Diagram, tmp_path: Path, opaque: bool
) -> None:
    pdf = tmp_path / "diagram.pdf"
    _pdf_a_diagram(pdf, diagram, opaque=opaque)
    subprocess.run(
        ["pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    scale = image.width() / diagram.width
    samples = _under_the_scapulae(diagram)
    assert len(samples) > 20
    visible = 0
    for muscle, x, y in samples:
        shown = image.pixelColor(round(x * scale), round(y * scale))
        visible += _distance(shown, muscle_colour(muscle)) < _distance(shown, BONE_FAINT)
    if opaque:
        assert visible >= 0.9 * len(samples), "the muscles show through the scapulae"
    else:
        assert visible < 0.1 * len(samples), "without pre-blending PDF/A paints bone over them"
