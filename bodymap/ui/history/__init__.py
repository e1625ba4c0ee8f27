"""Widgets of the patient history: patient browser, previous-visit overlay, pain chart."""

from bodymap.ui.history.browser import PatientBrowser
from bodymap.ui.history.overlay import (
    PreviousPointItem,
    PreviousVisitOverlay,
    PreviousVisitOverlays,
)
from bodymap.ui.history.pain_chart import PainChart

__all__ = [
    "PainChart",
    "PatientBrowser",
    "PreviousPointItem",
    "PreviousVisitOverlay",
    "PreviousVisitOverlays",
]
