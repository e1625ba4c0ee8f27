"""What the command line prints: file names and messages escaped for a terminal."""

from __future__ import annotations

import unicodedata

_INVISIBLE_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)
"""Bidi marks, embeddings, overrides and isolates, and line separators: escaped like controls,
so a file name cannot reorder or break the line it is printed in."""


def shown(text: object) -> str:
    """``text`` (a file name) safe to print on a terminal: control characters, bidi controls
    and undecodable bytes are escaped as ``\\xNN`` / ``\\uNNNN``, so a name with escape
    sequences cannot fake an "ok" or hide an error."""
    out: list[str] = []
    for char in str(text):
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not valid UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(char) in ("Cc", "Cs") or char in _INVISIBLE_CONTROLS:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
