"""``bodymap print``: a PDF from a session file without a display; nothing for a bad file."""

from __future__ import annotations

import datetime as dt
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from bodymap import cli, storage
from bodymap.anatomy import load_diagram
from bodymap.clinical.pain_drawing import Stroke, painted
from bodymap.model import PainArea, Session, new_id
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


def test_clinic_folder_adds_the_recurring_line(tmp_path: Path) -> None:
    from tests.unit.history import factories as f

    point = {"x": 230.0, "y": 240.0, "muscle": "upper_trapezius", "side": "left"}
    folder = tmp_path / "clinic"
    earlier = f.session("Anna", "MRN-7", dt.date(2026, 10, 2), [f.point(1, **point)])
    f.write(folder, "anna-1", earlier)
    today = f.write(
        tmp_path, "anna-2", f.session("Anna", "MRN-7", dt.date(2026, 11, 25), [f.point(1, **point)])
    )
    with_history, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    args = ["print", str(today), "-o"]
    assert cli.main([*args, str(with_history), "--clinic-folder", str(folder)]) == 0
    assert cli.main([*args, str(without)]) == 0
    recurring = "Recurring: 2nd visit, last treated 2026-10-02 with lidocaine 1% 0.5 mL"
    assert recurring in " ".join(pypdf.PdfReader(with_history).pages[0].extract_text().split())
    assert "Recurring" not in pypdf.PdfReader(without).pages[0].extract_text()


def test_clinic_folder_says_when_its_keys_do_not_confirm_the_signer(tmp_path: Path) -> None:
    # Signed with a key this clinic never registered (a copy re-signed elsewhere, or forged).
    from bodymap import signing

    clinic = tmp_path / "clinic"
    (clinic / "keys").mkdir(parents=True)
    os.chmod(clinic / "keys", 0o755)
    key = signing.create_key("Dr A. Example", "correct horse battery staple", credentials="MD")
    signed = tmp_path / "signed.bodymap.json"
    storage.save_session(signing.sign(documented_session(), key), signed)
    out = tmp_path / "record.pdf"
    args = ["print", str(signed), "-o", str(out), "--clinic-folder", str(clinic)]

    def first_page() -> str:
        return " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())

    assert cli.main(args) == 0
    assert "SIGNER NOT CONFIRMED · signed by" in first_page()
    signing.register_key(key.record, clinic)
    assert cli.main(args) == 0
    assert "NOT CONFIRMED" not in first_page()
    assert "Electronically signed by" in first_page()


def test_missing_clinic_folder_exits_1_and_writes_nothing(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "record.pdf"
    missing = tmp_path / "nowhere"
    assert (
        cli.main(["print", str(session_file), "-o", str(out), "--clinic-folder", str(missing)]) == 1
    )
    assert capsys.readouterr().err == f"{missing}: the clinic folder does not exist\n"
    assert not out.exists()


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_printing_a_session_onto_itself_is_refused_and_the_session_kept(
    session_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = session_file.read_bytes()
    assert cli.main(["print", str(session_file), "-o", str(session_file)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"{session_file}: this is the session file being printed: choose another name for the PDF\n"
    )
    assert session_file.read_bytes() == before
    assert _only(session_file.parent) == [session_file.name]


@pytest.mark.parametrize("kind", ["symbolic link", "hard link", "other spelling"])
def test_the_session_is_recognised_under_another_name(
    session_file: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = session_file.read_bytes()
    if kind == "symbolic link":
        out = tmp_path / "record.pdf"
        out.symlink_to(session_file)
    elif kind == "hard link":
        out = tmp_path / "record.pdf"
        os.link(session_file, out)
    else:
        out = tmp_path / "sub" / ".." / session_file.name
        (tmp_path / "sub").mkdir()
    assert cli.main(["print", str(session_file), "-o", str(out)]) == 1
    assert "session file being printed" in capsys.readouterr().err
    assert session_file.read_bytes() == before


@pytest.mark.parametrize("name", ["visit.bodymap.json.bak", "notes.txt", "record.pdf"])
def test_an_existing_file_that_is_not_a_pdf_is_never_replaced(
    session_file: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / name
    other.write_bytes(b'{"format": "bodymap.session"} or any other text')
    assert cli.main(["print", str(session_file), "-o", str(other)]) == 1
    assert "not a PDF" in capsys.readouterr().err
    assert other.read_bytes().startswith(b'{"format"')


def test_an_existing_pdf_is_replaced_keeping_its_mode(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "record.pdf"
    assert cli.main(["print", str(session_file), "-o", str(out)]) == 0
    first = out.read_bytes()
    out.chmod(0o640)
    assert cli.main(["print", str(session_file), "-o", str(out), "--paper", "letter"]) == 0
    assert out.read_bytes() != first
    assert out.read_bytes().startswith(b"%PDF-")
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o640
    assert _only(tmp_path) == ["record.pdf", "visit.bodymap.json"], "no temporary file left"


@pytest.mark.skipif(os.name != "posix", reason="POSIX umask")
def test_a_new_pdf_follows_the_users_umask(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "record.pdf"
    old = os.umask(0o027)
    try:
        assert cli.main(["print", str(session_file), "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o640


def _device(path: Path) -> None:
    """A character device at ``path``: a copy of the null device, never the system's own
    (replaced by mistake, /dev/null would break every program on the machine)."""
    if not hasattr(os, "mknod") or os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))


def _socket(path: Path) -> None:
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("needs Unix sockets")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))


@pytest.mark.parametrize("kind", ["folder", "pipe", "device", "socket", "dangling link"])
def test_folders_devices_pipes_and_links_to_nothing_are_refused(
    session_file: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "record.pdf"
    if kind == "folder":
        out.mkdir()
    elif kind == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("needs named pipes")
        os.mkfifo(out)
    elif kind == "device":
        _device(out)
    elif kind == "socket":
        _socket(out)
    else:
        out.symlink_to(tmp_path / "nowhere" / "x.pdf")
    assert cli.main(["print", str(session_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert any(
        words in err for words in ("a folder", "not a regular file", "link to a file that does")
    ), err
    assert "Jane" not in err
    assert out.is_dir() if kind == "folder" else out.is_symlink() or not out.is_file()


def _with_dab(radius_mm: float, day: dt.date) -> Session:
    """The documented session on ``day`` with a dab of aching pain right of the spine."""
    polygons = painted([], Stroke("brush", ((360.0, 360.0),), radius_mm), load_diagram())
    base = documented_session()
    return base.model_copy(
        update={
            "id": new_id(),
            "encounter": base.encounter.model_copy(update={"date": day}),
            "pain_areas": [PainArea(quality="aching", intensity=6, polygons=polygons)],
        }
    )


def test_a_follow_up_record_prints_the_pain_drawing_and_its_change(tmp_path: Path) -> None:
    folder = tmp_path / "clinic"
    folder.mkdir()
    storage.save_session(_with_dab(20.0, dt.date(2026, 10, 2)), folder / "earlier.bodymap.json")
    today = tmp_path / "today.bodymap.json"
    storage.save_session(_with_dab(10.0, dt.date(2026, 11, 20)), today)
    out = tmp_path / "record.pdf"
    assert cli.main(["print", str(today), "-o", str(out), "--clinic-folder", str(folder)]) == 0
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "Pain drawing" in text
    assert "Aching, intensity 6/10" in text
    # Discs of 2 cm and 1 cm radius: 12.6 cm² then 3.1 cm².
    assert "at the last visit (2026-10-02) 13 cm²: 9.4 cm² smaller (-75%)" in text
