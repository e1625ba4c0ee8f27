"""Click to identified point, and dragging a marker, with 1,000 points on the map.

* Hit-testing: ``Diagram.muscles_at`` at 10,000 seeded random points in the body's bounding
  box.
* Click: ``QTest.mouseClick`` on the real view's viewport at a free spot on the body, then a
  synchronous ``viewport().repaint()``; each added point is undone afterwards (untimed).
* Drag: press on a marker, then one frame per step = a synthetic mouse move with the left
  button held, sent to the viewport, plus a synchronous repaint.

Needs a QApplication (the runner makes one, offscreen).
"""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING

from benchmarks import Figure, median, ns_to_ms, percentile
from benchmarks.files import body_bbox, make_session, random_body_points
from bodymap.anatomy import load_diagram

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

HIT_TARGET_MS = 2.0
FRAME_TARGET_MS = 16.0


def bench_hit_test(n: int = 10_000, seed: int = 3) -> Figure:
    """``muscles_at`` over ``n`` random points in the body's bounding box."""
    diagram = load_diagram()
    rng = random.Random(seed)
    x0, y0, x1, y1 = body_bbox(diagram)
    points = [(rng.uniform(x0, x1), rng.uniform(y0, y1)) for _ in range(n)]
    diagram.muscles_at(*points[0])  # warm the cached properties
    timings: list[int] = []
    inside = 0
    for x, y in points:
        start = time.perf_counter_ns()
        hits = diagram.muscles_at(x, y)
        timings.append(time.perf_counter_ns() - start)
        inside += bool(hits)
    ms = ns_to_ms(timings)
    return Figure(
        "Hit-test (muscles_at), p99",
        percentile(ms, 0.99),
        "ms",
        HIT_TARGET_MS,
        f"{n:,} seeded points in the body's bounding box ({inside:,} on a muscle): "
        f"median {median(ms) * 1000:.0f} µs, max {max(ms):.2f} ms",
    )


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def open_window(points: int = 1000) -> tuple[MainWindow, float]:
    """A shown MainWindow holding a ``points``-point session; and how long the reset took (ms)."""
    from bodymap.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    _settle()
    session = make_session(points, diagram=window.diagram)
    start = time.perf_counter_ns()
    window.doc.reset(session)
    reset_ms = (time.perf_counter_ns() - start) / 1e6
    _settle()
    window.view.viewport().repaint()
    return window, reset_ms


def _free_spots(window: MainWindow, n: int, seed: int) -> list[tuple[float, float]]:
    """Positions on the body where a click hits no marker (so it adds a point)."""
    from bodymap.ui.items import PointItem

    view = window.view
    spots: list[tuple[float, float]] = []
    for x, y in random_body_points(window.diagram, 50 * n, seed):
        local = view.mapFromScene(x, y)
        if not any(isinstance(i, PointItem) for i in view.items(local)):
            spots.append((x, y))
            if len(spots) == n:
                break
    return spots


def bench_click(window: MainWindow, clicks: int = 50) -> Figure:
    """Click on free spots of the body; each click adds a point, repaint synchronously."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view, doc = window.view, window.doc
    viewport = view.viewport()
    before = len(doc.session.points)
    spots = _free_spots(window, clicks, seed=5)
    timings: list[int] = []
    for x, y in spots:
        local = view.mapFromScene(x, y)
        start = time.perf_counter_ns()
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
        viewport.repaint()
        timings.append(time.perf_counter_ns() - start)
        if len(doc.session.points) != before + 1:
            raise RuntimeError(f"a click at ({x:.1f}, {y:.1f}) mm did not add a point")
        _settle()
        doc.undo_stack.undo()
        _settle()
        if len(doc.session.points) != before:
            raise RuntimeError("undoing the click did not remove the point")
    ms = ns_to_ms(timings)
    return Figure(
        "Click to identified point with repaint, p99",
        percentile(ms, 0.99),
        "ms",
        FRAME_TARGET_MS,
        f"{len(ms)} clicks with {before:,} points on the map: median {median(ms):.1f} ms",
        "" if len(ms) == clicks else f"only {len(ms)} free spots found",
    )


def bench_drag(window: MainWindow, moves: int = 100) -> Figure:
    """Drag the topmost marker across the body, one mouse move and repaint per frame."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view, doc = window.view, window.doc
    viewport = view.viewport()
    points = doc.session.points
    marker = max(points, key=lambda p: p.number)
    x0, y0, x1, y1 = body_bbox(window.diagram)
    y = (y0 + y1) / 2
    path = [x0 + (x1 - x0) * (0.2 + 0.6 * i / (moves - 1)) for i in range(moves)]
    press = view.mapFromScene(marker.x, marker.y)
    depth = doc.undo_stack.index()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    timings: list[int] = []
    local = press
    for x in path:
        local = view.mapFromScene(x, y)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(local),
            QPointF(viewport.mapToGlobal(local)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        start = time.perf_counter_ns()
        QApplication.sendEvent(viewport, event)
        viewport.repaint()
        timings.append(time.perf_counter_ns() - start)
    item = window.scene.item_for(marker.id)
    moved = item is not None and abs(item.pos().x() - path[-1]) < 2.0
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
    _settle()
    while doc.undo_stack.index() > depth:
        doc.undo_stack.undo()
    _settle()
    if not moved:
        raise RuntimeError("the marker did not follow the drag")
    ms = ns_to_ms(timings)
    return Figure(
        "Drag a marker, frame time p99",
        percentile(ms, 0.99),
        "ms",
        FRAME_TARGET_MS,
        f"{len(ms)} moves across the body with {len(points):,} points: median {median(ms):.1f} ms",
    )


def run(clicks: int = 50, moves: int = 100) -> list[Figure]:
    """Hit-test, click and drag figures (a QApplication must exist)."""
    figures = [bench_hit_test()]
    window, reset_ms = open_window()
    try:
        figures.append(
            Figure(
                "Show a 1,000-point session in the window",
                reset_ms,
                "ms",
                None,
                "SessionDocument.reset: markers, tooltips and the points list",
            )
        )
        figures.append(bench_click(window, clicks))
        figures.append(bench_drag(window, moves))
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
