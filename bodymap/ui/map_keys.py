"""The keys that work on the map when it has the keyboard focus, in one table.

The map (:class:`bodymap.ui.diagram_view.DiagramView`) acts on these keys and the Help →
Keyboard Shortcuts page lists them from this same table, so the two cannot differ.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

from bodymap.i18n import QT_TRANSLATE_NOOP, translate

STEP_MM: Final = 1.0
"""How far an arrow key moves the crosshair or the selected points."""
LARGE_STEP_MM: Final = 5.0
"""How far Shift and an arrow key move them."""


class MapCommand(enum.Enum):
    """What a key does on the map."""

    MOVE = enum.auto()
    """Move the selected points; with none selected, the crosshair."""
    PLACE_OR_OPEN = enum.auto()
    """Place a point at the crosshair; with a point selected, go to its details."""
    NEXT_POINT = enum.auto()
    PREVIOUS_POINT = enum.auto()
    CLEAR_SELECTION = enum.auto()
    POINT_MENU = enum.auto()


@dataclass(frozen=True)
class MapKey:
    """One key (or a few equivalent keys) of the map and what it does."""

    keys: tuple[QKeyCombination, ...]
    command: MapCommand
    description: str
    """What the shortcuts page says the key does (English; translated where shown)."""
    step: tuple[float, float] = (0.0, 0.0)
    """For ``MOVE``: how far, in diagram mm (x to the viewer's right, y down)."""


_NONE = Qt.KeyboardModifier.NoModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_KEYPAD = Qt.KeyboardModifier.KeypadModifier
_MOVE_SMALL = QT_TRANSLATE_NOOP("map_keys", "Move the crosshair 1 mm, or the selected points")
_MOVE_LARGE = QT_TRANSLATE_NOOP("map_keys", "Move the crosshair 5 mm, or the selected points")


def _arrows() -> tuple[MapKey, ...]:
    found = []
    for modifier, step, text in (
        (_NONE, STEP_MM, _MOVE_SMALL),
        (_SHIFT, LARGE_STEP_MM, _MOVE_LARGE),
    ):
        for key, dx, dy in (
            (Qt.Key.Key_Left, -1, 0),
            (Qt.Key.Key_Right, 1, 0),
            (Qt.Key.Key_Up, 0, -1),
            (Qt.Key.Key_Down, 0, 1),
        ):
            combination = QKeyCombination(modifier, key)
            found.append(MapKey((combination,), MapCommand.MOVE, text, (dx * step, dy * step)))
    return tuple(found)


MAP_KEYS: Final[tuple[MapKey, ...]] = (
    *_arrows(),
    MapKey(
        (
            QKeyCombination(_NONE, Qt.Key.Key_Return),
            QKeyCombination(_KEYPAD, Qt.Key.Key_Enter),
            QKeyCombination(_NONE, Qt.Key.Key_Space),
        ),
        MapCommand.PLACE_OR_OPEN,
        QT_TRANSLATE_NOOP(
            "map_keys",
            "Place a point at the crosshair (while drawing pain: paint there); on a selected "
            "point, go to its details",
        ),
    ),
    MapKey(
        (QKeyCombination(_NONE, Qt.Key.Key_Tab),),
        MapCommand.NEXT_POINT,
        QT_TRANSLATE_NOOP(
            "map_keys", "Select the next point; after the last one, go on to its details"
        ),
    ),
    MapKey(
        (QKeyCombination(_SHIFT, Qt.Key.Key_Backtab),),
        MapCommand.PREVIOUS_POINT,
        QT_TRANSLATE_NOOP(
            "map_keys", "Select the previous point; before the first one, back to the crosshair"
        ),
    ),
    MapKey(
        (QKeyCombination(_NONE, Qt.Key.Key_Escape),),
        MapCommand.CLEAR_SELECTION,
        QT_TRANSLATE_NOOP(
            "map_keys", "Clear the selection: the arrow keys move the crosshair again"
        ),
    ),
    MapKey(
        (QKeyCombination(_NONE, Qt.Key.Key_Menu),),
        MapCommand.POINT_MENU,
        QT_TRANSLATE_NOOP(
            "map_keys", "The selected point's menu (its commands also have keys of their own)"
        ),
    ),
)
"""Every key of the map. Tab and Shift+Tab arrive as focus changes and the menu keys as a
context-menu request; the others arrive as key presses (:func:`binding_for`)."""

_BY_KEY: Final = {key: binding for binding in MAP_KEYS for key in binding.keys}


def binding_for(combination: QKeyCombination) -> MapKey | None:
    """What ``combination`` (a key press on the map) does, if anything."""
    return _BY_KEY.get(combination)


def key_text(combination: QKeyCombination) -> str:
    """How a key is written on this platform ("Shift+Left")."""
    if combination.key() == Qt.Key.Key_Backtab:
        combination = QKeyCombination(_SHIFT, Qt.Key.Key_Tab)
    if combination.keyboardModifiers() & _KEYPAD:
        return QKeySequence(combination.key()).toString(QKeySequence.SequenceFormat.NativeText)
    return QKeySequence(combination).toString(QKeySequence.SequenceFormat.NativeText)


def page_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the shortcuts page: keys that do the same thing share a row."""
    rows: dict[str, list[str]] = {}
    for binding in MAP_KEYS:
        keys = rows.setdefault(binding.description, [])
        keys += [key_text(k) for k in binding.keys if key_text(k) not in keys]
    return [
        (", ".join(keys), translate("map_keys", description)) for description, keys in rows.items()
    ]
