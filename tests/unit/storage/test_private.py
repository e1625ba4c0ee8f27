"""Private data stays private: app folders 0700 and their files 0600; the user's own files
keep the modes the user gave them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bodymap import storage
from tests.unit.storage.conftest import make_session

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_recovery_folder_and_files_are_private_even_with_an_open_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        path = storage.write_recovery(make_session(1), tmp_path / "s.bodymap.json")
    finally:
        os.umask(old)
    assert _mode(storage.recovery_dir()) == 0o700
    assert _mode(path) == 0o600
    assert {_mode(p) for p in storage.recovery_dir().iterdir()} == {0o600}


def test_a_recovery_folder_created_loosely_before_is_tightened(tmp_path: Path) -> None:
    folder = storage.recovery_dir()
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    old_file = folder / "left-by-an-older-version.recovery.bodymap.json"
    old_file.write_bytes(storage.dumps_session(make_session(1)))
    old_file.chmod(0o644)
    storage.write_recovery(make_session(2), None)
    assert _mode(folder) == 0o700
    assert _mode(old_file) == 0o600


def test_the_default_data_folder_is_private_but_an_override_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder named by BODYMAP_DATA_DIR may be shared with other things: only bodymap's own
    # folder in it is tightened.
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setenv("BODYMAP_DATA_DIR", str(shared))
    storage.write_recovery(make_session(1), None)
    assert _mode(shared) == 0o755
    assert _mode(shared / "recovery") == 0o700

    home = tmp_path / "home"
    monkeypatch.delenv("BODYMAP_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    data = storage.data_dir()
    assert data.is_relative_to(home)
    data.mkdir(parents=True)
    data.chmod(0o755)
    storage.write_recovery(make_session(1), None)
    assert _mode(data) == 0o700
    assert _mode(data / "recovery") == 0o700


def test_private_folder_tightens_what_is_ours_and_follows_no_link(tmp_path: Path) -> None:
    folder = tmp_path / "cache" / "history"
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    outside.chmod(0o644)
    folder.mkdir(parents=True)
    folder.chmod(0o775)
    (folder / "index.sqlite3").write_text("x")
    (folder / "index.sqlite3").chmod(0o664)
    (folder / "link").symlink_to(outside)
    storage.private_folder(folder)
    assert _mode(folder) == 0o700
    assert _mode(folder / "index.sqlite3") == 0o600
    assert _mode(outside) == 0o644, "a link's target is not ours to change"


def test_a_link_in_place_of_a_private_folder_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "private"
    link.symlink_to(elsewhere)
    with pytest.raises(OSError, match="not a folder"):
        storage.private_folder(link)


def test_a_replaced_session_keeps_its_mode_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "s.bodymap.json"
    storage.save_session(make_session(1), path)
    path.chmod(0o600)
    old = os.umask(0o022)
    try:
        storage.save_session(make_session(2), path)
    finally:
        os.umask(old)
    assert _mode(path) == 0o600
    path.chmod(0o664)
    storage.save_session(make_session(3), path)
    assert _mode(path) == 0o664
