"""FileController: New, Open, Save, Save As, recent files, autosave and recovery.

Dirty state comes only from the document's undo stack. Nothing a clinician did is lost: a
failed save leaves the document unsaved with a message, and unsaved changes are copied to a
recovery file until they are saved.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QWidget

from bodymap import storage
from bodymap.anatomy import asset_path
from bodymap.model import Session, new_id
from bodymap.ui import preferences
from bodymap.ui.dialogs import Dialogs, StatusSink, Unsaved
from bodymap.ui.document import SessionDocument
from bodymap.ui.file_locks import Taken, holder_text, shown_name, take_lock

MAX_RECENT = 8
AUTOSAVE_MS = 30_000
"""Unsaved changes are copied to a recovery file this long after the first of them."""
EXAMPLE_NAME = "example-session.bodymap.json"
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\u2028\u2029]+|\.\.+')


def _same_file(a: Path, b: Path | None) -> bool:
    """Whether ``a`` and ``b`` name one file (through links or another spelling)."""
    return b is not None and os.path.realpath(a) == os.path.realpath(b)


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
        self._recovery_owned = True
        """Whether the recovery file goes when the file is closed (False: it holds work
        that was restored read-only and is saved nowhere yet)."""
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
        preferences.set_value("recent_files", names[:MAX_RECENT])

    # --- commands --------------------------------------------------------------------------

    def _name(self) -> str:
        return shown_name(self._doc.path) if self._doc.path else "Untitled session"

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

    def _release(self, keep: storage.Lock | None = None) -> None:
        """Let go of the current file: its lock (unless it is ``keep``'s, the file being
        opened again), stamp and recovery file (unless it holds work not saved anywhere)."""
        self.autosave_timer.stop()
        if self._lock is not None and (keep is None or keep.path != self._lock.path):
            self._lock.release()
        self._lock = None
        self._stamp = None
        if self._recovery is not None and self._recovery_owned:
            storage.remove_recovery(self._recovery)
        self._recovery = None
        self._recovery_owned = True

    def _adopt(
        self,
        session: Session,
        path: Path | None,
        *,
        read_only: bool = False,
        lock: storage.Lock | None = None,
    ) -> None:
        self._release(keep=lock)
        self._doc.reset(session, path, read_only=read_only)
        self._lock = lock
        if path is not None:
            self._stamp = storage.stamp(path)

    def begin(self, session: Session) -> None:
        """Start ``session`` as a new, untitled document (the next visit of a patient), with
        an id of its own: no two files ever hold one session id.

        Unsaved changes of the current one must have been dealt with (:meth:`confirm_discard`).
        """
        self._adopt(session.model_copy(update={"id": new_id()}), None)

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
        """Open the bundled example session as an untitled copy (with an id of its own)."""
        if not self.confirm_discard():
            return False
        try:
            session = storage.load_session(asset_path("examples", EXAMPLE_NAME))
        except storage.SessionFileError as exc:
            self.dialogs.error(self._parent, "Cannot open the example", str(exc))
            return False
        self.begin(session)
        self._status("Example session opened (not saved).", 8000)
        return True

    def _load(self, path: Path) -> bool:
        # The name the user chose is kept (shown, remembered); the lock is on the real file.
        path = path.absolute()
        try:
            session = storage.load_session(path)
        except storage.SessionFileError as exc:
            self.dialogs.error(self._parent, "Cannot open session", f"{shown_name(path)}: {exc}")
            return False
        storage.cleanup_temp_files(path.parent)
        taken = take_lock(path, self.dialogs, self._parent)
        if taken is None:
            return False
        self._adopt(session, path, read_only=taken.read_only, lock=taken.lock)
        self.remember(path)
        mode = "read-only" if taken.read_only else "opened"
        self._status(f"{shown_name(path)} {mode}{taken.note}", 8000)
        return True

    def save(self) -> bool:
        """Save to the current file (or ask for one); True only if the file was written."""
        if self._doc.path is None or self._doc.read_only:
            return self.save_as()
        return self._write(self._doc.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there (another file gets a session id of its own)."""
        suggestion = str(self._doc.path) if self._doc.path else self._suggested_name()
        path = self.dialogs.save_path(self._parent, suggestion)
        if path is None:
            return False
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + storage.SUFFIX)
        return self._write(path)

    def _suggested_name(self) -> str:
        """A file name from the date and the identifier, such as "2026-11-25-MRN-4471".

        The identifier is typed text: what cannot be part of a file name (a folder
        separator, "..", a character some system refuses) becomes "_", so the suggestion
        never points into another folder.
        """
        session = self._doc.session
        parts = [session.encounter.date.isoformat() if session.encounter.date else ""]
        identifier = _UNSAFE_IN_NAMES.sub("_", session.patient.identifier)[:80].strip(" ._")
        parts.append(identifier or "session")
        return "-".join(p for p in parts if p) + storage.SUFFIX

    def _write(self, path: Path) -> bool:
        path = path.absolute()
        current = self._doc.path
        same_file = _same_file(path, current)
        if same_file:
            reason = storage.change_reason(path, self._stamp)
            if reason and not self.dialogs.overwrite_changed(
                self._parent, shown_name(path), reason
            ):
                return False
        lock = self._lock
        if not same_file or self._doc.read_only:
            # Another file, or this one while someone else may hold it: lock it first.
            try:
                lock = storage.acquire_lock(path)
            except storage.LockedError as exc:
                text = f"“{shown_name(path)}” is in use: open by {holder_text(exc.owner)}."
                self.dialogs.error(self._parent, "Not saved", text)
                return False
            except OSError:
                lock = None
        session = self._doc.session
        copy_id = None if same_file or current is None else new_id()
        if copy_id is not None:  # a copy of a file: two files never share a session id
            session = session.model_copy(update={"id": copy_id})
        try:
            storage.save_session(session, path)
        except storage.SaveError as exc:
            if lock is not None and lock is not self._lock:
                lock.release()
            self.dialogs.error(self._parent, "Not saved", f"The session was NOT saved.\n\n{exc}")
            return False
        if lock is not self._lock:
            if self._lock is not None and (lock is None or lock.path != self._lock.path):
                self._lock.release()
            self._lock = lock
        self._stamp = storage.stamp(path)
        self._doc.mark_saved(path, session_id=copy_id)
        if self._recovery is not None:
            storage.remove_recovery(self._recovery)
            self._recovery = None
            self._recovery_owned = True
        self.remember(path)
        self._status(f"Saved {shown_name(path)}", 5000)
        return True

    # --- autosave and recovery ------------------------------------------------------------------

    def _schedule_autosave(self) -> None:
        if not shiboken6.isValid(self._doc.undo_stack):
            return  # the window is being destroyed
        if self._doc.is_modified() and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def autosave_now(self) -> Path | None:
        """Copy unsaved changes to the recovery file; the session stays unsaved.

        The recovery notes the file as it was opened or last saved (its stamp), so that a
        restore can tell whether the file changed since.
        """
        if not self._doc.is_modified():
            return None
        try:
            written = storage.write_recovery(self._doc.session, self._doc.path, base=self._stamp)
        except storage.SaveError as exc:
            self._status(f"Autosave failed: {exc}", 10000)
            return None
        if self._recovery is not None and self._recovery != written and self._recovery_owned:
            storage.remove_recovery(self._recovery)  # the session's file or id changed
        self._recovery, self._recovery_owned = written, True
        return written

    def offer_recovery(self) -> bool:
        """At start: offer unsaved work left by a session that did not end cleanly.

        Without anyone to answer (``dialogs.interactive`` false) nothing is offered and every
        recovery file is kept.
        """
        if not self.dialogs.interactive:
            return False
        for info in storage.list_recoveries():
            if info.pid_alive:
                continue  # another bodymap window is still working on it
            name = f"“{shown_name(info.original)}”" if info.original else "an untitled session"
            when = info.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            change = info.original_change() if info.original and info.original.exists() else None
            since = f".\n\nThe file has changed since then: {change}" if change else ""
            if not self.dialogs.restore(self._parent, f"{name} (autosaved {when}){since}"):
                storage.remove_recovery(info.path)
                continue
            try:
                recovered = storage.load_recovery(info)
            except storage.SessionFileError as exc:
                self.dialogs.error(self._parent, "Cannot restore", str(exc))
                continue
            return self._restore(info, recovered)
        return False

    def _restore(self, info: storage.RecoveryInfo, recovered: Session) -> bool:
        """Restore ``recovered`` over its file as Open opens it: locked, or read-only."""
        original = info.original if info.original and info.original.is_file() else None
        base = Session(id=recovered.id)
        if original is not None:
            try:
                base = storage.load_session(original)
            except storage.SessionFileError:
                original = None
        taken = take_lock(original, self.dialogs, self._parent) if original else Taken(None)
        if taken is None:
            self._status("The unsaved changes are kept: they are offered at the next start.", 10000)
            return False
        if original is not None and taken.read_only:
            # Shown as they were, read-only: Save As keeps them as a copy; until then the
            # recovery file stays, to be offered again.
            self._adopt(recovered, original, read_only=True)
            self._recovery, self._recovery_owned = info.path, False
            self._status(
                f"Unsaved changes to {shown_name(original)} restored read-only: the file is "
                "in use. Save As keeps them as a copy.",
                15000,
            )
            return True
        self._adopt(base, original, lock=taken.lock)
        if original is not None and info.original_changed():
            # Compare the next save with the file as the autosave knew it: it asks first.
            self._stamp = storage.FileStamp(0, 0, info.original_sha256 or "")
        self._doc.restore(recovered, "Restore unsaved changes")
        self._recovery, self._recovery_owned = info.path, True
        if taken.note:
            self._status(f"Unsaved changes restored{taken.note}", 10000)
        return True
