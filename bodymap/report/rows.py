"""Blocks that continue on the next page between two lines: table rows, stacks and columns.

A field may hold 4,000 characters (an allergy list, notes), and a point's findings or agent name
a few hundred: no block that holds user text may be taller than the space left on a page. A
``Row`` is a set of cells side by side, each a column of text lines; it splits after the last
line of each cell that fits, and the rest continues on the next page (under a repeated table
header where there is one). ``Stack`` and ``Columns`` split the blocks they hold the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QPainter

from bodymap.report.blocks import Block, Text

Line = tuple[Text, int]
"""One line of a laid-out text: the text and the line's index."""
Decoration = Callable[[QPainter, float, float, float, bool], None]
"""Draws what is not text (shading, rules, a marker) at (x, y) for a part of the given height;
the flag says whether it is the row's first part."""


def lines_of(*texts: Text) -> list[Line]:
    """Every line of the texts, in order (texts stacked one under the other)."""
    return [(text, i) for text in texts for i in range(text.line_count)]


def _height(lines: Sequence[Line]) -> float:
    return sum(text.heights[i] for text, i in lines)


def _fitting(lines: Sequence[Line], room: float) -> int:
    """How many of the first lines fit in ``room``."""
    used = 0.0
    for count, (text, i) in enumerate(lines):
        used += text.heights[i]
        if used > room:
            return count
    return len(lines)


def _draw_lines(painter: QPainter, lines: Sequence[Line], x: float, y: float) -> None:
    for text, i in lines:
        text.draw(painter, x, y, i, i + 1)
        y += text.heights[i]


@dataclass
class Cell:
    """The lines of one cell and where the cell starts (``dx`` from the row's left edge)."""

    dx: float
    lines: list[Line]


@dataclass
class Row:
    """Cells side by side between a top and a bottom padding, splittable between lines.

    ``least`` is the content height the first part needs whatever its lines (a marker);
    ``decorate`` draws shading, rules or the marker for each part.
    """

    cells: list[Cell]
    pad_top: float = 0.0
    pad_bottom: float = 0.0
    least: float = 0.0
    decorate: Decoration | None = None
    keep_with_next: bool = False
    repeat_header: Block | None = None
    first: bool = True
    keep_together: bool = True
    height: float = field(init=False)

    def __post_init__(self) -> None:
        content = max([_height(c.lines) for c in self.cells] + [self.least if self.first else 0.0])
        self.height = self.pad_top + content + self.pad_bottom

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Decoration first, then the lines of each cell."""
        if self.decorate is not None:
            self.decorate(painter, x, y, self.height, self.first)
        for cell in self.cells:
            _draw_lines(painter, cell.lines, x + cell.dx, y + self.pad_top)

    def min_height(self) -> float:
        """The paddings and the tallest first line (and ``least`` for a first part)."""
        firsts = [c.lines[0][0].heights[c.lines[0][1]] for c in self.cells if c.lines]
        least = self.least if self.first else 0.0
        return self.pad_top + max([*firsts, least, 0.0]) + self.pad_bottom

    def split(self, available: float) -> tuple[Block, Block] | None:
        """Each cell's lines that fit in ``available``, and the rest; None if no line fits."""
        room = available - self.pad_top - self.pad_bottom
        if room <= 0 or (self.first and self.least > room):
            return None
        counts = [_fitting(c.lines, room) for c in self.cells]
        whole = all(n == len(c.lines) for n, c in zip(counts, self.cells, strict=True))
        if not any(counts) or whole:
            return None
        head = [Cell(c.dx, c.lines[:n]) for n, c in zip(counts, self.cells, strict=True)]
        tail = [Cell(c.dx, c.lines[n:]) for n, c in zip(counts, self.cells, strict=True)]
        return (
            Row(head, self.pad_top, self.pad_bottom, self.least, self.decorate, first=self.first),
            Row(
                tail,
                self.pad_top,
                self.pad_bottom,
                0.0,
                self.decorate,
                self.keep_with_next,
                self.repeat_header,
                first=False,
            ),
        )


@dataclass
class Stack:
    """Blocks one under the other, as one block; splits inside the block that does not fit."""

    blocks: list[Block]
    keep_with_next: bool = False
    repeat_header: Block | None = None
    keep_together: bool = True
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = sum(b.height for b in self.blocks)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Each block under the one before."""
        for block in self.blocks:
            block.draw(painter, x, y)
            y += block.height

    def min_height(self) -> float:
        """What the first block needs."""
        return self.blocks[0].min_height() if self.blocks else 0.0

    def split(self, available: float) -> tuple[Block, Block] | None:
        """The blocks that fit and the first part of the next one; then the rest."""
        return self.split_stack(available)

    def split_stack(self, available: float) -> tuple[Stack, Stack] | None:
        """``split``, typed as stacks."""
        used = 0.0
        for index, block in enumerate(self.blocks):
            if used + block.height <= available:
                used += block.height
                continue
            left = available - used
            parts = block.split(left) if block.min_height() <= left else None
            if parts is not None:
                head = [*self.blocks[:index], parts[0]]
                tail = [parts[1], *self.blocks[index + 1 :]]
            elif index > 0:
                head, tail = self.blocks[:index], self.blocks[index:]
            else:
                return None
            return Stack(head), Stack(
                tail, self.keep_with_next, self.repeat_header, self.keep_together
            )
        return None


@dataclass
class Columns:
    """Two stacks side by side (the second at ``offset``); each splits on its own."""

    left: Stack
    right: Stack
    offset: float
    keep_with_next: bool = False
    repeat_header: Block | None = None
    keep_together: bool = True
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = max(self.left.height, self.right.height)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Both columns from the same top."""
        self.left.draw(painter, x, y)
        self.right.draw(painter, x + self.offset, y)

    def min_height(self) -> float:
        """What the taller first block of the two needs."""
        return max(self.left.min_height(), self.right.min_height())

    def split(self, available: float) -> tuple[Block, Block] | None:
        """Each column's part that fits, then both rests; None if one cannot start here."""
        halves: list[tuple[Stack, Stack]] = []
        for column in (self.left, self.right):
            if column.height <= available:
                halves.append((column, Stack([])))
                continue
            parts = column.split_stack(available) if column.min_height() <= available else None
            if parts is None:
                return None
            halves.append(parts)
        (left_head, left_tail), (right_head, right_tail) = halves
        return (
            Columns(left_head, right_head, self.offset),
            Columns(
                left_tail,
                right_tail,
                self.offset,
                self.keep_with_next,
                self.repeat_header,
                self.keep_together,
            ),
        )


def text_row(text: Text, *, dx: float = 0.0, pad_bottom: float = 0.0) -> Row:
    """A paragraph as a row of one cell (a heading, the clinic's name)."""
    return Row([Cell(dx, lines_of(text))], pad_bottom=pad_bottom)
