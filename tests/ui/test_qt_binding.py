"""The Qt binding must not corrupt the interpreter while the diagram is painted."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from bodymap import painting
from bodymap.anatomy import load_diagram

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        sys.version_info >= (3, 12),
        reason="None is immortal from Python 3.12: its reference count cannot change",
    ),
]


def test_painting_the_diagram_keeps_reference_counts_intact(qtbot: QtBot) -> None:
    # Some binding releases drop a reference to None on every void call, which aborts the
    # application after a few repaints. Painting many times must leave None's count alone.
    diagram = load_diagram()
    image = QImage(300, 300, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for _ in range(5):
        painter = QPainter(image)
        painter.scale(0.5, 0.5)
        painting.paint_diagram(painter, diagram, show_deep=True)
        painter.end()
    assert sys.getrefcount(None) >= before - 50
