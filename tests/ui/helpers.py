"""Helpers that drive the real map with the mouse, in diagram coordinates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.ui import MainWindow


def to_viewport(window: MainWindow, x: float, y: float) -> QPoint:
    """Viewport pixel of the diagram position (x, y) in mm."""
    return window.view.mapFromScene(QPointF(x, y))


def click_at(qtbot: QtBot, window: MainWindow, x: float, y: float) -> None:
    """Left click on the map at diagram position (x, y)."""
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=to_viewport(window, x, y)
    )


def midpoint(a: tuple[float, float], b: tuple[float, float], t: float = 0.5) -> tuple[float, float]:
    """The point a fraction ``t`` of the way from ``a`` to ``b``."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def drag(
    qtbot: QtBot, window: MainWindow, start: tuple[float, float], end: tuple[float, float]
) -> None:
    """Press on ``start``, move in steps with the button held, release on ``end`` (mm)."""
    viewport = window.view.viewport()
    a = to_viewport(window, *start)
    b = to_viewport(window, *end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    steps = 8
    for i in range(1, steps + 1):
        p = QPointF(a.x() + (b.x() - a.x()) * i / steps, a.y() + (b.y() - a.y()) * i / steps)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            p,
            viewport.mapToGlobal(p),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
