"""The main window's menus, shortcuts and the map's context menu, built when it completes.

Each menu entry calls one controller's method; this module only lays them out and binds keys.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from bodymap.i18n import translate
from bodymap.ui import landmarks, view_options
from bodymap.ui.actions import make_action
from bodymap.ui.details import DetailsTabs
from bodymap.ui.diagram_view import DiagramView
from bodymap.ui.document import SessionDocument
from bodymap.ui.editing import PointEditor
from bodymap.ui.files import FileController
from bodymap.ui.plain_text import menu_text, plain_tooltip
from bodymap.ui.window_parts import EditActions, WindowParts

if TYPE_CHECKING:
    from bodymap.ui.shortcuts import ShortcutsPage

StandardKey = QKeySequence.StandardKey
RECENT_MENU = "recent_menu"
"""Object name of File → Open Recent: its entries are the recent files, without shortcuts."""


def edit_actions(
    window: QMainWindow,
    doc: SessionDocument,
    editor: PointEditor,
    view: DiagramView,
    details: DetailsTabs,
) -> EditActions:
    """Undo, Redo, Delete Point and Point Details; the last two work on the map and the list."""
    undo = doc.undo_stack.createUndoAction(window, translate("menus", "&Undo"))
    undo.setShortcut(StandardKey.Undo)
    redo = doc.undo_stack.createRedoAction(window, translate("menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    delete = make_action(
        window,
        translate("menus", "&Delete Point"),
        editor.delete_selected,
        shortcuts=[StandardKey.Delete, "Backspace"],
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        tip=translate("menus", "Delete the selected points; the points after them are renumbered"),
    )
    point_details = make_action(
        window,
        translate("menus", "&Point Details"),
        details.focus_point_details,
        shortcuts=["F2"],
        tip=translate("menus", "Go to the selected point's muscle, findings and treatment"),
    )
    for widget in (view, details.points_list):
        widget.addAction(delete)
    view.details_requested.connect(lambda _point_id: details.focus_point_details())
    return EditActions(undo, redo, delete, point_details)


def fill(
    window: QMainWindow,
    menus: dict[str, QMenu],
    parts: WindowParts,
    view: DiagramView,
    toolbar: tuple[QAction, QAction, QAction, QAction],
) -> None:
    """Fill the window's menus and bind its shortcuts.

    Every entry has a shortcut, shown beside it, and a mnemonic of its own within its menu;
    Help → Keyboard Shortcuts lists them all.

    Args:
        menus: the menu bar's menus by key (file, edit, view, patients, help).
        toolbar: the toolbar's Undo, Redo, Show Deep Muscles and Draw Pain actions.
    """
    undo_button, redo_button, deep_action, draw_action = toolbar
    _file_menu(window, menus["file"], parts)
    _edit_menu(window, menus["edit"], parts, view)
    _view_menu(window, menus["view"], parts, view, deep_action)
    menus["edit"].addSeparator()
    menus["edit"].addAction(draw_action)
    _patients_menu(window, menus["patients"], parts)
    _help_menu(window, menus["help"], parts.files)
    _twin(undo_button, parts.edit.undo, parts.doc.undo_stack.undoTextChanged)
    _twin(redo_button, parts.edit.redo, parts.doc.undo_stack.redoTextChanged)
    view.point_menu_requested.connect(
        lambda point_id, where: _point_context_menu(window, view, parts.edit, point_id, where)
    )


def _file_menu(window: QMainWindow, menu: QMenu, parts: WindowParts) -> None:
    files, printing = parts.files, parts.printing
    make_action(
        window,
        translate("menus", "&New Session"),
        files.new,
        shortcuts=[StandardKey.New],
        menu=menu,
    )
    make_action(
        window,
        translate("menus", "Start Ne&xt Visit"),
        parts.history.start_next_visit,
        shortcuts=["Ctrl+Shift+N"],
        tip=translate(
            "menus", "A new session for this patient, with this visit's points offered on the map"
        ),
        menu=menu,
    )
    make_action(
        window, translate("menus", "&Open…"), files.open, shortcuts=[StandardKey.Open], menu=menu
    )
    recent = menu.addMenu(translate("menus", "Open &Recent"))
    recent.setObjectName(RECENT_MENU)
    recent.aboutToShow.connect(lambda: _fill_recent(recent, files))
    menu.addSeparator()
    make_action(
        window, translate("menus", "&Save"), files.save, shortcuts=[StandardKey.Save], menu=menu
    )
    make_action(
        window,
        translate("menus", "Save &As…"),
        files.save_as,
        shortcuts=[StandardKey.SaveAs],
        menu=menu,
    )
    menu.addSeparator()
    signing = parts.signing
    sign = make_action(
        window, translate("menus", "Si&gn…"), signing.sign, shortcuts=["Ctrl+Shift+G"], menu=menu
    )
    sign.setToolTip(
        translate("menus", "Sign the saved record: it becomes read-only, amendments only")
    )
    amend = make_action(
        window, translate("menus", "A&mend…"), signing.amend, shortcuts=["Ctrl+Shift+M"], menu=menu
    )
    amend.setToolTip(translate("menus", "Add a signed amendment to the signed record"))
    signing.bind(sign, amend)
    make_action(
        window,
        translate("menus", "Propert&ies"),
        signing.show_properties,
        shortcuts=["Alt+Return"],
        menu=menu,
    )
    menu.addSeparator()
    make_action(
        window,
        translate("menus", "Print Pre&view…"),
        printing.preview,
        shortcuts=["Ctrl+Shift+O"],
        menu=menu,
    )
    make_action(
        window,
        translate("menus", "&Print…"),
        printing.print_,
        shortcuts=[StandardKey.Print],
        menu=menu,
    )
    make_action(
        window,
        translate("menus", "&Export PDF…"),
        printing.export_pdf,
        shortcuts=["Ctrl+E"],
        menu=menu,
    )
    make_action(
        window,
        translate("menus", "Export Ar&chival PDF (PDF/A-1b)…"),
        printing.export_archival_pdf,
        shortcuts=["Ctrl+Alt+E"],
        tip=translate(
            "menus", "A PDF/A-1b file for long-term keeping: fonts embedded, no transparency"
        ),
        menu=menu,
    )
    parts.exporting.populate(menu)
    menu.addSeparator()
    make_action(
        window,
        translate("menus", "&Quit"),
        window.close,
        shortcuts=[StandardKey.Quit, "Ctrl+Q"],
        menu=menu,
    )


def _fill_recent(menu: QMenu, files: FileController) -> None:
    menu.clear()
    recent = files.recent_files()
    if not recent:
        make_action(menu, translate("menus", "No recent sessions"), enabled=False, menu=menu)
    for path in recent:
        name = menu_text(path.name)
        action = make_action(menu, name, partial(files.open_path, path), menu=menu)
        action.setToolTip(plain_tooltip(str(path)))


def _edit_menu(window: QMainWindow, menu: QMenu, parts: WindowParts, view: DiagramView) -> None:
    menu.addAction(parts.edit.undo)
    menu.addAction(parts.edit.redo)
    menu.addSeparator()
    menu.addAction(parts.edit.delete)
    scene, doc = view.diagram_scene(), parts.doc
    make_action(
        window,
        translate("menus", "Select &All Points"),
        lambda: scene.select_ids([p.id for p in doc.session.points]),
        shortcuts=[StandardKey.SelectAll],
        menu=menu,
    )
    menu.addAction(parts.edit.details)
    make_action(
        window,
        translate("menus", "&Go to Landmark…"),
        lambda: landmarks.go_to_landmark(view, window),
        shortcuts=["Ctrl+L"],
        tip=translate("menus", "Put the map's crosshair on a bony landmark"),
        menu=menu,
    )
    menu.addSeparator()
    history = parts.undo_dock.toggleViewAction()
    history.setText(translate("menus", "Undo &History"))
    history.setShortcut(QKeySequence("Ctrl+H"))
    menu.addAction(history)


def _view_menu(
    window: QMainWindow, menu: QMenu, parts: WindowParts, view: DiagramView, deep: QAction
) -> None:
    make_action(
        window,
        translate("menus", "Zoom &In"),
        view.zoom_in,
        shortcuts=["Ctrl+=", "Ctrl++", StandardKey.ZoomIn],
        menu=menu,
    )
    make_action(
        window, translate("menus", "Zoom &Out"), view.zoom_out, shortcuts=["Ctrl+-"], menu=menu
    )
    make_action(
        window, translate("menus", "&Fit to Window"), view.fit, shortcuts=["Ctrl+0"], menu=menu
    )
    menu.addSeparator()
    menu.addAction(deep)
    shown = make_action(
        window,
        translate("menus", "Colour &Key"),
        shortcuts=["Ctrl+K"],
        tip=translate("menus", "What the marker colours, badges and rings mean"),
        checkable=True,
        menu=menu,
    )
    shown.setChecked(view.colour_key.isVisibleTo(view))
    shown.toggled.connect(view.set_colour_key_shown)
    shown.toggled.connect(view_options.set_colour_key_shown)
    contrast = make_action(
        window,
        translate("menus", "&High Contrast"),
        shortcuts=["Ctrl+Shift+H"],
        tip=translate("menus", "Thicker outlines and larger numbers on the map"),
        checkable=True,
        menu=menu,
    )

    contrast.setChecked(view.diagram_scene().high_contrast)
    contrast.toggled.connect(view.set_high_contrast)
    contrast.toggled.connect(view_options.set_high_contrast)
    menu.addSeparator()
    make_action(
        window,
        translate("menus", "&Switch Between Map and Details"),
        partial(_switch_pane, view, parts.details),
        shortcuts=["F6", "Shift+F6"],
        menu=menu,
    )


def _switch_pane(view: DiagramView, details: DetailsTabs) -> None:
    """F6: from the map to the details panel, and back."""
    if view.hasFocus():
        details.focus_current_tab()
    else:
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _patients_menu(window: QMainWindow, menu: QMenu, parts: WindowParts) -> None:
    history = parts.history
    make_action(
        window,
        translate("menus", "&Patients and Earlier Visits…"),
        history.show_browser,
        shortcuts=["Ctrl+Shift+P"],
        menu=menu,
    )
    make_action(
        window,
        translate("menus", "&Accept All Previous-Visit Points"),
        history.accept_all,
        shortcuts=["Ctrl+Shift+A"],
        menu=menu,
    )
    make_action(
        window,
        translate("menus", "Pr&eferences…"),
        history.show_preferences,
        shortcuts=[StandardKey.Preferences, "Ctrl+,"],
        menu=menu,
    )


def _help_menu(window: QMainWindow, menu: QMenu, files: FileController) -> None:
    make_action(
        window,
        translate("menus", "&Keyboard Shortcuts"),
        lambda: _show_shortcuts(window),
        shortcuts=[StandardKey.HelpContents, "F1"],
        menu=menu,
    )
    make_action(
        window,
        translate("menus", "Open &Example Session"),
        files.open_example,
        shortcuts=["Ctrl+Shift+X"],
        menu=menu,
    )
    make_action(
        window,
        translate("menus", "&About bodymap"),
        lambda: _about(window),
        shortcuts=["Ctrl+F1"],
        menu=menu,
    )


def _show_shortcuts(window: QMainWindow) -> ShortcutsPage:
    from bodymap.ui.shortcuts import ShortcutsPage

    page = ShortcutsPage(window.menuBar(), window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.open()
    return page


class _StepTooltip(QObject):
    """Keeps a toolbar Undo or Redo button's tooltip naming the step; it goes with the button."""

    def __init__(self, button: QAction, keys: str) -> None:
        super().__init__(button)
        self._button = button
        self._label = button.text()
        self._keys = keys
        self.show_step("")

    def show_step(self, step: str) -> None:
        # The menu's action has the keys; the button's tooltip says them too.
        tip = f"{self._label} {step}".strip()
        if self._keys:
            tip = translate("menus", "{action} ({keys})").format(action=tip, keys=self._keys)
        self._button.setToolTip(tip)


def _twin(button: QAction, action: QAction, step_text_changed: SignalInstance) -> None:
    """Make the toolbar ``button`` act as ``action``, with a fixed label.

    The menu's Undo and Redo name the step ("Undo Add point 12"); on a toolbar button that
    changing width re-laid-out the toolbar and the panels after every edit. The button keeps
    its label and names the step in its tooltip.
    """
    button.setEnabled(action.isEnabled())
    button.triggered.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    step_text_changed.connect(_StepTooltip(button, keys).show_step)


def _point_context_menu(
    window: QWidget, view: DiagramView, edit: EditActions, point_id: str, where: QPoint
) -> None:
    if point_id not in view.diagram_scene().selected_ids():
        view.diagram_scene().select_ids([point_id])
    menu = QMenu(window)
    menu.addAction(edit.details)
    menu.addAction(edit.delete)
    menu.exec(where)


def _about(parent: QWidget) -> None:
    from bodymap.ui import about

    about.show_about(parent)
