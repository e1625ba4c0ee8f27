"""MainWindow: the map, and the document with its panels, controllers and menus around it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPixmapCache
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

from bodymap.anatomy import Diagram, load_diagram
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui import accessibility, view_options
from bodymap.ui.actions import make_action
from bodymap.ui.diagram_view import DiagramScene, DiagramView
from bodymap.ui.dialogs import Dialogs
from bodymap.ui.plain_text import StatusLabel, isolated, window_title_text

if TYPE_CHECKING:
    from bodymap.model import Session
    from bodymap.ui.document import SessionDocument
    from bodymap.ui.window_parts import WindowParts

DETAILS_WIDTH_PX = 500
"""Width of the details dock at start (while loading and after), on a screen with room."""
DETAILS_SHARE = 0.46
"""On a smaller screen, the share of the window's width the details dock starts with."""
WINDOW_SIZE = QSize(1280, 860)
"""The window's size at start, where the screen has room for it."""
STATUS_MS = 8000
PIXMAP_CACHE_KB: Final = 64 * 1024
"""Room for the cached drawings of the map's markers (and the rest of the window's)."""
_MENUS = (
    ("file", QT_TRANSLATE_NOOP("main_window", "&File")),
    ("edit", QT_TRANSLATE_NOOP("main_window", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("main_window", "&View")),
    ("patients", QT_TRANSLATE_NOOP("main_window", "Pa&tients")),
    ("help", QT_TRANSLATE_NOOP("main_window", "&Help")),
)
"""The menu bar's menus, by key; their titles translated when the window is built."""


class MainWindow(QMainWindow):
    """The bodymap window: the trigger point map with its details panels.

    Built in two steps. The constructor builds the map: diagram, view, menu bar, toolbar and
    the details dock, which says "Loading…". :meth:`complete` then builds the document, the
    panels, the controllers and the menus' entries (:attr:`parts`), and the map takes input;
    it imports the model, storage and clinical layers, which the map does not need. The
    application shows the map first and completes the window right after its first paint
    (:mod:`bodymap.ui.app`); with ``complete=True`` (the default) the constructor does both.
    """

    ready = Signal()
    """The whole window is built and takes input."""

    def __init__(
        self,
        diagram: Diagram | None = None,
        *,
        dialogs: type[Dialogs] = Dialogs,
        complete: bool = True,
    ) -> None:
        super().__init__()
        # Each marker keeps its drawing in Qt's pixmap cache; at Qt's default 10 MB a session
        # of about a thousand points outgrows it, and every repaint draws every marker again.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.diagram = diagram or load_diagram()
        self.dialogs = dialogs
        """Where the window's questions go (tests answer them without showing a dialog)."""
        self.parts: WindowParts | None = None
        """What :meth:`complete` builds; None before."""
        accessibility.install()  # before the map is shown: screen readers ask for it then
        self.scene = DiagramScene(self.diagram, self)
        self.view = DiagramView(self.scene, self)
        accessibility.MapMarkers(self.view)
        self.view.setEnabled(False)  # no clicks before there is a document to edit
        # Remembered view options apply from the first paint: nothing moves when it completes.
        self.view.set_colour_key_shown(view_options.colour_key_shown())
        self.view.set_high_contrast(view_options.high_contrast())
        self.signature_line = QLabel()
        """Who signed the record and whether it is intact; hidden for a draft."""
        self.signature_line.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.signature_line)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        bar = self.menuBar()
        self._menus = {key: bar.addMenu(translate("main_window", title)) for key, title in _MENUS}
        # The toolbar is complete from the start (Undo and Redo wait for the document), so
        # that nothing moves when the window completes.
        self.toolbar = self.addToolBar(translate("main_window", "Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.undo_button = make_action(self, translate("main_window", "Undo"), enabled=False)
        self.redo_button = make_action(self, translate("main_window", "Redo"), enabled=False)
        self.deep_action = make_action(
            self,
            translate("main_window", "Show &Deep Muscles"),
            shortcuts=["Ctrl+D"],
            tip=translate(
                "main_window",
                "Draw the muscles under trapezius, latissimus and deltoid "
                "(always used to identify)",
            ),
            checkable=True,
        )
        self.deep_action.toggled.connect(self.scene.diagram_item.set_show_deep)
        self.draw_action = make_action(
            self,
            translate("main_window", "Dra&w Pain"),
            shortcuts=["Ctrl+Shift+D"],
            tip=translate(
                "main_window",
                "Shade where it hurts: brush, polygon or eraser (clicks then mark no points)",
            ),
            checkable=True,
            enabled=False,
        )
        self.toolbar.addActions([self.undo_button, self.redo_button])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.deep_action, self.draw_action])
        self.details_dock = QDockWidget(translate("main_window", "Details"), self)
        self.details_dock.setObjectName("details_dock")
        self.details_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.resize(self._start_size())
        loading = QLabel(translate("main_window", "Loading…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        loading.setMinimumWidth(self._details_width())
        self.details_dock.setWidget(loading)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.hover_label = StatusLabel()
        self.hover_label.setAccessibleName(translate("main_window", "Under the cursor"))
        self.statusBar().addPermanentWidget(self.hover_label)
        self.setWindowTitle("bodymap")
        if complete:
            self.complete()

    @property
    def is_ready(self) -> bool:
        """Whether the window is complete and takes input."""
        return self.parts is not None

    def complete(self) -> None:
        """Build the document, the panels, the controllers and the menus (once)."""
        if self.parts is not None:
            return
        from bodymap.ui.wiring import build_parts

        toolbar = (self.undo_button, self.redo_button, self.deep_action, self.draw_action)
        parts = build_parts(
            self,
            self.view,
            self._menus,
            toolbar,
            self.dialogs,
            self.show_status,
            self.hover_label,
            self.signature_line,
        )
        # The dock keeps the width it had while loading: the map must not move or rescale.
        width = self.details_dock.width() if self.isVisible() else self._details_width()
        self.details_dock.setWidget(parts.details)
        self.resizeDocks([self.details_dock], [width], Qt.Orientation.Horizontal)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, parts.undo_dock)
        parts.undo_dock.hide()
        doc = parts.doc
        doc.session_reset.connect(self._update_title)
        doc.path_changed.connect(self._update_title)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        self.parts = parts
        self._update_title()
        self.setAcceptDrops(True)
        self.draw_action.setEnabled(True)
        self.view.setEnabled(True)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ready.emit()

    # --- public -----------------------------------------------------------------------------

    def completed(self) -> WindowParts:
        """The parts :meth:`complete` built.

        Raises:
            RuntimeError: the window is not complete yet.
        """
        if self.parts is None:
            raise RuntimeError("the main window is not complete yet")
        return self.parts

    @property
    def doc(self) -> SessionDocument:
        """The document being edited (once the window is complete)."""
        return self.completed().doc

    @property
    def session(self) -> Session:
        """The session being edited."""
        return self.completed().doc.session

    def open_file(self, path: Path) -> bool:
        """Open the session at ``path`` as File → Open does (unsaved changes are asked about).

        Returns whether it was opened; why not is said in a dialog.
        """
        return self.completed().files.open_path(path)

    def show_status(self, text: str, milliseconds: int = STATUS_MS) -> None:
        """Show a one-line message in the status bar."""
        self.statusBar().showMessage(text, milliseconds)

    # --- views ------------------------------------------------------------------------------

    def _start_size(self) -> QSize:
        """The window's first size: :data:`WINDOW_SIZE`, or the screen's room if less."""
        return WINDOW_SIZE.boundedTo(self.screen().availableGeometry().size())

    def _details_width(self) -> int:
        """The details dock's first width: less than half the window on a small screen."""
        return min(DETAILS_WIDTH_PX, round(self.width() * DETAILS_SHARE))

    def _update_title(self) -> None:
        from bodymap.ui.signature_status import title_note

        doc = self.completed().doc
        name = (
            window_title_text(isolated(doc.path.name))
            if doc.path
            else translate("main_window", "Untitled session")
        )
        note = window_title_text(title_note(doc.session, doc.refusal))
        self.setWindowTitle(
            translate("main_window", "{name}[*]{note} \u2014 bodymap").format(name=name, note=note)
        )
        self.setWindowModified(doc.is_modified())

    # --- dropping a session file, closing -----------------------------------------------------

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
            self.open_file(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed while starting, nothing can have been edited yet; else unsaved work is asked about.
        if self.parts is None or self.parts.files.confirm_close():
            event.accept()
        else:
            event.ignore()
