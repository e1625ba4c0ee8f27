"""The session's clinical warnings for the panels, and the plain-text list that shows them.

:class:`SessionChecks` computes the warnings once per version of the session, from the sites
the document keeps (``location.sites``), so the Points tab, the Procedure tab and its badge
show one answer. :class:`WarningList` shows warnings as plain text (never markup: agent names
and allergy words are typed by the user), one line per warning, coloured by level.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bodymap import clinical
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import Session
from bodymap.ui import palette
from bodymap.ui.document import SessionDocument
from bodymap.ui.document.location import sites

SEVERITY_WORDS = {
    "warning": QT_TRANSLATE_NOOP("checks", "Warning"),
    "caution": QT_TRANSLATE_NOOP("checks", "Caution"),
    "info": QT_TRANSLATE_NOOP("checks", "Note"),
}
"""How each level reads in front of its message (English; translated where shown)."""
_SEVERITY_TEXT = {"warning": "error", "caution": "warning", "info": "muted"}
"""The palette colour of each level's text."""


SETTLE_MS = 100
""":attr:`SessionChecks.changed` waits this long after the last change: the map paints the
click first, and a burst of changes (typing, one edit of many points) is checked once."""


class SessionChecks(QObject):
    """The clinical warnings of one document's session, kept until the session changes.

    :meth:`warnings` is computed on first use after a change (every panel reading it then
    shares one computation); :attr:`changed` is emitted once after a burst of changes, for
    views that follow the warnings wherever they are. With 1,000 points the warnings take
    tens of milliseconds: views on the click's path wait for :attr:`changed` rather than
    computing them at once (:meth:`is_current`).
    """

    changed = Signal()
    """The session changed: its warnings may have changed (emitted once per burst)."""

    def __init__(self, doc: SessionDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._for: Session | None = None
        self._warnings: list[clinical.ClinicalWarning] = []
        self._by_point: dict[str, tuple[clinical.ClinicalWarning, ...]] = {}
        self._totals: list[clinical.AgentTotal] = []
        self._totals_for: Session | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SETTLE_MS)
        self._later.timeout.connect(self.changed)
        for signal in (doc.details_changed, doc.session_reset):
            signal.connect(self._later.start)
        for point_signal in (doc.point_added, doc.point_changed, doc.point_removed):
            point_signal.connect(lambda _id: self._later.start())

    def warnings(self) -> list[clinical.ClinicalWarning]:
        """Every warning of the session, "warning" level first (clinical-basis §8.6)."""
        session = self._doc.session
        if self._for is not session:
            self._warnings = clinical.session_warnings_on_diagram(
                session, self._doc.diagram, sites=sites(self._doc)
            )
            self._by_point = clinical.point_warnings(self._warnings)
            self._for = session
        return self._warnings

    def totals(self) -> list[clinical.AgentTotal]:
        """The session's dose totals per drug (:func:`bodymap.clinical.agent_totals`), computed
        once per version of the session."""
        session = self._doc.session
        if self._totals_for is not session:
            self._totals = clinical.agent_totals(session)
            self._totals_for = session
        return self._totals

    def is_current(self) -> bool:
        """Whether the warnings of the session as it is now are computed already."""
        return self._for is self._doc.session

    def blocking(self) -> list[clinical.ClinicalWarning]:
        """The warning-level problems, to confirm before Save, Print or Export (the same as
        :func:`bodymap.clinical.blocking_warnings`)."""
        return [w for w in self.warnings() if w.severity == "warning"]

    def for_point(self, point_id: str) -> tuple[clinical.ClinicalWarning, ...]:
        """The warnings that name this point."""
        self.warnings()
        return self._by_point.get(point_id, ())


class TextLines(QWidget):
    """Lines of plain text (never markup), each with its own colour; reused as they change."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self._lines: list[QLabel] = []
        self._shown: list[str] = []

    def set_lines(self, rows: Sequence[tuple[str, str]]) -> None:
        """Show (text, style sheet) rows; the widget hides when there are none."""
        while len(self._lines) < len(rows):
            line = QLabel()
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._column.addWidget(line)
            self._lines.append(line)
        for line, (text, style) in zip(self._lines, rows, strict=False):
            line.setStyleSheet(style)
            line.setText(text)
            line.setAccessibleName(text)
            line.show()
        for line in self._lines[len(rows) :]:
            line.hide()
        self._shown = [text for text, _ in rows]
        self.setAccessibleDescription(" ".join(self._shown))
        self.setVisible(bool(rows))

    def texts(self) -> list[str]:
        """The lines shown, in order."""
        return list(self._shown)

    def text(self) -> str:
        """All lines as one text (one line each)."""
        return "\n".join(self._shown)


class WarningList(TextLines):
    """Warnings as plain-text lines, "Warning: …" in bold red, "Caution: …" in amber."""

    def set_warnings(
        self, warnings: Sequence[clinical.ClinicalWarning], empty_text: str = ""
    ) -> None:
        """Show ``warnings`` (or ``empty_text`` in grey when there are none)."""
        rows = []
        for w in warnings:
            rows.append(
                (
                    translate("checks", "{level}: {message}").format(
                        level=translate("checks", SEVERITY_WORDS[w.severity]), message=w.message
                    ),
                    palette.text_style(_SEVERITY_TEXT[w.severity], bold=w.severity == "warning"),
                )
            )
        if not rows and empty_text:
            rows = [(empty_text, palette.text_style("muted"))]
        self.set_lines(rows)
