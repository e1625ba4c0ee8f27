"""View options the window remembers between runs: high contrast and the colour key."""

from __future__ import annotations

from PySide6.QtCore import QSettings

HIGH_CONTRAST_KEY = "view/high_contrast"
COLOUR_KEY_KEY = "view/colour_key"


def high_contrast() -> bool:
    """Whether the map is drawn with thicker outlines and larger labels (default: no)."""
    return bool(QSettings().value(HIGH_CONTRAST_KEY, False, type=bool))


def set_high_contrast(on: bool) -> None:
    """Remember the high-contrast choice (in the private settings file)."""
    from bodymap.ui import preferences  # not needed to paint the map at start

    preferences.set_value(HIGH_CONTRAST_KEY, on)


def colour_key_shown() -> bool:
    """Whether the colour key is shown on the map (default: yes)."""
    return bool(QSettings().value(COLOUR_KEY_KEY, True, type=bool))


def set_colour_key_shown(on: bool) -> None:
    """Remember whether the colour key is shown (in the private settings file)."""
    from bodymap.ui import preferences  # not needed to paint the map at start

    preferences.set_value(COLOUR_KEY_KEY, on)
