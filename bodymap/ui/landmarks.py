"""LandmarkDialog: Edit → Go to Landmark (Ctrl+L), a searchable list of the diagram's landmarks.

Choosing one puts the map's crosshair on it, ready for the arrow keys and Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy import Diagram, landmark_name
from bodymap.i18n import translate
from bodymap.ui.diagram_view import DiagramView

_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def matches(name: str, query: str) -> bool:
    """Whether every word of ``query`` appears in a word of ``name``."""
    words = name.lower().replace(",", " ").replace("'", " ").replace("_", " ").split()
    return all(any(q in w for w in words) for q in query.lower().split())


class LandmarkDialog(QDialog):
    """Type to narrow the list; Enter (or a double click) goes to the highlighted landmark."""

    chosen = Signal(str)
    """The key of the landmark chosen (``Diagram.landmarks``)."""

    def __init__(self, diagram: Diagram, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("landmarks", "Go to Landmark"))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(translate("landmarks", "Find a landmark"))
        self.filter.setPlaceholderText(
            translate("landmarks", "e.g. inferior angle left, T4, acromion")
        )
        self.filter.setClearButtonEnabled(True)
        label = QLabel(translate("landmarks", "&Find:"))
        label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("landmarks", "Landmarks"))
        for key in diagram.landmarks:
            item = QListWidgetItem(landmark_name(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("landmarks", "&Go")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        # As wide as the longest name in the language, so that none is cut.
        longest = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
        longest += self.list.verticalScrollBar().sizeHint().width() + 8
        margins = layout.contentsMargins()
        self.resize(max(420, longest + margins.left() + margins.right()), 460)

    def current_key(self) -> str | None:
        """The landmark highlighted in the list, if any is shown."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        """Go to the highlighted landmark (nothing happens while none matches)."""
        key = self.current_key()
        if key is None:
            return
        super().accept()
        self.chosen.emit(key)

    def _narrow(self, query: str) -> None:
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            # The landmark's key is searched too: "acromion" finds the posterior acromial angle.
            words = f"{item.text()} {item.data(Qt.ItemDataRole.UserRole)}"
            hidden = not matches(words, query)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the list, as in a search box.
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVE_KEYS
        ):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)


def go_to_landmark(view: DiagramView, parent: QWidget) -> LandmarkDialog:
    """Open the landmark list; the chosen landmark takes the crosshair (and the focus)."""
    scene = view.diagram_scene()
    dialog = LandmarkDialog(scene.diagram, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def jump(key: str) -> None:
        scene.clearSelection()
        view.window().activateWindow()  # back from the dialog, on every platform
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.move_crosshair_to(*scene.diagram.landmarks[key])

    dialog.chosen.connect(jump)
    dialog.open()
    return dialog
