"""DetailsTabs: the details dock's tabs (points, patient, procedure) for one document.

The Procedure tab carries a warning badge (icon, count in its text, tooltip and accessible
description) while the session has warning-level problems to confirm before saving.

The Patient and Procedure tabs build their panels when first shown (or first asked for): a
window that is only used on the map never builds them. Their pages keep their place and size,
so nothing moves when a panel appears.

The tabs reflow to the dock's width (their forms put fields under their labels when narrow,
``panels.widgets.reflowing_form``): it can be made as narrow as :data:`MIN_WIDTH_PX` and each
tab then scrolls only vertically.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.checks import SessionChecks
from bodymap.ui.panels.pain_panel import PainPanel
from bodymap.ui.panels.patient_panel import PatientPanel
from bodymap.ui.panels.point_panel import PointPanel
from bodymap.ui.panels.procedure_panel import ProcedurePanel
from bodymap.ui.panels.treatment_panel import TreatmentPanel
from bodymap.ui.panels.widgets import DocumentPanel
from bodymap.ui.text_editors import LineEditor, TextEditor

PROCEDURE_TITLE = QT_TRANSLATE_NOOP("details", "P&rocedure")
"""The Procedure tab's title (English; translated where shown)."""
details = Context("details")
MIN_WIDTH_PX: Final = 300
"""The narrowest the details can be made; their content reflows down to it."""


class DetailsTabs(QTabWidget):
    """Points (the list, then the selected point's details and treatment), Pain (the pain
    drawing), Patient, Procedure."""

    refused = Signal(str)
    """An edit made in one of the tabs was refused: why, for the status bar."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.checks = SessionChecks(doc, self)
        """The session's warnings, shared by the panels and the Procedure tab's badge."""
        self.points_list = QListWidget()
        self.points_list.setAccessibleName(translate("details", "Points"))
        self.points_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.points_list.setUniformItemSizes(True)
        self.point_panel = PointPanel(doc, self.checks)
        self.treatment_panel = TreatmentPanel(doc)
        self.point_panel.extra.addWidget(self.treatment_panel)
        self.point_scroll = QScrollArea()
        self.point_scroll.setWidgetResizable(True)
        self.point_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.point_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        self.point_scroll.setWidget(self.point_panel)
        points_tab = QWidget()
        points_layout = QVBoxLayout(points_tab)
        points_layout.setContentsMargins(4, 4, 4, 4)
        heading = QLabel(translate("details", "Points (side is the patient's)"))
        heading.setWordWrap(True)
        points_layout.addWidget(heading)
        points_layout.addWidget(self.points_list, 1)
        points_layout.addWidget(self.point_scroll, 4)
        self.patient_tab = PanelPage(lambda: self.patient_panel)
        """The Patient tab's page: :attr:`patient_panel` is built into it when first used."""
        self.procedure_tab = PanelPage(lambda: self.procedure_panel)
        """The Procedure tab's page: :attr:`procedure_panel` is built into it when first used."""
        self._patient_panel: PatientPanel | None = None
        self._procedure_panel: ProcedurePanel | None = None
        self.pain_panel = PainPanel(doc)
        self.pain_tab = QScrollArea()
        self.pain_tab.setWidgetResizable(True)
        self.pain_tab.setFrameShape(QFrame.Shape.NoFrame)
        self.pain_tab.setWidget(self.pain_panel)
        self.pain_tab.setAccessibleName(translate("details", "Pain drawing"))
        self.addTab(points_tab, translate("details", "&Points"))
        self.addTab(self.patient_tab, translate("details", "P&atient"))
        self.procedure_index = self.addTab(
            self.procedure_tab, translate("details", PROCEDURE_TITLE)
        )
        self.addTab(self.pain_tab, translate("details", "Pain dra&wing"))
        self._warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.checks.changed.connect(self.show_badge)
        self.show_badge()
        self.setMinimumWidth(MIN_WIDTH_PX)
        self._relay_refusals(self)

    @property
    def patient_panel(self) -> PatientPanel:
        """The patient and encounter details (built on first use)."""
        if self._patient_panel is None:
            self._patient_panel = PatientPanel(self._doc)
            self._add_panel(self.patient_tab, self._patient_panel)
        return self._patient_panel

    @property
    def procedure_panel(self) -> ProcedurePanel:
        """The procedure's warnings, consent, checklist, totals and codes (built on first use)."""
        if self._procedure_panel is None:
            self._procedure_panel = ProcedurePanel(self._doc, self.checks)
            self._add_panel(self.procedure_tab, self._procedure_panel)
            self.show_badge()
        return self._procedure_panel

    def panels(self) -> tuple[DocumentPanel, ...]:
        """The panels that edit the document (building those not built yet)."""
        return (
            self.point_panel,
            self.treatment_panel,
            self.pain_panel,
            self.patient_panel,
            self.procedure_panel,
        )

    def _add_panel(self, page: PanelPage, panel: DocumentPanel) -> None:
        page.hold(panel)
        self._relay_refusals(panel)

    def _relay_refusals(self, widget: QWidget) -> None:
        """Announce the refusals of ``widget``'s panels and text fields as :attr:`refused`."""
        panels = widget.findChildren(DocumentPanel)
        if isinstance(widget, DocumentPanel):
            panels.append(widget)
        fields = widget.findChildren(LineEditor) + widget.findChildren(TextEditor)
        for source in (*panels, *fields):
            source.refused.connect(self.refused)

    def show_points(self, point_ids: list[str]) -> None:
        """Show the selected points: the first one's details, all of them in the treatment."""
        self.point_panel.show_point(point_ids[0] if point_ids else None)
        self.treatment_panel.show_points(point_ids)

    def show_badge(self) -> None:
        """The Procedure tab's badge: the number of warning-level problems, or none."""
        count = len(self.checks.blocking())
        index = self.procedure_index
        if count:
            words = details.tr("%n warnings to confirm before saving", None, count)
            title = translate("details", PROCEDURE_TITLE)
            self.setTabText(index, f"{title} ({count})")
            self.setTabIcon(index, self._warning_icon)
            self.setTabToolTip(
                index, translate("details", "Procedure: {warnings}").format(warnings=words)
            )
            self.tabBar().setAccessibleTabName(
                index, translate("details", "Procedure, {warnings}").format(warnings=words)
            )
            description = words
        else:
            self.setTabText(index, translate("details", PROCEDURE_TITLE))
            self.setTabIcon(index, QIcon())
            self.setTabToolTip(index, translate("details", "Procedure: no warnings to confirm"))
            self.tabBar().setAccessibleTabName(index, translate("details", "Procedure"))
            description = translate("details", "No warnings to confirm")
        if self._procedure_panel is not None:
            self._procedure_panel.setAccessibleDescription(description)

    def focus_point_details(self) -> None:
        """Show the Points tab and put the cursor in the selected point's first field."""
        self.setCurrentIndex(0)  # the Points tab
        if self.point_panel.point_id is None:
            self.points_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.point_panel.muscle.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.point_scroll.ensureWidgetVisible(self.point_panel.muscle)

    def focus_current_tab(self) -> None:
        """Put the cursor in the first field of the tab shown."""
        tab = self.currentWidget()
        widget = tab.nextInFocusChain()
        while widget is not None and widget is not tab:
            if (
                tab.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)


class PanelPage(QWidget):
    """A tab's page whose panel is built when the page is first shown, before it is painted."""

    def __init__(self, build: Callable[[], object]) -> None:
        super().__init__()
        self._build: Callable[[], object] | None = build
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)

    def hold(self, panel: QWidget) -> None:
        """Show ``panel`` as the page's content."""
        self._column.addWidget(panel)
        panel.show()  # at once, when the page is on screen already

    def showEvent(self, event: QShowEvent) -> None:
        if self._build is not None:
            build, self._build = self._build, None
            build()
        super().showEvent(event)
