"""FileController: New, Open, Save, Save As and recent files.

Dirty state comes only from the document's undo stack. Nothing a clinician did is lost: a
failed save leaves the document unsaved with a message, and unsaved changes are copied to a
recovery file until they are saved (:mod:`bodymap.ui.recovery`).

Signed records (docs/adr/0006-signed-records.md): every file opened is verified
(:attr:`FileController.verification`), and one changed after it was signed opens read-only.
Each save adds "created" or "edited" to the session's audit log; printing and exporting add
theirs through :meth:`FileController.record_audit`. No file holding a signed record is ever
written over by a session that differs from it (amendments and audit entries aside); a signed
or amended record is written by :mod:`bodymap.ui.record_files`.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from bodymap import history, signing, storage
from bodymap.anatomy import asset_path
from bodymap.i18n import translate
from bodymap.model import AuditAction, Session, new_id
from bodymap.ui import preferences
from bodymap.ui.confirming import confirm_warnings
from bodymap.ui.dialogs import Dialogs, StatusSink, Unsaved
from bodymap.ui.document import SessionDocument
from bodymap.ui.document.session_document import CHANGED_AFTER_SIGNING
from bodymap.ui.file_locks import OpenFile, holder_text, shown_name, take_lock
from bodymap.ui.record_files import RecordWriter, verify_here
from bodymap.ui.recovery import Recovery

MAX_RECENT = 8
EXAMPLE_NAME = "example-session.bodymap.json"
_DAMAGED = (signing.VerifyState.ALTERED, signing.VerifyState.BROKEN)


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
        self._opened = OpenFile()
        self.verification: signing.VerifyResult = verify_here(doc.session)
        """What verifying the open session found (unsigned for a new one)."""
        self._recovery = Recovery(doc, self._opened, dialogs, status, parent, self._adopt)
        self._records = RecordWriter(doc, self._opened, dialogs, parent)
        self.autosave_timer = self._recovery.timer
        """Runs from the first unsaved change until its copy is in the recovery file."""

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
        return (
            shown_name(self._doc.path) if self._doc.path else translate("files", "Untitled session")
        )

    def confirm_discard(self) -> bool:
        """Make sure unsaved changes are saved or knowingly discarded; False means stop.

        Text typed in a field that refuses it (a date not yet complete) counts as an unsaved
        change: it is not in the session, and closing would lose it unasked.
        """
        if not (self._doc.is_modified() or self._doc.audit_unsaved or self.pending_input()):
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
        self._recovery.release()
        held = self._opened.lock
        if held is not None and (keep is None or keep.path != held.path):
            held.release()
        self._opened.lock = None
        self._opened.stamp = None

    def _adopt(
        self,
        session: Session,
        path: Path | None,
        *,
        read_only: bool = False,
        lock: storage.Lock | None = None,
    ) -> None:
        """Make ``session`` the document's; a record changed after signing opens read-only.

        Text the fields refused belongs to the session left: it is forgotten."""
        from bodymap.ui.panels.fields import ValidatedField

        for field in self._parent.findChildren(ValidatedField):
            field.discard_input()
        self._release(keep=lock)
        result = verify_here(session)
        if result.state in _DAMAGED:
            self._doc.reset(session, path, read_only=True, reason=CHANGED_AFTER_SIGNING)
        else:
            self._doc.reset(session, path, read_only=read_only)
        self._opened.lock = lock
        if path is not None:
            self._opened.stamp = storage.stamp(path)
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
            self.dialogs.error(
                self._parent, translate("files", "Cannot open the example"), str(exc)
            )
            return False
        self.begin(session)
        self._status(translate("files", "Example session opened (not saved)."), 8000)
        return True

    def _load(self, path: Path) -> bool:
        # The name the user chose is kept (shown, remembered); the lock is on the real file.
        path = path.absolute()
        restored = self._recovery.offer_for(path)
        if restored is None:  # in use, and not opened at the user's word
            return False
        if restored:
            self.remember(path)
            return True
        try:
            session = storage.load_session(path)
        except storage.SessionFileError as exc:
            self.dialogs.error(
                self._parent,
                translate("files", "Cannot open session"),
                translate("files", "{file}: {problem}").format(file=shown_name(path), problem=exc),
            )
            return False
        storage.cleanup_temp_files(path.parent)
        taken = take_lock(path, self.dialogs, self._parent)
        if taken is None:
            return False
        self._adopt(session, path, read_only=taken.read_only, lock=taken.lock)
        self.remember(path)
        if self._doc.read_only:
            opened = translate("files", "{file} read-only{note}")
        else:
            opened = translate("files", "{file} opened{note}")
        self._status(opened.format(file=shown_name(path), note=taken.note), 8000)
        return True

    def pending_input(self) -> list[str]:
        """What fields of the window show but the session does not hold, each as its message
        ("Date of birth: '1958-07' is not a date; ... Not recorded."). The field being typed
        in is finished first, as leaving it would."""
        from PySide6.QtWidgets import QApplication, QLineEdit

        from bodymap.ui.panels.fields import ValidatedField

        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and focused.isModified():
            focused.editingFinished.emit()
        return [f.error_text for f in self._parent.findChildren(ValidatedField) if f.error_text]

    def _say_pending(self, pending: list[str]) -> None:
        self.dialogs.error(
            self._parent,
            translate("files", "Not saved"),
            translate(
                "files",
                "Typed input is not recorded:\n{fields}\n\nCorrect it or clear it, then save.",
            ).format(fields="\n".join(pending)),
        )

    def save(self) -> bool:
        """Save to the current file (or ask for one); True when the file holds the session.

        Not while a field shows input the session does not hold (the user is told which)."""
        pending = self.pending_input()
        if pending:
            self._say_pending(pending)
            return False
        path = self._doc.path
        if path is None or self._doc.opened_read_only:
            return self.save_as()
        unchanged = not (self._doc.is_modified() or self._doc.audit_unsaved)
        if unchanged and not storage.changed_since(path, self._opened.stamp):
            # Nothing to write: an "edited" line in the audit log would say otherwise.
            self._status(
                translate("files", "Nothing to save: {file} is as saved.").format(file=path.name),
                5000,
            )
            return True
        return self._write(path)

    def save_as(self) -> bool:
        """Ask for a file name and save there; the place proposed is in the clinic folder (a
        copy of a file gets a session id of its own, unless it is a signed record: its copy
        is the same record)."""
        pending = self.pending_input()
        if pending:
            self._say_pending(pending)
            return False
        suggestion, made = self.proposed_place()
        path = self.dialogs.save_path(self._parent, str(suggestion))
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
            reason = storage.change_reason(path, self._opened.stamp)
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
        lock = self._opened.lock
        if not same_file or self._doc.opened_read_only:
            # Another file, or this one while someone else may hold it: lock it first.
            try:
                lock = storage.acquire_lock(path)
            except storage.LockedError as exc:
                text = translate("files", "\u201c{file}\u201d is in use: open by {holder}.").format(
                    file=shown_name(path), holder=holder_text(exc.owner)
                )
                self.dialogs.error(self._parent, translate("files", "Not saved"), text)
                return False
            except OSError:
                lock = None
        try:
            storage.save_session(session, path)
        except storage.SaveError as exc:
            if lock is not None and lock is not self._opened.lock:
                lock.release()
            self.dialogs.error(
                self._parent,
                translate("files", "Not saved"),
                translate("files", "The session was NOT saved.\n\n{problem}").format(problem=exc),
            )
            return False
        held = self._opened.lock
        if lock is not held:
            if held is not None and (lock is None or lock.path != held.path):
                held.release()
            self._opened.lock = lock
        self._opened.stamp = storage.stamp(path)
        self._doc.mark_saved(path, session)
        self._recovery.saved()
        self.remember(path)
        self._status(translate("files", "Saved {file}").format(file=shown_name(path)), 5000)
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
            if not _holds_a_signature(path):
                return True
            # A signed record this version cannot read (a newer format): it is not replaced
            # any more than one it can read.
        except signing.SignedRecordError:
            pass
        else:
            return True
        self.dialogs.error(
            self._parent,
            translate("files", "Not saved"),
            translate(
                "files",
                "The session was NOT saved.\n\n{file} holds a signed record, which is never "
                "replaced by another session. Choose another name with Save As.",
            ).format(file=shown_name(path)),
        )
        return False

    # --- signed records, the audit log, autosave and recovery ---------------------------------

    def write_record(self, record: Session) -> bool:
        """Write the open session signed, or with an amendment added, over its own file.

        ``record`` must hold the document's content (``signing.sign`` or ``signing.amend`` of
        it); it is written as :meth:`RecordWriter.write` writes it. Then it is reopened:
        read-only, its undo history starting at the signature.

        Returns:
            Whether the file was written; why not is said in a dialog.
        """
        path = self._records.write(record)
        if path is None:
            return False
        self._doc.reset(record, path)
        self._verified(verify_here(record))
        self._recovery.saved()
        self.remember(path)
        return True

    def record_audit(self, action: AuditAction) -> str:
        """Add ``action`` ("printed", "exported") to the audit log; say what became of it
        (:meth:`RecordWriter.record_audit`)."""
        return self._records.record_audit(action)

    def autosave_now(self) -> Path | None:
        """Copy unsaved changes to the recovery file now; the session stays unsaved."""
        return self._recovery.autosave_now()

    def offer_recovery(self) -> bool:
        """At start: offer unsaved work left by a session that did not end cleanly
        (:meth:`Recovery.offer`)."""
        return self._recovery.offer()


def _holds_a_signature(path: Path) -> bool:
    """Whether the file at ``path``, though not a session this version reads, is JSON whose
    session carries a signature."""
    import json

    try:
        document = json.loads(storage.read_regular(path, storage.MAX_FILE_BYTES))
    except (OSError, ValueError, RecursionError):
        return False
    inner = document.get("session") if isinstance(document, dict) else None
    return isinstance(inner, dict) and bool(inner.get("signature"))
