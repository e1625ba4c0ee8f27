"""A six-point injection session is documentable in about twenty clicks and keys.

Every mouse click and key press after the patient data goes through a counter and the real
widgets of the main window: the map, the Points, Patient and Procedure tabs and their panels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from bodymap import clinical
from bodymap.model import Injection, Patient
from bodymap.ui import MainWindow
from tests.ui.helpers import midpoint

pytestmark = pytest.mark.gui

BUDGET = 24
"""The issue asks for "about twenty" clicks and keys for six injected points."""


class Counter:
    """Clicks and key presses on real widgets, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert widget.isVisible(), f"{widget.accessibleName() or widget} is not on screen"
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        self.count += 1
        self.qtbot.keyClick(widget, key)

    def click_map(self, window: MainWindow, at: tuple[float, float]) -> None:
        self.click(window.view.viewport(), window.view.mapFromScene(QPointF(*at)))

    def click_tab(self, tabs: QTabWidget, title: str) -> None:
        # The title may carry a warning count after it ("Procedure (2)").
        index = next(
            i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "").startswith(title)
        )
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(index).center())


def six_sites(window: MainWindow) -> list[tuple[float, float]]:
    """Six separate sites on the back, from the diagram's landmarks."""
    lm = window.diagram.landmarks
    return [
        midpoint(lm["c7"], lm["acromion_left"]),
        midpoint(lm["c7"], lm["acromion_right"]),
        lm["medial_border_mid_left"],
        lm["medial_border_mid_right"],
        lm["lateral_border_mid_left"],
        lm["lateral_border_mid_right"],
    ]


def test_six_point_injection_session_in_about_twenty_clicks_and_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    tabs: QTabWidget = window.parts.details
    # Patient data first (not counted): weight, then consent and time-out on the Procedure
    # tab, through the real fields.
    patient = window.parts.details.patient_panel
    tabs.setCurrentWidget(patient)
    qtbot.keyClicks(patient.weight.edit, "70")
    procedure = window.parts.details.procedure_panel
    tabs.setCurrentWidget(procedure)
    procedure.consent.click()
    procedure.timeout.click()
    tabs.setCurrentIndex(0)

    counter = Counter(qtbot)
    treatment = window.parts.details.treatment_panel
    pains = [Qt.Key.Key_7, Qt.Key.Key_6, Qt.Key.Key_8, Qt.Key.Key_5, Qt.Key.Key_7, Qt.Key.Key_4]
    for number, (site, pain) in enumerate(zip(six_sites(window), pains, strict=True), start=1):
        counter.click_map(window, site)
        assert len(window.session.points) == number
        if number == 1:
            # Lidocaine 1 %, 0.5 mL, 27 G is the default injection: one click sets it.
            counter.click(treatment.kind.buttons["injection"])
        counter.click(treatment.pain_before)
        counter.key(treatment.pain_before, pain)

    counter.click_tab(tabs, "Procedure")
    counter.click(procedure.start_now)
    counter.click(procedure.end_now)

    assert counter.count <= BUDGET, f"{counter.count} clicks and keys"
    session = window.session
    assert len(session.points) == 6
    for point in session.points:
        treatment = point.treatment
        assert isinstance(treatment, Injection)
        assert (treatment.agent, treatment.concentration_percent) == ("lidocaine", 1.0)
        assert (treatment.volume_ml, treatment.needle_gauge) == (0.5, 27)
        # Each needle is the longest the point's zone allows (clinical-basis §4.6).
        limit = clinical.advised_depth_mm(window.doc.location(point.id).cautions, Patient())
        assert treatment.needle_length_mm is not None
        assert limit is None or treatment.needle_length_mm <= limit
    assert [p.findings.pain_before for p in session.points] == [7, 6, 8, 5, 7, 4]
    assert session.patient.weight_kg == 70
    assert session.encounter.consent_obtained
    assert session.encounter.timeout_done
    assert session.procedure.start_time is not None
    assert session.procedure.end_time is not None
    assert len({(p.muscle, p.side) for p in session.points}) >= 3
    assert "20553" in procedure.codes.text()
