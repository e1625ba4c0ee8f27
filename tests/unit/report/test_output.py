"""Where Export PDF may write: the check the window makes before it writes a record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bodymap import storage
from bodymap.report import ReportError, check_output_path
from tests.unit.report.sessions import documented_session


def test_a_new_file_and_an_existing_pdf_are_fine(tmp_path: Path) -> None:
    new = tmp_path / "record.pdf"
    assert check_output_path(new) == new
    new.write_bytes(b"%PDF-1.7\n...")
    assert check_output_path(new, inputs=[tmp_path / "s.bodymap.json"]) == new
    empty = tmp_path / "empty.pdf"
    empty.touch()
    assert check_output_path(empty) == empty


def test_the_open_session_is_refused_under_any_name(tmp_path: Path) -> None:
    session = tmp_path / "s.bodymap.json"
    storage.save_session(documented_session(), session)
    link = tmp_path / "link.pdf"
    link.symlink_to(session)
    for name in (session, link, tmp_path / "." / "s.bodymap.json"):
        with pytest.raises(ReportError, match="session file being printed"):
            check_output_path(name, inputs=[session])
    with pytest.raises(ReportError, match="not a PDF"):
        check_output_path(link)  # without inputs the file is still no PDF


def test_the_reason_never_names_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "Zelda Secretname.txt"
    secret.write_text("x")
    with pytest.raises(ReportError) as info:
        check_output_path(secret)
    assert "Zelda" not in str(info.value)
    with pytest.raises(ReportError, match="folder does not exist"):
        check_output_path(tmp_path / "Zelda" / "r.pdf")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "r.pdf"
    os.mkfifo(fifo)
    with pytest.raises(ReportError, match="not a regular file"):
        check_output_path(fifo)
