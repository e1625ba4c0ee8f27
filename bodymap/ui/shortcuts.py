"""ShortcutsPage: Help → Keyboard Shortcuts, made from the menus and the map's keys when shown.

Nothing here lists a key by hand: the rows come from the menu bar's actions and from
:mod:`bodymap.ui.map_keys`, so the page cannot differ from what the keys do.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui import map_keys

SUBMENU = " \u203a "
"""Between a submenu's title and its entry (a single right-pointing angle quotation mark)."""
# The page's own sections and rows, in English (translated where shown).
MAP_SECTION = QT_TRANSLATE_NOOP("shortcuts", "On the map, when it has the keyboard focus")
FIELDS_SECTION = QT_TRANSLATE_NOOP("shortcuts", "Menus, tabs and fields")
FIELDS_ROWS = (
    (
        QT_TRANSLATE_NOOP("shortcuts", "Alt + the underlined letter"),
        QT_TRANSLATE_NOOP("shortcuts", "Open that menu, show that tab or go to that field"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("shortcuts", "The next or previous field"),
    ),
)


def plain(text: str) -> str:
    """A menu entry's text without its mnemonic marker and trailing dots ("Save As")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def shortcut_text(action: QAction) -> str:
    """An action's keys as this platform writes them ("Ctrl+S, Ctrl+Shift+S")."""
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


def menu_rows(menu_bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(command, keys)]) for every menu of ``menu_bar``, submenus flattened."""
    sections = []
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            sections.append((plain(top.text()), _rows(menu, "")))
    return sections


def _rows(menu: QMenu, prefix: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _rows(submenu, f"{prefix}{plain(action.text())}{SUBMENU}")
        elif action.shortcuts():
            rows.append((prefix + plain(action.text()), shortcut_text(action)))
    return rows


class ShortcutsPage(QDialog):
    """Every command's keys: the menus' entries, the map's keys, and moving around."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("shortcuts", "Keyboard Shortcuts"))
        intro = QLabel(
            translate(
                "shortcuts",
                "Every command of the menus, and the keys of the map. The same keys are shown "
                "beside each command in its menu.",
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("shortcuts", "Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("shortcuts", "Command"), translate("shortcuts", "Keys")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        sections = [*menu_rows(menu_bar)]
        sections.append(
            (
                translate("shortcuts", MAP_SECTION),
                [(what, keys) for keys, what in map_keys.page_rows()],
            )
        )
        sections.append(
            (
                translate("shortcuts", FIELDS_SECTION),
                [
                    (translate("shortcuts", what), translate("shortcuts", keys))
                    for keys, what in FIELDS_ROWS
                ],
            )
        )
        for title, rows in sections:
            heading = QTreeWidgetItem([title])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for command, keys in rows:
                heading.addChild(QTreeWidgetItem([command, keys]))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        width = self.tree.columnWidth(0) + self.tree.columnWidth(1) + 60
        self.resize(max(640, width), 620)

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, command, keys) as the page lists them."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            assert heading is not None
            for row in range(heading.childCount()):
                child = heading.child(row)
                assert child is not None
                found.append((heading.text(0), child.text(0), child.text(1)))
        return found
