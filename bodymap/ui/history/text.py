"""Text the history widgets show: counts in words, and tooltips that show text as typed.

Qt guesses whether a tooltip is rich text, so text that comes from a user or a file (names,
agents, file names) is escaped and marked up explicitly.
"""

from __future__ import annotations

import html


def counted(n: int, noun: str) -> str:
    """ "1 session", "2 sessions", "12,345 sessions" (``noun`` takes an "s" in the plural)."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally, line breaks kept (empty stays empty)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
