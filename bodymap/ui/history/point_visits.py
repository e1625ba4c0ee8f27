"""PointVisits: whether the selected point recurs, what was found and done at its earlier visits,
and its pain scores over the visits.

The earlier visits' findings are shown here, beside the point, as that visit's: a point
accepted from an earlier visit starts with empty findings of its own (today's examination),
so nothing found before is recorded as found today (clinical-basis §9.3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from bodymap import history
from bodymap.clinical import wording
from bodymap.i18n import date_text, translate
from bodymap.model import TriggerPoint, isolate
from bodymap.ui.history.pain_chart import PainChart
from bodymap.ui.plain_text import plain_label

MAX_VISITS_LISTED = 4
"""Earlier visits listed in words, newest first (the chart shows them all)."""


def earlier_visit_text(earlier: history.HistoricPoint) -> str:
    """One earlier visit of a point, e.g. "2026-10-02, point 1: active; taut band; pain 7 → 2;
    lidocaine 1% 0.5 mL" (a typed referral area is bidi-isolated)."""
    findings = earlier.findings
    area = findings.referral_area.strip()
    shown = findings.model_copy(update={"referral_area": isolate(area)}) if area else findings
    said = wording.findings_text(shown, shown.referral_area.strip())
    parts = [said] if said else []
    if earlier.pain_before is not None or earlier.pain_after is not None:
        before = "\u2013" if earlier.pain_before is None else str(earlier.pain_before)
        after = "\u2013" if earlier.pain_after is None else str(earlier.pain_after)
        parts.append(
            translate("point_visits", "pain {before} → {after}").format(before=before, after=after)
        )
    parts.append(earlier.treatment)
    return translate("point_visits", "{date}, point {number}: {details}").format(
        date=date_text(earlier.date), number=earlier.number, details="; ".join(parts)
    )


class PointVisits(QWidget):
    """The earlier visits of one point, under the point's details; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recurrence_label = plain_label(wrap=True)
        self.earlier_label = plain_label(wrap=True)
        self.earlier_label.setAccessibleName(
            translate("point_visits", "Earlier visits of this point")
        )
        self.earlier_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pain_chart = PainChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.recurrence_label)
        layout.addWidget(self.earlier_label)
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
        self.recurrence_label.setText(
            found.text if found else translate("point_visits", "First visit for this point.")
        )
        visits = list(reversed(found.earlier))[:MAX_VISITS_LISTED] if found else []
        heading = translate("point_visits", "Earlier visits (their findings, not today's):")
        lines = [heading] if visits else []
        lines += [earlier_visit_text(h) for h in visits]
        self.earlier_label.setText("\n".join(lines))
        self.earlier_label.setVisible(bool(visits))
        self.pain_chart.show_point(point, earlier, date)
        self.pain_chart.set_painted(
            {v.date: v.painted_cm2 for v in painted if v.drawn}, current_cm2
        )
        self.show()
