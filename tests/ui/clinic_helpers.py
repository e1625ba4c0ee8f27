"""Helpers for tests of the clinic folder in the window: menus, and waiting for the index."""

from __future__ import annotations

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from bodymap.ui import MainWindow


def menu_action(window: MainWindow, menu: str, text: str) -> QAction:
    """The action ``text`` of the menu bar's menu ``menu`` (as the user finds it)."""
    for top in window.menuBar().actions():
        if top.text() == menu and top.menu() is not None:
            for action in top.menu().actions():
                if action.text() == text:
                    return action
    raise LookupError(f"{menu} → {text}")


def wait_until_indexed(qtbot: QtBot, window: MainWindow) -> None:
    """Until the background refreshes asked for so far are done and the index is open."""
    clinic = window.parts.clinic
    qtbot.waitUntil(lambda: not clinic.busy and clinic.opened() is not None, timeout=20_000)
