"""The colours the window sets, for a light and a dark palette, and WCAG contrast arithmetic.

Every colour the widget layer sets on text, markers or backgrounds is defined here, once, so
that one test can check every pair against the WCAG 2.x AA contrast ratio (4.5:1). Widgets ask
:func:`scheme` for the colours that suit the application's palette (light or dark) when they
show something; the map's marker colours are the ones the printed record uses
(:mod:`bodymap.painting`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from bodymap import painting

AA_RATIO: Final = 4.5
"""WCAG 2.x success criterion 1.4.3 (contrast, minimum): text against its background."""

MAP_BACKGROUND: Final = QColor("#ffffff")
"""Behind the diagram, in either palette: the drawing and its labels are made for white."""

MARKER_OUTLINE: Final = QColor("#161616")
"""The dark outer ring of every marker: it stands out on every colour of the diagram."""
MARKER_INNER_RING: Final = QColor("#ffffff")
"""The thin ring between a marker's fill and its dark outer ring."""
MARKER_TEXT: Final = QColor("#ffffff")
"""The marker's number, on its treatment colour."""
SELECTION_RING: Final = QColor("#161616")
"""The ring around a selected marker, outside a white gap."""
SELECTION_GAP: Final = QColor("#ffffff")
BADGE_FILL: Final = painting.BADGE
BADGE_TEXT: Final = painting.BADGE_EDGE
"""The caution badge's "!" and outline."""
MISMATCH_FILL: Final = QColor("#6a1b9a")
"""The muscle-mismatch badge (a square with "?"): the chosen muscle is not under the point."""
MISMATCH_TEXT: Final = QColor("#ffffff")
MISMATCH_EDGE: Final = QColor("#161616")
SIGNED_TEXT: Final = QColor("#0b5a22")
"""The signature status line: signed, intact, key registered (text on its background)."""
SIGNED_BACKGROUND: Final = QColor("#e3f4e8")
UNKNOWN_KEY_TEXT: Final = QColor("#6b4100")
"""The signature status line: intact, but signed with a key the clinic has not registered."""
UNKNOWN_KEY_BACKGROUND: Final = QColor("#fff2d6")
DAMAGED_TEXT: Final = QColor("#8c1512")
"""The signature status line: changed after signing, or a broken signature."""
DAMAGED_BACKGROUND: Final = QColor("#fde7e5")
STROKE_PAINT: Final = painting.HIGHLIGHT
"""A pain-drawing stroke while it is drawn (translucent over the map)."""
STROKE_ERASE: Final = QColor("#555555")
"""An eraser stroke while it is drawn."""
BRUSH_OUTLINE: Final = QColor(40, 40, 40, 200)
"""The brush's circle under the pointer in drawing mode."""
PATIENT_CHECK_BACKGROUND: Final = QColor("#fff4d6")
"""The bar asking to confirm the patient's data at the next visit (window text on it)."""
CROSSHAIR: Final = QColor("#161616")
"""The keyboard crosshair's lines, drawn over a white halo."""
CROSSHAIR_HALO: Final = QColor("#ffffff")
EARLIER_VISIT: Final = QColor("#4d4d4d")
"""An earlier visit's marker ring and label, on its light halo."""
EARLIER_VISIT_HOVER: Final = QColor("#1f1f1f")
EARLIER_VISIT_HALO: Final = QColor(255, 255, 255, 200)
EARLIER_VISIT_MATCHED: Final = QColor("#6b6b6b")
"""An earlier visit's point that a point of this visit already matches (faint, not offered)."""


@dataclass(frozen=True)
class Scheme:
    """The colours of text and panels that the palette does not provide itself."""

    dark: bool
    """Whether this scheme is for a dark palette (light text on dark backgrounds)."""
    error: QColor
    """Refusals, invalid input, a dose over its maximum."""
    warning: QColor
    """Cautions that do not stop anything."""
    muted: QColor
    """Secondary text: hints, "Enter the start and end times."."""
    notice_background: QColor
    """The procedure panel's box of clinical warnings, when there are some."""
    notice_border: QColor
    quiet_border: QColor
    """The same box with no warnings in it."""
    lit_text: QColor
    """A lit toggle button (the chosen finding or treatment)."""
    lit_background: QColor
    lit_border: QColor
    chart_before: QColor
    """The pain chart's "before" line and its legend."""
    chart_after: QColor
    chart_grid: QColor
    chart_area: QColor
    """The pain chart's bars of painted area (translucent, behind the score lines)."""
    chart_area_edge: QColor

    def text_pairs(self, palette: QPalette) -> list[tuple[str, QColor, QColor]]:
        """Every (name, text colour, background) this scheme puts text on, in ``palette``."""
        window = palette.color(QPalette.ColorRole.Window)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        base_text = palette.color(QPalette.ColorRole.Text)
        pairs = [
            ("window text", text, window),
            ("field text", base_text, base),
            ("text in the warnings box", text, self.notice_background),
            ("lit button", self.lit_text, self.lit_background),
            ("pain chart before", self.chart_before, base),
            ("pain chart after", self.chart_after, base),
            ("pain chart labels", base_text, base),
        ]
        for name, colour in (
            ("error", self.error),
            ("warning", self.warning),
            ("muted", self.muted),
        ):
            pairs += [
                (f"{name} text on the window", colour, window),
                (f"{name} text in a field", colour, base),
                (f"{name} text in the warnings box", colour, self.notice_background),
            ]
        return pairs


LIGHT: Final = Scheme(
    dark=False,
    error=QColor("#b3261e"),
    warning=QColor("#7a4200"),
    muted=QColor("#555555"),
    notice_background=QColor("#fdf0e6"),
    notice_border=QColor("#b3641e"),
    quiet_border=QColor("#8c8c8c"),
    lit_text=QColor("#ffffff"),
    lit_background=QColor("#2b5f9e"),
    lit_border=QColor("#1d4372"),
    chart_before=QColor("#b3122e"),
    chart_after=QColor("#1f5fa8"),
    chart_grid=QColor("#d9d9d9"),
    chart_area=QColor(120, 120, 120, 70),
    chart_area_edge=QColor("#777777"),
)
DARK: Final = Scheme(
    dark=True,
    error=QColor("#ff8f85"),
    warning=QColor("#ffbe66"),
    muted=QColor("#b4b4b4"),
    notice_background=QColor("#45301c"),
    notice_border=QColor("#d9822b"),
    quiet_border=QColor("#8c8c8c"),
    lit_text=QColor("#ffffff"),
    lit_background=QColor("#2b5f9e"),
    lit_border=QColor("#8fb4e3"),
    chart_before=QColor("#ff8f85"),
    chart_after=QColor("#8fb4ff"),
    chart_grid=QColor("#4d4d4d"),
    chart_area=QColor(200, 200, 200, 60),
    chart_area_edge=QColor("#9a9a9a"),
)


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` shows light text on a dark window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return relative_luminance(window) < relative_luminance(text)


def scheme(palette: QPalette | None = None) -> Scheme:
    """The scheme for ``palette`` (default: the application's palette now)."""
    return DARK if is_dark(palette or QGuiApplication.palette()) else LIGHT


def css(colour: QColor) -> str:
    """A colour as style sheets and rich text write it (``#rrggbb``)."""
    return colour.name(QColor.NameFormat.HexRgb)


def text_style(kind: str, *, bold: bool = False) -> str:
    """A label's style sheet for ``kind`` "error", "warning" or "muted" text, in the colours of
    the application's palette (light or dark)."""
    colour = getattr(scheme(), kind)
    return f"color: {css(colour)};" + (" font-weight: bold;" if bold else "")


def with_alpha(colour: QColor, alpha: int) -> QColor:
    """A copy of ``colour`` with the opacity ``alpha`` (0..255)."""
    copy = QColor(colour)
    copy.setAlpha(alpha)
    return copy


def restyle(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` the style sheet ``sheet`` unless it has it (setting one re-styles it)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def dark_palette() -> QPalette:
    """A dark palette like the ones desktop themes give Qt (for trying the window in one)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#323232",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2d2d2d",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#3c3c3c",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3c3c3c",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8fb4ff",
        QPalette.ColorRole.Light: "#5a5a5a",
        QPalette.ColorRole.Midlight: "#474747",
        QPalette.ColorRole.Mid: "#2c2c2c",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, name in roles.items():
        palette.setColor(role, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    return palette


# --- WCAG 2.x arithmetic ------------------------------------------------------------------------
# WCAG 2.2, definitions of "relative luminance" and "contrast ratio", and success criterion
# 1.4.3 Contrast (Minimum): https://www.w3.org/TR/WCAG22/#dfn-relative-luminance. The sRGB
# threshold is 0.04045 since May 2021 (0.03928 before; no practical difference).


def _linear(channel: float) -> float:
    """An sRGB channel (0-1) in linear light (WCAG 2.x "relative luminance")."""
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour: 0 for black, 1 for white."""
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.x contrast ratio of two opaque colours, from 1 (none) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` painted over an opaque ``background`` (source-over alpha blending)."""
    alpha = colour.alphaF()

    def mix(top: float, bottom: float) -> float:
        return top * alpha + bottom * (1.0 - alpha)

    return QColor.fromRgbF(
        mix(colour.redF(), background.redF()),
        mix(colour.greenF(), background.greenF()),
        mix(colour.blueF(), background.blueF()),
    )
