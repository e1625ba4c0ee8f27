"""Small widgets shared by the side panels, and the base class the document panels share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import translate
from bodymap.model import Findings
from bodymap.ui import palette
from bodymap.ui.document import EditRefused, SessionDocument
from bodymap.ui.panels.ranges import model_bounds
from bodymap.ui.text_editors import LONG_TEXT, SHORT_TEXT, LineEditor, TextEditor

TEN_WINDOW_MS = 1500
"""Typing 1 then 0 within this time sets a pain score of 10."""


def lit_style() -> str:
    """A lit toggle button's look, in the colours of the application's palette."""
    scheme = palette.scheme()
    return (
        f"QPushButton:checked {{ background-color: {palette.css(scheme.lit_background)};"
        f" color: {palette.css(scheme.lit_text)}; border: 1px solid"
        f" {palette.css(scheme.lit_border)}; border-radius: 3px; padding: 3px 4px; }}"
    )


class DocumentPanel(QWidget):
    """A panel showing part of a :class:`SessionDocument` and editing it through its verbs.

    Subclasses fill in :meth:`_refresh`; while it runs, widget signals make no edits. An edit
    the document refuses is announced by :attr:`refused` (the window shows it).
    """

    refused = Signal(str)
    """An edit made in this panel was refused: why, for the status bar."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._updating = False
        self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        """A panel hidden behind another tab catches up when it is shown."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _refresh_if_shown(self) -> None:
        # Panels behind another tab refresh when shown: a change to one of 1,000 points
        # then costs nothing here.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Show the document's current values (no edits are made)."""
        self._updating = True
        self._stale = False
        try:
            self._refresh()
        finally:
            self._updating = False

    def _refresh(self) -> None:
        raise NotImplementedError

    def _edit(self, verb: Callable[[], object]) -> bool:
        """Make a widget change the user's edit: call one of the document's edit verbs.

        Returns whether the document took it. Changes made while the panel shows the
        document's values are not edits; a refusal is announced by :attr:`refused`.
        """
        if self._updating:
            return False
        try:
            verb()
        except EditRefused as refusal:
            self.refused.emit(str(refusal))
            self.refresh()
            return False
        return True

    def _refresh_on_every_change(self) -> None:
        """Refresh after any change of the details or the points, and after a reset."""
        doc = self._doc
        for signal in (doc.details_changed, doc.session_reset):
            signal.connect(self._refresh_if_shown)
        for point_signal in (doc.point_added, doc.point_changed, doc.point_removed):
            point_signal.connect(lambda _id: self._refresh_if_shown())


class Choice(QWidget):
    """A row of toggle buttons for one of a few values; clicking the lit one clears it."""

    chosen = Signal(object)

    def __init__(self, name: str, options: Sequence[tuple[object, str]], clearable: bool = True):
        super().__init__()
        self._clearable = clearable
        self._value: object = None
        self.buttons: dict[object, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for value, label in options:
            button = QPushButton(label)
            button.setCheckable(True)
            button.setStyleSheet(lit_style())
            button.setAccessibleName(
                translate("widgets", "{name}: {option}").format(name=name, option=label)
            )
            button.clicked.connect(lambda on, v=value: self._clicked(v, on))
            row.addWidget(button)
            self.buttons[value] = button
        row.addStretch(1)

    def value(self) -> object:
        """The lit option (None: nothing, or the selected points differ)."""
        return self._value

    def set_value(self, value: object) -> None:
        """Light ``value`` without emitting ``chosen``."""
        self._value = value
        for option, button in self.buttons.items():
            button.setChecked(option == value)

    def _clicked(self, value: object, on: bool) -> None:
        if not on and not self._clearable:
            self.set_value(value)
            return
        self.set_value(value if on else None)
        self.chosen.emit(self._value)


class PainSpin(QSpinBox):
    """Pain 0-10 (NRS, the model's range); a digit key sets the score, 1 then 0 typed quickly
    sets 10; below the range is "not recorded"."""

    def __init__(self, name: str) -> None:
        super().__init__()
        bounds = model_bounds(Findings, "pain_before")
        self.setRange(int(bounds.low or 0) - 1, int(bounds.high or 10))
        self.setSpecialValueText("-")
        self.setAccessibleName(name)
        self.setToolTip(
            translate(
                "widgets", "{name} (0-10). Type a digit; 1 then 0 for 10; Delete clears."
            ).format(name=name)
        )
        self._one = QElapsedTimer()

    def score(self) -> int | None:
        """The score, or None when not recorded."""
        return None if self.value() < 0 else self.value()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit():
            digit = int(text)
            quick = self._one.isValid() and self._one.elapsed() < TEN_WINDOW_MS
            self.setValue(10 if digit == 0 and quick and self.value() == 1 else digit)
            if digit == 1:
                self._one.start()
            else:
                self._one.invalidate()
            self.selectAll()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.setValue(-1)
            event.accept()
            return
        super().keyPressEvent(event)


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (``&``) focuses ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def combo(labels: dict[str, str], name: str = "") -> QComboBox:
    """A drop-down of ``labels`` (value: shown text); the value is each item's data."""
    box = QComboBox()
    if name:
        box.setAccessibleName(name)
    for value, label in labels.items():
        box.addItem(label, value)
    return box


def short_text(placeholder: str = "") -> LineEditor:
    """A one-line text field that takes only what the model's short text keeps."""
    return LineEditor(SHORT_TEXT, placeholder)


def multi_line(placeholder: str, height: int = 64) -> TextEditor:
    """A short multi-line field with the model's limit and a counter; Tab moves on.

    ``height`` is the room for text; the counter's line is added below it.
    """
    edit = TextEditor(LONG_TEXT, placeholder)
    edit.setFixedHeight(height + edit.counter_height)
    return edit


def reflowing_form(parent: QWidget | None = None) -> QFormLayout:
    """A form that puts each field under its label when the panel is too narrow for both."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def scrolling_column(owner: QWidget, boxes: Sequence[QWidget]) -> None:
    """Lay ``boxes`` out top to bottom in ``owner``, scrolling vertically when they overflow."""
    content = QWidget()
    column = QVBoxLayout(content)
    for box in boxes:
        column.addWidget(box)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
    scroll.setWidget(content)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
