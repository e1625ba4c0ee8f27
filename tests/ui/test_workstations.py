"""Two workstations on one clinic folder: the session files and their locks are all they share.

Workstation A is another process that saves a session as the window does (a lock on the file,
then an atomic save through the storage API) and keeps it open; workstation B is this
process's window, whose patient browser finds the session after its refresh. Each keeps its
own index in its own cache folder; neither touches the other's lock or index.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.history.index import default_db_path
from bodymap.ui import MainWindow, preferences
from tests.ui.clinic_helpers import wait_until_indexed
from tests.ui.conftest import FakeDialogs

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# Workstation A: save one session into the clinic folder as the window does, keeping its lock;
# on "check", refresh A's own index and report it; on "quit", let go of the file.
_WORKSTATION_A = textwrap.dedent(
    """
    import datetime as dt, sqlite3, sys
    from pathlib import Path
    from bodymap import history, storage
    from bodymap.history.index import ClinicIndex
    from bodymap.model import Encounter, Patient, Session, TriggerPoint
    folder = Path(sys.argv[1])
    session = Session(
        patient=Patient(name="Greta Hansen", identifier="MRN-G-4"),
        encounter=Encounter(date=dt.date(2026, 11, 3)),
        points=[TriggerPoint(number=1, x=209.0, y=238.4, muscle="upper_trapezius", side="left")],
    )
    path = history.proposed_path(folder, session)
    path.parent.mkdir(exist_ok=True)
    lock = storage.acquire_lock(path)
    storage.save_session(session, path)
    with ClinicIndex(folder) as index:
        index.refresh()
    print(path, flush=True)
    for line in sys.stdin:
        if line.strip() == "check":
            with ClinicIndex(folder) as index:
                index.refresh()
                ok = index._conn.execute("PRAGMA integrity_check").fetchone()[0]
                print(index.session_count(), ok, index.db_path, flush=True)
        else:
            break
    lock.release()
    print("released", flush=True)
    """
)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """The clinic folder on the network share."""
    folder = tmp_path / "share" / "bodymap sessions"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def workstation_a(share: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Workstation A, with caches, data and settings of its own, once it has saved."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BODYMAP_CACHE_DIR": str(tmp_path / "a" / "cache"),
        "BODYMAP_DATA_DIR": str(tmp_path / "a" / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "a" / "config"),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", _WORKSTATION_A, str(share)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)


def _ask(process: subprocess.Popen[str], line: str) -> str:
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(line + "\n")
    process.stdin.flush()
    return process.stdout.readline().strip()


def test_one_workstation_saves_the_other_finds_it_after_its_refresh(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    share: Path,
    workstation_a: subprocess.Popen[str],
) -> None:
    preferences.set_clinic_folder(share)
    browser = window.parts.history.show_browser()
    wait_until_indexed(qtbot, window)
    assert workstation_a.stdout is not None
    saved = Path(workstation_a.stdout.readline().strip())  # A has saved meanwhile
    assert saved.parent.parent == share
    lock = storage.lock_path(saved)
    lock_bytes = lock.read_bytes()
    shared_before = sorted(p.relative_to(share) for p in share.rglob("*"))

    browser.rescan_button.click()
    wait_until_indexed(qtbot, window)
    assert browser.status.text() == f"1 session in {share}"
    qtbot.keyClicks(browser.search, "hansen")
    [summary] = browser.session_summaries()
    assert (summary.path, summary.date) == (saved, dt.date(2026, 11, 3))

    assert not window.open_file(saved), "A has it open: B is offered a read-only copy only"
    assert lock.read_bytes() == lock_bytes, "B leaves A's lock as it was"
    assert sorted(p.relative_to(share) for p in share.rglob("*")) == shared_before
    b_index = default_db_path(share)
    assert not b_index.is_relative_to(share), "B's index is in B's own cache"

    count, integrity, a_index = _ask(workstation_a, "check").split(" ", 2)
    assert (count, integrity) == ("1", "ok"), "A's own index is whole and up to date"
    assert Path(a_index) != b_index
    with sqlite3.connect(f"file:{b_index}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

    assert _ask(workstation_a, "quit") == "released"
    assert not lock.exists()
    dialogs.unsaved_answers = []
    assert window.open_file(saved), "once A has closed it, B opens it for editing"
    assert not window.doc.read_only
