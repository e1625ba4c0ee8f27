"""MainWindow: wires the document, the map, the panels, menus and the file controller.

What the window builds before its first paint must not make PySide create its ``Qt``
namespace (see ``bodymap.anatomy.painting`` and ADR 0004): this module spells ``QtCore.Qt``,
in code that runs once the window completes, and imports the widget types only the
completed window uses (and the menus) there.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from bodymap.anatomy import Diagram, load_diagram
from bodymap.ui.diagram_view import DiagramScene, DiagramView

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QListWidget, QTabWidget, QUndoView

    from bodymap.model import Session
    from bodymap.ui.document import SessionDocument
    from bodymap.ui.editing import PointEditor
    from bodymap.ui.files import FileController
    from bodymap.ui.history_controller import HistoryController
    from bodymap.ui.panels.patient_panel import PatientPanel
    from bodymap.ui.panels.point_panel import PointPanel
    from bodymap.ui.panels.procedure_panel import ProcedurePanel
    from bodymap.ui.panels.treatment_panel import TreatmentPanel
    from bodymap.ui.points_presenter import PointsPresenter
    from bodymap.ui.printing import PrintController

DETAILS_WIDTH_PX = 500
"""Width of the details dock at start (while loading and after)."""
_log = logging.getLogger(__name__)
_START_LAYOUT = bytes.fromhex(
    "000000ff00000000fd0000000100000001000001f400000316fc0200000001fb0000001800640065007400"
    "610069006c0073005f0064006f0063006b0100000030000003160000001e00ffffff000003060000031600"
    "000004000000040000000800000008fc00000001000000020000000100000018006d00610069006e005f00"
    "74006f006f006c0062006100720100000000ffffffff0000000000000000"
)
"""``QMainWindow.saveState()`` of the window as it starts: the main toolbar on top, the details
dock on the right, 500 px wide. Restoring it places the dock as ``addDockWidget`` on the right
would, without that call's area argument, a ``Qt`` namespace enum (see the module docstring).
``tests/ui/test_start.py`` checks that both give the same window. To make it again: set this
to ``b""`` (the window then docks with ``addDockWidget``), show a 1280 x 860 window and take
``bytes(window.saveState()).hex()``."""
_ALIGN_CENTER = 0x0084
"""``Qt.AlignmentFlag.AlignCenter`` as a number, for a widget's ``alignment`` property: the
enum itself would build the ``Qt`` namespace (and rich text to centre a label costs as much)."""
_MENUS = (
    ("file", "&File"),
    ("edit", "&Edit"),
    ("view", "&View"),
    ("patients", "Pa&tients"),
    ("help", "&Help"),
)


def _text_action(
    parent: QObject, text: str, *, enabled: bool = True, checkable: bool = False
) -> QAction:
    """An action without an icon.

    ``QAction(text, parent)`` would be shorter, but one of the overloads it is resolved
    against takes an icon, which makes PySide set up ``QIcon`` and its hundred theme icon
    names before the first paint.
    """
    action = QAction(parent)
    action.setText(text)
    action.setEnabled(enabled)
    action.setCheckable(checkable)
    return action


class MainWindow(QMainWindow):
    """The bodymap window: the trigger point map with its details panels.

    Built in two steps. The map (diagram, view, menu bar, dock frame) comes first; the
    document, panels, actions and controllers follow in :meth:`complete`, which imports the
    model, storage and clinical layers. By default both happen in the constructor. With
    ``deferred=True`` (the application's start) the window is shown and the diagram painted
    before :meth:`complete` runs, right after that first paint; the map takes no input until
    then, and :attr:`ready` is emitted when it does.
    """

    ready = Signal()
    """The whole window is built and takes input."""

    doc: SessionDocument
    editor: PointEditor
    points_list: QListWidget
    point_panel: PointPanel
    treatment_panel: TreatmentPanel
    patient_panel: PatientPanel
    procedure_panel: ProcedurePanel
    tabs: QTabWidget
    undo_view: QUndoView
    history_dock: QDockWidget
    files: FileController
    history: HistoryController
    printing: PrintController
    points: PointsPresenter

    def __init__(self, diagram: Diagram | None = None, *, deferred: bool = False) -> None:
        super().__init__()
        self.diagram = diagram or load_diagram()
        self.is_ready = False
        self.scene = DiagramScene(self.diagram, self)
        self.view = DiagramView(self.scene, self)
        self.setCentralWidget(self.view)
        bar = self.menuBar()
        self._menus = {key: bar.addMenu(title) for key, title in _MENUS}
        self.toolbar = self.addToolBar("Main")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        # The toolbar is complete from the start (Undo and Redo wait for the document), so
        # that nothing moves when the window completes.
        self._undo_button = _text_action(self, "Undo", enabled=False)
        self._redo_button = _text_action(self, "Redo", enabled=False)
        self.deep_action = _text_action(self, "Show &Deep Muscles", checkable=True)
        self.deep_action.setStatusTip(
            "Draw the muscles under trapezius, latissimus and deltoid (always used to identify)"
        )
        self.deep_action.toggled.connect(self.scene.diagram_item.set_show_deep)
        self.toolbar.addActions([self._undo_button, self._redo_button])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.deep_action)
        self.details_dock = QDockWidget("Details", self)
        self.details_dock.setObjectName("details_dock")
        self.details_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        loading = QLabel("Loading…")
        loading.setProperty("alignment", _ALIGN_CENTER)
        loading.setMinimumWidth(DETAILS_WIDTH_PX)
        self.details_dock.setWidget(loading)
        if not self.restoreState(QByteArray(_START_LAYOUT)):
            _log.warning("the start layout could not be restored; docking the details panel")
            self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.hover_label = QLabel()
        self.statusBar().addPermanentWidget(self.hover_label)
        self.setWindowTitle("bodymap")
        self.resize(QSize(1280, 860))
        if deferred:
            self.view.setEnabled(False)
            self.scene.diagram_item.on_first_paint = lambda: QTimer.singleShot(
                0, self._complete_or_quit
            )
        else:
            self.complete()

    def _complete_or_quit(self) -> None:
        """Complete a deferred window; if that fails, say so and end the application.

        A window that stayed at "Loading…" would look alive but could not be used.
        """
        if not self.isVisible():
            return  # closed before it completed: nothing to build, no file to open
        try:
            self.complete()
        except Exception:
            _log.exception("the main window could not be completed")
            from PySide6.QtWidgets import QApplication, QMessageBox

            QMessageBox.critical(
                self,
                "bodymap cannot start",
                "bodymap could not finish opening its window (an internal error). "
                "No session was opened or changed.",
            )
            QApplication.exit(1)

    def complete(self) -> None:
        """Build the document, the panels, the actions and the controllers (once)."""
        if self.is_ready:
            return
        from PySide6.QtWidgets import (
            QFrame,
            QListWidget,
            QScrollArea,
            QTabWidget,
            QUndoView,
            QVBoxLayout,
            QWidget,
        )

        from bodymap.ui import menus
        from bodymap.ui.document import SessionDocument
        from bodymap.ui.editing import PointEditor
        from bodymap.ui.files import FileController
        from bodymap.ui.history_controller import HistoryController
        from bodymap.ui.panels.patient_panel import PatientPanel
        from bodymap.ui.panels.point_panel import PointPanel
        from bodymap.ui.panels.procedure_panel import ProcedurePanel
        from bodymap.ui.panels.treatment_panel import TreatmentPanel
        from bodymap.ui.printing import PrintController

        self.doc = SessionDocument(self)
        self.editor = PointEditor(self.doc, self.diagram, self)

        self.points_list = QListWidget()
        self.points_list.setAccessibleName("Points")
        self.points_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.points_list.setUniformItemSizes(True)
        self.point_panel = PointPanel(self.doc, self.diagram)
        self.treatment_panel = TreatmentPanel(self.doc)
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
        self.patient_panel = PatientPanel(self.doc)
        self.procedure_panel = ProcedurePanel(self.doc, self.diagram)
        self.tabs = QTabWidget()
        self.tabs.addTab(points_tab, "&Points")
        self.tabs.addTab(self.patient_panel, "P&atient")
        self.tabs.addTab(self.procedure_panel, "P&rocedure")
        width = self.details_dock.width()
        self.details_dock.setWidget(self.tabs)
        if self.isVisible():
            # Keep the width the dock had while loading: the map must not move or rescale.
            self.resizeDocks([self.details_dock], [width], QtCore.Qt.Orientation.Horizontal)
        self.undo_view = QUndoView(self.doc.undo_stack)
        self.undo_view.setEmptyLabel("<opened>")
        self.history_dock = QDockWidget("Undo history", self)
        self.history_dock.setObjectName("history_dock")
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

        self.files = FileController(self)
        self.history = HistoryController(self)
        self.printing = PrintController(self)
        self.point_panel.extra.addWidget(self.history.visits)

        edit = menus.build(self, self._menus, self._undo_button, self._redo_button)
        self.undo_action, self.redo_action, self.delete_action = edit.undo, edit.redo, edit.delete
        self._connect()
        self.points.rebuild()
        self._on_session_reset()
        self.setAcceptDrops(True)
        self.view.take_input()
        self.is_ready = True
        self.ready.emit()

    # --- public -----------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        """The session being edited."""
        return self.doc.session

    # --- set-up -----------------------------------------------------------------------------

    def _connect(self) -> None:
        from bodymap.ui.points_presenter import PointsPresenter

        doc = self.doc
        self.points = PointsPresenter(doc, self.diagram, self.view, self.points_list, self)
        self.points.selection_changed.connect(self._on_selection)
        doc.session_reset.connect(self._on_session_reset)
        doc.path_changed.connect(self._update_title)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        self.scene.diagram_clicked.connect(self.editor.add_at)
        self.scene.point_drag_finished.connect(self._on_drag_finished)
        self.scene.hover_moved.connect(self._on_hover)
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.editor.point_created.connect(lambda pid: self.scene.select_ids([pid]))
        self.treatment_panel.treatment_used.connect(self._carry_forward)

    def _on_session_reset(self) -> None:
        self.point_panel.show_point(None)
        self._update_title()

    def _update_title(self) -> None:
        path = self.doc.path
        name = path.name if path else "Untitled session"
        suffix = " (read-only)" if self.doc.read_only else ""
        self.setWindowTitle(f"{name}[*]{suffix} — bodymap")
        self.setWindowModified(self.doc.is_modified())

    # --- views → commands ------------------------------------------------------------------

    def _on_drag_finished(self, point_id: str, ox: float, oy: float, x: float, y: float) -> None:
        if not self.editor.move(point_id, x, y):
            # Refused: put the marker back where the model says it is.
            self.points.show_marker(self.doc.point(point_id))

    def _carry_forward(self, treatment: object) -> None:
        from bodymap.model import DryNeedling, ExaminedOnly, Injection

        if isinstance(treatment, ExaminedOnly | Injection | DryNeedling):
            self.editor.template = treatment

    def _on_selection(self, ids: list[str]) -> None:
        first = ids[0] if ids else None
        self.point_panel.show_point(first)
        self.treatment_panel.show_points(ids)
        self.history.show_point(first)

    def _on_hover(self, x: float, y: float) -> None:
        hits = self.diagram.muscles_at(x, y)
        if hits:
            top = hits[0]
            self.hover_label.setText(f"Under cursor: {top.side} {top.name.lower()}")
        elif self.diagram.contains(x, y):
            self.hover_label.setText("Under cursor: no muscle identified")
        else:
            self.hover_label.setText("Under cursor: outside the body")

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 and local[0].suffix.lower() == ".json" else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_ready:  # closed while starting: nothing can have been edited yet
            event.accept()
            return
        if self.files.confirm_close():
            event.accept()
        else:
            event.ignore()
