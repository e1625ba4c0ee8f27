"""File commands in the window: nothing a clinician did is ever lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.anatomy import asset_path
from bodymap.ui import MainWindow
from bodymap.ui.dialogs import InUse, Unsaved
from bodymap.ui.files import FileController
from bodymap.ui.panels.fields import ValidatedField
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at, midpoint

pytestmark = pytest.mark.gui

EXAMPLE = asset_path("examples", "example-session.bodymap.json")


def mark_one(qtbot: QtBot, window: MainWindow) -> None:
    lm = window.diagram.landmarks
    click_at(qtbot, window, *midpoint(lm["c7"], lm["acromion_right"]))


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    """A copy of the example session in the test's folder."""
    path = tmp_path / "s.bodymap.json"
    path.write_bytes(EXAMPLE.read_bytes())
    return path


def test_save_writes_the_file_and_clears_the_modified_mark(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    mark_one(qtbot, window)
    assert window.isWindowModified()
    saved = tmp_path / "visit.bodymap.json"
    dialogs.save_answers = [saved]

    assert window.parts.files.save()

    assert storage.load_session(saved) == window.session
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("visit.bodymap.json")
    assert FileController.recent_files()[0] == saved


def test_failed_save_keeps_the_document_modified_and_says_why(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mark_one(qtbot, window)

    def read_only(*args: object) -> None:
        raise storage.SaveError("Could not save: no permission to write in the folder “ro”.")

    monkeypatch.setattr(storage, "save_session", read_only)
    dialogs.save_answers = [tmp_path / "ro" / "s.bodymap.json"]

    assert not window.parts.files.save()
    assert window.isWindowModified()
    assert window.doc.is_modified()
    assert len(window.session.points) == 1
    _title, text = dialogs.errors[-1]
    assert "NOT saved" in text
    assert "no permission" in text


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs]
) -> None:
    mark_one(qtbot, window)
    dialogs.unsaved_answers = [Unsaved.CANCEL]
    assert not window.close()
    assert window.isVisible()
    assert len(window.session.points) == 1


def test_close_where_the_save_fails_keeps_the_window(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mark_one(qtbot, window)
    dialogs.unsaved_answers = [Unsaved.SAVE]
    dialogs.save_answers = [None]  # the user cancels the file chooser
    assert not window.close()
    assert window.isVisible()


def test_bad_file_is_reported_and_never_overwritten(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    bad = tmp_path / "broken.bodymap.json"
    bad.write_bytes(b'{"format": "bodymap.session", "format_version": "1.0", "sess')
    before = window.session

    assert not window.parts.files.open_path(bad)

    assert window.session == before
    assert bad.read_bytes().endswith(b'"sess')
    title, text = dialogs.errors[-1]
    assert title == "Cannot open session"
    assert "broken.bodymap.json" in text
    assert "ends too early" in text


def test_open_example_shows_a_documented_session(window: MainWindow) -> None:
    assert window.parts.files.open_example()
    assert len(window.session.points) == 8
    assert window.session.patient.name
    assert window.parts.details.points_list.count() == 8
    assert all(window.scene.item_for(p.id) is not None for p in window.session.points)


def test_file_locked_elsewhere_opens_read_only_on_request(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    example_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = example_file
    storage.lock_path(path).write_text(
        json.dumps({"user": "drsmith", "host": "other-pc", "pid": 1, "since": "09:00"})
    )
    answers: list[str] = []

    def read_only(parent: object, name: str, holder: str) -> InUse:
        answers.append(holder)
        return InUse.READ_ONLY

    monkeypatch.setattr(dialogs, "locked_elsewhere", staticmethod(read_only))

    assert window.parts.files.open_path(path)

    assert "drsmith on other-pc since 09:00" in answers[0]
    assert window.doc.read_only
    assert "read-only" in window.windowTitle()
    count = len(window.session.points)
    mark_one(qtbot, window)
    assert len(window.session.points) == count
    assert "read-only" in window.statusBar().currentMessage()


def test_lock_is_taken_on_open_and_released_on_close(
    window: MainWindow, example_file: Path
) -> None:
    path = example_file
    assert window.parts.files.open_path(path)
    assert storage.lock_path(path).exists()
    assert window.close()
    assert not storage.lock_path(path).exists()


def test_saving_over_a_file_changed_on_disk_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    example_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = example_file
    assert window.parts.files.open_path(path)
    mark_one(qtbot, window)
    someone_else = storage.load_session(path).model_copy(update={"points": []})
    storage.save_session(someone_else, path)
    monkeypatch.setattr(
        dialogs, "overwrite_changed", staticmethod(lambda parent, name, reason: False)
    )

    assert not window.parts.files.save()

    assert storage.load_session(path) == someone_else
    assert window.isWindowModified()


def test_autosave_writes_recovery_without_pretending_to_save(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs]
) -> None:
    mark_one(qtbot, window)
    assert window.parts.files.autosave_timer.isActive()
    recovery = window.parts.files.autosave_now()
    assert recovery is not None
    assert storage.load_session(recovery) == window.session
    assert window.isWindowModified()
    assert [r.path for r in storage.list_recoveries()] == [recovery]


def test_restore_after_crash_brings_back_unsaved_points(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    crashed = window.session.model_copy(update={"points": []})
    storage.save_session(crashed, tmp_path / "unused.bodymap.json")
    mark_one(qtbot, window)
    unsaved = window.session
    path = storage.write_recovery(unsaved, None)
    meta = path.with_name(path.name.removesuffix(".recovery.bodymap.json") + ".meta.json")
    info = json.loads(meta.read_text())
    info["pid"] = 999999999  # the process that wrote it is gone
    meta.write_text(json.dumps(info))
    restored = MainWindow(dialogs=dialogs)
    qtbot.addWidget(restored)
    dialogs.unsaved_answers = [Unsaved.DISCARD]

    assert restored.parts.files.offer_recovery()

    assert restored.session == unsaved
    assert restored.isWindowModified()
    restored.parts.edit.undo.trigger()
    assert restored.session.points == []


def test_a_clean_exit_leaves_no_recovery_file(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs]
) -> None:
    mark_one(qtbot, window)
    window.parts.files.autosave_now()
    assert storage.list_recoveries()
    dialogs.unsaved_answers = [Unsaved.DISCARD]
    assert window.close()
    assert storage.list_recoveries() == []


def test_dropping_a_session_file_on_the_window_opens_it(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    path = tmp_path / "dropped.bodymap.json"
    path.write_bytes(EXAMPLE.read_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert dialogs.errors == []
    assert window.doc.path == path
    assert len(window.session.points) == 8
    QApplication.processEvents()


def test_open_file_asks_about_unsaved_changes_as_file_open_does(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], example_file: Path
) -> None:
    mark_one(qtbot, window)
    dialogs.unsaved_answers = [Unsaved.CANCEL]
    assert not window.open_file(example_file)
    assert len(window.session.points) == 1
    dialogs.unsaved_answers = [Unsaved.DISCARD]
    assert window.open_file(example_file)
    assert window.doc.path == example_file
    assert window.session == storage.load_session(example_file)


def test_starting_the_next_visit_lets_go_of_the_open_file(
    window: MainWindow, example_file: Path
) -> None:
    assert window.open_file(example_file)
    assert storage.lock_path(example_file).exists()
    assert window.parts.history.new_from(example_file)
    assert window.doc.path is None
    assert not storage.lock_path(example_file).exists()


def _type_in(qtbot: QtBot, field: ValidatedField, text: str) -> None:
    """Type ``text`` over what ``field`` shows, as the user would, without leaving it."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def test_a_date_typed_with_one_digit_month_and_day_is_the_date(
    qtbot: QtBot, window: MainWindow, example_file: Path
) -> None:
    assert window.open_file(example_file)
    _type_in(qtbot, window.parts.details.patient_panel.date_of_birth, "1958-7-4")
    assert window.parts.files.save()
    assert str(storage.load_session(example_file).patient.date_of_birth) == "1958-07-04"


def test_typed_input_not_recorded_is_neither_saved_over_nor_closed_away_unasked(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], example_file: Path
) -> None:
    # A date half typed is no value: Save says so instead of "nothing to save", and closing
    # asks as for any unsaved change.
    assert window.open_file(example_file)
    before = example_file.read_bytes()
    _type_in(qtbot, window.parts.details.patient_panel.date_of_birth, "1958-07")
    assert not window.doc.is_modified()
    assert not window.parts.files.save()
    (title, text) = dialogs.errors[-1]
    assert title == "Not saved"
    assert "Date of birth: " in text
    assert "Not recorded." in text
    assert example_file.read_bytes() == before
    dialogs.unsaved_answers = [Unsaved.CANCEL]
    assert not window.close()
    assert window.isVisible()
    dialogs.unsaved_answers = [Unsaved.DISCARD]
    assert window.close()


def test_discarded_typed_input_does_not_follow_into_the_next_session(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs]
) -> None:
    weight = window.parts.details.patient_panel.weight
    _type_in(qtbot, weight, "abc")
    weight.edit.editingFinished.emit()
    assert window.parts.files.pending_input()
    dialogs.unsaved_answers = [Unsaved.DISCARD]
    assert window.parts.files.new()
    assert window.parts.files.pending_input() == []
    assert weight.error_text == ""


def test_signing_waits_for_typed_input_to_be_recorded(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], example_file: Path
) -> None:
    assert window.open_file(example_file)
    before = example_file.read_bytes()
    birth = window.parts.details.patient_panel.date_of_birth
    _type_in(qtbot, birth, "1958-07")
    birth.edit.editingFinished.emit()
    assert not window.parts.signing.sign()
    assert dialogs.errors[-1][0] == "Save first"
    assert example_file.read_bytes() == before


def test_typing_after_discarded_input_records_every_key(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs]
) -> None:
    birth = window.parts.details.patient_panel.date_of_birth
    _type_in(qtbot, birth, "abc")
    birth.edit.editingFinished.emit()
    dialogs.unsaved_answers = [Unsaved.DISCARD]
    assert window.parts.files.new()
    qtbot.keyClicks(birth.edit, "1958-07-04")  # no focus change in between
    assert str(window.session.patient.date_of_birth) == "1958-07-04"
    assert birth.error_text == ""
