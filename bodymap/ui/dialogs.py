"""The window's seams towards the user: modal questions (:class:`Dialogs`) and the status bar.

Controllers are handed these instead of the window, so that tests answer the questions without
showing a dialog and read the messages without a status bar. A run nobody watches (``--smoke``)
uses :class:`NonInteractiveDialogs`, which never waits: it gives the safe answer and says so on
stderr. Every message box shows its text as plain text (file names and lock holders are data).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bodymap.i18n import QT_TRANSLATE_NOOP, Context, escaped, translate
from bodymap.ui.plain_text import ask, message_box

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from bodymap.ui.signing_forms import AmendForm, AmendRequest, SignForm, SignRequest

dialogs = Context("dialogs")


def file_filter() -> str:
    """The session files a file dialog offers, in the installed language."""
    return translate(
        "dialogs", "bodymap sessions (*.bodymap.json);;JSON files (*.json);;All files (*)"
    )


_ANYWAY = {
    "save": (
        QT_TRANSLATE_NOOP("dialogs", "Save anyway"),
        QT_TRANSLATE_NOOP("dialogs", "Save anyway, or go back and correct them?"),
    ),
    "print": (
        QT_TRANSLATE_NOOP("dialogs", "Print anyway"),
        QT_TRANSLATE_NOOP("dialogs", "Print anyway, or go back and correct them?"),
    ),
    "export": (
        QT_TRANSLATE_NOOP("dialogs", "Export anyway"),
        QT_TRANSLATE_NOOP("dialogs", "Export anyway, or go back and correct them?"),
    ),
    "sign": (
        QT_TRANSLATE_NOOP("dialogs", "Sign anyway"),
        QT_TRANSLATE_NOOP("dialogs", "Sign anyway, or go back and correct them?"),
    ),
}
"""The button and the question before an action with warning-level problems, by action."""
_Button = QMessageBox.StandardButton
_Icon = QMessageBox.Icon
_log = logging.getLogger(__name__)

MAX_LISTED = 8
"""Problems listed in the question before Save, Print or Export; more are counted, so the
buttons stay on screen."""

StatusSink = Callable[[str, int], None]
"""Shows a one-line message for some milliseconds (``QStatusBar.showMessage``)."""


class Unsaved(enum.Enum):
    """Answer to "save your changes?"."""

    SAVE = enum.auto()
    DISCARD = enum.auto()
    CANCEL = enum.auto()


class InUse(enum.Enum):
    """Answer to "this file is open on another computer": what to do instead."""

    TAKE_OVER = enum.auto()
    """Take the other computer's lock and edit (its user's unsaved changes may then clash)."""
    READ_ONLY = enum.auto()
    CANCEL = enum.auto()


class Dialogs:
    """Modal questions, in one place so tests can answer them without showing a window.

    File names and lock holders come in already isolated for display
    (``plain_text.isolated``); the boxes show them as plain text.
    """

    interactive: ClassVar[bool] = True
    """Whether someone answers: False for a run that must never wait (``--smoke``)."""

    @staticmethod
    def open_path(parent: QWidget, folder: str) -> Path | None:
        """Ask for a session file to open."""
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("dialogs", "Open session"), folder, file_filter()
        )
        return Path(name) if name else None

    @staticmethod
    def save_path(parent: QWidget, suggestion: str) -> Path | None:
        """Ask where to save; ``.bodymap.json`` is added to a name typed without it (and a
        file that name then names is replaced only if the user says so)."""
        from bodymap import storage

        name, _ = QFileDialog.getSaveFileName(
            parent, translate("dialogs", "Save session"), suggestion, file_filter()
        )
        if not name:
            return None
        return _with_suffix(parent, Path(name), storage.SUFFIX, (".json",))

    @staticmethod
    def clinic_folder(
        parent: QWidget, default: Path, missing: Path | None, problem: str
    ) -> Path | None:
        """Ask where the clinic's sessions are kept (first start, or the folder is missing).

        Args:
            default: the folder offered first ("bodymap sessions" in the documents).
            missing: the folder chosen before that cannot be found now; None on first start.
            problem: why the previous answer could not be used (empty at first).

        Returns:
            The folder chosen (created or checked by the caller), or None for "not now".
        """
        from bodymap.ui.first_run import ClinicFolderDialog

        return ClinicFolderDialog.ask(parent, default, missing, problem)

    @staticmethod
    def unsaved(parent: QWidget, name: str) -> Unsaved:
        """Ask whether to save changes before they would be lost."""
        answer = ask(
            parent,
            _Icon.Warning,
            translate("dialogs", "Unsaved changes"),
            translate(
                "dialogs",
                "\u201c{name}\u201d has changes that are not saved.\n\n"
                "Save them before continuing?",
            ).format(name=name),
            _Button.Save | _Button.Discard | _Button.Cancel,
            _Button.Save,
        )
        if answer == _Button.Save:
            return Unsaved.SAVE
        if answer == _Button.Discard:
            return Unsaved.DISCARD
        return Unsaved.CANCEL

    @staticmethod
    def error(parent: QWidget, title: str, text: str) -> None:
        """Tell the user something failed and why."""
        message_box(parent, _Icon.Critical, title, text).exec()

    @staticmethod
    def inform(parent: QWidget, title: str, text: str) -> None:
        """Tell the user something that was done (plain text)."""
        message_box(parent, QMessageBox.Icon.Information, title, text).exec()

    @staticmethod
    def sign(parent: QWidget, form: SignForm) -> SignRequest | None:
        """File → Sign…: who signs, the meaning, warnings confirmed, the passphrase."""
        from bodymap.ui.sign_dialog import SignDialog

        return SignDialog.ask(parent, form)

    @staticmethod
    def amend(parent: QWidget, form: AmendForm) -> AmendRequest | None:
        """File → Amend…: author, reason, text, a correction, the passphrase."""
        from bodymap.ui.amend_dialog import AmendDialog

        return AmendDialog.ask(parent, form)

    @staticmethod
    def properties(parent: QWidget, text: str) -> None:
        """File → Properties: show ``text`` (plain, selectable, copyable)."""
        from bodymap.ui.properties import PropertiesDialog

        PropertiesDialog(text, parent).exec()

    @staticmethod
    def confirm_warnings(parent: QWidget, action: str, problems: Sequence[str]) -> bool:
        """List the warning-level problems and ask once: "Go back" (False, the default) or
        "<action> anyway" (True), e.g. "Save anyway". Plain text: problems quote typed text."""
        listed = [f"\u2022 {p}" for p in problems[:MAX_LISTED]]
        if len(problems) > MAX_LISTED:
            listed.append(
                dialogs.tr(
                    "\u2026 and %n more (see the Procedure tab).", None, len(problems) - MAX_LISTED
                )
            )
        button, question = _ANYWAY[action]
        box = message_box(
            parent,
            _Icon.Warning,
            translate("dialogs", "Check before continuing"),
            dialogs.tr("This session has %n warnings to confirm:", None, len(problems))
            + "\n\n"
            + "\n\n".join(listed)
            + "\n\n"
            + translate("dialogs", question),
            _Button.NoButton,
        )
        back = box.addButton(translate("dialogs", "Go back"), QMessageBox.ButtonRole.RejectRole)
        anyway = box.addButton(translate("dialogs", button), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is anyway

    @staticmethod
    def open_read_only(parent: QWidget, name: str, owner: str) -> bool:
        """The file is locked by someone else on this computer: open it read-only?"""
        answer = ask(
            parent,
            _Icon.Question,
            translate("dialogs", "Session in use"),
            translate(
                "dialogs",
                "\u201c{name}\u201d is open elsewhere.\n{owner}\n\nOpen a read-only copy?",
            ).format(name=name, owner=owner),
            _Button.Open | _Button.Cancel,
            _Button.Cancel,
        )
        return answer == _Button.Open

    @staticmethod
    def locked_elsewhere(parent: QWidget, name: str, holder: str) -> InUse:
        """The file is locked from another computer: take the lock over, open it read-only,
        or leave it? ``holder`` names who and since when."""
        box = message_box(
            parent,
            _Icon.Question,
            translate("dialogs", "Session in use on another computer"),
            translate(
                "dialogs",
                "\u201c{name}\u201d is open on another computer: {holder}\n\n"
                "Take it over only if that computer has stopped using it (it crashed, or was "
                "switched off). Changes its user has not saved may then clash with yours.",
            ).format(name=name, holder=holder),
            _Button.Cancel,
        )
        take = box.addButton(
            translate("dialogs", "&Take Over"), QMessageBox.ButtonRole.DestructiveRole
        )
        read_only = box.addButton(
            translate("dialogs", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is take:
            return InUse.TAKE_OVER
        if box.clickedButton() is read_only:
            return InUse.READ_ONLY
        return InUse.CANCEL

    @staticmethod
    def overwrite_changed(parent: QWidget, name: str, reason: str) -> bool:
        """The file changed on disk since it was opened (``reason`` says how): save over it?"""
        answer = ask(
            parent,
            _Icon.Warning,
            translate("dialogs", "File changed on disk"),
            translate(
                "dialogs",
                "\u201c{name}\u201d has changed since you opened it: {reason}.\n\n"
                "Save your version over it? (Choose Cancel and then Save As to keep both.)",
            ).format(name=name, reason=reason),
            _Button.Save | _Button.Cancel,
            _Button.Cancel,
        )
        return answer == _Button.Save

    @staticmethod
    def restore(parent: QWidget, description: str) -> bool:
        """Offer unsaved work found after bodymap did not close properly."""
        answer = ask(
            parent,
            _Icon.Question,
            translate("dialogs", "Restore unsaved work?"),
            translate(
                "dialogs",
                "bodymap did not close properly last time.\n\n"
                "Unsaved changes to {session} were kept. Restore them?",
            ).format(session=description),
            _Button.Yes | _Button.Discard,
            _Button.Yes,
        )
        return answer == _Button.Yes

    @staticmethod
    def print_setup(parent: QWidget, printer: QPrinter) -> bool:
        """Let the user choose the printer (or a file) and its settings; False: cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    @staticmethod
    def pdf_path(parent: QWidget, suggestion: str) -> Path | None:
        """Ask where to write the record as PDF; adds the .pdf extension when missing."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("dialogs", "Export PDF"),
            suggestion,
            translate("dialogs", "PDF (*.pdf)"),
        )
        if not name:
            return None
        return _with_suffix(parent, Path(name), ".pdf")

    @staticmethod
    def export_path(parent: QWidget, title: str, suggestion: str, pattern: str) -> Path | None:
        """Ask where to write an export; the suffix of ``suggestion`` is added when missing."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, pattern)
        if not name:
            return None
        return _with_suffix(parent, Path(name), Path(suggestion).suffix)


def _with_suffix(
    parent: QWidget, path: Path, suffix: str, accepted: tuple[str, ...] = ()
) -> Path | None:
    """``path`` with ``suffix`` added when it ends in neither it nor one of ``accepted``.

    The file dialog asked before replacing the name that was typed, not the one with the
    suffix added: when that names an existing file, ask now. None: not to be replaced.
    """
    if path.name.lower().endswith((suffix.lower(), *accepted)):
        return path
    path = path.with_name(path.name + suffix)
    if not path.exists():
        return path
    answer = ask(
        parent,
        _Icon.Warning,
        translate("dialogs", "Replace the file?"),
        translate("dialogs", "“{name}” already exists. Replace it?").format(name=path.name),
        _Button.Yes | _Button.Cancel,
        _Button.Cancel,
    )
    return path if answer == _Button.Yes else None


def _say(text: str) -> None:
    """Log ``text`` for whoever reads stderr, escaped so a name cannot fake a terminal line."""
    _log.warning("%s", escaped(text))


class NonInteractiveDialogs(Dialogs):
    """The dialogs of a run nobody watches: no question waits for an answer.

    Each gives the answer that loses and overwrites nothing (cancel, or read-only) and says
    on stderr (as a warning in the log) what was asked and answered.
    """

    interactive: ClassVar[bool] = False

    @staticmethod
    def open_path(parent: QWidget, folder: str) -> Path | None:
        _say(translate("dialogs", "asked for a file to open: none (nobody to answer)"))
        return None

    @staticmethod
    def save_path(parent: QWidget, suggestion: str) -> Path | None:
        _say(translate("dialogs", "asked where to save: not saved (nobody to answer)"))
        return None

    @staticmethod
    def unsaved(parent: QWidget, name: str) -> Unsaved:
        _say(
            translate(
                "dialogs",
                "\u201c{name}\u201d has unsaved changes: kept, nothing discarded "
                "(nobody to answer)",
            ).format(name=name)
        )
        return Unsaved.CANCEL

    @staticmethod
    def error(parent: QWidget, title: str, text: str) -> None:
        _say(f"{title}: {text}")

    @staticmethod
    def open_read_only(parent: QWidget, name: str, owner: str) -> bool:
        _say(
            translate(
                "dialogs", "\u201c{name}\u201d is open elsewhere ({owner}): opened read-only"
            ).format(name=name, owner=owner)
        )
        return True

    @staticmethod
    def locked_elsewhere(parent: QWidget, name: str, holder: str) -> InUse:
        _say(
            translate(
                "dialogs",
                "\u201c{name}\u201d is open on another computer ({holder}): opened read-only",
            ).format(name=name, holder=holder)
        )
        return InUse.READ_ONLY

    @staticmethod
    def overwrite_changed(parent: QWidget, name: str, reason: str) -> bool:
        _say(
            translate(
                "dialogs", "\u201c{name}\u201d changed on disk ({reason}): not overwritten"
            ).format(name=name, reason=reason)
        )
        return False

    @staticmethod
    def restore(parent: QWidget, description: str) -> bool:
        _say(
            translate("dialogs", "unsaved changes to {session} are kept for the next start").format(
                session=description
            )
        )
        return False

    @staticmethod
    def print_setup(parent: QWidget, printer: QPrinter) -> bool:
        _say(translate("dialogs", "asked for a printer: not printed (nobody to answer)"))
        return False

    @staticmethod
    def pdf_path(parent: QWidget, suggestion: str) -> Path | None:
        _say(translate("dialogs", "asked where to write a PDF: not written (nobody to answer)"))
        return None

    @staticmethod
    def export_path(parent: QWidget, title: str, suggestion: str, pattern: str) -> Path | None:
        _say(translate("dialogs", "{title}: not written (nobody to answer)").format(title=title))
        return None
