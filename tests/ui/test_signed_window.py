"""A signed record in the window: read-only from every entry point, and the file never changes."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QUndoView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.model import TriggerPoint, new_id
from bodymap.ui import MainWindow
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at, drag, midpoint
from tests.ui.signing_helpers import clinic_folder, registered_key, signed_file

pytestmark = pytest.mark.gui

REFUSED = "this record is signed: add an amendment instead"


@pytest.fixture
def record(tmp_path: Path, dialogs: type[FakeDialogs]) -> Path:
    """A signed example session on disk, its key registered in the clinic folder."""
    return signed_file(tmp_path, registered_key(clinic_folder(tmp_path)))


@pytest.fixture
def opened(qtbot: QtBot, window: MainWindow, record: Path) -> MainWindow:
    assert window.open_file(record)
    window.view.fit()
    return window


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def _focus_map(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def _far_from_points(window: MainWindow) -> tuple[float, float]:
    lm = window.diagram.landmarks
    x, y = midpoint(lm["t7"], lm["inferior_angle_left"])
    assert window.diagram.contains(x, y)
    assert all(math.dist((x, y), (p.x, p.y)) > 15 for p in window.session.points)
    return x, y


def _select_first(window: MainWindow) -> TriggerPoint:
    point = window.session.points[0]
    window.scene.select_ids([point.id])
    return point


def click_on_the_map(qtbot: QtBot, window: MainWindow) -> None:
    click_at(qtbot, window, *_far_from_points(window))
    assert REFUSED in _status(window)


def drag_a_marker(qtbot: QtBot, window: MainWindow) -> None:
    point = window.session.points[0]
    drag(qtbot, window, (point.x, point.y), (point.x + 20.0, point.y + 5.0))
    assert REFUSED in _status(window)
    item = window.scene.item_for(point.id)
    assert item is not None
    assert (item.pos().x(), item.pos().y()) == (point.x, point.y), "the marker went back"


def arrow_keys(qtbot: QtBot, window: MainWindow) -> None:
    _select_first(window)
    _focus_map(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert REFUSED in _status(window)


def delete_key(qtbot: QtBot, window: MainWindow) -> None:
    _select_first(window)
    _focus_map(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert REFUSED in _status(window)


def _poke(widget: QWidget) -> None:
    """Change an input widget's value as typing or clicking would (even a disabled one)."""
    if isinstance(widget, QLineEdit):
        widget.setText(widget.text() + "7")
        widget.editingFinished.emit()
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(widget.toPlainText() + " changed")
    elif isinstance(widget, QCheckBox):
        widget.click() if widget.isEnabled() else widget.toggle()
    elif isinstance(widget, QComboBox) and widget.count() > 1:
        index = (widget.currentIndex() + 1) % widget.count()
        widget.setCurrentIndex(index)
        widget.activated.emit(index)
    elif isinstance(widget, QAbstractSpinBox):
        widget.stepUp()
    elif isinstance(widget, QListWidget) and widget.count():
        item = widget.item(0)
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)


def every_panel_field(qtbot: QtBot, window: MainWindow) -> None:
    _select_first(window)
    details = window.completed().details
    refusals: list[str] = []
    for panel in details.panels():
        panel.refused.connect(refusals.append)
    poked = 0
    for index in range(details.count()):
        details.setCurrentIndex(index)
        for panel in (p for p in details.panels() if p.isVisible()):
            for widget in panel.findChildren(QWidget):
                if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                    continue  # an editable combo box's own line edit
                if widget.property("view_option"):
                    continue  # changes what the map shows, not the record (read-only too)
                if isinstance(widget, QLineEdit | QPlainTextEdit | QCheckBox | QComboBox):
                    assert not widget.isEnabled(), f"{widget.accessibleName()} takes input"
                _poke(widget)
                poked += 1
    assert poked > 40
    # Typed text the field itself refuses (a date that is no date) never reaches the document;
    # everything else does, and is refused there.
    signed = [text for text in refusals if REFUSED in text]
    assert len(signed) > 10, "the panels' edits reached the document"


def undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    edit = window.completed().edit
    assert not edit.undo.isEnabled()
    assert not edit.redo.isEnabled()
    assert not window.undo_button.isEnabled()
    edit.undo.trigger()
    edit.redo.trigger()
    _focus_map(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)


def the_undo_view(qtbot: QtBot, window: MainWindow) -> None:
    parts = window.completed()
    parts.undo_dock.show()
    view = parts.undo_dock.widget()
    assert isinstance(view, QUndoView)
    model = view.model()
    assert model.rowCount() == 1, "only the record as opened"
    for row in range(model.rowCount()):
        rect = view.visualRect(model.index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert parts.doc.undo_stack.index() == 0


def accept_earlier_points(qtbot: QtBot, window: MainWindow) -> None:
    earlier = window.session.points[0].model_copy(update={"id": new_id()})
    window.completed().history.accept_point(earlier)
    assert REFUSED in _status(window)


def restore_recovered_work(qtbot: QtBot, window: MainWindow) -> None:
    from bodymap.ui.document import EditRefused

    with pytest.raises(EditRefused, match=REFUSED):
        window.doc.restore(window.session.model_copy(update={"points": []}))


def save(qtbot: QtBot, window: MainWindow) -> None:
    _focus_map(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing to save" in _status(window)


ENTRY_POINTS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "click on the map": click_on_the_map,
    "drag a marker": drag_a_marker,
    "arrow keys": arrow_keys,
    "Delete": delete_key,
    "each panel's fields": every_panel_field,
    "undo and redo": undo_and_redo,
    "the undo history": the_undo_view,
    "accept earlier-visit points": accept_earlier_points,
    "restore recovered work": restore_recovered_work,
    "Save": save,
}


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_the_signed_record_refuses_edits_from_every_entry_point(
    qtbot: QtBot, opened: MainWindow, record: Path, entry: str
) -> None:
    before_bytes = record.read_bytes()
    before = opened.session
    assert opened.doc.read_only

    ENTRY_POINTS[entry](qtbot, opened)

    assert opened.session == before
    assert opened.doc.undo_stack.count() == 0
    assert not opened.isWindowModified()
    assert record.read_bytes() == before_bytes


def test_a_signed_record_says_who_signed_and_when(opened: MainWindow, record: Path) -> None:
    signature = storage.load_session(record).signature
    assert signature is not None
    title = opened.windowTitle()
    assert "signed by" in title
    assert "Dr A. Example" in title
    assert signature.signed_at.strftime("%Y-%m-%d %H:%M UTC") in title
    assert "read-only" in title
    line = opened.signature_line
    assert line.isVisible()
    assert line.text().startswith("✔ Signed by")
    assert "key " + signature.key_fingerprint[:4].upper() in line.text()
    assert "intact, key registered in the clinic folder" in line.text()


def test_the_signature_line_is_plain_text_with_the_name_isolated(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialogs: type[FakeDialogs]
) -> None:
    clinic = clinic_folder(tmp_path)
    key = registered_key(clinic, "<b>Dr</b> עמית")
    assert window.open_file(signed_file(tmp_path, key))
    line = window.signature_line
    assert line.textFormat() == Qt.TextFormat.PlainText
    assert "\u2068<b>Dr</b> עמית\u2069" in line.text()


def test_a_record_printed_here_says_when_the_clinic_s_keys_do_not_confirm_its_signer(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf

    from bodymap import signing

    clinic = clinic_folder(tmp_path)
    stranger = signing.create_key("Dr A. Example", "correct horse battery staple")
    path = signed_file(tmp_path, stranger)
    assert window.open_file(path)
    assert window.signature_line.text().startswith("⚠")  # amber: who signed is not confirmed
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", lambda *_: out)

    def first_page() -> str:
        return " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())

    assert window.parts.printing.export_pdf() == out
    assert "SIGNER NOT CONFIRMED · signed by" in first_page()

    signing.register_key(stranger.record, clinic)
    assert window.parts.printing.export_pdf() == out
    assert "NOT CONFIRMED" not in first_page()


def test_a_point_an_amendment_corrected_says_so_in_its_details(
    window: MainWindow, tmp_path: Path
) -> None:
    from bodymap import signing

    key = registered_key(clinic_folder(tmp_path))
    path = signed_file(tmp_path, key)
    signed = storage.load_session(path)
    old = signed.points[0].findings.pain_after
    fix = signing.correction(signed, "/points/0/findings/pain_after", (old or 0) + 1)
    storage.save_session(
        signing.amend(signed, key, reason="re-scored", text="", corrections=[fix]), path
    )
    assert window.open_file(path)
    panel = window.parts.details.point_panel
    window.scene.select_ids([window.session.points[0].id])
    assert panel.corrected.isVisible()
    assert panel.corrected.text() == (
        f"Corrected by amendment 1: findings · pain after: {old} → {(old or 0) + 1}"
    )
    window.scene.select_ids([window.session.points[1].id])
    assert not panel.corrected.isVisible()
