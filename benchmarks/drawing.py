"""Painting keeps up with the pointer: the frame time of a brush stroke over a busy map.

The window holds a 1,000-point session and a large pain drawing (every quality and several
intensities painted over the neck, shoulders and back). In drawing mode the left button is
pressed on the back, then one frame per step = one synthetic mouse move with the button held,
sent to the viewport, timed until the viewport has painted the update Qt scheduled. The
stroke is released (one undo step, timed separately: uniting it with the drawing) and undone.

Needs a QApplication (the runner makes one, offscreen).
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from benchmarks import Figure, median, ns_to_ms, percentile
from benchmarks.interaction import FRAME_TARGET_MS, _paint_watch, _settle, open_window

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


def large_drawing(window: MainWindow) -> float:
    """Paint a large drawing through the document's verbs; return its area in cm²."""
    from bodymap.clinical.pain_drawing import Stroke, measure

    doc, marks = window.doc, window.diagram.landmarks
    mid = window.diagram.midline_x
    qualities = ("aching", "burning", "numbness_tingling")
    for i in range(12):
        side = -1 if i % 2 else 1
        top = marks["c7"][1] - 40 + i * 22
        path = tuple((mid + side * (15 + 9 * k), top + 12 * math.sin(k / 2.0)) for k in range(22))
        doc.paint_stroke(Stroke("brush", path, 9.0 + i % 4), qualities[i % 3], 3 + i % 5)  # type: ignore[arg-type]
    return measure(doc.session.pain_areas, window.diagram).total_cm2


def bench_stroke(window: MainWindow, moves: int) -> list[Figure]:
    """One long brush stroke across the back: frame until painted, and the stroke's edit."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view, doc = window.view, window.doc
    viewport = view.viewport()
    paints = _paint_watch(viewport)
    window.draw_action.setChecked(True)
    panel = window.completed().details.pain_panel
    panel.brush_size.setValue(12)
    cx, cy = window.diagram.landmarks["t5"]
    path = [
        (cx + 90 * math.cos(2 * math.pi * i / moves), cy + 60 * math.sin(4 * math.pi * i / moves))
        for i in range(moves)
    ]
    depth = doc.undo_stack.index()
    press = view.mapFromScene(*path[0])
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    _settle()
    timings: list[int] = []
    local = press
    for x, y in path[1:]:
        local = view.mapFromScene(x, y)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(local),
            QPointF(viewport.mapToGlobal(local)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        seen = paints[0]
        start = time.perf_counter_ns()
        QApplication.sendEvent(viewport, event)
        while paints[0] == seen:
            QApplication.processEvents()
        timings.append(time.perf_counter_ns() - start)
    start = time.perf_counter_ns()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
    edit_ms = (time.perf_counter_ns() - start) / 1e6
    _settle()
    if doc.undo_stack.index() != depth + 1:
        raise RuntimeError("the stroke did not become one undo step")
    doc.undo_stack.undo()
    window.draw_action.setChecked(False)
    _settle()
    frames = ns_to_ms(timings)
    return [
        Figure(
            "Brush stroke, frame time p99",
            percentile(frames, 0.99),
            "ms",
            FRAME_TARGET_MS,
            f"{len(frames)} moves of one stroke with {len(doc.session.points):,} points and "
            f"a drawing of {len(doc.session.pain_areas)} areas on the map, each until the "
            f"viewport has painted the update: median {median(frames):.1f} ms",
        ),
        Figure(
            "Brush stroke released: united with the drawing (one undo step)",
            edit_ms,
            "ms",
            None,
            f"a stroke of {moves} points, radius 12 mm, into the drawing and repainted",
        ),
    ]


def run(moves: int = 300) -> list[Figure]:
    """The brush stroke figures (a QApplication must exist)."""
    window, _reset_ms = open_window()
    try:
        cm2 = large_drawing(window)
        _settle()
        figures = bench_stroke(window, moves)
        figures[0] = Figure(
            figures[0].name,
            figures[0].value,
            figures[0].unit,
            figures[0].target,
            f"{figures[0].detail}; the drawing covers {cm2:.0f} cm²",
        )
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        _settle()
    return figures


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    for figure in run():
        print(f"{figure.name}: {figure.formatted_value()} ({figure.status}) {figure.detail}")
