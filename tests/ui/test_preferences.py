"""The settings file (recent sessions, clinic folder) is for this user's eyes only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from bodymap.anatomy import asset_path
from bodymap.model import Encounter
from bodymap.ui import MainWindow, preferences
from bodymap.ui.files import FileController
from bodymap.ui.text_editors import LineEditor, text_rule
from tests.ui.conftest import FakeDialogs

pytestmark = pytest.mark.gui
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

EXAMPLE = asset_path("examples", "example-session.bodymap.json")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common umask, which leaves new files readable by everybody."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def settings_file(dialogs: type[FakeDialogs]) -> Path:
    """Where the settings of the test's window are kept."""
    return Path(QSettings().fileName())


@posix_only
@pytest.mark.usefixtures("open_umask")
def test_recent_files_are_kept_in_a_file_only_the_user_can_read(
    window: MainWindow, settings_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "visit.bodymap.json"
    path.write_bytes(EXAMPLE.read_bytes())
    assert not settings_file.parent.exists()
    assert window.open_file(path)
    assert FileController.recent_files() == [path]
    assert settings_file.parent.name == "bodymap"
    assert _mode(settings_file.parent) == 0o700
    assert _mode(settings_file) == 0o600


@posix_only
@pytest.mark.usefixtures("open_umask")
def test_a_view_option_as_the_first_setting_is_kept_private(
    qtbot: QtBot, window: MainWindow, settings_file: Path
) -> None:
    assert not settings_file.parent.exists()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_H, ctrl_shift)  # View → High Contrast
    assert _mode(settings_file.parent) == 0o700
    assert _mode(settings_file) == 0o600


@posix_only
@pytest.mark.usefixtures("open_umask")
def test_settings_left_readable_by_an_earlier_version_are_tightened_at_the_next_write(
    settings_file: Path, tmp_path: Path
) -> None:
    settings_file.parent.mkdir(parents=True, mode=0o755)
    settings_file.write_text("[General]\nclinic_name=Pain clinic\n")
    os.chmod(settings_file, 0o644)
    preferences.set_clinic_folder(tmp_path / "clinic")
    assert preferences.clinic_name() == "Pain clinic"
    assert _mode(settings_file.parent) == 0o700
    assert _mode(settings_file) == 0o600


@posix_only
@pytest.mark.usefixtures("open_umask")
def test_settings_left_readable_are_tightened_at_start(
    qtbot: QtBot, window: MainWindow, settings_file: Path
) -> None:
    from bodymap.ui.app import after_start

    settings_file.parent.mkdir(parents=True, mode=0o755)
    settings_file.write_text("[General]\nclinic_name=Pain clinic\n")
    os.chmod(settings_file, 0o644)
    assert after_start(window, None)
    assert _mode(settings_file.parent) == 0o700
    assert _mode(settings_file) == 0o600


@posix_only
def test_a_settings_file_that_is_a_link_is_left_alone(settings_file: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "dotfiles.ini"
    elsewhere.write_text("")
    os.chmod(elsewhere, 0o644)
    settings_file.parent.mkdir(parents=True)
    settings_file.symlink_to(elsewhere)
    preferences.keep_private()
    assert _mode(elsewhere) == 0o644, "a link is never followed to tighten what it names"


@pytest.mark.usefixtures("dialogs")
def test_the_clinic_name_takes_what_a_session_s_clinic_keeps(qtbot: QtBot) -> None:
    dialog = preferences.PreferencesDialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog.name_edit, LineEditor)
    assert dialog.name_edit.limit == text_rule(Encounter, "clinic").limit


@pytest.mark.usefixtures("dialogs")
def test_the_patient_identifier_system_is_a_uri_and_goes_with_every_fhir_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    preferences.set_clinic_folder(tmp_path / "clinic")
    dialog = preferences.PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.identifier_edit.setText("our MRN")
    dialog.accept()
    assert dialog.problem.isVisibleTo(dialog)
    assert "must be a URI" in dialog.problem.text()
    assert preferences.identifier_system() == ""
    dialog.identifier_edit.setText(" urn:oid:1.2.276.0.76.3.1.99 ")
    dialog.accept()
    assert preferences.identifier_system() == "urn:oid:1.2.276.0.76.3.1.99"

    path = tmp_path / "visit.bodymap.json"
    path.write_bytes(EXAMPLE.read_bytes())
    assert window.open_file(path)
    out = tmp_path / "bundle.json"
    monkeypatch.setattr(window.parts.exporting.dialogs, "export_path", lambda *_: out)
    assert window.parts.exporting.export_fhir() == out
    bundle = json.loads(out.read_text("utf-8"))
    (patient,) = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    ]
    assert patient["identifier"][0]["system"] == "urn:oid:1.2.276.0.76.3.1.99"
