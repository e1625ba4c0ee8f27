"""Colours of the trigger point markers and their caution badge, the same on screen and on paper.

The window (``bodymap.ui.items``) and the printed record (``bodymap.report.page_style``) draw
the markers at their own sizes, with these fills.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QColor

MARKER_COLOURS: Final[dict[str, QColor]] = {
    "injection": QColor("#b3122e"),
    "dry_needling": QColor("#1f5fa8"),
    "examined": QColor("#6b4e9b"),
}
"""A trigger point marker's fill by treatment, the same on screen and on paper."""
BADGE: Final = QColor("#ffcc00")
"""The caution badge on a marker over the rib cage."""
BADGE_EDGE: Final = QColor("#2e2300")
"""The badge's outline and "!": dark enough to stand out on every colour of the diagram."""
