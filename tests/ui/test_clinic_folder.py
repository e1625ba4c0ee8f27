"""A clinic folder from the first visit: offered at first start, used by Save, found in Patients."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.ui import MainWindow, preferences
from bodymap.ui.app import after_start
from bodymap.ui.history import PatientBrowser
from tests.ui.clinic_helpers import menu_action, wait_until_indexed
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at, midpoint
from tests.unit.history import factories as f

pytestmark = pytest.mark.gui


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, so that "Documents" is never the real one."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    assert preferences.default_clinic_folder().is_relative_to(folder)
    return folder


def type_patient(qtbot: QtBot, window: MainWindow, name: str, identifier: str, date: str) -> None:
    """Type the patient's name and identifier and the encounter date in the Patient tab."""
    panel = window.parts.details.patient_panel
    window.parts.details.setCurrentWidget(panel)
    panel.name.setFocus()
    panel.name.insert(name)  # as typed (QTest types ASCII only)
    qtbot.keyClicks(panel.identifier, identifier)
    qtbot.keyClicks(panel.encounter_date.edit, date)
    assert window.session.encounter.date == dt.date.fromisoformat(date)


def mark_a_point(qtbot: QtBot, window: MainWindow) -> None:
    lm = window.diagram.landmarks
    click_at(qtbot, window, *midpoint(lm["c7"], lm["acromion_left"]))


def open_patients(qtbot: QtBot, window: MainWindow) -> PatientBrowser:
    """Patients → Patients and Earlier Visits, once its index is up to date."""
    menu_action(window, "Pa&tients", "&Patients and Earlier Visits…").trigger()
    wait_until_indexed(qtbot, window)
    browser = window.findChild(PatientBrowser)
    assert browser is not None
    assert browser.isVisible()
    return browser


def test_a_new_clinic_saves_its_first_session_and_finds_it_in_patients(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], home: Path
) -> None:
    default = preferences.default_clinic_folder()
    dialogs.clinic_folder_answers = [default]  # the user confirms the folder offered
    after_start(window, None)
    assert dialogs.clinic_folder_questions == [(default, None, "")]
    assert default.is_dir()
    assert preferences.configured_clinic_folder() == default

    type_patient(qtbot, window, "Anna Müller", "MRN-12", "2026-10-02")
    mark_a_point(qtbot, window)
    menu_action(window, "&File", "&Save").trigger()

    saved = default / "MRN-12 - Anna Müller" / "2026-10-02 MRN-12.bodymap.json"
    assert dialogs.save_suggestions == [str(saved)]
    assert window.doc.path == saved
    assert storage.load_session(saved) == window.session
    assert not window.isWindowModified()

    browser = open_patients(qtbot, window)
    assert browser.status.text() == f"1 session in {default}"
    assert browser.patients.count() == 1
    assert "\n1 session, last 2026-10-02" in browser.patients.item(0).text()
    assert [s.path for s in browser.session_summaries()] == [saved]

    # The next visit, saved while the browser is open: it counts without a rescan.
    menu_action(window, "&File", "Start Ne&xt Visit").trigger()
    first_id = storage.load_session(saved).id
    assert window.session.id != first_id
    window.parts.details.setCurrentWidget(window.parts.details.patient_tab)  # as a click does
    qtbot.keyClicks(window.parts.details.patient_panel.encounter_date.edit, "2026-11-20")
    window.parts.history.accept_all()
    menu_action(window, "&File", "&Save").trigger()
    second = default / "MRN-12 - Anna Müller" / "2026-11-20 MRN-12.bodymap.json"
    assert window.doc.path == second
    qtbot.waitUntil(lambda: browser.status.text() == f"2 sessions in {default}")
    assert "\n2 sessions, last 2026-11-20" in browser.patients.item(0).text()
    assert [s.path for s in browser.session_summaries()] == [second, saved]


def test_save_never_proposes_an_existing_file_and_save_as_proposes_the_same_place(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    preferences.set_clinic_folder(clinic)
    type_patient(qtbot, window, "Ben/Chen", "CON", "2026-10-02")
    mark_a_point(qtbot, window)
    taken = clinic / "_CON - Ben_Chen" / "2026-10-02 _CON.bodymap.json"
    taken.parent.mkdir()
    taken.write_text("someone else's file", encoding="utf-8")

    assert window.parts.files.save()
    proposed = taken.with_name("2026-10-02 _CON (2).bodymap.json")
    assert window.doc.path == proposed
    assert taken.read_text(encoding="utf-8") == "someone else's file"

    assert window.parts.files.save_as()
    assert dialogs.save_suggestions[-1] == str(taken.with_name("2026-10-02 _CON (3).bodymap.json"))


def test_a_cancelled_save_leaves_no_empty_patient_folder(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    preferences.set_clinic_folder(clinic)
    type_patient(qtbot, window, "Eva Dahl", "E-1", "2026-10-02")
    dialogs.save_answers = [None]
    assert not window.parts.files.save()
    assert dialogs.save_suggestions == [
        str(clinic / "E-1 - Eva Dahl" / "2026-10-02 E-1.bodymap.json")
    ]
    assert list(clinic.iterdir()) == []
    assert window.isWindowModified()


def test_the_clinic_folder_is_asked_for_once_and_again_only_when_it_is_gone(
    window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path, home: Path
) -> None:
    share = tmp_path / "share" / "sessions"
    share.mkdir(parents=True)
    dialogs.clinic_folder_answers = [share]  # a folder the clinic already uses
    assert window.parts.history.check_clinic_folder() == share
    assert window.parts.history.check_clinic_folder() == share
    assert len(dialogs.clinic_folder_questions) == 1, "not asked again"

    share.rmdir()  # the network drive is not connected
    default = preferences.default_clinic_folder()
    dialogs.clinic_folder_answers = [share, None]  # check again, still missing; not now
    assert window.parts.history.check_clinic_folder() is None
    missing = dialogs.clinic_folder_questions[1:]
    assert [(q[0], q[1]) for q in missing] == [(default, share), (default, share)]
    assert "still not there" in missing[1][2]
    assert not share.exists(), "a missing folder is never made anew in its place"
    assert preferences.configured_clinic_folder() == share
    assert not default.exists()


def test_not_now_creates_nothing_and_patients_offer_the_set_up(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], home: Path
) -> None:
    after_start(window, None)  # the user answers "Not Now"
    default = preferences.default_clinic_folder()
    assert len(dialogs.clinic_folder_questions) == 1
    assert not default.exists()
    assert preferences.configured_clinic_folder() is None

    menu_action(window, "Pa&tients", "&Patients and Earlier Visits…").trigger()
    browser = window.findChild(PatientBrowser)
    assert browser is not None
    assert browser.setup_button.isVisible()
    assert "No clinic folder" in browser.status.text()

    dialogs.clinic_folder_answers = [default]
    browser.setup_button.click()
    wait_until_indexed(qtbot, window)
    assert default.is_dir()
    assert not browser.setup_button.isVisible()
    assert browser.status.text() == f"0 sessions in {default}"


def test_another_clinic_folder_chosen_in_preferences_is_browsed_afresh(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    f.write(first / "A-1 - Anna", "2026-10-02 A-1", f.session("Anna", "A-1", dt.date(2026, 10, 2)))
    f.write(second / "B-1 - Ben", "2026-10-03 B-1", f.session("Ben", "B-1", dt.date(2026, 10, 3)))
    preferences.set_clinic_folder(first)
    browser = open_patients(qtbot, window)
    assert browser.status.text() == f"1 session in {first}"

    def choose_second(dialog: preferences.PreferencesDialog) -> int:
        dialog.folder_edit.setText(str(second))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", choose_second)
    window.parts.history.show_preferences()
    assert preferences.configured_clinic_folder() == second
    wait_until_indexed(qtbot, window)
    assert browser.status.text() == f"1 session in {second}"
    assert [s.path.parent.name for s in browser.session_summaries()] == ["B-1 - Ben"]
