"""HistoryController: the patient browser, previous-visit overlays and the selected point's visits.

What the clinic folder knows comes from :class:`~bodymap.ui.clinic_index.ClinicIndex`; this
controller shows it and turns "accept this earlier point" into the document's edit verbs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from bodymap import history, storage
from bodymap.clinical.pain_drawing import measure
from bodymap.model import Session, TriggerPoint
from bodymap.ui import preferences
from bodymap.ui.clinic_index import ClinicIndex
from bodymap.ui.diagram_view import DiagramScene
from bodymap.ui.dialogs import Dialogs, StatusSink
from bodymap.ui.document import EditRefused, SessionDocument
from bodymap.ui.files import FileController
from bodymap.ui.history import PatientBrowser, PointVisits, PreviousVisitOverlays

MESSAGE_MS = 8000


class HistoryController(QObject):
    """Earlier visits of the current patient: browse, overlay, accept, recurrence."""

    def __init__(
        self,
        doc: SessionDocument,
        clinic: ClinicIndex,
        files: FileController,
        scene: DiagramScene,
        dialogs: type[Dialogs],
        status: StatusSink,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._clinic = clinic
        self._files = files
        self._dialogs = dialogs
        self._status = status
        self._parent = parent
        self._browser: PatientBrowser | None = None
        self._shown_point: str | None = None
        self.overlays = PreviousVisitOverlays(scene, self)
        self.overlays.accept_requested.connect(self.accept_point)
        self.visits = PointVisits()
        """The selected point's earlier visits, for the details panel."""

        for signal in (doc.point_added, doc.point_removed, doc.point_changed):
            signal.connect(lambda _id: self.overlays.sync(self._doc.session))
        doc.pain_changed.connect(lambda: self.show_point(self._shown_point))
        doc.session_reset.connect(self._on_reset)
        doc.details_changed.connect(self._on_details)
        clinic.indexed.connect(lambda: self.show_point(self._shown_point))
        clinic.unavailable.connect(lambda text: self._status(text, 15000))

    # --- the patient browser and preferences ---------------------------------------------------

    def show_browser(self) -> PatientBrowser:
        """Show the patient browser (modeless: the map stays usable)."""
        if self._browser is None:
            self._browser = PatientBrowser(self._clinic.index(), self._parent)
            self._browser.open_requested.connect(self._files.open_path)
            self._browser.new_from_requested.connect(self.new_from)
            self._browser.overlay_toggled.connect(self._overlay)
            self.overlays.changed.connect(self._overlays_changed)
        self._browser.show()
        self._browser.raise_()
        return self._browser

    def _overlays_changed(self) -> None:
        if self._browser is not None:
            self._browser.set_overlaid(self.overlays.shown_paths())

    def show_preferences(self) -> None:
        """Edit the clinic folder and name; a new folder is indexed afresh."""
        before = preferences.clinic_folder()
        if preferences.PreferencesDialog(self._parent).exec() != QDialog.DialogCode.Accepted:
            return
        if preferences.clinic_folder() != before:
            self._clinic.close_for_new_folder()
            if self._browser is not None:
                self._browser.close()
                self._browser = None

    # --- earlier sessions ----------------------------------------------------------------------

    def _load(self, path: Path) -> Session | None:
        try:
            return storage.load_session(path)
        except storage.SessionFileError as exc:
            self._dialogs.error(self._parent, "Cannot open session", str(exc))
            return None

    def _overlay(self, path: Path, shown: bool) -> None:
        if not shown:
            self.overlays.hide_path(path)
            return
        previous = self._load(path)
        if previous is not None:
            self.overlays.show_session(previous, path, self._doc.session)

    def new_from(self, path: Path) -> bool:
        """Start a new session for the patient of ``path``, its points offered to accept."""
        if not self._files.confirm_discard():
            return False
        previous = self._load(path)
        if previous is None:
            return False
        self._files.begin(history.session_from_previous(previous))
        self.overlays.show_session(previous, path, self._doc.session)
        return True

    def accept_point(self, previous: TriggerPoint) -> None:
        """Copy one previous-visit point into the current session (undoable)."""
        self._accept([previous], "")

    def accept_all(self) -> None:
        """Copy every previous-visit point still offered, as one undo step."""
        pending = self.overlays.pending_points()
        self._accept(pending, f"Accept {len(pending)} previous points")

    def _accept(self, previous: list[TriggerPoint], text: str) -> None:
        first = self._doc.session.next_number()
        points = [history.point_from_previous(p, first + i) for i, p in enumerate(previous)]
        try:
            self._doc.add_points(points, text)
        except EditRefused as refusal:
            self._status(str(refusal), MESSAGE_MS)

    # --- the selected point's earlier visits ----------------------------------------------------

    def show_point(self, point_id: str | None) -> None:
        """Show whether the selected point recurs, and its pain scores over visits."""
        self._shown_point = point_id
        session = self._doc.session
        point = None
        if point_id is not None:
            try:
                point = self._doc.point(point_id)
            except KeyError:
                point = None
        earlier = self._clinic.earlier_points(session) if point is not None else []
        painted = self._clinic.painted_areas(session, self._doc.diagram) if earlier else []
        current = None
        if session.pain_areas:
            current = measure(session.pain_areas, self._doc.diagram).total_cm2
        self.visits.show_point(point, earlier, session.encounter.date, painted, current)

    def _on_reset(self) -> None:
        self._clinic.forget_patient()
        self.overlays.clear()
        self._clinic.refresh_in_background(self._doc.session, refresh=True)

    def _on_details(self) -> None:
        self._clinic.forget_patient()
        self._clinic.refresh_in_background(self._doc.session)
