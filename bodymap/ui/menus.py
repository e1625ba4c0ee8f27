"""The main window's menus, shortcuts and map context menu, built when the window completes.

Imported by ``MainWindow.complete``: nothing here is needed for the window's first paint, and
the key sequences it builds would slow that paint down (ADR 0004).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QKeyCombination, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from bodymap.ui.editing import NUDGE_LARGE_MM, NUDGE_MM
from bodymap.ui.items import PointItem

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow


@dataclass(frozen=True)
class EditActions:
    """The Edit menu's actions other parts of the window use."""

    undo: QAction
    redo: QAction
    delete: QAction


def add_action(
    owner: QObject,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    """A menu entry of ``owner`` (the window whose shortcut it is)."""
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


class _StepTooltip(QObject):
    """Keeps a toolbar Undo/Redo button's tooltip naming the step; it goes with the button."""

    def __init__(self, button: QAction) -> None:
        super().__init__(button)
        self._button = button
        self._label = button.text()

    def show_step(self, step: str) -> None:
        self._button.setToolTip(f"{self._label} {step}".strip())


def _twin(window: MainWindow, button: QAction, action: QAction, text_signal: str) -> None:
    """Make the toolbar ``button`` act as ``action``, with a fixed label.

    The menu's Undo and Redo name the step ("Undo Add point 12"); on a toolbar button that
    changing width re-laid-out the toolbar and the panels after every edit. The button keeps
    its label and names the step in its tooltip.
    """
    button.setEnabled(action.isEnabled())
    button.triggered.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    getattr(window.doc.undo_stack, text_signal).connect(_StepTooltip(button).show_step)


def build(window: MainWindow, menus: dict[str, QMenu], undo: QAction, redo: QAction) -> EditActions:
    """Fill the window's menus, bind its shortcuts and twin the toolbar's Undo and Redo."""
    files = menus["file"]
    window.files.populate_file_menu(files)
    window.printing.populate(files, before=window.files.print_menu_anchor)
    edit = _edit_menu(window, menus["edit"])
    _view_menu(window, menus["view"])
    _nudge_keys(window)
    _twin(window, undo, edit.undo, "undoTextChanged")
    _twin(window, redo, edit.redo, "redoTextChanged")
    window.history.populate_menu(menus["patients"])
    help_menu = menus["help"]
    window.files.populate_help_menu(help_menu)
    add_action(window, help_menu, "&About bodymap", lambda: _about(window))
    window.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.view.customContextMenuRequested.connect(
        lambda pos: _point_context_menu(window, edit.delete, pos)
    )
    return edit


def _edit_menu(window: MainWindow, edit: QMenu) -> EditActions:
    undo = window.doc.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.doc.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    delete = add_action(
        window,
        edit,
        "&Delete Point",
        lambda: window.editor.remove(window.scene.selected_ids()),
        QKeySequence.StandardKey.Delete,
    )
    delete.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")])
    delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.view.addAction(delete)
    window.points_list.addAction(delete)
    add_action(
        window,
        edit,
        "Select &All Points",
        lambda: window.scene.select_ids([p.id for p in window.doc.session.points]),
        QKeySequence.StandardKey.SelectAll,
    )
    edit.addSeparator()
    edit.addAction(window.history_dock.toggleViewAction())
    return EditActions(undo, redo, delete)


def _view_menu(window: MainWindow, view: QMenu) -> None:
    add_action(window, view, "Zoom &In", window.view.zoom_in, QKeySequence("Ctrl+="))
    zoom_in_alt = QAction(window)
    zoom_in_alt.setShortcuts(
        [QKeySequence("Ctrl++"), QKeySequence(QKeySequence.StandardKey.ZoomIn)]
    )
    zoom_in_alt.triggered.connect(window.view.zoom_in)
    window.addAction(zoom_in_alt)
    add_action(window, view, "Zoom &Out", window.view.zoom_out, QKeySequence("Ctrl+-"))
    add_action(window, view, "&Fit to Window", window.view.fit, QKeySequence("Ctrl+0"))
    view.addSeparator()
    window.deep_action.setShortcut(QKeySequence("Ctrl+D"))
    view.addAction(window.deep_action)


def _nudge_keys(window: MainWindow) -> None:
    """Arrow keys move the selected markers on the map (Shift: further)."""
    for key, dx, dy in (
        (Qt.Key.Key_Left, -1, 0),
        (Qt.Key.Key_Right, 1, 0),
        (Qt.Key.Key_Up, 0, -1),
        (Qt.Key.Key_Down, 0, 1),
    ):
        for modifier, step in (
            (Qt.KeyboardModifier.NoModifier, NUDGE_MM),
            (Qt.KeyboardModifier.ShiftModifier, NUDGE_LARGE_MM),
        ):
            nudge = QAction(window)
            nudge.setShortcut(QKeySequence(QKeyCombination(modifier, key)))
            nudge.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            nudge.triggered.connect(
                lambda _=False, ddx=dx * step, ddy=dy * step: window.editor.nudge(
                    window.scene.selected_ids(), ddx, ddy
                )
            )
            window.view.addAction(nudge)


def _point_context_menu(window: MainWindow, delete: QAction, pos: QPoint) -> None:
    item = window.view.itemAt(pos)
    if not isinstance(item, PointItem):
        return
    if not item.isSelected():
        window.scene.select_ids([item.point_id])
    menu = QMenu(window)
    menu.addAction(delete)
    menu.exec(window.view.viewport().mapToGlobal(pos))


def _about(parent: QWidget) -> None:
    from bodymap.ui import about

    about.show_about(parent)
