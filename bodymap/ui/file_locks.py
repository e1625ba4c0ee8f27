"""Taking a session file's lock in the window, and asking the user when someone holds it.

The lock is on the file's real path (``storage.lock_path``), so a link to a file open here or
elsewhere finds its lock, while the window shows and remembers the name the user chose. A lock
held on another computer may be taken over, after a question naming its holder and the time.
:class:`OpenFile` keeps the lock of the file open, with its stamp.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from bodymap import storage
from bodymap.i18n import QT_TRANSLATE_NOOP, moment_text, translate
from bodymap.ui.dialogs import Dialogs, InUse
from bodymap.ui.plain_text import isolated

NO_LOCK_NOTE = QT_TRANSLATE_NOOP(
    "files", " (the folder does not allow a lock file: others are not warned)"
)
"""Added to "opened" when no lock could be made (English; translated where shown)."""


def shown_name(path: Path) -> str:
    """A file's name as messages show it (isolated: it may hold right-to-left text)."""
    return isolated(path.name)


def holder_text(owner: Mapping[str, str]) -> str:
    """Who holds a lock and since when, from ``LockedError.owner``: "drsmith on ward-pc since
    2026-11-20 09:50" (user and computer as the lock file names them, isolated)."""
    since = owner.get("since", "")
    try:
        when = dt.datetime.fromisoformat(since)
        local = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone()
    except (ValueError, OverflowError):  # not a time, or one out of the calendar's range
        since = isolated(since) if since else translate("files", "an unknown time")
    else:
        since = moment_text(local)
    user = isolated(owner.get("user", "") or translate("files", "an unknown user"))
    host = isolated(owner.get("host", "") or translate("files", "an unknown computer"))
    return translate("files", "{user} on {host} since {since}").format(
        user=user, host=host, since=since
    )


@dataclass
class OpenFile:
    """The lock and stamp of the file a window edits, shared by the file commands, autosave
    and the writing of signed records."""

    lock: storage.Lock | None = None
    """Our lock on the file (None: untitled, opened read-only, or no lock file could be made)."""
    stamp: storage.FileStamp | None = None
    """The file as it was opened or last written here: a change by anyone else shows against it."""


@dataclass(frozen=True)
class Taken:
    """How a file is opened: with our ``lock`` (None when the folder takes no lock file, or
    when ``read_only``), and a ``note`` for the status bar."""

    lock: storage.Lock | None
    read_only: bool = False
    note: str = ""


def take_lock(path: Path, dialogs: type[Dialogs], parent: QWidget) -> Taken | None:
    """Lock ``path`` for editing, asking the user when someone else holds it.

    Held by another bodymap on this computer: open read-only, or not at all. Held on another
    computer: take the lock over, open read-only, or not at all. Returns None when the user
    chose not to open the file (or the take-over failed, which is said).
    """
    try:
        return Taken(storage.acquire_lock(path))
    except storage.LockedError as exc:
        held = exc
    except OSError:
        return Taken(None, note=translate("files", NO_LOCK_NOTE))
    name = shown_name(path)
    if not held.elsewhere:
        opened = dialogs.open_read_only(parent, name, holder_text(held.owner))
        return Taken(None, read_only=True) if opened else None
    answer = dialogs.locked_elsewhere(parent, name, holder_text(held.owner))
    if answer is InUse.READ_ONLY:
        return Taken(None, read_only=True)
    if answer is not InUse.TAKE_OVER:
        return None
    try:
        note = translate("files", " (lock taken over)")
        return Taken(storage.take_over_lock(path, held.owner), note=note)
    except storage.LockedError as again:
        text = translate(
            "files", "\u201c{file}\u201d was not taken over: it is now open by {holder}."
        ).format(file=name, holder=holder_text(again.owner))
    except OSError as exc:
        reason = exc.strerror or translate("files", "the lock cannot be written")
        text = translate("files", "\u201c{file}\u201d was not taken over: {reason}.").format(
            file=name, reason=reason
        )
    dialogs.error(parent, translate("files", "Session in use"), text)
    return None
