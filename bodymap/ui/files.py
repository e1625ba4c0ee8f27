"""FileController: New, Open, Save, Save As, recent files, autosave and recovery.

Dirty state comes only from the document's undo stack. Nothing a clinician did is lost: a
failed save leaves the document unsaved with a message, and unsaved changes are copied to a
recovery file until they are saved.

Signed records (docs/adr/0006-signed-records.md): every file opened is verified
(:attr:`FileController.verification`), and one changed after it was signed opens read-only.
Each save adds "created" or "edited" to the session's audit log; printing and exporting add
theirs through :meth:`FileController.record_audit`. No file holding a signed record is ever
written over by a session that differs from it (amendments and audit entries aside).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bodymap import history, signing, storage
from bodymap.anatomy import asset_path
from bodymap.model import AuditAction, Session, new_id
from bodymap.ui import preferences
from bodymap.ui.confirming import confirm_warnings
from bodymap.ui.dialogs import Dialogs, StatusSink, Unsaved
from bodymap.ui.document import SessionDocument
from bodymap.ui.document.session_document import CHANGED_AFTER_SIGNING
from bodymap.ui.file_locks import Taken, holder_text, shown_name, take_lock

MAX_RECENT = 8
AUTOSAVE_MS = 30_000
"""Unsaved changes are copied to a recovery file this long after the first of them."""
EXAMPLE_NAME = "example-session.bodymap.json"
_DAMAGED = (signing.VerifyState.ALTERED, signing.VerifyState.BROKEN)


def verify_here(session: Session) -> signing.VerifyResult:
    """Verify ``session`` against the keys registered in the clinic folder of the preferences.

    The clinic folder (perhaps on a network share) is read only for a session that carries a
    signature or amendments: a draft needs no keys to be found unsigned.
    """
    if session.signature is None and not session.amendments:
        return signing.verify_session(session, signing.KeyRing({}))
    return signing.verify_session(session, signing.load_key_ring(preferences.clinic_folder()))


def _same_file(a: Path, b: Path | None) -> bool:
    """Whether ``a`` and ``b`` name one file (through links or another spelling)."""
    return b is not None and os.path.realpath(a) == os.path.realpath(b)


class FileController(QObject):
    """The file commands of one document; questions go to ``dialogs``, news to ``status``."""

    verified = Signal(object)
    """A session was adopted (opened, started, signed, amended): its ``signing.VerifyResult``."""

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
        self.verification: signing.VerifyResult = verify_here(doc.session)
        """What verifying the open session found (unsigned for a new one)."""
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
        """Make ``session`` the document's; a record changed after signing opens read-only."""
        self._release(keep=lock)
        result = verify_here(session)
        if result.state in _DAMAGED:
            self._doc.reset(session, path, read_only=True, reason=CHANGED_AFTER_SIGNING)
        else:
            self._doc.reset(session, path, read_only=read_only)
        self._lock = lock
        if path is not None:
            self._stamp = storage.stamp(path)
        self._verified(result)

    def _verified(self, result: signing.VerifyResult) -> None:
        self.verification = result
        self.verified.emit(result)

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
        mode = "read-only" if self._doc.read_only else "opened"
        self._status(f"{shown_name(path)} {mode}{taken.note}", 8000)
        return True

    def save(self) -> bool:
        """Save to the current file (or ask for one); True when the file holds the session."""
        path = self._doc.path
        if path is None or self._doc.opened_read_only:
            return self.save_as()
        if not self._doc.is_modified() and not storage.changed_since(path, self._stamp):
            # Nothing to write: an "edited" line in the audit log would say otherwise.
            self._status(f"Nothing to save: {path.name} is as saved.", 5000)
            return True
        return self._write(path)

    def save_as(self) -> bool:
        """Ask for a file name and save there; the place proposed is in the clinic folder (a
        copy of a file gets a session id of its own, unless it is a signed record: its copy
        is the same record)."""
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
        if not confirm_warnings(self._doc, self.dialogs, self._parent, "save"):
            return False
        path = path.absolute()
        current = self._doc.path
        same_file = _same_file(path, current)
        changed = False
        if same_file:
            reason = storage.change_reason(path, self._stamp)
            if reason and not self.dialogs.overwrite_changed(
                self._parent, shown_name(path), reason
            ):
                return False
            changed = bool(reason)
        session = self._doc.session
        if not same_file and current is not None and not self._doc.signed:
            # A copy of a file: two files never share a session id. (A signed record's copy
            # is the same record: its id is part of what was signed.)
            session = session.model_copy(update={"id": new_id()})
        session = signing.append_audit(
            session,
            "edited" if same_file else "created",
            clinician=session.encounter.clinician,
        )
        if (changed or not same_file) and not self._may_replace(path, session):
            return False
        lock = self._lock
        if not same_file or self._doc.opened_read_only:
            # Another file, or this one while someone else may hold it: lock it first.
            try:
                lock = storage.acquire_lock(path)
            except storage.LockedError as exc:
                text = f"“{shown_name(path)}” is in use: open by {holder_text(exc.owner)}."
                self.dialogs.error(self._parent, "Not saved", text)
                return False
            except OSError:
                lock = None
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
        self._doc.mark_saved(path, session)
        if self._recovery is not None:
            storage.remove_recovery(self._recovery)
            self._recovery = None
            self._recovery_owned = True
        self.remember(path)
        self._status(f"Saved {shown_name(path)}", 5000)
        return True

    def _may_replace(self, path: Path, session: Session) -> bool:
        """Whether ``session`` may be written over ``path``: never over a signed record it
        would change (a file that does not open as a session is left to the save's checks)."""
        if not path.exists():
            return True
        try:
            on_disk = storage.load_session(path)
            signing.check_change(on_disk, session)
        except storage.SessionFileError:
            return True
        except signing.SignedRecordError:
            self.dialogs.error(
                self._parent,
                "Not saved",
                f"The session was NOT saved.\n\n{shown_name(path)} holds a signed record, which is "
                "never replaced by another session. Choose another name with Save As.",
            )
            return False
        return True

    # --- signed records and the audit log ---------------------------------------------------

    def write_record(self, record: Session) -> bool:
        """Write the open session signed, or with an amendment added, over its own file.

        ``record`` must hold the document's content (``signing.sign`` or ``signing.amend`` of
        it). It is written only if it still verifies once written and read back, and only over
        the file as it was opened; then it is reopened: read-only, its undo history starting
        at the signature.

        Returns:
            Whether the file was written; why not is said in a dialog.
        """
        path = self._doc.path
        problem = "the session must be saved in its own file first."
        if path is not None and not (self._doc.opened_read_only or self._doc.is_modified()):
            problem = self._record_problem(path, record) or ""
        if not problem and path is not None:
            try:
                storage.save_session(record, path)
            except storage.SaveError as exc:
                problem = str(exc)
        if problem or path is None:
            self.dialogs.error(self._parent, "Not written", f"Nothing was written: {problem}")
            return False
        self._stamp = storage.stamp(path)
        self._doc.reset(record, path)
        self._verified(verify_here(record))
        if self._recovery is not None:
            storage.remove_recovery(self._recovery)
            self._recovery = None
        self.remember(path)
        return True

    def _record_problem(self, path: Path, record: Session) -> str | None:
        if storage.changed_since(path, self._stamp):
            return (
                f"{path.name} was changed by another program or user since it was opened. "
                "Open it again, check it, then sign or amend it."
            )
        again = storage.parse_session(storage.dumps_session(record))
        if again != record or signing.integrity_problem(again) is not None:
            return "the signed record would not verify once saved."
        return None

    def record_audit(self, action: AuditAction) -> str:
        """Add ``action`` ("printed", "exported") to the audit log; say what became of it.

        The entry is written to the file at once only when that writes nothing else: the
        session is saved and unchanged, its file is its own and as it was opened. A signed
        record's file is written too (the audit log lies outside what was signed). Otherwise
        the entry goes to the file with the next save.

        Returns:
            A sentence for the status bar about the audit log.
        """
        session = self._doc.record_audit(action)
        path = self._doc.path
        if path is None or self._doc.is_modified():
            return "Noted in the audit log, which is written with the next save."
        if self._doc.opened_read_only or storage.changed_since(path, self._stamp):
            return "Not noted in the file's audit log: the file is open elsewhere or was changed."
        try:
            storage.save_session(session, path)
        except storage.SaveError as exc:
            return f"Not noted in the file's audit log: {exc}"
        self._stamp = storage.stamp(path)
        return f"Noted in the audit log of {path.name} (the file was saved)."

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
        if self._doc.read_only:  # signed (or damaged) since the work was kept
            self._restore_as_copy(recovered, shown_name(original) if original else "The file")
            self._recovery, self._recovery_owned = info.path, True
            return True
        if original is not None and info.original_changed():
            # Compare the next save with the file as the autosave knew it: it asks first.
            self._stamp = storage.FileStamp(0, 0, info.original_sha256 or "")
        self._doc.restore(recovered, "Restore unsaved changes")
        self._recovery, self._recovery_owned = info.path, True
        if taken.note:
            self._status(f"Unsaved changes restored{taken.note}", 10000)
        return True

    def _restore_as_copy(self, recovered: Session, name: str) -> None:
        """The file was signed (or is damaged) since the work was kept: nothing may be added to
        it, so the work opens as an untitled copy, and the record stays as it is."""
        self._adopt(Session(), None)
        self._doc.restore(recovered.model_copy(update={"id": new_id()}), "Restore unsaved changes")
        self.dialogs.error(
            self._parent,
            "Restored as a copy",
            f"{name} is a signed record now, so the unsaved changes kept for it cannot be added "
            "to it. They are opened as an untitled session: compare it with the signed record "
            "and add what is missing as an amendment (File → Amend…).",
        )
