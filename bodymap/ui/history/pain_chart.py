"""PainChart: a small chart of one trigger point's pain scores (NRS 0-10) over visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from bodymap.history import HistoricPoint, PainVisit, pain_series
from bodymap.i18n import date_text, translate
from bodymap.model import TriggerPoint
from bodymap.ui import palette
from bodymap.ui.plain_text import plain_tooltip

BAR_PX: Final = 24.0
"""The widest bar of a visit's painted area."""


class PainChart(QWidget):
    """Pain before (solid, red) and after treatment (dashed, blue) at each visit of a point,
    with the session's painted area (grey bars, cm² on the right) beside the scores.

    Drawn with QPainter in the colours of its palette (light or dark); a missing score leaves
    a gap in its line, a visit without a pain drawing has no bar. The last visit is the one
    being documented when the series comes from ``show_point``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visits: list[PainVisit] = []
        self._painted: dict[dt.date | None, float] = {}
        self._current_painted: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(134)
        self.setAccessibleName(translate("pain_chart", "Pain scores over visits"))

    def sizeHint(self) -> QSize:
        return QSize(300, 164)

    # --- data -------------------------------------------------------------------------------

    def set_visits(self, visits: Sequence[PainVisit]) -> None:
        """Show these visits, oldest first."""
        self._visits = list(visits)
        self.setToolTip(plain_tooltip(self._tooltip()))
        self.update()

    def set_painted(self, by_date: dict[dt.date | None, float], current_cm2: float | None) -> None:
        """The painted area (cm²) of earlier visits by date, and of the visit shown as
        current; a visit with none gets no bar."""
        self._painted = dict(by_date)
        self._current_painted = current_cm2
        self.setToolTip(plain_tooltip(self._tooltip()))
        self.update()

    def painted(self) -> list[float | None]:
        """The painted area shown for each visit, in order (None: no drawing)."""
        return [
            self._current_painted if v.current else self._painted.get(v.date) for v in self._visits
        ]

    def visits(self) -> list[PainVisit]:
        """The visits shown."""
        return list(self._visits)

    def show_point(
        self, point: TriggerPoint, earlier: Sequence[HistoricPoint], date: dt.date | None
    ) -> None:
        """Show ``point``'s earlier visits (from the clinic index) and the current one.

        Args:
            point: the point of the current session.
            earlier: the patient's points from earlier sessions (``earlier_points``).
            date: the current session's date.
        """
        self.set_visits(pain_series(point, earlier, date))

    def plotted(self) -> list[tuple[str, QPointF]]:
        """Where each score is drawn: ("before" or "after", widget position)."""
        plot = self._plot_rect()
        found: list[tuple[str, QPointF]] = []
        for i, visit in enumerate(self._visits):
            for name, value in (("before", visit.pain_before), ("after", visit.pain_after)):
                if value is not None:
                    found.append((name, self._to_widget(plot, i, value)))
        return found

    # --- drawing ----------------------------------------------------------------------------

    def _plot_rect(self) -> QRectF:
        # The legend takes the top row; the bars' caption, when there are bars, the next.
        top = 36 if any(v is not None for v in self.painted()) else 22
        return QRectF(self.rect()).adjusted(28, top, -12, -24)

    def _to_widget(self, plot: QRectF, index: int, value: int) -> QPointF:
        # The first and last visits sit half a bar inside the plot, so their bars show whole.
        n = len(self._visits)
        inner = plot.adjusted(BAR_PX / 2 + 2, 0, -(BAR_PX / 2 + 2), 0)
        x = inner.center().x() if n <= 1 else inner.left() + inner.width() * index / (n - 1)
        y = plot.bottom() - plot.height() * value / 10.0
        return QPointF(x, y)

    def colours(self) -> tuple[QColor, QColor]:
        """The colours of the "before" and "after" lines in the chart's palette."""
        scheme = palette.scheme(self.palette())
        return scheme.chart_before, scheme.chart_after

    def _text(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def paintEvent(self, event: QPaintEvent) -> None:
        before, after = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        font = QFont(self.font())
        font.setPixelSize(10)
        painter.setFont(font)
        plot = self._plot_rect()
        self._draw_areas(painter, plot)
        self._draw_axes(painter, plot)
        if not any(v.pain_before is not None or v.pain_after is not None for v in self._visits):
            painter.setPen(self._text())
            painter.drawText(
                plot,
                Qt.AlignmentFlag.AlignCenter,
                translate("pain_chart", "No pain scores recorded"),
            )
            painter.end()
            return
        self._draw_series(painter, plot, [v.pain_before for v in self._visits], before, True)
        self._draw_series(painter, plot, [v.pain_after for v in self._visits], after, False)
        self._draw_dates(painter, plot)
        self._draw_legend(painter, before, after)
        painter.end()

    def _draw_areas(self, painter: QPainter, plot: QRectF) -> None:
        values = self.painted()
        top = max((v for v in values if v is not None), default=0.0)
        if top <= 0:
            return
        n = len(self._visits)
        spacing = plot.width() / max(n, 1)
        bar = min(BAR_PX, spacing * 0.5)
        scheme = palette.scheme(self.palette())
        metrics = painter.fontMetrics()
        for i, value in enumerate(values):
            if value is None:
                continue
            x = self._to_widget(plot, i, 0).x()
            height = plot.height() * value / top
            painter.setPen(QPen(scheme.chart_area_edge, 1))
            painter.setBrush(scheme.chart_area)
            painter.drawRect(QRectF(x - bar / 2, plot.bottom() - height, bar, height))
            label = f"{value:.0f}"
            if metrics.horizontalAdvance(label) + 4 <= spacing:  # each bar's area, where it fits
                painter.setPen(scheme.muted)
                painter.drawText(
                    QRectF(x - spacing / 2, plot.bottom() - height - 13, spacing, 12),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    label,
                )
        painter.setPen(scheme.muted)
        text = translate("pain_chart", "bars: painted area, max {area} cm²").format(
            area=f"{top:.0f}"
        )
        # Its own row under the legend, right-aligned, shortened only if the chart is narrower
        # than the words.
        row = QRectF(plot.left(), 18, self.width() - plot.left() - 4, 14)
        painter.drawText(
            row,
            Qt.AlignmentFlag.AlignRight,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(row.width())),
        )

    def _draw_axes(self, painter: QPainter, plot: QRectF) -> None:
        for value in (0, 5, 10):
            y = plot.bottom() - plot.height() * value / 10.0
            painter.setPen(QPen(palette.scheme(self.palette()).chart_grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._text())
            painter.drawText(
                QRectF(0, y - 7, plot.left() - 6, 14),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )

    def _draw_series(
        self,
        painter: QPainter,
        plot: QRectF,
        values: list[int | None],
        colour: QColor,
        solid: bool,
    ) -> None:
        pen = QPen(colour, 2, Qt.PenStyle.SolidLine if solid else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        previous: QPointF | None = None
        for i, value in enumerate(values):
            if value is None:
                previous = None
                continue
            here = self._to_widget(plot, i, value)
            if previous is not None:
                painter.drawLine(previous, here)
            previous = here
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour if solid else self.palette().base().color())
        for i, value in enumerate(values):
            if value is not None:
                painter.drawEllipse(self._to_widget(plot, i, value), 3.5, 3.5)

    def _draw_dates(self, painter: QPainter, plot: QRectF) -> None:
        n = len(self._visits)
        metrics = painter.fontMetrics()
        texts = [
            translate("pain_chart", "this visit")
            if visit.current
            else (date_text(visit.date) if visit.date else "—")
            for visit in self._visits
        ]
        label_width = max(metrics.horizontalAdvance(t) for t in texts) + 6 if texts else 0
        every = max(1, int(label_width * n // max(plot.width(), 1)) + 1)
        painter.setPen(self._text())
        for i, text in enumerate(texts):
            if i % every and i != n - 1:
                continue
            x = self._to_widget(plot, i, 0).x()
            rect = QRectF(x - label_width / 2, plot.bottom() + 4, label_width, 16)
            rect.moveLeft(min(max(rect.left(), 0.0), self.width() - label_width))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_legend(self, painter: QPainter, before: QColor, after: QColor) -> None:
        x = 30.0
        for name, colour, style in (
            (translate("pain_chart", "pain before"), before, Qt.PenStyle.SolidLine),
            (translate("pain_chart", "after"), after, Qt.PenStyle.DashLine),
        ):
            painter.setPen(QPen(colour, 2, style))
            painter.drawLine(QPointF(x, 10), QPointF(x + 16, 10))
            painter.setPen(self._text())
            width = painter.fontMetrics().horizontalAdvance(name)
            painter.drawText(QRectF(x + 20, 3, width + 4, 14), Qt.AlignmentFlag.AlignLeft, name)
            x += 20 + width + 16

    def _tooltip(self) -> str:
        lines = []
        for v, area in zip(self._visits, self.painted(), strict=True):
            if v.current:
                when = translate("pain_chart", "this visit")
            else:
                when = date_text(v.date) if v.date else translate("pain_chart", "undated")
            before = "-" if v.pain_before is None else str(v.pain_before)
            after = "-" if v.pain_after is None else str(v.pain_after)
            line = translate("pain_chart", "{when}: {before} → {after} ({treatment})").format(
                when=when, before=before, after=after, treatment=v.treatment
            )
            if area is not None:
                line = translate("pain_chart", "{scores}; painted area {area} cm²").format(
                    scores=line, area=f"{area:.0f}"
                )
            lines.append(line)
        return "\n".join(lines)
