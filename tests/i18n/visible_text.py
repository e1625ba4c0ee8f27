"""Every text a user can see in a window, and which of them are not translated.

The texts of a widget tree are read as a user meets them: labels, buttons, tabs, group boxes,
menus and their actions, tooltips, placeholders, window titles, the items and headers of
lists, trees and tables, read-only text fields and the status bar. A text is translated when
it carries the pseudo-translation's brackets; what is left outside them must be user data,
numbers, dates, units, codes or a proper name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.i18n import pseudo

PROPER_NAMES = (
    "bodymap",
    "PySide6",
    "Qt",
    "CPython",
    "Python",
    "Deutsch",
    "Español",
    "English",
    "SHA-256",
    "Ed25519",
)
"""Names that stay as they are in every language (the languages are named in themselves)."""
_UNITS = re.compile(r"\b(mm|cm|mL|ml|mg|µg|mcg|kg|G|min|h|s|x)\b")
_CODES = re.compile(r"\b([A-Z]\d{1,2}(\.\d+)?|[A-Z]{2,}-?\d+)\b")
"""Vertebrae and codes: C7, T4, M79.1, MRN-12."""
_BIDI = re.compile("[\u2066-\u2069\u200e\u200f]")


def user_strings(value: Any) -> set[str]:
    """Every string in a session's JSON (names, notes, ids): user data, never translated."""
    found: set[str] = set()
    if isinstance(value, str):
        found.add(value)
        found.update(line for line in value.splitlines() if line.strip())
    elif isinstance(value, dict):
        for item in value.values():
            found |= user_strings(item)
    elif isinstance(value, list):
        for item in value:
            found |= user_strings(item)
    return found


def session_strings(path: Path) -> set[str]:
    """User data of a session file, with its path and name."""
    strings = user_strings(json.loads(path.read_text(encoding="utf-8")))
    return strings | {str(path), path.name, str(path.parent)}


def is_key_sequence(text: str) -> bool:
    """Whether ``text`` is one or more key sequences ("Strg+S", "Tab, Umschalt+Tab"), which
    Qt's own translations name."""
    parts = text.split(", ")
    for part in parts:
        keys = QKeySequence.fromString(part, QKeySequence.SequenceFormat.NativeText)
        if keys.isEmpty() or keys.toString(QKeySequence.SequenceFormat.NativeText) != part:
            return False
    return True


def untranslated_part(text: str, data: Iterable[str] = ()) -> str:
    """What of ``text`` is neither translated nor exempt (empty when all of it is)."""
    if is_key_sequence(text):
        return ""
    rest = pseudo.unbracketed(_BIDI.sub("", text))
    for value in sorted(data, key=len, reverse=True):
        if len(value) > 1:
            rest = rest.replace(value, " ")
    for name in PROPER_NAMES:
        rest = rest.replace(name, " ")
    rest = _CODES.sub(" ", _UNITS.sub(" ", rest))
    return rest.strip() if pseudo.has_words(rest) else ""


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # A list model keeps columnCount and hasChildren private: one column, no children.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    if depth > 4:
        return
    for row in range(min(model.rowCount(parent), 50)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and _columns(model, parent) > 1 and model.hasChildren(index):
                yield from _model_texts(model, index, depth + 1)


def _headers(model: QAbstractItemModel) -> Iterator[str]:
    for orientation, count in (
        (Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
        (Qt.Orientation.Vertical, 0),
    ):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value


def _own_texts(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle().replace("[*]", "")
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        box = widget.parent()
        if not (
            isinstance(box, QDialogButtonBox)
            and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
        ):  # Qt's own buttons speak through Qt's translations
            yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
        if widget.isEditable() and widget.lineEdit() is not None:
            yield widget.lineEdit().placeholderText()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.text()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model(), QModelIndex())
        yield from _headers(widget.model())


def action_texts(action: QAction) -> Iterator[str]:
    """An action's words: its text, tooltip and status tip."""
    if action.isSeparator():
        return
    yield action.text()
    yield action.toolTip()
    yield action.statusTip()


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    """A menu's title and each action's texts, submenus included (filled as when opened)."""
    menu.aboutToShow.emit()
    yield "menu", menu.title()
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_texts(submenu)
        else:
            where = f"action in menu {menu.title()!r}"
            yield from ((where, text) for text in action_texts(action))


def widget_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of ``top`` and its visible children."""
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QMenu):
            continue
        where = type(widget).__name__ + (f" {widget.objectName()}" if widget.objectName() else "")
        for text in _own_texts(widget):
            if text:
                yield where, text
        for action in widget.actions():
            if action.menu() is None and not isinstance(widget, QLineEdit):
                yield from ((f"action of {where}", text) for text in action_texts(action))


def scene_texts(scene: QGraphicsScene) -> Iterator[tuple[str, str]]:
    """The words drawn on a scene as text items, and its items' tooltips."""
    for item in scene.items():
        where = f"scene item {type(item).__name__}"
        if isinstance(item, QGraphicsSimpleTextItem):
            yield where, item.text()
        elif isinstance(item, QGraphicsTextItem):
            yield where, item.toPlainText()
        if item.toolTip():
            yield where, item.toolTip()


def untranslated(texts: Iterable[tuple[str, str]], data: Iterable[str] = ()) -> dict[str, str]:
    """The untranslated texts (a text of several lines: each line on its own), each with
    where it was first seen."""
    data = set(data)
    found: dict[str, str] = {}
    for where, text in texts:
        if not untranslated_part(text, data):
            continue
        # a bracket opened on one line may close on a later one: lines are judged in context
        lines = pseudo.unbracketed(text).splitlines() if "\n" in text else [text]
        for line in lines:
            if untranslated_part(line, data):
                found.setdefault(line, where)
    return found


def listing(found: dict[str, str]) -> str:
    """The untranslated texts, one a line, sorted."""
    return "\n".join(f"{where}: {text!r}" for text, where in sorted(found.items()))


def untranslated_runs(text: str, data: Iterable[str] = ()) -> list[str]:
    """The runs of a long flowing text (a PDF's, wrapped anywhere) that are neither translated
    nor exempt: what is left between the translated parts and the user data."""
    rest = pseudo.unbracketed(" ".join(_BIDI.sub("", text).split()), gap="\n")
    for value in sorted({" ".join(v.split()) for v in data}, key=len, reverse=True):
        if len(value) > 1:
            rest = rest.replace(value, "\n")
    return sorted({run.strip() for run in rest.split("\n") if untranslated_part(run)})
