"""Builds the parts of the complete main window and connects them (``MainWindow.complete``).

Each controller is handed only what it uses: the document, the dialogs, the status bar, a
parent widget for its windows. The connections between them are all made here.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QUndoView

from bodymap.ui import menus
from bodymap.ui.clinic_index import ClinicIndex
from bodymap.ui.details import DetailsTabs
from bodymap.ui.diagram_view import DiagramView
from bodymap.ui.dialogs import Dialogs, StatusSink
from bodymap.ui.document import SessionDocument
from bodymap.ui.document.location import under_cursor
from bodymap.ui.editing import PointEditor
from bodymap.ui.exporting import ExportController
from bodymap.ui.files import FileController
from bodymap.ui.history_controller import HistoryController
from bodymap.ui.points_presenter import PointsPresenter
from bodymap.ui.printing import PrintController
from bodymap.ui.window_parts import WindowParts


def build_parts(
    window: QMainWindow,
    view: DiagramView,
    menu_bar: dict[str, QMenu],
    toolbar: tuple[QAction, QAction, QAction],
    dialogs: type[Dialogs],
    status: StatusSink,
    hover: QLabel,
) -> WindowParts:
    """The document and everything that shows or edits it, connected, with menus filled.

    Args:
        window: the owner of the parts, their actions and their dialogs.
        view: the map.
        menu_bar: the window's menus by key (file, edit, view, patients, help).
        toolbar: the toolbar's Undo, Redo and Show Deep Muscles actions.
        dialogs: where questions to the user go.
        status: where one-line messages go.
        hover: the status bar label naming what is under the mouse.
    """
    scene = view.diagram_scene()
    doc = SessionDocument(scene.diagram, window)
    editor = PointEditor(doc, scene, status, window)
    details = DetailsTabs(doc)
    points = PointsPresenter(doc, view, details.points_list, window)
    clinic = ClinicIndex(window)
    files = FileController(doc, dialogs, status, window)
    history = HistoryController(doc, clinic, files, scene, dialogs, status, window)
    printing = PrintController(doc, clinic, dialogs, status, window)
    exporting = ExportController(doc, dialogs, status, window)
    details.point_panel.extra.addWidget(history.visits)
    window.addToolBarBreak()
    window.addToolBar(history.patient_check)

    def review_patient() -> None:
        details.setCurrentWidget(details.patient_panel)
        details.patient_panel.weight.edit.setFocus()

    history.patient_check.review_requested.connect(review_patient)
    undo_view = QUndoView(doc.undo_stack)
    undo_view.setEmptyLabel("<opened>")
    undo_dock = QDockWidget("Undo history", window)
    undo_dock.setObjectName("history_dock")
    undo_dock.setWidget(undo_view)

    def show_selection(ids: list[str]) -> None:
        details.show_points(ids)
        history.show_point(ids[0] if ids else None)

    points.selection_changed.connect(show_selection)
    details.treatment_panel.treatment_used.connect(editor.carry_forward)
    for panel in details.panels():
        panel.refused.connect(lambda text: status(text, 8000))
    scene.hover_moved.connect(lambda x, y: hover.setText(under_cursor(scene.diagram, x, y)))

    edit = menus.edit_actions(window, doc, editor, view, details.points_list)
    parts = WindowParts(
        doc=doc,
        editor=editor,
        points=points,
        details=details,
        undo_dock=undo_dock,
        clinic=clinic,
        files=files,
        history=history,
        printing=printing,
        exporting=exporting,
        edit=edit,
    )
    menus.fill(window, menu_bar, parts, view, toolbar)
    points.rebuild()
    return parts
