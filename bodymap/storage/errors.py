"""Errors of the storage layer: each message says what is wrong and where, never the data."""

from __future__ import annotations

import socket


class SessionFileError(ValueError):
    """A session file cannot be read: missing, unreadable, malformed or not a bodymap session."""


class SaveError(OSError):
    """A session could not be written; the previous file on disk is unchanged."""


class LockedError(OSError):
    """Someone else has the session file open for editing."""

    def __init__(self, message: str, owner: dict[str, str]) -> None:
        super().__init__(message)
        self.owner = owner
        """Who holds the lock: ``user``, ``host``, ``pid`` and ``since`` (as text)."""

    @property
    def elsewhere(self) -> bool:
        """Whether the holder is on another machine (or unknown): then ``take_over_lock`` may
        take the lock once the user has confirmed, naming the holder and the time."""
        return self.owner.get("host") != socket.gethostname()
