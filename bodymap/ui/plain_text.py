"""User and file text in widgets: always plain text, and bidi-isolated where it joins ours.

Qt guesses whether a string is rich text (HTML) wherever a widget's text format is automatic:
labels, tooltips and message boxes. A name such as ``<img src=file:///…>`` would then be
fetched, and ``<h1>NO ALLERGY</h1>`` shown large. What a user typed or a file held is data,
never markup, so it is shown through these helpers:

- :func:`plain_label` and :func:`make_plain` for labels,
- :func:`plain_tooltip` for tooltips (Qt has no plain-text tooltips: text it would read as
  HTML is escaped),
- :func:`message_box` and :func:`ask` for message boxes,
- :func:`isolated` for user text joined with other text (titles, list rows, messages), so a
  right-to-left override in a name cannot reorder the rest of the line.

Editors with the model's limits are in :mod:`bodymap.ui.text_editors`. This module loads
with the map (the dialogs use it), so it imports no more than Qt.
"""

from __future__ import annotations

import unicodedata

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

_BIDI_SENSITIVE = frozenset(
    {"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)
"""Bidi classes of characters that can reorder text around them: right-to-left letters,
Arabic digits, and the explicit embeddings, overrides and isolates."""


def isolated(text: str) -> str:
    """``text`` ready to be joined with other text on screen, as ``model.isolate`` isolates it
    on paper.

    Text with a right-to-left letter or a bidi control is wrapped in a bidi isolate, so it
    cannot reorder what is around it (an override in a name cannot print the identifier
    after it backwards). Text with neither cannot reorder anything and is returned as it
    is, so that it copies and reads as typed.
    """
    if not any(unicodedata.bidirectional(char) in _BIDI_SENSITIVE for char in text):
        return text
    from bodymap.model import isolate  # the model loads with the complete window

    return isolate(text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (set it with ``setToolTip``).

    Qt shows a tooltip as rich text when ``Qt.mightBeRichText`` says it may be; such text is
    escaped inside a paragraph that keeps its line breaks. Other text is shown plain by Qt
    and is returned unchanged.
    """
    if not QtGui.Qt.mightBeRichText(text):
        return text
    import html  # not needed for the map's first paint

    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def make_plain(label: QLabel) -> QLabel:
    """Make ``label`` show its text as plain text (never as HTML) and return it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", *, wrap: bool = False, selectable: bool = False) -> QLabel:
    """A label showing ``text`` (and whatever is set later) as plain text.

    Args:
        wrap: break long text into lines.
        selectable: the user may select the text with the mouse to copy it.
    """
    label = make_plain(QLabel())
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FittingLabel(QLabel):
    """A plain label that wraps and always asks for the height of all its lines at its width:
    in a form a wrapped label was given too few lines when its text came while the form was
    laid out (a warning cut at its top and bottom)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make_plain(self)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class StatusLabel(QLabel):
    """A plain one-line label for the status bar that takes at most ``share`` of the bar's
    width, so that the bar's messages keep the rest: longer text is shown shortened with an
    ellipsis, in full in its tooltip (``text()`` and screen readers have it whole)."""

    def __init__(self, share: float = 0.5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share = share
        make_plain(self)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text) if self._elided() else "")
        self.updateGeometry()

    def _room(self) -> int:
        bar = self.parentWidget()
        return int(bar.width() * self._share) if bar is not None else 10_000

    def _elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self._room()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self._room()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setToolTip(plain_tooltip(self.text()) if self._elided() else "")

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.contentsRect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
        )
        painter.end()


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box whose text is plain text (file names and lock holders are not markup).

    The box is not shown: call ``exec()``, or use :func:`ask`.
    """
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """Show a plain-text :func:`message_box` and wait for the button the user chose."""
    box = message_box(parent, icon, title, text, buttons, default)
    box.exec()
    clicked = box.clickedButton()
    return (
        box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.NoButton
    )


def menu_text(text: str) -> str:
    """``text`` as a menu entry shows it: an ``&`` is not a keyboard mnemonic."""
    return text.replace("&", "&&")


def window_title_text(text: str) -> str:
    """``text`` inside a window title: a ``[*]`` in it is not the modified-mark placeholder."""
    return text.replace("[*]", "[*][*]")
