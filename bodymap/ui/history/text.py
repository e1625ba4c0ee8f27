"""Text the history widgets show: counts written with their thousands grouped."""

from __future__ import annotations

from bodymap.i18n import grouped

__all__ = ["counted", "grouped"]


def counted(text: str, n: int) -> str:
    """A translated text with plural forms (``ctx.tr("%n sessions", None, n)``), its count
    written with the thousands grouped: "12,345 sessions"."""
    return text.replace(str(n), grouped(n), 1) if n >= 1000 else text
