"""Across visits on screen: painted area beside the pain scores, an earlier visit's drawing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QGraphicsScene
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.history import PainVisit
from bodymap.ui.history import PainChart, PreviousVisitOverlay
from tests.unit.storage.conftest import DATA

pytestmark = pytest.mark.gui

EARLIER = dt.date(2026, 10, 2)


def test_the_pain_chart_shows_each_visit_s_painted_area(qtbot: QtBot) -> None:
    chart = PainChart()
    qtbot.addWidget(chart)
    chart.set_visits(
        [
            PainVisit(dt.date(2026, 9, 1), 8, 4, "lidocaine 1% 0.5 mL"),
            PainVisit(EARLIER, 7, 3, "dry needling"),
            PainVisit(None, 5, 2, "dry needling", current=True),
        ]
    )
    chart.set_painted({EARLIER: 80.0}, 56.0)
    assert chart.painted() == [None, 80.0, 56.0], "the first visit had no drawing"
    assert "2026-10-02: 7 → 3 (dry needling); painted area 80 cm²" in chart.toolTip()
    chart.resize(320, 160)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    assert not image.isNull()


def test_an_earlier_visit_s_overlay_carries_its_pain_drawing(qtbot: QtBot) -> None:
    earlier = storage.load_session(DATA / "v1_4_pain_drawing.bodymap.json")
    scene = QGraphicsScene()
    overlay = PreviousVisitOverlay(earlier)
    scene.addItem(overlay)
    assert overlay.drawing is not None
    assert overlay.drawing.areas == earlier.pain_areas
    assert not overlay.drawing.boundingRect().isEmpty()
    plain = PreviousVisitOverlay(earlier.model_copy(update={"pain_areas": []}))
    assert plain.drawing is None
