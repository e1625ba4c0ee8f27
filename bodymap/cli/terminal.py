"""What the command line prints: file names and messages escaped for a terminal."""

from __future__ import annotations

from bodymap.i18n import escaped


def shown(text: object) -> str:
    """``text`` (a file name) safe to print on a terminal (:func:`bodymap.i18n.escaped`):
    control characters, bidi controls and undecodable bytes are escaped as ``\\xNN`` /
    ``\\uNNNN``, so a name with escape sequences cannot fake an "ok" or hide an error."""
    return escaped(str(text))
