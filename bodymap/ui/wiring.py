"""Builds the parts of the complete main window and connects them (``MainWindow.complete``).

Each controller is handed only what it uses: the document, the dialogs, the status bar, a
parent widget for its windows. The connections between them are all made here.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QUndoView

from bodymap.i18n import translate
from bodymap.ui import menus
from bodymap.ui.accessibility import Announcer
from bodymap.ui.clinic_index import ClinicIndex
from bodymap.ui.details import DetailsTabs
from bodymap.ui.diagram_view import DiagramScene, DiagramView
from bodymap.ui.dialogs import Dialogs, StatusSink
from bodymap.ui.document import SessionDocument
from bodymap.ui.document.location import at_crosshair, under_cursor
from bodymap.ui.drawing import DrawingController
from bodymap.ui.editing import PointEditor
from bodymap.ui.exporting import ExportController
from bodymap.ui.files import FileController
from bodymap.ui.history_controller import HistoryController
from bodymap.ui.points_presenter import PointsPresenter
from bodymap.ui.printing import PrintController
from bodymap.ui.referral_fits import ReferralToggle
from bodymap.ui.signature_status import SignatureStatus
from bodymap.ui.signing_controller import SigningController
from bodymap.ui.window_parts import WindowParts


def build_parts(
    window: QMainWindow,
    view: DiagramView,
    menu_bar: dict[str, QMenu],
    toolbar: tuple[QAction, QAction, QAction, QAction],
    dialogs: type[Dialogs],
    status: StatusSink,
    hover: QLabel,
    signature_line: QLabel,
) -> WindowParts:
    """The document and everything that shows or edits it, connected, with menus filled.

    Args:
        window: the owner of the parts, their actions and their dialogs.
        view: the map.
        menu_bar: the window's menus by key (file, edit, view, patients, help).
        toolbar: the toolbar's Undo, Redo, Show Deep Muscles and Draw Pain actions.
        dialogs: where questions to the user go.
        status: where one-line messages go.
        hover: the status bar label naming what is under the mouse.
        signature_line: the label above the map saying who signed and whether it is intact.
    """
    scene = view.diagram_scene()
    doc = SessionDocument(scene.diagram, window)
    announcer = Announcer(view)
    editor = PointEditor(doc, scene, status, window, announcer.announce)
    details = DetailsTabs(doc)
    points = PointsPresenter(doc, view, details.points_list, window)
    clinic = ClinicIndex(window)
    files = FileController(doc, dialogs, status, window)
    history = HistoryController(doc, clinic, files, scene, dialogs, status, window)
    printing = PrintController(doc, clinic, dialogs, status, window, files.record_audit)
    signing = SigningController(doc, files, dialogs, status, window)
    signature_status = SignatureStatus(signature_line, window)
    files.verified.connect(signature_status.show_result)
    signature_status.show_result(files.verification)
    exporting = ExportController(doc, dialogs, status, window, files.record_audit)
    details.point_panel.extra.addWidget(history.visits)
    history.earlier_painted.connect(details.pain_panel.show_earlier)
    drawing = DrawingController(doc, scene, status, window)
    referral_toggle = ReferralToggle(doc.diagram)
    details.point_panel.extra.addWidget(referral_toggle)
    _connect_drawing(drawing, details, referral_toggle, toolbar[3], scene)
    window.addToolBarBreak()
    window.addToolBar(history.patient_check)

    def review_patient() -> None:
        details.setCurrentWidget(details.patient_tab)
        details.patient_panel.weight.edit.setFocus()

    history.patient_check.review_requested.connect(review_patient)
    undo_view = QUndoView(doc.undo_stack)
    undo_view.setEmptyLabel(translate("wiring", "<opened>"))
    undo_view.setAccessibleName(translate("wiring", "Undo history"))
    undo_dock = QDockWidget(translate("wiring", "Undo history"), window)
    undo_dock.setObjectName("history_dock")
    undo_dock.setWidget(undo_view)

    def show_selection(ids: list[str]) -> None:
        details.show_points(ids)
        history.show_point(ids[0] if ids else None)
        point = doc.point(ids[0]) if ids else None
        referral_toggle.show_muscle(point.muscle if point else None, point.side if point else None)

    points.selection_changed.connect(show_selection)
    details.treatment_panel.treatment_used.connect(editor.carry_forward)
    details.refused.connect(lambda text: status(text, 8000))
    scene.hover_moved.connect(lambda x, y: hover.setText(under_cursor(scene.diagram, x, y)))

    def crosshair_at(x: float, y: float) -> None:
        where = at_crosshair(scene.diagram, x, y)
        hover.setText(where)
        announcer.announce(where)

    view.crosshair_moved.connect(crosshair_at)
    view.place_requested.connect(editor.add_at)
    view.nudge_requested.connect(editor.nudge_selected)

    edit = menus.edit_actions(window, doc, editor, view, details)
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
        announcer=announcer,
        signing=signing,
        signature_status=signature_status,
        drawing=drawing,
    )
    menus.fill(window, menu_bar, parts, view, toolbar)
    points.rebuild()
    return parts


def _connect_drawing(
    drawing: DrawingController,
    details: DetailsTabs,
    toggle: ReferralToggle,
    draw_action: QAction,
    scene: DiagramScene,
) -> None:
    """Drawing mode from the toolbar, the pen from the Pain tab, zones from the panels."""
    panel = details.pain_panel

    def take_pen() -> None:
        drawing.tool.set_tool(panel.pen_tool())
        drawing.tool.set_radius(panel.radius_mm())
        drawing.quality = panel.pen_quality()
        drawing.intensity = panel.intensity.value()

    def set_mode(on: bool) -> None:
        drawing.set_active(on)
        if on:
            details.setCurrentWidget(details.pain_tab)

    def show_fit(muscle: str, side: str, outlines: list[object]) -> None:
        drawing.zone.set_outlines(outlines)  # type: ignore[arg-type]
        scene.diagram_item.set_highlight((muscle, side))

    panel.pen_changed.connect(take_pen)
    draw_action.toggled.connect(set_mode)
    panel.fits.muscle_chosen.connect(show_fit)
    toggle.zone_wanted.connect(drawing.zone.set_outlines)
    take_pen()
