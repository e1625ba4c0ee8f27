"""The language chosen in Preferences, read at start before anything heavy is loaded (by the
window, and by the commands, which speak the same language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

from bodymap import i18n

ORGANISATION = "bodymap"
APPLICATION = "bodymap"
"""The names QSettings files the preferences under."""
LANGUAGE_KEY = "language"
"""The setting: a language code of ``i18n.LANGUAGES``, or "" to follow the system."""


def chosen_language() -> str | None:
    """The language chosen in Preferences, or None to follow the system's."""
    value = str(QSettings().value(LANGUAGE_KEY, "", type=str))
    return value if value in i18n.LANGUAGES else None


def name_the_settings() -> None:
    """Name the application for QSettings (there may be no QCoreApplication yet)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
