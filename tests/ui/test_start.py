"""Start-up: the map is painted first, the rest follows; unsaved work is offered back."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.anatomy import asset_path
from bodymap.model import Session, TriggerPoint
from bodymap.storage.temps import HOST_TAG, TEMP_MARK
from bodymap.ui import MainWindow
from bodymap.ui.app import after_start, complete_or_quit, start_window
from bodymap.ui.details import MIN_WIDTH_PX
from bodymap.ui.files import FileController
from bodymap.ui.main_window import DETAILS_WIDTH_PX
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at

pytestmark = pytest.mark.gui

EXAMPLE = asset_path("examples", "example-session.bodymap.json")


@pytest.fixture
def starting(qtbot: QtBot, dialogs: type[FakeDialogs]) -> MainWindow:
    """The application's window as it starts: the map, completed after its first paint."""
    window = start_window(dialogs)
    qtbot.addWidget(window)
    return window


def test_the_map_comes_first_and_the_window_completes_after_its_first_paint(
    qtbot: QtBot, starting: MainWindow
) -> None:
    assert not starting.is_ready
    assert starting.parts is None
    assert not starting.view.isEnabled(), "no clicks before there is a document"
    titles = [a.text() for a in starting.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "Pa&tients", "&Help"], "no layout jump later"
    with qtbot.waitSignal(starting.ready, timeout=10_000):
        starting.show()
    assert starting.scene.diagram_item.painted
    assert starting.is_ready
    assert starting.parts is not None
    assert starting.view.isEnabled()
    assert starting.details_dock.widget() is starting.parts.details
    assert starting.doc.session.points == []


def _crash_leftover(session: Session) -> Path:
    path = storage.write_recovery(session, None)
    meta = path.with_name(path.name.removesuffix(".recovery.bodymap.json") + ".meta.json")
    info = json.loads(meta.read_text())
    info["pid"] = 999_999_999  # the process that wrote it is gone
    meta.write_text(json.dumps(info))
    return path


def test_start_offers_back_unsaved_work(
    qtbot: QtBot, starting: MainWindow, dialogs: type[FakeDialogs]
) -> None:
    point = TriggerPoint(number=1, x=230.0, y=240.0, muscle="upper_trapezius", side="left")
    unsaved = Session(points=[point])
    _crash_leftover(unsaved)
    with qtbot.waitSignal(starting.ready, timeout=10_000):
        starting.show()
    assert after_start(starting, None)
    assert starting.session == unsaved
    assert starting.isWindowModified(), "restored work is not saved yet"


def test_start_opens_the_file_given(qtbot: QtBot, starting: MainWindow) -> None:
    with qtbot.waitSignal(starting.ready, timeout=10_000):
        starting.show()
    assert after_start(starting, EXAMPLE)
    assert starting.doc.path == EXAMPLE
    assert starting.session == storage.load_session(EXAMPLE)


def test_toolbar_undo_keeps_its_label_and_names_the_step_and_its_keys_in_its_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    undo = next(a for a in window.toolbar.actions() if a.text() == "Undo")
    assert not undo.isEnabled()
    click_at(qtbot, window, 230.0, 240.0)
    assert undo.isEnabled()
    assert undo.text() == "Undo"
    assert undo.toolTip() == "Undo Add point 1 (Ctrl+Z)"
    undo.trigger()
    assert window.session.points == []
    assert not undo.isEnabled()


def test_the_map_does_not_move_or_rescale_when_the_window_completes(
    qtbot: QtBot, starting: MainWindow
) -> None:
    at_first_paint: list[object] = []
    complete = starting.scene.diagram_item.on_first_paint
    assert complete is not None

    def note_then_complete() -> None:
        toolbar = [a.text() for a in starting.toolbar.actions()]
        at_first_paint.extend([starting.view.geometry(), starting.view.transform(), toolbar])
        complete()

    starting.scene.diagram_item.on_first_paint = note_then_complete
    starting.resize(1280, 860)
    with qtbot.waitSignal(starting.ready, timeout=10_000):
        starting.show()
    QApplication.sendPostedEvents()  # the re-layout completing the window may have caused
    QApplication.processEvents()
    toolbar = [a.text() for a in starting.toolbar.actions()]
    assert at_first_paint == [starting.view.geometry(), starting.view.transform(), toolbar]


def test_the_patient_and_procedure_tabs_show_the_session_at_once_and_the_map_stays(
    qtbot: QtBot, starting: MainWindow
) -> None:
    starting.resize(1280, 860)
    with qtbot.waitSignal(starting.ready, timeout=10_000):
        starting.show()
    assert starting.open_file(EXAMPLE)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    placed = [starting.view.geometry(), starting.view.transform(), starting.details_dock.geometry()]
    details = starting.completed().details

    details.setCurrentWidget(details.patient_tab)
    name = details.patient_panel.name
    assert name.isVisible(), "in the tab when it is shown, not a moment later"
    assert name.text() == starting.session.patient.name
    details.setCurrentWidget(details.procedure_tab)
    consent = details.procedure_panel.consent
    assert consent.isVisible()
    assert starting.session.encounter.consent_obtained
    assert consent.isChecked()

    QApplication.sendPostedEvents()
    QApplication.processEvents()
    assert [
        starting.view.geometry(),
        starting.view.transform(),
        starting.details_dock.geometry(),
    ] == (placed)


def test_the_details_dock_has_room_for_its_panels(qtbot: QtBot, dialogs: type[FakeDialogs]) -> None:
    window = MainWindow(dialogs=dialogs, complete=False)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.complete()
    window.show()
    qtbot.waitExposed(window)
    assert window.details_dock.width() >= DETAILS_WIDTH_PX


def test_on_a_small_window_the_details_dock_leaves_the_map_more_than_half(
    qtbot: QtBot, dialogs: type[FakeDialogs]
) -> None:
    window = MainWindow(dialogs=dialogs, complete=False)
    qtbot.addWidget(window)
    window.resize(853, 480)  # 1280 x 720 at 150 % scaling
    window.complete()
    window.show()
    qtbot.waitExposed(window)
    assert MIN_WIDTH_PX <= window.details_dock.width() < window.view.width()


def test_a_window_that_cannot_complete_says_so_and_ends_the_application(
    qtbot: QtBot,
    starting: MainWindow,
    dialogs: type[FakeDialogs],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exits: list[int] = []

    def broken(self: MainWindow) -> None:
        raise RuntimeError("broken panel")

    monkeypatch.setattr(MainWindow, "complete", broken)
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    starting.show()
    qtbot.waitUntil(lambda: exits == [1], timeout=10_000)
    assert [title for title, _text in dialogs.errors] == ["bodymap cannot start"]
    assert not starting.is_ready


def test_a_window_closed_before_it_completes_stays_closed(
    qtbot: QtBot, starting: MainWindow
) -> None:
    starting.scene.diagram_item.on_first_paint = lambda: None  # hold the completion back
    starting.show()
    qtbot.waitUntil(lambda: starting.scene.diagram_item.painted)
    assert starting.close()
    with qtbot.assertNotEmitted(starting.ready):
        complete_or_quit(starting)  # the completion the first paint had scheduled
    assert not starting.is_ready


def test_start_removes_what_crashed_saves_left_beside_the_recent_files(
    qtbot: QtBot,
    starting: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "clinic"
    folder.mkdir()
    session = folder / "visit.bodymap.json"
    session.write_bytes(EXAMPLE.read_bytes())
    FileController.remember(session)
    leftover = folder / f".visit.bodymap.json{TEMP_MARK}999999999-{HOST_TAG}-0badf00d"
    leftover.write_bytes(EXAMPLE.read_bytes())  # a whole session, in a folder others may read
    an_hour_ago = time.time() - 3600
    os.utime(leftover, (an_hour_ago, an_hour_ago))
    in_progress = folder / f".visit.bodymap.json{TEMP_MARK}{os.getpid()}-{HOST_TAG}-5afe5afe"
    in_progress.write_bytes(b"")
    ready_when_cleaned: list[bool] = []
    clean = storage.cleanup_folders

    def noted(paths: list[Path]) -> list[Path]:
        ready_when_cleaned.append(starting.is_ready)
        return clean(paths)

    monkeypatch.setattr(storage, "cleanup_folders", noted)
    with qtbot.waitSignal(starting.ready, timeout=10_000):
        starting.show()
    assert after_start(starting, None)
    qtbot.waitUntil(lambda: not leftover.exists())
    assert ready_when_cleaned == [True], "after the window takes input"
    assert in_progress.exists(), "a save in progress is left alone"
    assert session.exists()
