"""The language chosen in Preferences, read at start before anything heavy is loaded."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from bodymap import i18n

LANGUAGE_KEY = "language"
"""The setting: a language code of ``i18n.LANGUAGES``, or "" to follow the system."""


def chosen_language() -> str | None:
    """The language chosen in Preferences, or None to follow the system's."""
    value = str(QSettings().value(LANGUAGE_KEY, "", type=str))
    return value if value in i18n.LANGUAGES else None
