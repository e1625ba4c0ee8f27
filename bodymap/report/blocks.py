"""Building blocks of the printed page: fonts, wrapped text, flowing blocks and the page flow.

Page coordinates are in tenths of a point (``UNIT``), so fonts can be set by pixel size and
everything is measured once, before painting, with the same QTextLayout objects that are later
drawn: what was measured is exactly what is printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextLayout, QTextOption

UNIT: Final = 10.0
"""Page units per typographic point."""
FAMILY: Final = "DejaVu Sans"

INK: Final = QColor("#1a1a1a")
MUTED: Final = QColor("#555b61")
ALERT: Final = QColor("#a10d25")
CAUTION: Final = QColor("#7a4f00")
RULE: Final = QColor("#9aa3ab")
SHADE: Final = QColor("#f1f3f5")


def pt(points: float) -> float:
    """Points to page units."""
    return points * UNIT


def mm(millimetres: float) -> float:
    """Millimetres to page units."""
    return millimetres * 72.0 / 25.4 * UNIT


def font(size_pt: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The record's font at ``size_pt`` points (set in page units, unhinted, so it measures
    the same on every device)."""
    f = QFont(FAMILY)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPixelSize(max(1, round(size_pt * UNIT)))
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No ligatures: "fi" stays two letters, so the PDF's text can be searched as typed.
    f.setFeature(QFont.Tag("liga"), 0)
    return f


class Text:
    """A paragraph laid out in lines of a given width (word wrap, long words broken)."""

    def __init__(
        self,
        text: str,
        text_font: QFont,
        width: float,
        *,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        indent: float = 0.0,
    ) -> None:
        self.colour = colour
        self.width = width
        self._layout = QTextLayout(text.replace("\n", "\u2028"), text_font)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._layout.setTextOption(option)
        self._layout.setCacheEnabled(True)
        self.tops: list[float] = []
        self.heights: list[float] = []
        y = 0.0
        self._layout.beginLayout()
        first = True
        while True:
            line = self._layout.createLine()
            if not line.isValid():
                break
            shift = 0.0 if first else indent
            line.setLineWidth(max(1.0, width - shift))
            line.setPosition(QPointF(shift, y))
            self.tops.append(y)
            self.heights.append(line.height())
            y += line.height()
            first = False
        self._layout.endLayout()
        self.height = y

    @property
    def line_count(self) -> int:
        """Number of lines."""
        return len(self.tops)

    def line_text(self, index: int) -> str:
        """The text laid out on line ``index``."""
        line = self._layout.lineAt(index)
        return self._layout.text()[line.textStart() : line.textStart() + line.textLength()]

    def lines_height(self, first: int, last: int) -> float:
        """Height of lines ``first`` to ``last - 1``."""
        return sum(self.heights[first:last])

    def draw(self, painter: QPainter, x: float, y: float, first: int = 0, last: int = -1) -> None:
        """Draw lines ``first`` to ``last - 1`` (all by default) with their top at ``y``."""
        end = self.line_count if last < 0 else last
        if first >= end:
            return
        painter.setPen(QPen(self.colour))
        offset = QPointF(x, y - self.tops[first])
        for i in range(first, end):
            self._layout.lineAt(i).draw(painter, offset)


class Block(Protocol):
    """Something placed on a page: a fixed height, drawn at a position."""

    height: float
    keep_with_next: bool
    repeat_header: Block | None
    keep_together: bool
    """Start on the next page rather than split when the whole block fits on one page."""

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the block's top left corner at (x, y)."""

    def split(self, available: float) -> tuple[Block, Block] | None:
        """A first part at most ``available`` high and the rest, or None if it cannot split."""

    def min_height(self) -> float:
        """The least height that must fit for the block to start on a page."""


@dataclass
class Drawn:
    """A block drawn by a function; never split."""

    height: float
    painter_fn: Callable[[QPainter, float, float], None]
    keep_with_next: bool = False
    repeat_header: Block | None = None
    keep_together: bool = False

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the block's top left corner at (x, y)."""
        self.painter_fn(painter, x, y)

    def split(self, available: float) -> tuple[Block, Block] | None:
        """Never split."""
        return None

    def min_height(self) -> float:
        """The whole height."""
        return self.height


@dataclass
class Spacer:
    """Vertical space; dropped at the top of a page."""

    height: float
    keep_with_next: bool = False
    repeat_header: Block | None = None
    keep_together: bool = False

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Nothing to draw."""

    def split(self, available: float) -> tuple[Block, Block] | None:
        """Never split."""
        return None

    def min_height(self) -> float:
        """The whole height."""
        return self.height


@dataclass
class TextBlock:
    """A paragraph that may continue on the next page, between two lines."""

    text: Text
    first: int = 0
    last: int = -1
    indent: float = 0.0
    keep_with_next: bool = False
    repeat_header: Block | None = None
    keep_together: bool = False
    height: float = field(init=False)

    def __post_init__(self) -> None:
        if self.last < 0:
            self.last = self.text.line_count
        self.height = self.text.lines_height(self.first, self.last)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the lines of this part."""
        self.text.draw(painter, x + self.indent, y, self.first, self.last)

    def split(self, available: float) -> tuple[Block, Block] | None:
        """Split after the last line that fits (at least one line on each side)."""
        used = 0.0
        cut = self.first
        while cut < self.last and used + self.text.heights[cut] <= available:
            used += self.text.heights[cut]
            cut += 1
        if cut <= self.first or cut >= self.last:
            return None
        return (
            TextBlock(self.text, self.first, cut, self.indent),
            TextBlock(self.text, cut, self.last, self.indent, self.keep_with_next),
        )

    def min_height(self) -> float:
        """One line."""
        return self.text.heights[self.first] if self.last > self.first else 0.0


@dataclass
class Page:
    """The blocks of one page, each with its top."""

    blocks: list[tuple[float, Block]] = field(default_factory=list)


class Flow:
    """Places blocks top to bottom, starting new pages as needed.

    A block that does not fit is split if it can be, else moved to the next page; a block with
    ``keep_with_next`` moves with the start of the next one; a block with ``repeat_header`` that
    opens a page gets that header (the table header) above it.
    """

    def __init__(self, first_top: float, other_top: float, bottom: float) -> None:
        self.pages: list[Page] = [Page()]
        self._other_top = other_top
        self._bottom = bottom
        self._y = first_top

    @property
    def _at_top(self) -> bool:
        return not any(not isinstance(b, Spacer) for _, b in self.pages[-1].blocks)

    def _place(self, block: Block) -> None:
        self.pages[-1].blocks.append((self._y, block))
        self._y += block.height

    def _page_room(self, block: Block) -> float:
        """The height a block has on a page of its own (under its repeated header)."""
        header = block.repeat_header.height if block.repeat_header is not None else 0.0
        return self._bottom - self._other_top - header

    def new_page(self) -> None:
        """Continue on a new page."""
        self.pages.append(Page())
        self._y = self._other_top

    def add(self, blocks: Sequence[Block]) -> None:
        """Place the blocks in order."""
        queue = list(blocks)
        i = 0
        header_placed = False
        while i < len(queue):
            block = queue[i]
            if isinstance(block, Spacer) and self._at_top:
                i += 1
                continue
            if self._at_top and block.repeat_header is not None and not header_placed:
                self._place(block.repeat_header)
                header_placed = True
            fresh = self._at_top or header_placed
            available = self._bottom - self._y
            if block.keep_with_next and not fresh:
                need = 0.0
                j = i
                while queue[j].keep_with_next and j + 1 < len(queue):
                    need += queue[j].height
                    j += 1
                following = queue[j]
                kept_whole = following.keep_together and following.height <= self._page_room(
                    following
                )
                need += following.height if kept_whole else following.min_height()
                if need > available:
                    header_placed = False
                    self.new_page()
                    continue
            if block.height > available:
                if block.keep_together and not fresh and block.height <= self._page_room(block):
                    header_placed = False
                    self.new_page()
                    continue
                parts = block.split(available) if block.min_height() <= available else None
                if parts is not None:
                    self._place(parts[0])
                    queue[i] = parts[1]
                    header_placed = False
                    self.new_page()
                    continue
                if not fresh:
                    header_placed = False
                    self.new_page()
                    continue
                # Taller than a page and not splittable (no block holding user text is):
                # print it rather than lose it.
            self._place(block)
            header_placed = False
            i += 1


def draw_rule(painter: QPainter, x: float, y: float, width: float, *, weight: float = 0.5) -> None:
    """A horizontal rule ``weight`` points thick."""
    painter.setPen(QPen(RULE, pt(weight)))
    painter.drawLine(QPointF(x, y), QPointF(x + width, y))


def fill(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Fill a rectangle without outline."""
    painter.fillRect(rect, colour)


def section_heading(title: str, width: float) -> Drawn:
    """A section's title in bold over a rule, kept with what follows it."""
    heading = Text(title, font(11, bold=True), width)

    def paint(painter: QPainter, x: float, y: float) -> None:
        heading.draw(painter, x, y)
        draw_rule(painter, x, y + heading.height + pt(1.5), width, weight=0.6)

    return Drawn(heading.height + pt(5), paint, keep_with_next=True)
