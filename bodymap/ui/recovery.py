"""Autosave and recovery: unsaved changes are kept in a recovery file until they are saved.

The recovery file never marks the document saved: dirty state comes only from the undo stack.
At the next start the work of a session that did not end cleanly is offered again, and a
restore opens it as Open opens its file (locked, or read-only while someone else holds the
file). A file signed since the work was kept is never added to: the work opens as an untitled
copy instead (docs/adr/0006-signed-records.md).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from bodymap import storage
from bodymap.i18n import moment_text, translate
from bodymap.model import Session, new_id
from bodymap.ui.dialogs import Dialogs, StatusSink
from bodymap.ui.document import SessionDocument
from bodymap.ui.file_locks import OpenFile, Taken, shown_name, take_lock

AUTOSAVE_MS = 30_000
"""Unsaved changes are copied to a recovery file this long after the first of them."""


class Adopt(Protocol):
    """How a restored session becomes the document's, as Open makes it (``FileController``)."""

    def __call__(
        self,
        session: Session,
        path: Path | None,
        *,
        read_only: bool = False,
        lock: storage.Lock | None = None,
    ) -> None: ...


class Recovery:
    """The recovery file of one document: written by autosave, offered and restored at start.

    Args:
        doc: the document whose unsaved changes are kept.
        opened: the lock and stamp of the document's file.
        adopt: makes a session the document's, as Open does.
    """

    def __init__(
        self,
        doc: SessionDocument,
        opened: OpenFile,
        dialogs: type[Dialogs],
        status: StatusSink,
        parent: QWidget,
        adopt: Adopt,
    ) -> None:
        self._doc = doc
        self._opened = opened
        self._dialogs = dialogs
        self._status = status
        self._parent = parent
        self._adopt = adopt
        self._path: Path | None = None
        self._owned = True
        """Whether the recovery file goes when the file is closed (False: it holds work
        that was restored read-only and is saved nowhere yet)."""
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave_now)
        doc.undo_stack.indexChanged.connect(self._schedule)

    def _schedule(self) -> None:
        if not shiboken6.isValid(self._doc.undo_stack):
            return  # the window is being destroyed
        if self._doc.is_modified() and not self.timer.isActive():
            self.timer.start()

    def autosave_now(self) -> Path | None:
        """Copy unsaved changes to the recovery file; the session stays unsaved.

        The recovery notes the file as it was opened or last saved (its stamp), so that a
        restore can tell whether the file changed since.
        """
        if not self._doc.is_modified():
            return None
        try:
            written = storage.write_recovery(
                self._doc.session, self._doc.path, base=self._opened.stamp
            )
        except storage.SaveError as exc:
            self._status(
                translate("recovery", "Autosave failed: {problem}").format(problem=exc), 10000
            )
            return None
        if self._path is not None and self._path != written and self._owned:
            storage.remove_recovery(self._path)  # the session's file or id changed
        self._path, self._owned = written, True
        return written

    def saved(self) -> None:
        """The work is in its file now: its recovery file goes."""
        if self._path is not None:
            storage.remove_recovery(self._path)
        self._path, self._owned = None, True

    def release(self) -> None:
        """The file is closed: autosave stops, and the recovery file goes unless it holds
        work that is saved nowhere yet."""
        self.timer.stop()
        if self._path is not None and self._owned:
            storage.remove_recovery(self._path)
        self._path, self._owned = None, True

    def offer(self) -> bool:
        """At start: offer unsaved work left by a session that did not end cleanly.

        Without anyone to answer (``dialogs.interactive`` false) nothing is offered and every
        recovery file is kept. Once one is restored the others are kept: each is offered
        again when its file is opened (:meth:`offer_for`) or at the next start.
        """
        if not self._dialogs.interactive:
            return False
        return any(self._offer(info) for info in storage.list_recoveries())

    def offer_for(self, path: Path) -> bool | None:
        """``path`` is being opened: offer the unsaved work a session that did not end cleanly
        left for it (two windows were open, one was restored at start). Unasked, the first
        autosave would write over it and the first save remove it. The work this window
        restored and keeps autosaving is not offered again; work it restored read-only (kept
        until it is saved somewhere) is.

        Returns:
            True: the work was restored (the file is then open, with it); False: none was,
            open the file as usual; None: the user chose not to open the file (asked while
            restoring, the file being in use).
        """
        if not self._dialogs.interactive:
            return False
        leftovers = [
            info
            for info in storage.list_recoveries()
            if info.original is not None
            and not (info.path == self._path and self._owned)
            and os.path.realpath(info.original) == os.path.realpath(path)
        ]
        for info in leftovers:
            restored = self._offer(info)
            if restored is not False:
                return restored
        return False

    def _offer(self, info: storage.RecoveryInfo) -> bool | None:
        """Offer one recovery file; True when its work was restored, None when its file was
        not opened at the user's word (it is in use), False otherwise."""
        if info.pid_alive:
            return False  # another bodymap window is still working on it
        if info.original:
            name = f"\u201c{shown_name(info.original)}\u201d"
        else:
            name = translate("recovery", "an untitled session")
        when = moment_text(info.saved_at.astimezone())
        change = info.original_change() if info.original and info.original.exists() else None
        description = translate("recovery", "{name} (autosaved {time})").format(
            name=name, time=when
        )
        if change:
            description += translate(
                "recovery", ".\n\nThe file has changed since then: {change}"
            ).format(change=change)
        if not self._dialogs.restore(self._parent, description):
            storage.remove_recovery(info.path)
            return False
        try:
            recovered = storage.load_recovery(info)
        except storage.SessionFileError as exc:
            self._dialogs.error(self._parent, translate("recovery", "Cannot restore"), str(exc))
            return False
        return self._restore(info, recovered)

    def _restore(self, info: storage.RecoveryInfo, recovered: Session) -> bool | None:
        """Restore ``recovered`` over its file as Open opens it: locked, or read-only; None
        when the user chose not to open the file (it is in use)."""
        original = info.original if info.original and info.original.is_file() else None
        base = Session(id=recovered.id)
        if original is not None:
            try:
                base = storage.load_session(original)
            except storage.SessionFileError:
                original = None
        taken = take_lock(original, self._dialogs, self._parent) if original else Taken(None)
        if taken is None:
            self._status(
                translate(
                    "recovery", "The unsaved changes are kept: they are offered at the next start."
                ),
                10000,
            )
            return None
        if original is not None and taken.read_only:
            # Shown as they were, read-only: Save As keeps them as a copy; until then the
            # recovery file stays, to be offered again.
            self._adopt(recovered, original, read_only=True)
            self._path, self._owned = info.path, False
            self._status(
                translate(
                    "recovery",
                    "Unsaved changes to {file} restored read-only: the file is in use. Save As "
                    "keeps them as a copy.",
                ).format(file=shown_name(original)),
                15000,
            )
            return True
        self._adopt(base, original, lock=taken.lock)
        if self._doc.read_only:  # signed (or damaged) since the work was kept
            self._restore_as_copy(
                recovered, shown_name(original) if original else translate("recovery", "The file")
            )
            self._path, self._owned = info.path, True
            return True
        if original is not None and info.original_changed():
            # Compare the next save with the file as the autosave knew it: it asks first.
            self._opened.stamp = storage.FileStamp(0, 0, info.original_sha256 or "")
        self._doc.restore(recovered, translate("recovery", "Restore unsaved changes"))
        self._path, self._owned = info.path, True
        if taken.note:
            self._status(
                translate("recovery", "Unsaved changes restored{note}").format(note=taken.note),
                10000,
            )
        return True

    def _restore_as_copy(self, recovered: Session, name: str) -> None:
        """The file was signed (or is damaged) since the work was kept: nothing may be added to
        it, so the work opens as an untitled copy, and the record stays as it is."""
        self._adopt(Session(), None)
        self._doc.restore(
            recovered.model_copy(update={"id": new_id()}),
            translate("recovery", "Restore unsaved changes"),
        )
        self._dialogs.error(
            self._parent,
            translate("recovery", "Restored as a copy"),
            translate(
                "recovery",
                "{name} is a signed record now, so the unsaved changes kept for it cannot be "
                "added to it. They are opened as an untitled session: compare it with the signed "
                "record and add what is missing as an amendment (File \u2192 Amend\u2026).",
            ).format(name=name),
        )
