"""FileController: New, Open, Save, Save As, recent files, autosave and recovery.

Dirty state comes only from the document's undo stack. Nothing a clinician did is lost: a
failed save leaves the document unsaved with a message, and unsaved changes are copied to a
recovery file until they are saved.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QWidget

from bodymap import history, storage
from bodymap.anatomy import asset_path
from bodymap.model import Session
from bodymap.ui import preferences
from bodymap.ui.dialogs import Dialogs, StatusSink, Unsaved
from bodymap.ui.document import SessionDocument

MAX_RECENT = 8
AUTOSAVE_MS = 30_000
"""Unsaved changes are copied to a recovery file this long after the first of them."""
EXAMPLE_NAME = "example-session.bodymap.json"


class FileController(QObject):
    """The file commands of one document; questions go to ``dialogs``, news to ``status``."""

    def __init__(
        self,
        doc: SessionDocument,
        dialogs: type[Dialogs],
        status: StatusSink,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self.dialogs = dialogs
        self._status = status
        self._parent = parent
        self._lock: storage.Lock | None = None
        self._stamp: storage.FileStamp | None = None
        self._recovery: Path | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self._doc.undo_stack.indexChanged.connect(self._schedule_autosave)

    # --- recent files ----------------------------------------------------------------------

    @staticmethod
    def recent_files() -> list[Path]:
        """Recently opened or saved sessions, newest first."""
        value = QSettings().value("recent_files", [])
        names = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [Path(n) for n in names if isinstance(n, str)]

    @classmethod
    def remember(cls, path: Path) -> None:
        """Put ``path`` at the top of the recent files."""
        names = [str(path)] + [str(p) for p in cls.recent_files() if p != path]
        QSettings().setValue("recent_files", names[:MAX_RECENT])

    # --- commands --------------------------------------------------------------------------

    def _name(self) -> str:
        return self._doc.path.name if self._doc.path else "Untitled session"

    def confirm_discard(self) -> bool:
        """Make sure unsaved changes are saved or knowingly discarded; False means stop."""
        if not self._doc.is_modified():
            return True
        answer = self.dialogs.unsaved(self._parent, self._name())
        if answer is Unsaved.SAVE:
            return self.save()
        return answer is Unsaved.DISCARD

    def confirm_close(self) -> bool:
        """Called when the window closes; False keeps it open. A clean exit leaves nothing."""
        if not self.confirm_discard():
            return False
        self._release()
        return True

    def _release(self) -> None:
        """Let go of the current file: its lock, stamp and recovery file."""
        self.autosave_timer.stop()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._stamp = None
        if self._recovery is not None:
            storage.remove_recovery(self._recovery)
            self._recovery = None

    def _adopt(self, session: Session, path: Path | None, *, read_only: bool = False) -> None:
        self._release()
        self._doc.reset(session, path, read_only=read_only)
        if path is not None:
            self._stamp = storage.stamp(path)

    def begin(self, session: Session) -> None:
        """Start ``session`` as a new, untitled document (the next visit of a patient).

        Unsaved changes of the current one must have been dealt with (:meth:`confirm_discard`).
        """
        self._adopt(session, None)

    def new(self) -> bool:
        """Start an empty session."""
        if not self.confirm_discard():
            return False
        self._adopt(Session(), None)
        return True

    def open(self) -> bool:
        """Ask for a file and open it."""
        if not self.confirm_discard():
            return False
        folder = str(self._doc.path.parent) if self._doc.path else ""
        path = self.dialogs.open_path(self._parent, folder)
        return self._load(path) if path else False

    def open_path(self, path: Path) -> bool:
        """Open ``path`` after taking care of unsaved changes."""
        return self.confirm_discard() and self._load(path)

    def open_example(self) -> bool:
        """Open the bundled example session as an untitled copy."""
        if not self.confirm_discard():
            return False
        try:
            session = storage.load_session(asset_path("examples", EXAMPLE_NAME))
        except storage.SessionFileError as exc:
            self.dialogs.error(self._parent, "Cannot open the example", str(exc))
            return False
        self._adopt(session, None)
        self._status("Example session opened (not saved).", 8000)
        return True

    def _load(self, path: Path) -> bool:
        path = path.absolute()
        try:
            session = storage.load_session(path)
        except storage.SessionFileError as exc:
            self.dialogs.error(self._parent, "Cannot open session", f"{path.name}: {exc}")
            return False
        storage.cleanup_temp_files(path.parent)
        lock: storage.Lock | None = None
        read_only = False
        note = ""
        try:
            lock = storage.acquire_lock(path)
        except storage.LockedError as exc:
            if not self.dialogs.open_read_only(self._parent, path.name, str(exc)):
                return False
            read_only = True
        except OSError:
            note = " (the folder does not allow a lock file: others are not warned)"
        self._adopt(session, path, read_only=read_only)
        self._lock = lock
        self.remember(path)
        mode = "read-only" if read_only else "opened"
        self._status(f"{path.name} {mode}{note}", 8000)
        return True

    def save(self) -> bool:
        """Save to the current file (or ask for one); True only if the file was written."""
        if self._doc.path is None or self._doc.read_only:
            return self.save_as()
        return self._write(self._doc.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there; the place proposed is in the clinic folder."""
        suggestion, made = self.proposed_place()
        path = self.dialogs.save_path(self._parent, str(suggestion))
        if path is not None and not path.name.endswith(".json"):
            path = path.with_name(path.name + storage.SUFFIX)
        saved = path is not None and self._write(path)
        if made is not None and not saved:
            with contextlib.suppress(OSError):
                made.rmdir()  # the patient's folder made for the proposal, if still empty
        return saved

    def proposed_place(self) -> tuple[Path, Path | None]:
        """Where Save proposes to save the session, and the folder made for it (else None).

        In the clinic folder: the patient's folder (made now, so that the file dialog opens
        in it) and a new file named after the visit's date and the patient's identifier
        (``history.proposed_path``), never an existing file. Without a clinic folder: that
        file name in the user's documents.
        """
        session = self._doc.session
        folder = preferences.usable_clinic_folder()
        if folder is not None:
            try:
                path = history.proposed_path(folder, session)
                made = None if path.parent.is_dir() else path.parent
                path.parent.mkdir(exist_ok=True)
                return path, made
            except OSError:
                pass  # an unusable patient folder: the clinic folder itself, named as usual
        else:
            documents = QStandardPaths.StandardLocation.DocumentsLocation
            folder = Path(QStandardPaths.writableLocation(documents) or Path.home())
        name = history.session_file_name(session)
        counter = 1
        while (folder / name).exists():
            counter += 1
            name = history.session_file_name(session, counter)
        return folder / name, None

    def _write(self, path: Path) -> bool:
        path = path.absolute()
        same_file = path == self._doc.path
        if (
            same_file
            and storage.changed_since(path, self._stamp)
            and not self.dialogs.overwrite_changed(self._parent, path.name)
        ):
            return False
        lock = self._lock if same_file else None
        if not same_file:
            try:
                lock = storage.acquire_lock(path)
            except storage.LockedError as exc:
                self.dialogs.error(self._parent, "Not saved", f"{path.name} is in use. {exc}")
                return False
            except OSError:
                lock = None
        try:
            storage.save_session(self._doc.session, path)
        except storage.SaveError as exc:
            if lock is not None and lock is not self._lock:
                lock.release()
            self.dialogs.error(self._parent, "Not saved", f"The session was NOT saved.\n\n{exc}")
            return False
        if lock is not self._lock:
            if self._lock is not None:
                self._lock.release()
            self._lock = lock
        self._stamp = storage.stamp(path)
        self._doc.mark_saved(path)
        if self._recovery is not None:
            storage.remove_recovery(self._recovery)
            self._recovery = None
        self.remember(path)
        self._status(f"Saved {path.name}", 5000)
        return True

    # --- autosave and recovery ------------------------------------------------------------------

    def _schedule_autosave(self) -> None:
        if not shiboken6.isValid(self._doc.undo_stack):
            return  # the window is being destroyed
        if self._doc.is_modified() and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def autosave_now(self) -> Path | None:
        """Copy unsaved changes to the recovery file; the session stays unsaved."""
        if not self._doc.is_modified():
            return None
        try:
            self._recovery = storage.write_recovery(self._doc.session, self._doc.path)
        except storage.SaveError as exc:
            self._status(f"Autosave failed: {exc}", 10000)
            return None
        return self._recovery

    def offer_recovery(self) -> bool:
        """At start: offer unsaved work left by a session that did not end cleanly."""
        for info in storage.list_recoveries():
            if info.pid_alive:
                continue  # another bodymap window is still working on it
            name = f"“{info.original.name}”" if info.original else "an untitled session"
            when = info.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if not self.dialogs.restore(self._parent, f"{name} (autosaved {when})"):
                storage.remove_recovery(info.path)
                continue
            try:
                recovered = storage.load_recovery(info)
            except storage.SessionFileError as exc:
                self.dialogs.error(self._parent, "Cannot restore", str(exc))
                continue
            original = info.original if info.original and info.original.is_file() else None
            base = Session()
            if original is not None:
                try:
                    base = storage.load_session(original)
                except storage.SessionFileError:
                    original = None
            self._adopt(base, original)
            if original is not None:
                try:
                    self._lock = storage.acquire_lock(original)
                except OSError:
                    self._lock = None
            self._doc.restore(recovered, "Restore unsaved changes")
            self._recovery = info.path
            return True
        return False
