"""Print Preview, Print and Export PDF from the window: no crash, never over the session."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from bodymap.anatomy import asset_path
from bodymap.ui import MainWindow
from tests.ui.conftest import FakeDialogs

pytestmark = pytest.mark.gui

EXAMPLE = asset_path("examples", "example-session.bodymap.json")
SESSION_REFUSED = "this is the session file being printed"


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> Path:
    """The example session, opened from a file of the test's own."""
    path = tmp_path / "visit.bodymap.json"
    path.write_bytes(EXAMPLE.read_bytes())
    assert window.open_file(path)
    return path


def _action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def _previews(window: MainWindow) -> list[QPrintPreviewDialog]:
    return [d for d in window.findChildren(QPrintPreviewDialog) if d.isVisible()]


def _open_preview(qtbot: QtBot, window: MainWindow) -> QPrintPreviewDialog:
    _action(window, "Print Pre&view…").trigger()
    qtbot.waitUntil(lambda: len(_previews(window)) == 1)
    return _previews(window)[0]


def test_print_preview_opens_from_the_file_menu_shows_the_pages_and_closes(
    qtbot: QtBot, window: MainWindow, opened: Path
) -> None:
    dialog = _open_preview(qtbot, window)
    gc.collect()  # the printer it paints on must not hang on a reference Python dropped
    pages = dialog.findChild(QPrintPreviewWidget)
    assert pages is not None
    with qtbot.waitSignal(dialog.paintRequested, timeout=10_000):
        pages.updatePreview()
    qtbot.waitUntil(lambda: pages.pageCount() >= 1)
    assert window.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChildren(QPrintPreviewDialog) == [])
    assert window.isVisible()


def test_the_preview_s_print_to_file_refuses_the_session_file_and_keeps_it(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], opened: Path
) -> None:
    before = opened.read_bytes()
    dialog = _open_preview(qtbot, window)
    dialog.printer().setOutputFileName(str(opened))  # as its print button's file chooser does
    pages = dialog.findChild(QPrintPreviewWidget)
    assert pages is not None
    pages.print_()
    assert opened.read_bytes() == before
    title, text = dialogs.errors[-1]
    assert title == "Not printed"
    assert SESSION_REFUSED in text
    dialog.reject()


def _print_to(path: Path) -> Callable[[object, QPrinter], bool]:
    def choose(parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return choose


@pytest.mark.parametrize("through_a_link", [False, True], ids=["the session", "a link to it"])
def test_print_to_file_refuses_the_session_file_and_keeps_it(
    window: MainWindow,
    dialogs: type[FakeDialogs],
    opened: Path,
    monkeypatch: pytest.MonkeyPatch,
    through_a_link: bool,
) -> None:
    before = opened.read_bytes()
    chosen = opened
    if through_a_link:
        chosen = opened.with_name("record.pdf")
        chosen.symlink_to(opened)
    monkeypatch.setattr(dialogs, "print_setup", staticmethod(_print_to(chosen)))
    window.parts.printing.print_()
    assert opened.read_bytes() == before
    assert SESSION_REFUSED in dialogs.errors[-1][1]


def test_print_to_file_writes_the_pdf_whole_and_leaves_no_temporary_file(
    window: MainWindow,
    dialogs: type[FakeDialogs],
    opened: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(dialogs, "print_setup", staticmethod(_print_to(out)))
    window.parts.printing.print_()
    assert dialogs.errors == []
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert "record.pdf" in window.statusBar().currentMessage()


def test_export_pdf_refuses_a_name_that_leads_to_the_session_and_keeps_it(
    window: MainWindow, dialogs: type[FakeDialogs], opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = opened.read_bytes()
    link = opened.with_name("record.pdf")
    link.symlink_to(opened)
    monkeypatch.setattr(dialogs, "pdf_path", staticmethod(lambda parent, suggestion: link))
    assert window.parts.printing.export_pdf() is None
    assert opened.read_bytes() == before
    title, text = dialogs.errors[-1]
    assert title == "PDF not written"
    assert SESSION_REFUSED in text
    assert text.startswith("record.pdf: ")
