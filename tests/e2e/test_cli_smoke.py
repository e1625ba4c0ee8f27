"""``bodymap --smoke FILE`` with a file that cannot be opened: exit 1, the error on stderr, no
dialog waiting for a click that never comes."""

from __future__ import annotations

import os
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
