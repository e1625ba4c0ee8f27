"""Save, Print and Export ask once about warning-level problems; nothing is refused for good."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.anatomy import asset_path
from bodymap.model import Encounter, Injection, Patient, Session, TriggerPoint
from bodymap.ui import MainWindow
from bodymap.ui.dialogs import Dialogs
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import midpoint

pytestmark = pytest.mark.gui

OVER_MAX = "exceeds the maximum of 90 mg"


def overdosed(window: MainWindow) -> Session:
    """A 20 kg patient given 100 mg of lidocaine at one infraspinatus point (maximum 90 mg);
    consent and time-out recorded, so the dose is the one warning."""
    lm = window.diagram.landmarks
    spine = midpoint(lm["scapular_spine_root_left"], lm["acromion_left"], 0.45)
    x, y = midpoint(spine, lm["inferior_angle_left"], 0.35)
    point = TriggerPoint(
        number=1,
        x=x,
        y=y,
        muscle="infraspinatus",
        side="left",
        treatment=Injection(volume_ml=10.0, needle_length_mm=25.0),
    )
    return Session(
        patient=Patient(name="C. Small", weight_kg=20.0),
        encounter=Encounter(consent_obtained=True, timeout_done=True),
        points=[point],
    )


@pytest.fixture
def warned(window: MainWindow) -> MainWindow:
    """The window with the overdosed session, unsaved."""
    window.doc.restore(overdosed(window), "Start")
    return window


def test_save_over_a_warning_asks_and_go_back_writes_nothing(
    warned: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    path = tmp_path / "small.bodymap.json"
    dialogs.save_answers = [path]
    dialogs.warning_answers = [False]

    assert not warned.parts.files.save()

    assert not path.exists()
    assert warned.doc.is_modified(), "still unsaved, nothing lost"
    ((action, problems),) = dialogs.warnings_asked
    assert action == "save"
    assert len(problems) == 1
    assert OVER_MAX in problems[0]


def test_save_anyway_writes_the_session_and_asks_again_next_time(
    warned: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    path = tmp_path / "small.bodymap.json"
    dialogs.save_answers = [path]
    dialogs.warning_answers = [True]

    assert warned.parts.files.save()

    assert storage.load_session(path) == warned.session
    assert not warned.doc.is_modified()
    warned.doc.edit_details("patient", "history", "Seen again after the first save.")
    dialogs.warning_answers = [True]
    assert warned.parts.files.save()
    assert [a for a, _ in dialogs.warnings_asked] == ["save", "save"], "never silently"


def test_autosave_never_asks(warned: MainWindow, dialogs: type[FakeDialogs]) -> None:
    recovery = warned.parts.files.autosave_now()

    assert recovery is not None
    (info,) = [i for i in storage.list_recoveries() if i.path == recovery]
    assert storage.load_recovery(info) == warned.session
    assert warned.doc.is_modified(), "a recovery copy is not a save"
    assert dialogs.warnings_asked == []


def test_a_session_without_warnings_saves_without_a_question(
    window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    assert window.parts.files.open_example()
    dialogs.save_answers = [tmp_path / "example.bodymap.json"]

    assert window.parts.files.save()

    assert dialogs.warnings_asked == []


@pytest.mark.parametrize("command", ["preview", "print_"])
def test_print_and_preview_ask_first_and_go_back_opens_nothing(
    warned: MainWindow,
    dialogs: type[FakeDialogs],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    opened: list[str] = []
    # The preview opens its dialog (without blocking); Print asks for the printer.
    monkeypatch.setattr(QPrintPreviewDialog, "open", lambda self: opened.append(command))
    monkeypatch.setattr(
        dialogs, "print_setup", staticmethod(lambda parent, printer: opened.append(command))
    )
    dialogs.warning_answers = [False, True]

    getattr(warned.parts.printing, command)()
    assert opened == []
    getattr(warned.parts.printing, command)()

    assert opened == [command]
    assert [a for a, _ in dialogs.warnings_asked] == ["print", "print"]
    assert OVER_MAX in dialogs.warnings_asked[0][1][0]


def test_export_pdf_asks_first(
    warned: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    out = tmp_path / "record.pdf"
    dialogs.warning_answers = [False]

    # No path is given to the fake: asking for one after "Go back" would fail here.
    assert warned.parts.printing.export_pdf() is None
    assert not out.exists()

    dialogs.warning_answers = [True]
    dialogs.pdf_answers = [out]
    assert warned.parts.printing.export_pdf() == out
    assert out.read_bytes().startswith(b"%PDF")
    assert [a for a, _ in dialogs.warnings_asked] == ["export", "export"]


def test_the_question_lists_the_problems_as_plain_text_and_defaults_to_go_back(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    problems = ['Dose not checked: "<b>Xylo</b>" at point 1.', "Consent is not recorded."]
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["format"] = box.textFormat()
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        anyway = next(b for b in box.buttons() if b.text() == "Export anyway")
        anyway.click()

    QTimer.singleShot(0, answer)
    assert Dialogs.confirm_warnings(parent, "export", problems)

    assert seen["format"] == Qt.TextFormat.PlainText
    assert seen["default"] == "Go back"
    assert seen["buttons"] == ["Export anyway", "Go back"]
    text = str(seen["text"])
    assert "2 warnings" in text
    assert all(p in text for p in problems)


def test_the_example_file_has_no_warning_to_confirm(window: MainWindow) -> None:
    example = storage.load_session(asset_path("examples", "example-session.bodymap.json"))
    window.doc.reset(example)
    assert window.parts.details.checks.blocking() == []


def test_a_long_list_of_problems_is_cut_so_the_buttons_stay_on_screen(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    problems = [f"Point {n}: the 40 mm needle is longer than advised." for n in range(1, 21)]
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    assert not Dialogs.confirm_warnings(parent, "save", problems), "the default is Go back"

    assert "20 warnings" in seen["text"]
    assert "Point 8:" in seen["text"]
    assert "Point 9:" not in seen["text"]
    assert "and 12 more" in seen["text"]
