"""Text the history widgets show: counts written with their thousands grouped."""

from __future__ import annotations

from bodymap.i18n import language

_SEPARATORS = {"en": ",", "de": ".", "es": "."}


def grouped(n: int) -> str:
    """``n`` with its thousands grouped as the installed language writes them: "12,345" in
    English, "12.345" in German and Spanish."""
    return f"{n:,}".replace(",", _SEPARATORS.get(language(), ","))


def counted(text: str, n: int) -> str:
    """A translated text with plural forms (``ctx.tr("%n sessions", None, n)``), its count
    written with the thousands grouped: "12,345 sessions"."""
    return text.replace(str(n), grouped(n), 1) if n >= 1000 else text
