"""The main window's menus, shortcuts and the map's context menu, built when it completes.

Each menu entry calls one controller's method; this module only lays them out and binds keys.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QKeyCombination, QObject, QPoint, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu, QWidget

from bodymap.ui.actions import make_action
from bodymap.ui.diagram_view import DiagramView
from bodymap.ui.document import SessionDocument
from bodymap.ui.editing import NUDGE_LARGE_MM, NUDGE_MM, PointEditor
from bodymap.ui.files import FileController
from bodymap.ui.items import PointItem
from bodymap.ui.window_parts import EditActions, WindowParts

StandardKey = QKeySequence.StandardKey


def edit_actions(
    window: QMainWindow,
    doc: SessionDocument,
    editor: PointEditor,
    view: DiagramView,
    points_list: QListWidget,
) -> EditActions:
    """Undo, Redo and Delete Point; Delete works where the points are (map and list)."""
    undo = doc.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(StandardKey.Undo)
    redo = doc.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    delete = make_action(
        window,
        "&Delete Point",
        editor.delete_selected,
        shortcuts=[StandardKey.Delete, "Backspace"],
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    )
    view.addAction(delete)
    points_list.addAction(delete)
    return EditActions(undo, redo, delete)


def fill(
    window: QMainWindow,
    menus: dict[str, QMenu],
    parts: WindowParts,
    view: DiagramView,
    toolbar: tuple[QAction, QAction, QAction],
) -> None:
    """Fill the window's menus and bind its shortcuts.

    Args:
        menus: the menu bar's menus by key (file, edit, view, patients, help).
        toolbar: the toolbar's Undo, Redo and Show Deep Muscles actions.
    """
    undo_button, redo_button, deep_action = toolbar
    _file_menu(window, menus["file"], parts)
    _edit_menu(window, menus["edit"], parts, view)
    _view_menu(window, menus["view"], view, deep_action)
    _patients_menu(window, menus["patients"], parts)
    _help_menu(window, menus["help"], parts.files)
    _nudge_keys(view, parts.editor)
    _twin(undo_button, parts.edit.undo, parts.doc.undo_stack.undoTextChanged)
    _twin(redo_button, parts.edit.redo, parts.doc.undo_stack.redoTextChanged)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda pos: _point_context_menu(window, view, parts.edit.delete, pos)
    )


def _file_menu(window: QMainWindow, menu: QMenu, parts: WindowParts) -> None:
    files, printing = parts.files, parts.printing
    make_action(window, "&New Session", files.new, shortcuts=[StandardKey.New], menu=menu)
    make_action(
        window,
        "Start Ne&xt Visit",
        parts.history.start_next_visit,
        tip="A new session for this patient, with this visit's points offered on the map",
        menu=menu,
    )
    make_action(window, "&Open…", files.open, shortcuts=[StandardKey.Open], menu=menu)
    recent = menu.addMenu("Open &Recent")
    recent.aboutToShow.connect(lambda: _fill_recent(recent, files))
    menu.addSeparator()
    make_action(window, "&Save", files.save, shortcuts=[StandardKey.Save], menu=menu)
    make_action(window, "Save &As…", files.save_as, shortcuts=[StandardKey.SaveAs], menu=menu)
    menu.addSeparator()
    make_action(window, "Print Pre&view…", printing.preview, menu=menu)
    make_action(window, "&Print…", printing.print_, shortcuts=[StandardKey.Print], menu=menu)
    make_action(window, "&Export PDF…", printing.export_pdf, shortcuts=["Ctrl+E"], menu=menu)
    parts.exporting.populate(menu)
    menu.addSeparator()
    make_action(window, "&Quit", window.close, shortcuts=[StandardKey.Quit], menu=menu)


def _fill_recent(menu: QMenu, files: FileController) -> None:
    menu.clear()
    recent = files.recent_files()
    if not recent:
        make_action(menu, "No recent sessions", enabled=False, menu=menu)
    for path in recent:
        action = make_action(menu, path.name, partial(files.open_path, path), menu=menu)
        action.setToolTip(str(path))


def _edit_menu(window: QMainWindow, menu: QMenu, parts: WindowParts, view: DiagramView) -> None:
    menu.addAction(parts.edit.undo)
    menu.addAction(parts.edit.redo)
    menu.addSeparator()
    menu.addAction(parts.edit.delete)
    scene, doc = view.diagram_scene(), parts.doc
    make_action(
        window,
        "Select &All Points",
        lambda: scene.select_ids([p.id for p in doc.session.points]),
        shortcuts=[StandardKey.SelectAll],
        menu=menu,
    )
    menu.addSeparator()
    menu.addAction(parts.undo_dock.toggleViewAction())


def _view_menu(window: QMainWindow, menu: QMenu, view: DiagramView, deep: QAction) -> None:
    make_action(window, "Zoom &In", view.zoom_in, shortcuts=["Ctrl+="], menu=menu)
    window.addAction(
        make_action(window, "Zoom In", view.zoom_in, shortcuts=["Ctrl++", StandardKey.ZoomIn])
    )
    make_action(window, "Zoom &Out", view.zoom_out, shortcuts=["Ctrl+-"], menu=menu)
    make_action(window, "&Fit to Window", view.fit, shortcuts=["Ctrl+0"], menu=menu)
    menu.addSeparator()
    menu.addAction(deep)


def _patients_menu(window: QMainWindow, menu: QMenu, parts: WindowParts) -> None:
    history = parts.history
    make_action(
        window,
        "&Patients and Earlier Visits…",
        history.show_browser,
        shortcuts=["Ctrl+Shift+P"],
        menu=menu,
    )
    make_action(window, "Accept All &Previous-Visit Points", history.accept_all, menu=menu)
    make_action(window, "Pr&eferences…", history.show_preferences, menu=menu)


def _help_menu(window: QMainWindow, menu: QMenu, files: FileController) -> None:
    make_action(window, "Open &Example Session", files.open_example, menu=menu)
    make_action(window, "&About bodymap", lambda: _about(window), menu=menu)


def _nudge_keys(view: DiagramView, editor: PointEditor) -> None:
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
            nudge = make_action(
                view,
                "Move the selected points",
                partial(editor.nudge_selected, dx * step, dy * step),
                shortcuts=[QKeySequence(QKeyCombination(modifier, key))],
                context=Qt.ShortcutContext.WidgetShortcut,
            )
            view.addAction(nudge)


class _StepTooltip(QObject):
    """Keeps a toolbar Undo or Redo button's tooltip naming the step; it goes with the button."""

    def __init__(self, button: QAction) -> None:
        super().__init__(button)
        self._button = button
        self._label = button.text()

    def show_step(self, step: str) -> None:
        self._button.setToolTip(f"{self._label} {step}".strip())


def _twin(button: QAction, action: QAction, step_text_changed: SignalInstance) -> None:
    """Make the toolbar ``button`` act as ``action``, with a fixed label.

    The menu's Undo and Redo name the step ("Undo Add point 12"); on a toolbar button that
    changing width re-laid-out the toolbar and the panels after every edit. The button keeps
    its label and names the step in its tooltip.
    """
    button.setEnabled(action.isEnabled())
    button.triggered.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    step_text_changed.connect(_StepTooltip(button).show_step)


def _point_context_menu(window: QWidget, view: DiagramView, delete: QAction, pos: QPoint) -> None:
    item = view.itemAt(pos)
    if not isinstance(item, PointItem):
        return
    if not item.isSelected():
        view.diagram_scene().select_ids([item.point_id])
    menu = QMenu(window)
    menu.addAction(delete)
    menu.exec(view.viewport().mapToGlobal(pos))


def _about(parent: QWidget) -> None:
    from bodymap.ui import about

    about.show_about(parent)
