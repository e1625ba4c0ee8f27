"""Every menu entry has keys and a letter of its own; every underlined letter goes somewhere;
Help -> Keyboard Shortcuts lists every command with the keys its menu shows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bodymap.model import DryNeedling, Injection
from bodymap.ui import MainWindow, map_keys
from bodymap.ui.landmarks import LandmarkDialog
from bodymap.ui.menus import RECENT_MENU
from bodymap.ui.preferences import PreferencesDialog
from bodymap.ui.shortcuts import MAP_SECTION, SUBMENU, ShortcutsPage, plain, shortcut_text
from tests.ui.helpers import midpoint

pytestmark = pytest.mark.gui


def mnemonic(text: str) -> str:
    """The underlined letter of a text ("Save &As" -> "A"), "" when there is none."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").upper()


def menus(window: MainWindow) -> Iterator[tuple[str, QMenu]]:
    """Every menu of the menu bar, submenus too, with its path ("File", "File > Export")."""

    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, QMenu]]:
        yield path, menu
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(sub, f"{path}{SUBMENU}{plain(action.text())}")

    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        yield from walk(menu, plain(top.text()))


def commands(menu: QMenu) -> list[QAction]:
    """A menu's entries that do something (not separators, not submenus)."""
    return [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]


def test_every_menu_entry_has_keys_shown_beside_it(window: MainWindow) -> None:
    missing = [
        f"{path}{SUBMENU}{plain(a.text())}"
        for path, menu in menus(window)
        if menu.objectName() != RECENT_MENU  # the recent files themselves
        for a in commands(menu)
        if a.shortcut().isEmpty()
    ]
    assert missing == []
    assert not QApplication.testAttribute(
        Qt.ApplicationAttribute.AA_DontShowShortcutsInContextMenus
    )


def test_no_two_entries_of_a_menu_share_a_letter(window: MainWindow) -> None:
    for path, menu in [("menu bar", window.menuBar()), *menus(window)]:
        if menu.objectName() == RECENT_MENU:
            continue
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert "" not in letters, f"an entry of {path} has no underlined letter"
        twice = [letter for letter, n in Counter(letters).items() if n > 1]
        assert twice == [], f"{path}: {twice}"


def test_no_two_commands_share_keys(window: MainWindow) -> None:
    owners: dict[str, set[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), set()).add(plain(action.text()))
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == {}
    map_only = {QKeySequence(k).toString() for binding in map_keys.MAP_KEYS for k in binding.keys}
    assert map_only.isdisjoint(owners), "a window shortcut would take a key of the map"


def test_the_shortcuts_page_lists_every_command_with_the_keys_of_its_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    page = window.findChild(ShortcutsPage)
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    rows = page.rows()

    for path, menu in menus(window):
        if menu.objectName() == RECENT_MENU:
            continue
        section, *submenus = path.split(SUBMENU)
        prefix = "".join(f"{p}{SUBMENU}" for p in submenus)
        for action in commands(menu):
            row = (section, prefix + plain(action.text()), shortcut_text(action))
            assert row in rows
    map_rows = [(command, keys) for section, command, keys in rows if section == MAP_SECTION]
    assert (
        "Place a point at the crosshair (while drawing pain: paint there); on a selected "
        "point, go to its details",
        "Return, Enter, Space",
    ) in map_rows
    assert len(map_rows) == len({b.description for b in map_keys.MAP_KEYS})


# --- the letters of the window's fields, tabs and menus -------------------------------------------


def active_letters(root: QWidget) -> list[tuple[str, str]]:
    """(letter, what it belongs to) for every underlined letter Alt reaches in ``root`` now."""
    found = []
    if isinstance(root, MainWindow):
        found += [(mnemonic(a.text()), f"menu {plain(a.text())}") for a in root.menuBar().actions()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                found.append((mnemonic(widget.tabText(i)), f"tab {plain(widget.tabText(i))}"))
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if mnemonic(text):
            found.append((mnemonic(text), f"{type(widget).__name__} {plain(text)!r}"))
    return found


def assert_letters_differ(root: QWidget, where: str) -> None:
    by_letter: dict[str, list[str]] = {}
    for letter, owner in active_letters(root):
        by_letter.setdefault(letter, []).append(owner)
    twice = {letter: owners for letter, owners in by_letter.items() if len(owners) > 1}
    assert twice == {}, where


def window_views(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Show each state of the details in turn (the caller checks the window in each)."""
    lm = window.diagram.landmarks
    point = window.doc.add_point(*midpoint(lm["c7"], lm["acromion_left"]))
    details = window.parts.details
    for treatment in (Injection(), DryNeedling()):
        window.doc.edit_points(
            [point.id],
            "Set treatment",
            lambda p, t=treatment: p.model_copy(update={"treatment": t}),
        )
        window.scene.select_ids([point.id])
        details.setCurrentIndex(0)
        qtbot.waitUntil(lambda: details.treatment_panel.kind.isEnabled())
        yield f"Points tab, {treatment.kind}"
    for index in (1, 2):
        details.setCurrentIndex(index)
        qtbot.waitUntil(details.currentWidget().isVisible)
        yield f"{plain(details.tabText(index))} tab"


def test_no_two_things_on_screen_share_an_underlined_letter(
    qtbot: QtBot, window: MainWindow
) -> None:
    for where in window_views(qtbot, window):
        assert_letters_differ(window, where)


def test_every_underlined_letter_of_a_field_or_tab_goes_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    details = window.parts.details
    for where in window_views(qtbot, window):
        tab = details.currentIndex()
        labels = [
            w
            for w in window.findChildren(QLabel)
            if w.isVisible() and mnemonic(w.text()) and w.buddy() is not None
        ]
        assert labels, where
        for label in labels:
            buddy = label.buddy()
            qtbot.keyClick(window, mnemonic(label.text()), Qt.KeyboardModifier.AltModifier)
            focus = QApplication.focusWidget()
            assert focus is buddy or buddy.isAncestorOf(focus), f"{where}: {label.text()}"
        bar = details.tabBar()
        for index in range(details.count()):
            qtbot.keyClick(window, mnemonic(bar.tabText(index)), Qt.KeyboardModifier.AltModifier)
            assert details.currentIndex() == index
        details.setCurrentIndex(tab)


def test_labels_with_an_underlined_letter_all_have_somewhere_to_go(window: MainWindow) -> None:
    lost = [
        label.text()
        for label in window.findChildren(QLabel)
        if "&" in label.text().replace("&&", "").replace("&nbsp;", "")
        and label.textFormat() != Qt.TextFormat.RichText
        and label.buddy() is None
    ]
    assert lost == []


@pytest.mark.parametrize("dialog_type", [PreferencesDialog, LandmarkDialog, ShortcutsPage])
def test_the_window_s_dialogs_have_one_letter_per_field(
    qtbot: QtBot, window: MainWindow, dialog_type: type[QDialog]
) -> None:
    if dialog_type is LandmarkDialog:
        dialog: QDialog = LandmarkDialog(window.diagram, window)
    elif dialog_type is ShortcutsPage:
        dialog = ShortcutsPage(window.menuBar(), window)
    else:
        dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_letters_differ(dialog, dialog.windowTitle())
    for label in dialog.findChildren(QLabel):
        if mnemonic(label.text()):
            assert label.buddy() is not None, label.text()
