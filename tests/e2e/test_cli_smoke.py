"""``bodymap --smoke FILE`` with a file that cannot be opened: exit 1, the error on stderr, no
dialog waiting for a click that never comes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def _smoke(tmp_path: Path, file: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BODYMAP_DATA_DIR": str(tmp_path / "data"),
        "BODYMAP_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    # Before, the window showed a modal error box and the run never ended: the timeout fails it.
    return subprocess.run(
        [sys.executable, "-m", "bodymap", "--smoke", str(file)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": "bodymap.session", "session": {', "the JSON ends too early"),
        (b"\x00\x01", "binary"),
        (None, "does not exist"),
    ],
)
def test_smoke_with_a_bad_file_exits_1_with_the_error_on_stderr(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    bad = tmp_path / "bad\x1b[32m.bodymap.json"
    if content is not None:
        bad.write_bytes(content)
    result = _smoke(tmp_path, bad)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert reason in result.stderr
    assert result.stderr.startswith(f"{tmp_path}/bad\\x1b[32m.bodymap.json: ")


def _locked_copy(tmp_path: Path, host: str, pid: int) -> Path:
    """The example session, open (locked) by drsmith on ``host`` in process ``pid``."""
    example = ROOT / "assets" / "examples" / "example-session.bodymap.json"
    path = tmp_path / "locked.bodymap.json"
    path.write_bytes(example.read_bytes())
    lock = {"user": "drsmith", "host": host, "pid": pid, "created": "2026-11-20T09:50:00+00:00"}
    (tmp_path / "locked.bodymap.json.lock").write_text(json.dumps(lock))
    return path


@pytest.mark.parametrize(
    ("host", "pid"),
    [("ward-pc-7", 4242), (socket.gethostname(), os.getpid())],
    ids=["locked on another computer", "locked by a bodymap running here"],
)
def test_smoke_with_a_locked_file_opens_it_read_only_and_says_so_without_waiting(
    tmp_path: Path, host: str, pid: int
) -> None:
    path = _locked_copy(tmp_path, host, pid)
    lock_before = (tmp_path / "locked.bodymap.json.lock").read_bytes()
    before = path.read_bytes()
    # Before, a modal "Session in use" box waited for a click: the timeout fails the test.
    result = _smoke(tmp_path, path)
    assert result.returncode == 0, result.stderr
    assert "read-only" in result.stderr
    assert "drsmith on" in result.stderr
    assert path.read_bytes() == before
    assert (tmp_path / "locked.bodymap.json.lock").read_bytes() == lock_before, "not taken over"
