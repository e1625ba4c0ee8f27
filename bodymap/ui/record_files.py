"""Signed records in the window's files: verifying what is opened, writing a signed or amended
record over its own file, and writing notes of the audit log (docs/adr/0006-signed-records.md).

A record is written only over the file as it was opened, and only if it still verifies once
written and read back. A note ("printed", "exported") goes to the file at once only when that
writes nothing else; otherwise it is written with the next save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from bodymap import signing, storage
from bodymap.i18n import translate
from bodymap.model import AuditAction, Session
from bodymap.ui import preferences
from bodymap.ui.dialogs import Dialogs
from bodymap.ui.document import SessionDocument
from bodymap.ui.file_locks import OpenFile


def clinic_keys(session: Session) -> signing.KeyRing | None:
    """The keys registered in the clinic folder of the preferences, for a session that carries
    a signature or amendments; None for a draft, which needs no keys (the clinic folder,
    perhaps on a network share, is not read for it)."""
    if session.signature is None and not session.amendments:
        return None
    return signing.load_key_ring(preferences.clinic_folder())


def verify_here(session: Session) -> signing.VerifyResult:
    """Verify ``session`` against the keys registered in the clinic folder of the preferences
    (:func:`clinic_keys`)."""
    return signing.verify_session(session, clinic_keys(session) or signing.KeyRing({}))


class RecordWriter:
    """Writes a signed or amended record, and audit notes, into the document's own file."""

    def __init__(
        self, doc: SessionDocument, opened: OpenFile, dialogs: type[Dialogs], parent: QWidget
    ) -> None:
        self._doc = doc
        self._opened = opened
        self._dialogs = dialogs
        self._parent = parent

    def write(self, record: Session) -> Path | None:
        """Write ``record`` over the document's file, which must be saved and unchanged.

        ``record`` must hold the document's content (``signing.sign`` or ``signing.amend`` of
        it). It is written only if it still verifies once written and read back, and only over
        the file as it was opened.

        Returns:
            The file written, or None; why not is said in a dialog.
        """
        path = self._doc.path
        problem = translate("record_files", "the session must be saved in its own file first.")
        if path is not None and not (self._doc.opened_read_only or self._doc.is_modified()):
            problem = self._problem(path, record) or ""
        if not problem and path is not None:
            try:
                storage.save_session(record, path)
            except storage.SaveError as exc:
                problem = str(exc)
        if problem or path is None:
            self._dialogs.error(
                self._parent,
                translate("record_files", "Not written"),
                translate("record_files", "Nothing was written: {problem}").format(problem=problem),
            )
            return None
        self._opened.stamp = storage.stamp(path)
        return path

    def _problem(self, path: Path, record: Session) -> str | None:
        if storage.changed_since(path, self._opened.stamp):
            return translate(
                "record_files",
                "{file} was changed by another program or user since it was opened. Open it "
                "again, check it, then sign or amend it.",
            ).format(file=path.name)
        again = storage.parse_session(storage.dumps_session(record))
        if again != record or signing.integrity_problem(again) is not None:
            return translate("record_files", "the signed record would not verify once saved.")
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
            return translate(
                "record_files", "Noted in the audit log, which is written with the next save."
            )
        if self._doc.opened_read_only or storage.changed_since(path, self._opened.stamp):
            self._doc.audit_not_kept()
            return translate(
                "record_files",
                "Not noted in the file's audit log: the file is open elsewhere or was changed.",
            )
        try:
            storage.save_session(session, path)
        except storage.SaveError as exc:
            self._doc.audit_not_kept()
            return translate("record_files", "Not noted in the file's audit log: {problem}").format(
                problem=exc
            )
        self._opened.stamp = storage.stamp(path)
        self._doc.mark_saved(path)  # the entry is in the file
        return translate(
            "record_files", "Noted in the audit log of {file} (the file was saved)."
        ).format(file=path.name)
