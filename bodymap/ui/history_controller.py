"""HistoryController: the clinic folder, the patient browser, the next visit, previous-visit
overlays and the selected point's visits.

What the clinic folder knows comes from :class:`~bodymap.ui.clinic_index.ClinicIndex`; this
controller shows it and turns "accept this earlier point" into the document's edit verbs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from bodymap import history, signing, storage
from bodymap.clinical.pain_drawing import measure
from bodymap.i18n import Context, date_text, translate
from bodymap.model import Session, TriggerPoint
from bodymap.ui import first_run, preferences
from bodymap.ui.clinic_index import ClinicIndex
from bodymap.ui.diagram_view import DiagramScene
from bodymap.ui.dialogs import Dialogs, StatusSink, Unsaved
from bodymap.ui.document import EditRefused, SessionDocument
from bodymap.ui.files import FileController
from bodymap.ui.history import PatientBrowser, PointVisits, PreviousVisitOverlays
from bodymap.ui.history.patient_check import PatientCheckBar
from bodymap.ui.history.text import counted
from bodymap.ui.plain_text import isolated
from bodymap.ui.record_files import clinic_keys

next_visit = Context("next_visit")
MESSAGE_MS = 8000


class HistoryController(QObject):
    """Earlier visits of the current patient: browse, next visit, overlay, accept, recurrence.

    Signals:
        earlier_painted(object): the painted area of the patient's last earlier visit with a
            pain drawing (``history.VisitArea``), or None; told when the clinic index has read
            the folder and when the patient changes.
    """

    earlier_painted = Signal(object)

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
        self._scene = scene
        self._dialogs = dialogs
        self._status = status
        self._parent = parent
        self._browser: PatientBrowser | None = None
        self._shown_point: str | None = None
        self._reset_pending = False
        """A session was just replaced: its path change is an opening, not a save."""
        self.overlays = PreviousVisitOverlays(scene, self)
        self.overlays.accept_requested.connect(self.accept_point)
        self.overlays.matched_clicked.connect(lambda point_id: scene.select_ids([point_id]))
        self.overlays.changed.connect(self._overlays_changed)
        self.visits = PointVisits()
        """The selected point's earlier visits, for the details panel."""
        self.patient_check = PatientCheckBar()
        """Asks to confirm the patient data carried over to a next visit (the window shows it)."""
        self.patient_check.confirmed.connect(
            lambda: self._status(
                translate("next_visit", "Patient details confirmed for this visit."), MESSAGE_MS
            )
        )

        for signal in (doc.point_added, doc.point_removed, doc.point_changed):
            signal.connect(lambda _id: self.overlays.sync(self._doc.session))
        doc.pain_changed.connect(lambda: self.show_point(self._shown_point))
        doc.session_reset.connect(self._on_reset)
        doc.details_changed.connect(self._on_details)
        doc.path_changed.connect(self._on_path)
        clinic.indexed.connect(lambda: self.show_point(self._shown_point))
        clinic.indexed.connect(self._tell_earlier_painted)
        doc.details_changed.connect(self._tell_earlier_painted)
        clinic.unavailable.connect(lambda text: self._status(text, 15000))

    # --- the clinic folder ---------------------------------------------------------------------

    def check_clinic_folder(self) -> Path | None:
        """Offer a clinic folder on first start, or when the chosen one has gone missing.

        Returns the folder in use (None if the user chose "Not Now").
        """
        before = preferences.configured_clinic_folder()
        folder = first_run.check_clinic_folder(self._parent, self._dialogs.clinic_folder)
        if folder != before:
            self._folder_changed()
        if folder is not None and before is None:
            text = translate("next_visit", "Sessions are saved in the clinic folder {folder}")
            self._status(text.format(folder=folder), MESSAGE_MS)
        return folder

    def _folder_changed(self) -> None:
        self._clinic.close_for_new_folder()
        if self._browser is not None and self._browser.isVisible():
            self._browser.refresh()

    def show_preferences(self) -> None:
        """Edit the clinic folder and name; a new folder is indexed afresh."""
        before = preferences.clinic_folder()
        if preferences.PreferencesDialog(self._parent).exec() != QDialog.DialogCode.Accepted:
            return
        if preferences.clinic_folder() != before:
            self._folder_changed()

    # --- the patient browser -------------------------------------------------------------------

    def show_browser(self) -> PatientBrowser:
        """Show the patient browser (modeless: the map stays usable); it refreshes the index
        in the background each time it is shown."""
        if self._browser is None:
            self._browser = PatientBrowser(self._clinic, self._parent)
            self._browser.open_requested.connect(self._files.open_path)
            self._browser.new_from_requested.connect(self.new_from)
            self._browser.overlay_toggled.connect(self._overlay)
            self._browser.setup_requested.connect(self._set_up_from_browser)
            self._browser.set_overlaid(self.overlays.shown_paths())
        self._browser.show()
        self._browser.raise_()
        return self._browser

    def _set_up_from_browser(self) -> None:
        if self.check_clinic_folder() is not None and self._browser is not None:
            self._browser.refresh()

    def _overlays_changed(self) -> None:
        if self._browser is not None:
            self._browser.set_overlaid(self.overlays.shown_paths())

    # --- the next visit ------------------------------------------------------------------------

    def _load(self, path: Path) -> Session | None:
        """An earlier visit, as its signed amendments correct it (history.as_amended)."""
        try:
            session = storage.load_session(path)
            return history.as_amended(session, clinic_keys(session) or signing.KeyRing({}))
        except storage.SessionFileError as exc:
            self._dialogs.error(
                self._parent,
                translate("next_visit", "Cannot open session"),
                translate("next_visit", "{file}: {problem}").format(
                    file=isolated(path.name), problem=exc
                ),
            )
            return None

    def _overlay(self, path: Path, shown: bool) -> None:
        if not shown:
            self.overlays.hide_path(path)
            return
        previous = self._load(path)
        if previous is not None:
            self.overlays.show_session(previous, path, self._doc.session)

    def new_from(self, path: Path) -> bool:
        """Start the next visit of the patient of ``path`` (Start Next Visit in Patients)."""
        if not self._files.confirm_discard():
            return False
        previous = self._load(path)
        return previous is not None and self._begin_next(previous, path)

    def start_next_visit(self) -> bool:
        """Start the next visit of the current session's patient (File → Start Next Visit).

        Unsaved changes are saved first, or discarded (then the saved file is the earlier
        visit); a session never saved and discarded leaves nothing to continue from.
        """
        session, path = self._doc.session, self._doc.path
        if history.patient_key(session.patient) is None:
            self._status(
                translate(
                    "next_visit",
                    "Start Next Visit continues a patient's session: enter the patient's name or "
                    "identifier, or open their last visit (Patients).",
                ),
                MESSAGE_MS,
            )
            return False
        if self._doc.is_modified() or self._doc.audit_unsaved or self._files.pending_input():
            answer = self._dialogs.unsaved(
                self._parent, path.name if path else translate("next_visit", "Untitled session")
            )
            if answer is Unsaved.CANCEL:
                return False
            if answer is Unsaved.SAVE:
                if not self._files.save():
                    return False
                session, path = self._doc.session, self._doc.path
            elif path is None:
                self._status(
                    translate("next_visit", "Nothing saved to start the next visit from."),
                    MESSAGE_MS,
                )
                return False
            else:
                loaded = self._load(path)  # as its amendments correct it
                return loaded is not None and self._begin_next(loaded, path)
        # What carries forward is the record as its amendments correct it (ADR 6), as when the
        # visit is started from the Patients window.
        keys = clinic_keys(session) or signing.KeyRing({})
        return self._begin_next(history.as_amended(session, keys), path)

    def _begin_next(self, previous: Session, path: Path | None) -> bool:
        """A new session (new id) for ``previous``'s patient, ``previous`` shown as overlay,
        the patient data carried over waiting to be confirmed."""
        self._files.begin(history.session_from_previous(previous))
        self.overlays.show_session(previous, path, self._doc.session)
        since = previous.encounter.date or previous.created.date()
        self.patient_check.ask(self._doc.session.patient, since)
        count = len(previous.points)
        text = next_visit.tr(
            "Next visit started: %n points of {date} offered on the map (click one, or "
            "Patients → Accept All Previous-Visit Points).",
            None,
            count,
        )
        self._status(counted(text, count).format(date=date_text(since)), MESSAGE_MS)
        return True

    # --- accepting earlier points --------------------------------------------------------------

    def accept_point(self, previous: TriggerPoint) -> None:
        """Copy one previous-visit point into the current session (undoable)."""
        self._accept([previous], "")

    def accept_all(self) -> None:
        """Copy the previous-visit points still offered, as one undo step.

        None is placed within ``history.TOLERANCE_MM`` of a point of the session or of another
        one accepted (``history.points_to_accept``); those stay offered, to be clicked one by
        one where the clinician finds them distinct.
        """
        pending = self.overlays.pending_points()
        if not pending:
            self._status(
                translate("next_visit", "No earlier points are offered on the map."), MESSAGE_MS
            )
            return
        taken = history.points_to_accept(pending, self._doc.session.points)
        undo_text = counted(
            next_visit.tr("Accept %n previous points", None, len(taken)), len(taken)
        )
        if taken and not self._accept(taken, undo_text):
            return
        offered = {p.id for p in self.overlays.pending_points()}
        skipped = [p for p in pending if p not in taken]
        left = sum(p.id in offered for p in skipped)
        words = [
            counted(next_visit.tr("%n earlier points accepted.", None, len(taken)), len(taken))
        ]
        if len(skipped) > left:
            matched = len(skipped) - left
            text = next_visit.tr(
                "%n others matched by a point of this visit (the same trigger point).",
                None,
                matched,
            )
            words.append(counted(text, matched))
        if left:
            text = next_visit.tr(
                "%n others left offered: within {tolerance} mm of another point (click it to "
                "add it anyway).",
                None,
                left,
            )
            words.append(counted(text, left).format(tolerance=f"{history.TOLERANCE_MM:g}"))
        self._status(" ".join(words), MESSAGE_MS)

    def _accept(self, previous: list[TriggerPoint], text: str) -> bool:
        first = self._doc.session.next_number()
        points = [history.point_from_previous(p, first + i) for i, p in enumerate(previous)]
        try:
            self._doc.add_points(points, text)
        except EditRefused as refusal:
            self._status(str(refusal), MESSAGE_MS)
            return False
        return True

    # --- the selected point's earlier visits ----------------------------------------------------

    def earlier_points(self) -> list[history.HistoricPoint]:
        """The earlier visits' points of the current patient: those the clinic index knows,
        and those of the sessions shown on the map (a session not indexed yet)."""
        session = self._doc.session
        known = self._clinic.earlier_points(session)
        indexed = {h.session_id for h in known}
        shown = [
            h
            for overlay in self.overlays.overlays()
            if overlay.session.id not in indexed
            for h in history.historic_points(overlay.session, overlay.path or Path())
        ]
        return known + history.earlier_points(shown, session)

    def _tell_earlier_painted(self) -> None:
        drawn = [
            area
            for area in self._clinic.painted_areas(self._doc.session, self._doc.diagram)
            if area.drawn
        ]
        self.earlier_painted.emit(drawn[-1] if drawn else None)

    def show_point(self, point_id: str | None) -> None:
        """Show whether the selected point recurs, its earlier findings and pain scores."""
        self._shown_point = point_id
        session = self._doc.session
        point = None
        if point_id is not None:
            try:
                point = self._doc.point(point_id)
            except KeyError:
                point = None
        earlier = self.earlier_points() if point is not None else []
        painted = self._clinic.painted_areas(session, self._doc.diagram) if earlier else []
        current = None
        if earlier and session.pain_areas:  # shown beside the earlier visits' areas only
            current = measure(session.pain_areas, self._doc.diagram).total_cm2
        self.visits.show_point(point, earlier, session.encounter.date, painted, current)

    def _on_reset(self) -> None:
        self._reset_pending = True
        self._clinic.forget_patient()
        self._tell_earlier_painted()  # another session: not the last one's earlier drawing
        self.overlays.clear()
        self.patient_check.dismiss()
        self._clinic.refresh_in_background(self._doc.session, refresh=True)

    def _on_details(self) -> None:
        self._clinic.forget_patient()
        self.patient_check.show_values(self._doc.session.patient)
        self._clinic.refresh_in_background(self._doc.session)

    def _on_path(self) -> None:
        """A session was saved (its file is new or changed): the index reads that file."""
        if self._reset_pending:
            self._reset_pending = False  # the document's reset announces its path next
            return
        path = self._doc.path
        if path is not None and not self._doc.is_modified():
            self._clinic.refresh([path])
