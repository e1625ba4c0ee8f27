"""``bodymap print``: a PDF from a session file without a display; nothing for a bad file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from bodymap import cli, storage
from tests.unit.report.sessions import documented_session

# In-process runs share the test session's QApplication (created first, so widget tests that
# follow still get a QApplication); the subprocess test proves the command needs no display.
pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("qapp")]


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "visit.bodymap.json"
    storage.save_session(documented_session(), path)
    return path


def test_print_writes_a_pdf(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "record.pdf"
    assert cli.main(["print", str(session_file), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(out)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(842, abs=1)
    assert "Jane Q. Sample" in " ".join(reader.pages[0].extract_text().split())
    assert capsys.readouterr().err == ""


def test_print_on_letter(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "record.pdf"
    assert cli.main(["print", str(session_file), "-o", str(out), "--paper", "letter"]) == 0
    page = pypdf.PdfReader(out).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (612, 792), abs=1
    )


def test_bad_file_exits_1_with_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.bodymap.json"
    bad.write_text('{"format": "bodymap.session", "session": {"points": [', encoding="utf-8")
    out = tmp_path / "record.pdf"
    assert cli.main(["print", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(str(bad))
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.bodymap.json"]


def test_unwritable_output_exits_1_and_leaves_nothing(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "record.pdf"
    assert cli.main(["print", str(session_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Jane" not in err
    assert not out.parent.exists()


def test_print_needs_no_display(session_file: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "record.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "bodymap", "print", str(session_file), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
