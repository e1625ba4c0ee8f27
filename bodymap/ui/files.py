"""FileController: New, Open, Save, Save As, recent files and the unsaved-changes prompt."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from bodymap import storage
from bodymap.anatomy import asset_path
from bodymap.model import Session
from bodymap.ui.commands import ReplaceSessionCommand

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

MAX_RECENT = 8
AUTOSAVE_MS = 30_000
"""Unsaved changes are copied to a recovery file this long after the first of them."""
EXAMPLE_NAME = "example-session.bodymap.json"
FILE_FILTER = "bodymap sessions (*.bodymap.json);;JSON files (*.json);;All files (*)"


class Unsaved(enum.Enum):
    """Answer to "save your changes?"."""

    SAVE = enum.auto()
    DISCARD = enum.auto()
    CANCEL = enum.auto()


class Dialogs:
    """Modal questions, in one place so tests can answer them without showing a window."""

    @staticmethod
    def open_path(parent: QWidget, folder: str) -> Path | None:
        """Ask for a session file to open."""
        name, _ = QFileDialog.getOpenFileName(parent, "Open session", folder, FILE_FILTER)
        return Path(name) if name else None

    @staticmethod
    def save_path(parent: QWidget, suggestion: str) -> Path | None:
        """Ask where to save; adds the .bodymap.json extension when missing."""
        name, _ = QFileDialog.getSaveFileName(parent, "Save session", suggestion, FILE_FILTER)
        if not name:
            return None
        path = Path(name)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + storage.SUFFIX)
        return path

    @staticmethod
    def unsaved(parent: QWidget, name: str) -> Unsaved:
        """Ask whether to save changes before they would be lost."""
        answer = QMessageBox.warning(
            parent,
            "Unsaved changes",
            f"“{name}” has changes that are not saved.\n\nSave them before continuing?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return Unsaved.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Unsaved.DISCARD
        return Unsaved.CANCEL

    @staticmethod
    def error(parent: QWidget, title: str, text: str) -> None:
        """Tell the user something failed and why."""
        QMessageBox.critical(parent, title, text)

    @staticmethod
    def open_read_only(parent: QWidget, name: str, owner: str) -> bool:
        """The file is locked by someone else: open it read-only?"""
        answer = QMessageBox.question(
            parent,
            "Session in use",
            f"“{name}” is open elsewhere.\n{owner}\n\nOpen a read-only copy?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    @staticmethod
    def overwrite_changed(parent: QWidget, name: str) -> bool:
        """The file changed on disk since it was opened: overwrite it anyway?"""
        answer = QMessageBox.warning(
            parent,
            "File changed on disk",
            f"“{name}” was changed by another program or user since you opened it.\n\n"
            "Overwrite those changes with yours? (Choose Cancel and then Save As to keep both.)",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    @staticmethod
    def restore(parent: QWidget, description: str) -> bool:
        """Offer unsaved work found after bodymap did not close properly."""
        answer = QMessageBox.question(
            parent,
            "Restore unsaved work?",
            "bodymap did not close properly last time.\n\n"
            f"Unsaved changes to {description} were kept. Restore them?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


class FileController(QObject):
    """File commands of one main window. Dirty state comes only from the undo stack."""

    dialogs = Dialogs

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._doc = window.doc
        self._recent_menu: QMenu | None = None
        self._lock: storage.Lock | None = None
        self._stamp: storage.FileStamp | None = None
        self._recovery: Path | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self._doc.undo_stack.indexChanged.connect(self._schedule_autosave)

    # --- menus -----------------------------------------------------------------------------

    def _add(self, menu: QMenu, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def populate_file_menu(self, menu: QMenu) -> None:
        """Add New, Open, Recent, Save, Save As and Quit to ``menu``."""
        self.new_action = self._add(menu, "&New Session", self.new, QKeySequence.StandardKey.New)
        self.open_action = self._add(menu, "&Open…", self.open, QKeySequence.StandardKey.Open)
        self._recent_menu = menu.addMenu("Open &Recent")
        self._recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self.save_action = self._add(menu, "&Save", self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._add(
            menu, "Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs
        )
        menu.addSeparator()
        self.print_menu_anchor = menu.addSeparator()
        self._add(menu, "&Quit", self._window.close, QKeySequence.StandardKey.Quit)

    def populate_help_menu(self, menu: QMenu) -> None:
        """Add Help → Open Example."""
        self._add(menu, "Open &Example Session", self.open_example)

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

    def _fill_recent(self) -> None:
        assert self._recent_menu is not None
        self._recent_menu.clear()
        recent = self.recent_files()
        if not recent:
            self._recent_menu.addAction("No recent sessions").setEnabled(False)
        for path in recent:
            action = self._recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))

    # --- commands --------------------------------------------------------------------------

    def _name(self) -> str:
        return self._doc.path.name if self._doc.path else "Untitled session"

    def confirm_discard(self) -> bool:
        """Make sure unsaved changes are saved or knowingly discarded; False means stop."""
        if not self._doc.is_modified():
            return True
        answer = self.dialogs.unsaved(self._window, self._name())
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
        self._doc.read_only = read_only
        self._doc.reset(session, path)
        if path is not None:
            self._stamp = storage.stamp(path)

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
        path = self.dialogs.open_path(self._window, folder)
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
            self.dialogs.error(self._window, "Cannot open the example", str(exc))
            return False
        self._adopt(session, None)
        self._window.statusBar().showMessage("Example session opened (not saved).", 8000)
        return True

    def _load(self, path: Path) -> bool:
        path = path.absolute()
        try:
            session = storage.load_session(path)
        except storage.SessionFileError as exc:
            self.dialogs.error(self._window, "Cannot open session", f"{path.name}: {exc}")
            return False
        storage.cleanup_temp_files(path.parent)
        lock: storage.Lock | None = None
        read_only = False
        note = ""
        try:
            lock = storage.acquire_lock(path)
        except storage.LockedError as exc:
            if not self.dialogs.open_read_only(self._window, path.name, str(exc)):
                return False
            read_only = True
        except OSError:
            note = " (the folder does not allow a lock file: others are not warned)"
        self._adopt(session, path, read_only=read_only)
        self._lock = lock
        self.remember(path)
        mode = "read-only" if read_only else "opened"
        self._window.statusBar().showMessage(f"{path.name} {mode}{note}", 8000)
        return True

    def save(self) -> bool:
        """Save to the current file (or ask for one); True only if the file was written."""
        if self._doc.path is None or self._doc.read_only:
            return self.save_as()
        return self._write(self._doc.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        suggestion = str(self._doc.path) if self._doc.path else self._suggested_name()
        path = self.dialogs.save_path(self._window, suggestion)
        return self._write(path) if path else False

    def _suggested_name(self) -> str:
        session = self._doc.session
        parts = [session.encounter.date.isoformat() if session.encounter.date else ""]
        parts.append(session.patient.identifier or "session")
        return "-".join(p for p in parts if p) + storage.SUFFIX

    def _write(self, path: Path) -> bool:
        path = path.absolute()
        same_file = path == self._doc.path
        if (
            same_file
            and storage.changed_since(path, self._stamp)
            and not self.dialogs.overwrite_changed(self._window, path.name)
        ):
            return False
        lock = self._lock if same_file else None
        if not same_file:
            try:
                lock = storage.acquire_lock(path)
            except storage.LockedError as exc:
                self.dialogs.error(self._window, "Not saved", f"{path.name} is in use. {exc}")
                return False
            except OSError:
                lock = None
        try:
            storage.save_session(self._doc.session, path)
        except storage.SaveError as exc:
            if lock is not None and lock is not self._lock:
                lock.release()
            self.dialogs.error(self._window, "Not saved", f"The session was NOT saved.\n\n{exc}")
            return False
        if lock is not self._lock:
            if self._lock is not None:
                self._lock.release()
            self._lock = lock
        self._stamp = storage.stamp(path)
        self._doc.read_only = False
        self._doc.set_path(path)
        self._doc.undo_stack.setClean()
        if self._recovery is not None:
            storage.remove_recovery(self._recovery)
            self._recovery = None
        self.remember(path)
        self._window.statusBar().showMessage(f"Saved {path.name}", 5000)
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
            self._window.statusBar().showMessage(f"Autosave failed: {exc}", 10000)
            return None
        return self._recovery

    def offer_recovery(self) -> bool:
        """At start: offer unsaved work left by a session that did not end cleanly."""
        for info in storage.list_recoveries():
            if info.pid_alive:
                continue  # another bodymap window is still working on it
            name = f"“{info.original.name}”" if info.original else "an untitled session"
            when = info.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if not self.dialogs.restore(self._window, f"{name} (autosaved {when})"):
                storage.remove_recovery(info.path)
                continue
            try:
                recovered = storage.load_recovery(info)
            except storage.SessionFileError as exc:
                self.dialogs.error(self._window, "Cannot restore", str(exc))
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
            self._doc.undo_stack.push(
                ReplaceSessionCommand(self._doc, recovered, "Restore unsaved changes")
            )
            self._recovery = info.path
            return True
        return False
