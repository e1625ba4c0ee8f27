"""Session ids, change checks and restored work: no file overwritten without asking."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.anatomy import asset_path
from bodymap.model import Session, TriggerPoint
from bodymap.ui import MainWindow, preferences
from bodymap.ui.dialogs import InUse, NonInteractiveDialogs, Unsaved
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at

pytestmark = pytest.mark.gui

EXAMPLE = asset_path("examples", "example-session.bodymap.json")
POINT = TriggerPoint(number=1, x=230.0, y=240.0, muscle="upper_trapezius", side="left")


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "visit.bodymap.json"
    path.write_bytes(EXAMPLE.read_bytes())
    return path


def _mark(qtbot: QtBot, window: MainWindow) -> None:
    click_at(qtbot, window, 230.0, 240.0)


# --- ids ---------------------------------------------------------------------------------------


def test_save_as_gives_the_copy_an_id_of_its_own(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    session_file: Path,
    tmp_path: Path,
) -> None:
    assert window.open_file(session_file)
    first_id = window.session.id
    _mark(qtbot, window)
    copy = tmp_path / "copy.bodymap.json"
    dialogs.save_answers = [copy]
    assert window.parts.files.save_as()
    saved = storage.load_session(copy)
    assert saved.id != first_id
    assert saved.model_copy(update={"id": first_id}) == window.session.model_copy(
        update={"id": first_id}
    ), "the copy holds the session as edited"
    assert window.session.id == saved.id, "the window goes on with the copy"
    assert storage.load_session(session_file).id == first_id, "the original is untouched"
    assert window.parts.files.save()
    assert storage.load_session(copy).id == saved.id


def test_a_new_visit_from_an_earlier_one_and_the_example_get_ids_of_their_own(
    window: MainWindow, session_file: Path
) -> None:
    earlier = storage.load_session(session_file)
    assert window.parts.history.new_from(session_file)
    assert window.session.id != earlier.id
    assert window.parts.files.open_example()
    assert window.session.id != storage.load_session(EXAMPLE).id


def test_closing_a_copy_leaves_the_unsaved_work_of_the_original_alone(
    qtbot: QtBot,
    dialogs: type[FakeDialogs],
    session_file: Path,
    tmp_path: Path,
) -> None:
    copy = tmp_path / "copy.bodymap.json"
    copy.write_bytes(session_file.read_bytes())  # a copy made outside: the same session id
    first = MainWindow(dialogs=dialogs)
    qtbot.addWidget(first)
    assert first.open_file(session_file)
    _mark(qtbot, first)
    kept = first.parts.files.autosave_now()
    second = MainWindow(dialogs=dialogs)
    qtbot.addWidget(second)
    assert second.open_file(copy)
    _mark(qtbot, second)
    own = second.parts.files.autosave_now()
    assert kept is not None
    assert own not in (None, kept)
    assert second.close()  # its unsaved changes discarded
    assert kept.exists()
    assert storage.load_session(kept) == first.session


# --- change checks ------------------------------------------------------------------------------


def test_the_question_before_saving_over_a_changed_file_says_what_changed(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_file(session_file)
    _mark(qtbot, window)
    asked: list[tuple[str, str]] = []

    def overwrite_changed(parent: object, name: str, reason: str) -> bool:
        asked.append((name, reason))
        return False

    monkeypatch.setattr(dialogs, "overwrite_changed", staticmethod(overwrite_changed))
    session_file.unlink()
    assert not window.parts.files.save()
    session_file.mkdir()
    assert not window.parts.files.save()
    assert asked == [
        ("visit.bodymap.json", "the file was removed or renamed"),
        ("visit.bodymap.json", "a folder now has the file's name"),
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes and /dev/zero")
@pytest.mark.parametrize("replacement", ["a pipe", "a device"])
def test_a_file_replaced_by_a_pipe_or_device_is_asked_about_without_waiting(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    replacement: str,
) -> None:
    assert window.open_file(session_file)
    _mark(qtbot, window)
    session_file.unlink()
    if replacement == "a pipe":
        os.mkfifo(session_file)
    else:
        session_file.symlink_to("/dev/zero")
    asked: list[str] = []

    def overwrite_changed(parent: object, name: str, reason: str) -> bool:
        asked.append(reason)
        return False

    monkeypatch.setattr(dialogs, "overwrite_changed", staticmethod(overwrite_changed))
    assert not window.parts.files.save()
    assert asked == ["the file was replaced by something that is not a file (a pipe or a device?)"]
    assert window.isWindowModified()


# --- restoring unsaved work ---------------------------------------------------------------------


def _crash_leftover(session: Session, original: Path | None) -> storage.RecoveryInfo:
    """An autosave of ``session`` for ``original`` whose process is gone."""
    path = storage.write_recovery(session, original)
    meta = path.with_name(path.name.removesuffix(".recovery.bodymap.json") + ".meta.json")
    info = json.loads(meta.read_text())
    info["pid"] = 999_999_999
    meta.write_text(json.dumps(info))
    return next(r for r in storage.list_recoveries() if r.path == path)


def _held_on_another_computer(path: Path) -> Path:
    """The lock of ``path`` as a bodymap on another computer leaves it; returns the lock."""
    lock = storage.lock_path(path)
    lock.write_text(json.dumps({"user": "drsmith", "host": "ward-pc-7", "pid": 4242}))
    return lock


def _edited(path: Path) -> Session:
    session = storage.load_session(path)
    return session.model_copy(update={"points": [*session.points[:-1]]})


def test_restore_takes_the_lock_as_open_does(
    qtbot: QtBot, dialogs: type[FakeDialogs], session_file: Path
) -> None:
    unsaved = _edited(session_file)
    _crash_leftover(unsaved, session_file)
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    assert window.parts.files.offer_recovery()
    assert window.session == unsaved
    assert window.doc.path == session_file
    assert not window.doc.read_only
    assert json.loads(storage.lock_path(session_file).read_text())["pid"] == os.getpid()


def test_the_unsaved_work_of_a_second_crashed_window_is_offered_when_its_file_is_opened(
    qtbot: QtBot, dialogs: type[FakeDialogs], session_file: Path, tmp_path: Path
) -> None:
    # Two windows were open when the power went: one is restored at start; the other's work
    # must not be autosaved over and removed when its file is opened later.
    other_file = tmp_path / "other.bodymap.json"
    other_file.write_bytes(EXAMPLE.read_bytes())
    other = storage.load_session(other_file).model_copy(
        update={"id": "0" * 8 + "-0000-4000-8000-" + "0" * 12}
    )
    storage.save_session(other, other_file)
    _crash_leftover(_edited(session_file), session_file)
    kept = _edited(other_file)
    _crash_leftover(kept, other_file)
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    assert window.parts.files.offer_recovery()
    assert window.doc.path in (session_file, other_file)
    first = window.doc.path
    assert window.parts.files.save()
    later = other_file if first == session_file else session_file
    assert window.open_file(later)
    assert window.doc.path == later
    assert window.doc.is_modified(), "its unsaved work, restored"
    assert len(window.session.points) == len(storage.load_session(later).points) - 1


def test_work_restored_at_start_is_not_offered_again_when_its_file_is_reopened(
    qtbot: QtBot, dialogs: type[FakeDialogs], session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_leftover(_edited(session_file), session_file)
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    assert window.parts.files.offer_recovery()
    offered: list[str] = []
    monkeypatch.setattr(
        dialogs, "restore", staticmethod(lambda parent, text: offered.append(text) or True)
    )
    dialogs.unsaved_answers = [Unsaved.DISCARD]
    assert window.open_file(session_file)
    assert offered == []


def test_restore_of_a_file_open_on_another_computer_is_read_only_and_names_the_holder(
    qtbot: QtBot,
    dialogs: type[FakeDialogs],
    session_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unsaved = _edited(session_file)
    info = _crash_leftover(unsaved, session_file)
    _held_on_another_computer(session_file)
    asked: list[str] = []

    def read_only(parent: object, name: str, holder: str) -> InUse:
        asked.append(holder)
        return InUse.READ_ONLY

    monkeypatch.setattr(dialogs, "locked_elsewhere", staticmethod(read_only))
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    before = session_file.read_bytes()

    assert window.parts.files.offer_recovery()

    assert "drsmith on ward-pc-7" in asked[0]
    assert window.doc.read_only
    assert window.session == unsaved, "the unsaved work is shown"
    dialogs.save_answers = [session_file]  # Save (As): the user picks the same file
    assert not window.parts.files.save()
    assert session_file.read_bytes() == before, "the other computer's file is untouched"
    assert window.close()
    assert info.path.exists(), "kept until it is saved somewhere"
    again = MainWindow(dialogs=dialogs)
    qtbot.addWidget(again)
    assert again.parts.files.offer_recovery()
    copy = tmp_path / "mine.bodymap.json"
    dialogs.save_answers = [copy]
    assert again.parts.files.save()
    assert storage.load_session(copy).points == unsaved.points
    assert not info.path.exists(), "saved as a copy: nothing left to recover"


def test_work_restored_read_only_is_offered_again_when_its_file_is_free_and_reopened(
    qtbot: QtBot,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unsaved = _edited(session_file)
    info = _crash_leftover(unsaved, session_file)
    lock = _held_on_another_computer(session_file)
    monkeypatch.setattr(
        dialogs, "locked_elsewhere", staticmethod(lambda parent, name, holder: InUse.READ_ONLY)
    )
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    assert window.parts.files.offer_recovery()
    assert window.doc.read_only
    lock.unlink()  # the other computer closed the file
    dialogs.unsaved_answers = [Unsaved.DISCARD]
    assert window.open_file(session_file)
    assert not window.doc.read_only
    assert window.session == unsaved, "the only copy of the work, offered and restored"
    assert info.path.exists()


def test_restore_over_a_file_changed_since_the_autosave_asks_before_saving(
    qtbot: QtBot,
    dialogs: type[FakeDialogs],
    session_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unsaved = _edited(session_file)
    _crash_leftover(unsaved, session_file)
    someone_else = storage.load_session(session_file).model_copy(update={"points": []})
    storage.save_session(someone_else, session_file)
    offered: list[str] = []
    asked: list[str] = []

    def restore(parent: object, description: str) -> bool:
        offered.append(description)
        return True

    def overwrite_changed(parent: object, name: str, reason: str) -> bool:
        asked.append(reason)
        return False

    monkeypatch.setattr(dialogs, "restore", staticmethod(restore))
    monkeypatch.setattr(dialogs, "overwrite_changed", staticmethod(overwrite_changed))
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)

    assert window.parts.files.offer_recovery()

    assert "changed since" in offered[0]
    assert not window.parts.files.save()
    assert asked == ["the file's content was changed by another program or computer"]
    assert storage.load_session(session_file) == someone_else


def test_restore_over_an_unchanged_file_saves_without_asking(
    qtbot: QtBot, dialogs: type[FakeDialogs], session_file: Path
) -> None:
    unsaved = _edited(session_file)
    _crash_leftover(unsaved, session_file)
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    assert window.parts.files.offer_recovery()
    assert window.parts.files.save()
    assert storage.load_session(session_file).points == unsaved.points


def test_autosave_records_the_file_as_opened_not_as_it_is_at_the_autosave(
    qtbot: QtBot, window: MainWindow, session_file: Path
) -> None:
    assert window.open_file(session_file)
    _mark(qtbot, window)
    storage.save_session(
        storage.load_session(session_file).model_copy(update={"points": []}), session_file
    )  # another computer saves meanwhile
    written = window.parts.files.autosave_now()
    info = next(r for r in storage.list_recoveries() if r.path == written)
    assert info.original_changed()


def test_without_anyone_to_answer_no_recovery_is_offered_and_none_is_removed(
    qtbot: QtBot, session_file: Path
) -> None:
    info = _crash_leftover(_edited(session_file), session_file)
    window = MainWindow(dialogs=NonInteractiveDialogs)
    qtbot.addWidget(window)
    assert not window.parts.files.offer_recovery()
    assert info.path.exists()
    assert window.doc.path is None


def test_the_suggested_file_name_never_points_into_another_folder(
    window: MainWindow, dialogs: type[FakeDialogs], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.parts.details.patient_panel.identifier.setText("../../<b>MRN:4471</b>")
    suggested: list[str] = []

    def save_path(parent: object, suggestion: str) -> None:
        suggested.append(suggestion)

    monkeypatch.setattr(dialogs, "save_path", staticmethod(save_path))
    assert not window.parts.files.save_as()
    (suggestion,) = [Path(s) for s in suggested]
    # No clinic folder is set: the documents folder itself, and a name that stays in it.
    assert suggestion.parent == preferences.default_clinic_folder().parent
    assert suggestion.name.endswith("MRN_4471__b_.bodymap.json")
    assert "/" not in suggestion.name
    assert not suggestion.name.startswith(".")
