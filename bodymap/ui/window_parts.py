"""WindowParts: what ``MainWindow.complete()`` builds, in one value.

The main window shows its map first and builds these parts right after (see
:mod:`bodymap.ui.app`); ``window.parts`` is None until then, so the types say what exists
before the window is complete.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from bodymap.ui.accessibility import Announcer
from bodymap.ui.clinic_index import ClinicIndex
from bodymap.ui.details import DetailsTabs
from bodymap.ui.document import SessionDocument
from bodymap.ui.drawing import DrawingController
from bodymap.ui.editing import PointEditor
from bodymap.ui.exporting import ExportController
from bodymap.ui.files import FileController
from bodymap.ui.history_controller import HistoryController
from bodymap.ui.points_presenter import PointsPresenter
from bodymap.ui.printing import PrintController
from bodymap.ui.signature_status import SignatureStatus
from bodymap.ui.signing_controller import SigningController


@dataclass(frozen=True)
class EditActions:
    """The Edit menu's actions that other parts of the window use."""

    undo: QAction
    redo: QAction
    delete: QAction
    details: QAction
    """Go to the selected point's details (the map's context menu offers it too)."""


@dataclass(frozen=True)
class WindowParts:
    """The document and everything that shows or edits it."""

    doc: SessionDocument
    editor: PointEditor
    """Turns clicks, drags and keys on the map into edits."""
    points: PointsPresenter
    """Keeps the markers and the points list in step with the document."""
    details: DetailsTabs
    undo_dock: QDockWidget
    """The undo history, hidden until shown from the Edit menu."""
    clinic: ClinicIndex
    files: FileController
    history: HistoryController
    printing: PrintController
    exporting: ExportController
    edit: EditActions
    announcer: Announcer
    """Tells screen readers what the map's edits did."""
    signing: SigningController
    """File → Sign…, Amend… and Properties."""
    signature_status: SignatureStatus
    """The status line above the map: who signed, and whether the record is intact."""
    drawing: DrawingController
    """The pain drawing on the map (drawing mode, painted areas, referral zone)."""
