"""Locks in the window: one lock per real file, taken over only when the user says so."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.anatomy import asset_path
from bodymap.ui import MainWindow
from bodymap.ui.dialogs import InUse
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at

pytestmark = pytest.mark.gui

EXAMPLE = asset_path("examples", "example-session.bodymap.json")
ELSEWHERE = {"user": "drsmith", "host": "ward-pc-7", "pid": 4242}


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "visit.bodymap.json"
    path.write_bytes(EXAMPLE.read_bytes())
    return path


def _lock_elsewhere(path: Path, created: str = "2026-11-20T09:50:00+00:00") -> Path:
    lock = storage.lock_path(path)
    lock.write_text(json.dumps({**ELSEWHERE, "created": created}))
    return lock


def _answer(
    monkeypatch: pytest.MonkeyPatch, dialogs: type[FakeDialogs], answer: InUse
) -> list[str]:
    asked: list[str] = []

    def locked_elsewhere(parent: object, name: str, holder: str) -> InUse:
        asked.append(f"{name}: {holder}")
        return answer

    monkeypatch.setattr(dialogs, "locked_elsewhere", staticmethod(locked_elsewhere))
    return asked


def _owner(lock: Path) -> dict[str, object]:
    owner = json.loads(lock.read_text())
    assert isinstance(owner, dict)
    return owner


def test_opening_through_a_link_locks_the_real_file_and_shows_the_chosen_name(
    window: MainWindow, session_file: Path
) -> None:
    link = session_file.with_name("today.bodymap.json")
    link.symlink_to(session_file)
    assert window.open_file(link)
    assert window.doc.path == link
    assert window.windowTitle().startswith("today.bodymap.json")
    assert storage.lock_path(session_file).exists()
    assert not link.with_name("today.bodymap.json.lock").exists()
    assert window.close()
    assert not storage.lock_path(session_file).exists()


def test_opening_the_open_file_again_through_a_link_keeps_it_locked(
    qtbot: QtBot, window: MainWindow, session_file: Path
) -> None:
    link = session_file.with_name("today.bodymap.json")
    link.symlink_to(session_file)
    assert window.open_file(session_file)
    assert window.open_file(link)
    lock = storage.lock_path(session_file)
    assert lock.exists(), "the second open must not drop the first one's lock"
    assert _owner(lock)["pid"] == os.getpid()


def test_save_as_to_a_link_to_the_open_file_keeps_its_lock_and_id(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], session_file: Path
) -> None:
    link = session_file.with_name("today.bodymap.json")
    link.symlink_to(session_file)
    assert window.open_file(session_file)
    first_id = window.session.id
    click_at(qtbot, window, 230.0, 240.0)
    dialogs.save_answers = [link]
    assert window.parts.files.save_as()
    assert storage.load_session(session_file).id == first_id, "the same file: the same id"
    assert storage.lock_path(session_file).exists()


def test_a_lock_from_another_computer_is_taken_over_after_a_question_naming_holder_and_time(
    window: MainWindow,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock = _lock_elsewhere(session_file)
    asked = _answer(monkeypatch, dialogs, InUse.TAKE_OVER)
    assert window.open_file(session_file)
    assert len(asked) == 1
    assert "visit.bodymap.json: drsmith on ward-pc-7 since 2026-11-20 " in asked[0]
    assert not window.doc.read_only
    owner = _owner(lock)
    assert (owner["host"], owner["pid"]) == (socket.gethostname(), os.getpid())
    assert "taken over" in window.statusBar().currentMessage()


def test_declining_to_take_over_leaves_the_other_computer_s_lock_alone(
    window: MainWindow,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock = _lock_elsewhere(session_file)
    before = lock.read_bytes()
    _answer(monkeypatch, dialogs, InUse.CANCEL)
    assert not window.open_file(session_file)
    assert window.doc.path is None
    assert lock.read_bytes() == before


def test_a_lock_that_changed_hands_while_asking_is_not_taken_over(
    window: MainWindow,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock = _lock_elsewhere(session_file)

    def meanwhile(parent: object, name: str, holder: str) -> InUse:
        lock.write_text(json.dumps({**ELSEWHERE, "user": "drjones", "created": "2026-11-20"}))
        return InUse.TAKE_OVER

    monkeypatch.setattr(dialogs, "locked_elsewhere", staticmethod(meanwhile))
    assert not window.open_file(session_file)
    assert _owner(lock)["user"] == "drjones"
    title, text = dialogs.errors[-1]
    assert title == "Session in use"
    assert "not taken over" in text
    assert "drjones on ward-pc-7" in text


def test_saving_a_read_only_file_over_itself_is_refused_while_another_computer_holds_it(
    window: MainWindow,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _lock_elsewhere(session_file)
    _answer(monkeypatch, dialogs, InUse.READ_ONLY)
    assert window.open_file(session_file)
    before = session_file.read_bytes()
    dialogs.save_answers = [session_file]  # Save As, and the user picks the same file
    assert not window.parts.files.save()
    assert session_file.read_bytes() == before
    assert "drsmith on ward-pc-7" in dialogs.errors[-1][1]


@pytest.mark.parametrize(
    ("created", "shown"),
    [
        ("0001-01-01T00:00:00+14:00", "since 0001-01-01T00:00:00+14:00"),
        ("yesterday", "since yesterday"),
        ("", "since an unknown time"),
    ],
)
def test_a_lock_with_an_odd_time_is_still_asked_about(
    window: MainWindow,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    created: str,
    shown: str,
) -> None:
    _lock_elsewhere(session_file, created)
    asked = _answer(monkeypatch, dialogs, InUse.READ_ONLY)
    assert window.open_file(session_file)
    assert asked[0].endswith(shown)
