"""Widgets of the patient history: patient browser, previous-visit overlay, a point's visits."""

from bodymap.ui.history.browser import PatientBrowser
from bodymap.ui.history.overlay import (
    PreviousPointItem,
    PreviousVisitOverlay,
    PreviousVisitOverlays,
)
from bodymap.ui.history.pain_chart import PainChart
from bodymap.ui.history.point_visits import PointVisits

__all__ = [
    "PainChart",
    "PatientBrowser",
    "PointVisits",
    "PreviousPointItem",
    "PreviousVisitOverlay",
    "PreviousVisitOverlays",
]
