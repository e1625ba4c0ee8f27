"""DetailsTabs: the details dock's tabs (points, patient, procedure) for one document."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.pain_panel import PainPanel
from bodymap.ui.panels.patient_panel import PatientPanel
from bodymap.ui.panels.point_panel import PointPanel
from bodymap.ui.panels.procedure_panel import ProcedurePanel
from bodymap.ui.panels.treatment_panel import TreatmentPanel
from bodymap.ui.panels.widgets import DocumentPanel


class DetailsTabs(QTabWidget):
    """Points (the list, then the selected point's details and treatment), Pain (the pain
    drawing), Patient, Procedure."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points_list = QListWidget()
        self.points_list.setAccessibleName("Points")
        self.points_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.points_list.setUniformItemSizes(True)
        self.point_panel = PointPanel(doc)
        self.treatment_panel = TreatmentPanel(doc)
        self.point_panel.extra.addWidget(self.treatment_panel)
        point_scroll = QScrollArea()
        point_scroll.setWidgetResizable(True)
        point_scroll.setFrameShape(QFrame.Shape.NoFrame)
        point_scroll.setWidget(self.point_panel)
        points_tab = QWidget()
        points_layout = QVBoxLayout(points_tab)
        points_layout.setContentsMargins(4, 4, 4, 4)
        points_layout.addWidget(QLabel("Points (side is the patient's)"))
        points_layout.addWidget(self.points_list, 1)
        points_layout.addWidget(point_scroll, 4)
        self.patient_panel = PatientPanel(doc)
        self.procedure_panel = ProcedurePanel(doc)
        self.pain_panel = PainPanel(doc)
        self.pain_tab = QScrollArea()
        self.pain_tab.setWidgetResizable(True)
        self.pain_tab.setFrameShape(QFrame.Shape.NoFrame)
        self.pain_tab.setWidget(self.pain_panel)
        self.addTab(points_tab, "&Points")
        self.addTab(self.pain_tab, "Pai&n")
        self.addTab(self.patient_panel, "P&atient")
        self.addTab(self.procedure_panel, "P&rocedure")

    def panels(self) -> tuple[DocumentPanel, ...]:
        """The panels that edit the document (their ``refused`` messages go to the status bar)."""
        return (
            self.point_panel,
            self.treatment_panel,
            self.pain_panel,
            self.patient_panel,
            self.procedure_panel,
        )

    def show_points(self, point_ids: list[str]) -> None:
        """Show the selected points: the first one's details, all of them in the treatment."""
        self.point_panel.show_point(point_ids[0] if point_ids else None)
        self.treatment_panel.show_points(point_ids)
