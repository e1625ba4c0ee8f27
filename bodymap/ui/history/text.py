"""Text the history widgets show: counts in words."""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """ "1 session", "2 sessions", "12,345 sessions" (``noun`` takes an "s" in the plural)."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
