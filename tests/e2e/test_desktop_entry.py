"""``make install-desktop``: the desktop entry, icon and session file type for this user, and
double-clicking a session opens it in bodymap."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "packaging" / "install-desktop.sh"
EXAMPLE = ROOT / "assets" / "examples" / "example-session.bodymap.json"


def _install(tmp_path: Path, *args: str) -> tuple[dict[str, str], Path]:
    data = tmp_path / "data"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_DIRS": "/usr/share",
    }
    subprocess.run([str(INSTALL), *args], env=env, check=True, capture_output=True, text=True)
    return env, data


def _recorder(folder: Path, fifo: Path) -> Path:
    """An executable that writes the arguments it is started with into ``fifo``."""
    folder.mkdir()
    program = folder / "bodymap"
    program.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{fifo}'\n", encoding="utf-8")
    program.chmod(0o755)
    return program


def test_the_entry_icon_and_file_type_are_installed_and_removed(tmp_path: Path) -> None:
    program = _recorder(tmp_path / 'odd "dir" $HOME', tmp_path / "unused")
    _env, data = _install(tmp_path, str(program))
    entry = (data / "applications" / "bodymap.desktop").read_text(encoding="utf-8").splitlines()
    # The path is quoted for Exec= (", $ escaped, then backslashes doubled) and plain in TryExec=.
    quoted = str(program).replace('"', '\\\\"').replace("$", "\\\\$")
    assert f'Exec="{quoted}" %f' in entry
    assert f"TryExec={program}" in entry
    assert "MimeType=application/x-bodymap+json;" in entry
    for size in (16, 32, 48, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "bodymap.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "bodymap.svg").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(
            ["desktop-file-validate", str(data / "applications" / "bodymap.desktop")], check=True
        )

    _install(tmp_path, "--uninstall")
    assert not (data / "applications" / "bodymap.desktop").exists()
    assert not (data / "mime" / "packages" / "bodymap-session.xml").exists()
    assert not list((data / "icons").rglob("bodymap.*"))


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info")
def test_session_files_get_their_own_type_whatever_the_rest_of_the_name(tmp_path: Path) -> None:
    program = _recorder(tmp_path / "bin", tmp_path / "unused")
    env, _data = _install(tmp_path, str(program))
    probe = (
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for name in ('visit.bodymap.json', 'Jane 2026-11-20.BODYMAP.JSON', 'other.json'):\n"
        "    print(db.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension).name())\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert found.stdout.split() == [
        "application/x-bodymap+json",
        "application/x-bodymap+json",
        "application/json",
    ]


@pytest.mark.skipif(shutil.which("gio") is None, reason="GLib's gio opens files as a desktop")
def test_double_clicking_a_session_starts_bodymap_with_it_and_it_opens(tmp_path: Path) -> None:
    fifo = tmp_path / "arguments"
    os.mkfifo(fifo)
    program = _recorder(tmp_path / "a folder with $pace", fifo)
    env, _data = _install(tmp_path, str(program))
    session = tmp_path / "Jane Example 2026-11-20.bodymap.json"
    shutil.copyfile(EXAMPLE, session)

    reader = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)  # a writer of its own: no early EOF
    try:
        subprocess.run(["gio", "open", str(session)], env=env, check=True, timeout=30)
        readable, _, _ = select.select([reader], [], [], 30)
        assert readable, "bodymap was not started for the session"
        arguments = os.read(reader, 65536).decode().splitlines()
    finally:
        os.close(reader)
    assert arguments == [str(session)]

    # The path the desktop passes opens in bodymap (--smoke exits 1 if it cannot).
    opened = subprocess.run(
        [sys.executable, "-m", "bodymap", arguments[0], "--smoke"],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert opened.returncode == 0, opened.stderr
