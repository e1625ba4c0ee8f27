"""A label of the printed record is never broken inside a word, however long the word is in
the language printed (German "Begründung" in a column sized for "Reason")."""

from __future__ import annotations

import pytest

from bodymap.report.blocks import mm
from bodymap.report.page_one import items_block
from bodymap.report.record import Item
from bodymap.report.rows import Row

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("label", ["Reason", "Begründung", "Fecha de nacimiento"])
def test_each_word_of_a_label_stays_whole(label: str) -> None:
    stack = items_block([Item(label, "pain score entered for the wrong point")], mm(120), mm(12))
    (row,) = stack.blocks
    assert isinstance(row, Row)
    lines = [text.line_text(i).strip() for text, i in row.cells[0].lines]
    assert " ".join(lines) == label
    assert all(line in label.split() or " " in line for line in lines), lines
