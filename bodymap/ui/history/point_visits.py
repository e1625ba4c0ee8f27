"""PointVisits: whether the selected point recurs, and its pain scores over the visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

from bodymap import history
from bodymap.model import TriggerPoint
from bodymap.ui.history.pain_chart import PainChart
from bodymap.ui.plain_text import plain_label


class PointVisits(QWidget):
    """The earlier visits of one point, under the point's details; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recurrence_label = plain_label(wrap=True)
        self.pain_chart = PainChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.recurrence_label)
        layout.addWidget(self.pain_chart)
        self.hide()

    def show_point(
        self,
        point: TriggerPoint | None,
        earlier: Sequence[history.HistoricPoint],
        date: dt.date | None,
        painted: Sequence[history.VisitArea] = (),
        current_cm2: float | None = None,
    ) -> None:
        """Show how ``point`` recurs among ``earlier`` (the patient's earlier visits' points),
        with the painted area of each visit (``painted``; ``current_cm2`` for this one).

        Hidden without a point, or without earlier visits to compare with.
        """
        if point is None or not earlier:
            self.hide()
            return
        found = history.recurrence(point, earlier)
        self.recurrence_label.setText(found.text if found else "First visit for this point.")
        self.pain_chart.show_point(point, earlier, date)
        self.pain_chart.set_painted(
            {v.date: v.painted_cm2 for v in painted if v.drawn}, current_cm2
        )
        self.show()
