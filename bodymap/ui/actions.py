"""One way to make a QAction: :func:`make_action`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

Shortcut = QKeySequence | QKeySequence.StandardKey | str
"""A key sequence, a platform's standard key (``QKeySequence.StandardKey.Save``) or text."""


def make_action(
    owner: QObject,
    text: str,
    slot: Callable[[], object] | None = None,
    *,
    shortcuts: Sequence[Shortcut] = (),
    context: Qt.ShortcutContext | None = None,
    tip: str = "",
    checkable: bool = False,
    enabled: bool = True,
    menu: QMenu | None = None,
) -> QAction:
    """An action of ``owner`` (the window or widget whose shortcut it is).

    Args:
        slot: called, without arguments, when the action is triggered.
        shortcuts: its key sequences, the first one shown in menus.
        context: where its shortcuts work (Qt's default: the whole window).
        tip: the status bar's text while the action is hovered in a menu.
        menu: a menu to add the action to.
    """
    action = QAction(text, owner)
    # A standard key with no binding on this platform (Quit, on some) gives an empty sequence;
    # a key also given by name (Quit is Ctrl+Q where it has a binding) is bound once.
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        key = QKeySequence(shortcut)
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    action.setShortcuts(keys)
    if context is not None:
        action.setShortcutContext(context)
    if tip:
        action.setStatusTip(tip)
    action.setCheckable(checkable)
    action.setEnabled(enabled)
    if slot is not None:
        action.triggered.connect(lambda: slot())  # not passed the "checked" flag
    if menu is not None:
        menu.addAction(action)
    return action
