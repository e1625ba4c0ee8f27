"""Click to identified point, and dragging a marker, with 1,000 points on the map.

* Hit-testing: ``Diagram.muscles_at`` at 10,000 seeded random points in the body's bounding
  box.
* Click: ``QTest.mouseClick`` on the real view's viewport at a free spot on the body, until
  the viewport has painted the update Qt scheduled for it; and the same click followed by a
  synchronous ``viewport().repaint()`` of the whole map (worst case). Each added point is
  undone afterwards (untimed).
* Drag: press on a marker, then one frame per step = a synthetic mouse move with the left
  button held, sent to the viewport, until the viewport has painted the update; and again
  with a synchronous repaint of the whole map per frame (worst case).

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
    from PySide6.QtWidgets import QWidget

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
    window.resize(1280, 860)  # as it opens on a screen with room (the headless one is smaller)
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
        clicked = view.mapToScene(local)
        if not window.diagram.contains(clicked.x(), clicked.y()):
            continue  # the click's pixel falls just outside the outline: no point is added
        if not any(isinstance(i, PointItem) for i in view.items(local)):
            spots.append((x, y))
            if len(spots) == n:
                break
    return spots


def _paint_watch(viewport: QWidget) -> list[int]:
    """Count the paint events that reach ``viewport``: returns a one-element counter.

    The event filter sees each paint event before it is handled; once ``processEvents``
    returns after that, the update is painted.
    """
    from PySide6.QtCore import QEvent, QObject

    counter = [0]

    class PaintFilter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                counter[0] += 1
            return False

    paint_filter = PaintFilter(viewport)
    viewport.installEventFilter(paint_filter)
    return counter


def bench_click(window: MainWindow, clicks: int = 200) -> list[Figure]:
    """Click on free spots of the body; each click adds a point.

    Two timings per click: until the viewport has painted the update Qt scheduled for the
    click (what the user waits for), and the click plus a forced repaint of the whole map
    (the worst case, as after the window was covered).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view, doc = window.view, window.doc
    viewport = view.viewport()
    paints = _paint_watch(viewport)
    before = len(doc.session.points)
    spots = _free_spots(window, clicks, seed=5)
    painted_ns: list[int] = []
    full_ns: list[int] = []

    def click(x: float, y: float, *, full: bool) -> int:
        local = view.mapFromScene(x, y)
        seen = paints[0]
        start = time.perf_counter_ns()
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
        if full:
            viewport.repaint()
        else:
            while paints[0] == seen:
                QApplication.processEvents()
        elapsed = time.perf_counter_ns() - start
        if len(doc.session.points) != before + 1:
            raise RuntimeError(f"a click at ({x:.1f}, {y:.1f}) mm did not add a point")
        _settle()
        doc.undo_stack.undo()
        _settle()
        if len(doc.session.points) != before:
            raise RuntimeError("undoing the click did not remove the point")
        return elapsed

    for x, y in spots:
        painted_ns.append(click(x, y, full=False))
        full_ns.append(click(x, y, full=True))
    painted, full = ns_to_ms(painted_ns), ns_to_ms(full_ns)
    missing = "" if len(spots) == clicks else f"only {len(spots)} free spots found"
    return [
        Figure(
            "Click to identified point, painted, p99",
            percentile(painted, 0.99),
            "ms",
            FRAME_TARGET_MS,
            f"{len(painted)} clicks with {before:,} points on the map, until the viewport "
            f"has painted the update: median {median(painted):.1f} ms",
            missing,
        ),
        Figure(
            "Click with a full repaint of the map, p99",
            percentile(full, 0.99),
            "ms",
            None,
            f"the same clicks plus a synchronous repaint of the whole viewport (worst case): "
            f"median {median(full):.1f} ms",
            missing,
        ),
    ]


def _drag(window: MainWindow, xs: list[float], y: float, *, full: bool) -> list[int]:
    """Drag the topmost marker through ``xs`` at height ``y``; nanoseconds per frame.

    A frame is one mouse-move event with the left button held, sent to the viewport, until the
    viewport has painted the update Qt scheduled (or, with ``full``, plus a synchronous repaint
    of the whole viewport). The move is undone afterwards.
    """
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view, doc = window.view, window.doc
    viewport = view.viewport()
    paints = _paint_watch(viewport)
    marker = max(doc.session.points, key=lambda p: p.number)
    press = view.mapFromScene(marker.x, marker.y)
    depth = doc.undo_stack.index()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    _settle()
    timings: list[int] = []
    local = press
    for x in xs:
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
        if full:
            viewport.repaint()
        else:
            while paints[0] == seen:
                QApplication.processEvents()
        timings.append(time.perf_counter_ns() - start)
    item = window.scene.item_for(marker.id)
    moved = item is not None and abs(item.pos().x() - xs[-1]) < 2.0
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
    _settle()
    while doc.undo_stack.index() > depth:
        doc.undo_stack.undo()
    _settle()
    if not moved:
        raise RuntimeError("the marker did not follow the drag")
    return timings


def bench_drag(window: MainWindow, moves: int = 100) -> list[Figure]:
    """Drag the topmost marker across the body: frame until painted, and with a full repaint."""
    x0, y0, x1, y1 = body_bbox(window.diagram)
    y = (y0 + y1) / 2
    xs = [x0 + (x1 - x0) * (0.2 + 0.6 * i / (moves - 1)) for i in range(moves)]
    points = len(window.doc.session.points)
    painted = ns_to_ms(_drag(window, xs, y, full=False))
    full = ns_to_ms(_drag(window, xs, y, full=True))
    return [
        Figure(
            "Drag a marker, frame time p99",
            percentile(painted, 0.99),
            "ms",
            FRAME_TARGET_MS,
            f"{len(painted)} moves across the body with {points:,} points, each until the "
            f"viewport has painted the update: median {median(painted):.1f} ms",
        ),
        Figure(
            "Drag a marker with full repaints, frame time p99",
            percentile(full, 0.99),
            "ms",
            None,
            f"the same moves plus a synchronous repaint of the whole viewport (worst case): "
            f"median {median(full):.1f} ms",
        ),
    ]


def run(clicks: int = 200, moves: int = 200) -> list[Figure]:
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
        figures.extend(bench_click(window, clicks))
        figures.extend(bench_drag(window, moves))
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
