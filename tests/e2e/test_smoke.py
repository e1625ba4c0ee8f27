"""``bodymap --smoke``: the window opens, the diagram is painted, seconds are printed, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def _python(
    tmp_path: Path, *args: str, stderr: int = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BODYMAP_DATA_DIR": str(tmp_path / "data"),
        "BODYMAP_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def _smoke(
    tmp_path: Path, *options: str, stderr: int = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    return _python(tmp_path, *options, "-m", "bodymap", "--smoke", stderr=stderr)


def test_smoke_prints_seconds_since_start_and_exits_0(tmp_path: Path) -> None:
    result = _smoke(tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    assert float(lines[0]) > 0


def test_a_smoke_run_with_a_file_leaves_no_lock_behind(tmp_path: Path) -> None:
    # A stale lock would tell every other workstation the session is still open.
    session = tmp_path / "visit.bodymap.json"
    session.write_bytes(
        (ROOT / "assets" / "examples" / "example-session.bodymap.json").read_bytes()
    )
    result = _python(tmp_path, "-m", "bodymap", "--smoke", str(session))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["visit.bodymap.json"]


def test_the_first_paint_needs_no_model_storage_or_printing(tmp_path: Path) -> None:
    # -X importtime writes each import to stderr as it happens; with stdout on the same pipe,
    # the imports before the printed line are those the first paint needed (smoke exits only
    # once the window is complete, so the rest are what completing it needed).
    result = _smoke(tmp_path, "-X", "importtime", stderr=subprocess.STDOUT)
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    first_paint = next(i for i, line in enumerate(lines) if not line.startswith("import time:"))
    before = {line.split("|")[-1].strip() for line in lines[:first_paint]}
    after = {line.split("|")[-1].strip() for line in lines[first_paint:]}
    assert "bodymap.painting" in before
    late = {"pydantic", "bodymap.model", "bodymap.storage", "bodymap.clinical", "sqlite3"}
    assert not late & before
    assert {"pydantic", "bodymap.model", "bodymap.storage"} <= after, "loaded once ready"
    unused = {"PySide6.QtPrintSupport", "bodymap.report", "pypdf", "sqlite3"}
    assert not unused & (before | after), "printing, and the history without a patient"
    signing_keys = {"cryptography", "bcrypt"}
    assert not signing_keys & (before | after), "a draft needs no key, nor a signature checked"
    exports = {"bodymap.export", "fhir.resources", "shapely"}
    assert not exports & (before | after), "no export, nor a painted area, in an empty window"


_COLLECTOR_PROBE = """
import gc, sys
from bodymap import cli
from bodymap.ui import app
states = []
resume = app.resume_collecting
def watched():
    states.append(gc.isenabled())  # paused during start-up
    resume()
app.resume_collecting = watched
status = cli.main(["--smoke"])
print("paused", states, "enabled", gc.isenabled(), "frozen", gc.get_freeze_count() > 0)
sys.exit(status)
"""


def test_garbage_collection_pauses_for_start_up_and_resumes_once_ready(tmp_path: Path) -> None:
    result = _python(tmp_path, "-c", _COLLECTOR_PROBE)
    assert result.returncode == 0, result.stderr
    assert "paused [False] enabled True frozen True" in result.stdout
