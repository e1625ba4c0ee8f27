"""The printed record as a PDF: text on the right pages, footer on every page, paper sizes."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QFontMetricsF, QPdfWriter, QTextLayout
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from bodymap import report, storage
from bodymap.anatomy import load_diagram
from bodymap.model import Injection, Session
from bodymap.report import layout
from bodymap.report.blocks import UNIT, Drawn, Flow, Text, font, pt
from bodymap.report.layout import fitted_line
from bodymap.report.page_style import Geometry
from bodymap.report.rows import Cell, Row, lines_of
from tests.unit.report.sessions import (
    documented_session,
    fifty_point_session,
    longest_session,
)

pytestmark = pytest.mark.gui

PRINTED = dt.datetime(2025, 3, 14, 10, 30)
MARGIN_PT = 15 * 72 / 25.4


def _pages(path: Path) -> list[str]:
    """Each page's text, whitespace collapsed to single spaces."""
    reader = pypdf.PdfReader(path)
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def _write(session: Session, tmp_path: Path, paper: str = "a4") -> Path:
    out = tmp_path / f"record-{paper}.pdf"
    report.write_pdf(session, out, paper=paper, printed_at=PRINTED)
    return out


def _footer_checks(pages: list[str], session: Session) -> None:
    content_hash = storage.content_sha256(session)
    count = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in text
        assert "Printed 2025-03-14 10:30" in text
        assert f"{session.patient.name} \u00b7 ID {session.patient.identifier}" in text
        assert f"Record {session.id} \u00b7 Format {storage.FORMAT_VERSION}" in text
        assert f"SHA-256 {content_hash}" in text
        assert "DRAFT \u2014 not signed" in text


def _row_pages(pages: list[str], session: Session) -> dict[int, int]:
    """Page index of each point's table row ("<number> <muscle> <side>")."""
    diagram = load_diagram()
    found: dict[int, int] = {}
    for point in session.points:
        name = diagram.muscle_names[point.muscle]
        row = f"{point.number} {name} {point.side.capitalize()}"
        # A wrapped cell may break after "/" (extracted as a space there).
        pattern = re.compile(r"(?<!\d)" + re.escape(row).replace("/", "/ ?"))
        hits = [i for i, text in enumerate(pages) if pattern.search(text)]
        assert len(hits) == 1, (row, hits)
        found[point.number] = hits[0]
    return found


def _text_origins(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, x, y, width, height, text) of every text run."""
    reader = pypdf.PdfReader(path)
    runs = []
    for index, page in enumerate(reader.pages):
        box = page.mediabox

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((index, x, y, float(box.width), float(box.height), text))  # noqa: B023

        page.extract_text(visitor_text=visit)
    return runs


def test_documented_session_prints_every_point_and_footer(qtbot: QtBot, tmp_path: Path) -> None:
    session = documented_session()
    out = _write(session, tmp_path)
    assert out.read_bytes().startswith(b"%PDF-")
    pages = _pages(out)
    assert len(pages) >= 2
    rows = _row_pages(pages, session)
    assert list(rows.values()) == sorted(rows.values()), "rows print in number order"
    assert rows[1] == 0, "the table starts on page 1"
    _footer_checks(pages, session)


def test_page_one_has_header_diagram_labels_and_key(qtbot: QtBot, tmp_path: Path) -> None:
    pages = _pages(_write(documented_session(), tmp_path))
    first = pages[0]
    for text in (
        "Northside Musculoskeletal Clinic",
        "Trigger point procedure record",
        "Patient Jane Q. Sample",
        "Identifier MRN-0042-7781",
        "Date of birth 1971-06-02",
        "Weight 68 kg",
        "Allergies Penicillin (rash)",
        "Encounter date 2025-03-14",
        "Clinician Dr. A. Example",
        "M79.18 Myalgia, other site",
        "Patient's LEFT",
        "Patient's RIGHT",
        "Posterior view, patient prone",
        "Injection (5)",
        "Dry needling (2)",
        "Examined only (1)",
    ):
        assert text in first, text


def test_totals_sections_and_signature_follow_the_table(qtbot: QtBot, tmp_path: Path) -> None:
    pages = _pages(_write(documented_session(), tmp_path))
    whole = " ".join(pages)
    for text in (
        "Totals per agent",
        "Lidocaine 2 mL 20 mg 200 mg for 68 kg 10%",
        "Bupivacaine 1 mL 2.5 mg 136 mg for 68 kg 2%",
        "Position Prone",
        "Start 09:40",
        "End 10:05",
        "Elapsed 25 min",
        "Complications None",
        "Needling cautions that applied",
        "Aftercare advice given to the patient",
        "Fibromyalgia: trigger points may recur",
        "Follow-up: 2025-04-25",
        "CPT 20553 (suggested)",
        "ICD-10-CM M79.7 (suggested)",
        "Clinician signature",
    ):
        assert text in whole, text
    assert whole.index("Totals per agent") > whole.index("8 Lower trapezius")
    assert "Clinician signature" in pages[-1]


def test_local_anaesthetic_allergy_banner(qtbot: QtBot, tmp_path: Path) -> None:
    session = documented_session()
    patient = session.patient.model_copy(update={"allergy_local_anaesthetic": True})
    pages = _pages(_write(session.model_copy(update={"patient": patient}), tmp_path))
    assert "ALLERGY TO LOCAL ANAESTHETICS" in pages[0]


def test_fifty_points_continue_with_a_repeated_header(qtbot: QtBot, tmp_path: Path) -> None:
    session = fifty_point_session()
    out = _write(session, tmp_path, "letter")
    pages = _pages(out)
    assert len(pages) >= 3
    rows = _row_pages(pages, session)
    table_pages = sorted(set(rows.values()))
    assert table_pages == list(range(table_pages[0], table_pages[-1] + 1))
    assert len(table_pages) >= 3
    for index in table_pages[1:]:
        assert "Trigger points (continued) No. Muscle Side Location Findings" in pages[index]
        assert "Trigger point procedure record \u00b7 Many Points \u00b7 ID MRN-50" in pages[index]
    _footer_checks(pages, session)


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(qtbot: QtBot, tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    reader = pypdf.PdfReader(_write(documented_session(), tmp_path, paper))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(size[0], abs=1)
        assert float(page.mediabox.height) == pytest.approx(size[1], abs=1)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_text_outside_the_margins(qtbot: QtBot, tmp_path: Path, paper: str) -> None:
    runs = _text_origins(_write(fifty_point_session(), tmp_path, paper))
    assert runs
    for page, x, y, width, height, text in runs:
        assert MARGIN_PT - 1 <= x <= width - MARGIN_PT, (page, x, text)
        assert MARGIN_PT - 1 <= y <= height - MARGIN_PT, (page, y, text)


def test_empty_session_prints_no_points_marked(qtbot: QtBot, tmp_path: Path) -> None:
    session = Session()
    pages = _pages(_write(session, tmp_path))
    assert "No points marked" in pages[0]
    assert "Trigger point procedure record" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert f"Record {session.id}" in text


def test_render_returns_the_page_count_on_pdf_writer_and_printer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = documented_session()
    writer = QPdfWriter(str(tmp_path / "writer.pdf"))
    count = report.render(session, writer, paper="a4", printed_at=PRINTED)
    del writer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    assert report.render(session, printer, paper="a4", printed_at=PRINTED) == count
    del printer
    assert len(pypdf.PdfReader(tmp_path / "writer.pdf").pages) == count
    assert _pages(tmp_path / "printer.pdf") == _pages(tmp_path / "writer.pdf")


def test_clinic_name_argument_when_the_session_names_none(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    report.write_pdf(Session(), out, clinic_name="Settings Clinic")
    assert "Settings Clinic" in _pages(out)[0]


def test_failed_write_leaves_no_file_and_keeps_the_old_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "record.pdf"
    out.write_bytes(b"old")

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("Jane Q. Sample")

    monkeypatch.setattr(report.pdf, "render", broken)
    with pytest.raises(report.ReportError) as caught:
        report.write_pdf(documented_session(), out)
    assert "Jane" not in str(caught.value)
    assert "\n" not in str(caught.value)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


def test_a_full_disk_is_reported_and_the_earlier_record_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "record.pdf"
    report.write_pdf(Session(), out, printed_at=PRINTED)
    earlier = out.read_bytes()
    write = os.write

    def fills_up(fd: int, data: bytes | memoryview) -> int:
        # As the kernel does: part of the data fits, then there is no space left.
        if len(data) > 1000:
            return write(fd, bytes(data[:1000]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.atomic.os, "write", fills_up)
    with pytest.raises(report.ReportError, match="the disk is full"):
        report.write_pdf(documented_session(), out, printed_at=PRINTED)
    assert out.read_bytes() == earlier
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


def test_a_pdf_cut_short_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    # The printer's PDF is checked so before it replaces a file (Print to file).
    whole = tmp_path / "whole.pdf"
    report.write_pdf(Session(), whole, printed_at=PRINTED)
    report.check_complete_pdf_file(whole)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole.read_bytes()[:4096])
    with pytest.raises(report.ReportError, match="could not be written completely"):
        report.check_complete_pdf_file(cut)


def test_missing_folder_is_a_report_error(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "record.pdf"
    with pytest.raises(report.ReportError, match="folder does not exist"):
        report.write_pdf(Session(), out)
    assert not out.parent.exists()


def test_unknown_paper_is_a_report_error(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(report.ReportError, match="unknown paper"):
        report.write_pdf(Session(), tmp_path / "r.pdf", paper="a3")
    assert list(tmp_path.iterdir()) == []


def _left_to_right(text: str, part: str) -> bool:
    """Whether ``part`` of ``text`` is laid out left to right, as the record's text is."""
    text_layout = QTextLayout(text, font(8))
    text_layout.beginLayout()
    line = text_layout.createLine()
    line.setLineWidth(1e7)
    text_layout.endLayout()
    start = text.index(part)
    xs = []
    for i in range(start, start + len(part) + 1):
        x = line.cursorToX(i)
        xs.append(x[0] if isinstance(x, tuple) else x)
    return xs == sorted(xs) and xs[0] < xs[-1]


def test_an_override_in_the_name_does_not_print_the_identifier_backwards(qtbot: QtBot) -> None:

    session = documented_session()
    name = "Jane \u202eQ. Sample"
    patient = session.patient.model_copy(update={"name": name})
    record = report.build_record(session.model_copy(update={"patient": patient}), load_diagram())
    mrn = "MRN-0042-7781"
    assert not _left_to_right(f"{name} \u00b7 ID {mrn}", mrn), "the attack, without isolation"
    footer = fitted_line(record.footer.patient_line, QFontMetricsF(font(8)), 1e7)
    assert _left_to_right(footer, mrn)
    head = fitted_line(record.running_head, QFontMetricsF(font(8)), 1e7)
    assert _left_to_right(head, mrn)
    assert _left_to_right(record.footer.left_lines[1], mrn)


def test_an_override_in_an_agent_name_does_not_reverse_the_dose(qtbot: QtBot) -> None:

    session = documented_session()
    other = Injection(agent="other", agent_other="procaine \u202e", concentration_percent=2.0)
    first = session.points[0].model_copy(update={"treatment": other})
    changed = session.model_copy(update={"points": [first, *session.points[1:]]})
    row = report.build_record(changed, load_diagram()).rows[0]
    assert not _left_to_right("procaine \u202e 2%, 0.5 mL", "2%, 0.5 mL"), "the attack"
    assert "0.5 mL" in row.treatment
    assert _left_to_right(row.treatment, "2%, 0.5 mL")


# --- long text stays on the page ------------------------------------------------------------


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2068", "").replace("\u2069", "").split())


def test_every_field_at_its_longest_stays_inside_the_page_body(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The layout test below covers both papers and all forty longest notes; reading every
    # text position back from the PDF costs about a second a page.
    session = longest_session(count=24, longest_notes=3)
    out = _write(session, tmp_path)
    runs = _text_origins(out)
    width, height = runs[0][3], runs[0][4]
    footer_top = Geometry(width * UNIT, height * UNIT).footer_top / UNIT
    footer = session.patient
    record = report.build_record(session, load_diagram(), printed_at=PRINTED)
    pages = len(pypdf.PdfReader(out).pages)
    footer_texts = [
        footer.name,
        footer.identifier,
        *(_plain(line) for line in record.footer.left_lines),
        record.footer.printed,
        *(f"Page {n} of {pages}" for n in range(1, pages + 1)),
    ]
    for page, x, y, _, _, text in runs:
        down = height - y  # from the top of the paper
        assert MARGIN_PT - 1 <= x <= width - MARGIN_PT, (page, x, text)
        assert MARGIN_PT - 1 <= down <= height - MARGIN_PT, (page, down, text)
        if down > footer_top:  # below the footer rule: the footer's own words only
            shown = _plain(text).rstrip("\u2026").strip()
            assert any(shown in t for t in footer_texts), (page, down, text)


def test_every_word_of_a_long_allergy_list_is_printed(qtbot: QtBot, tmp_path: Path) -> None:
    # Single words: a paragraph that continues on the next page has the footer and running
    # head between its halves in the extracted text.
    session = longest_session(count=2)
    words = _plain(" ".join(_pages(_write(session, tmp_path)))).split()
    allergies = session.patient.allergies.split()
    for word in ("chlorhexidine", "(hives);"):
        assert words.count(word) >= allergies.count(word) > 0, word
    notes = [word for p in session.points for word in p.notes.split()]
    assert words.count("gritty;") >= notes.count("gritty;") > 0


@pytest.mark.parametrize("size", [(595, 842), (612, 792)])
def test_the_layout_places_no_block_below_the_body(qtbot: QtBot, size: tuple[float, float]) -> None:
    diagram = load_diagram()
    session = longest_session(diagram)
    geo = Geometry(size[0] * UNIT, size[1] * UNIT)
    record = report.build_record(session, diagram, printed_at=PRINTED)
    pages = layout.lay_out(record, diagram, geo, "Dr. Long")
    bottom = geo.footer_top - pt(6)
    assert len(pages) > 10
    for number, page in enumerate(pages, start=1):
        for top, block in page.blocks:
            assert top >= geo.margin, (number, top)
            assert top + block.height <= bottom + 0.01, (number, top + block.height, block)


def test_a_row_taller_than_a_page_continues_line_by_line(qtbot: QtBot) -> None:
    # Taller than any page: it is split between lines, each part under its header, and every
    # line is placed exactly once.
    tall = Text("word " * 3000, font(9), pt(60))
    short = Text("side", font(9), pt(40))
    header = Drawn(pt(20), lambda *_: None, keep_with_next=True)
    row = Row([Cell(0.0, lines_of(tall)), Cell(pt(70), lines_of(short))], pt(2), pt(2), pt(10))
    row.repeat_header = header
    flow = Flow(pt(50), pt(60), pt(500))
    flow.add([header, row])
    assert len(flow.pages) > 3
    placed: list[int] = []
    for page in flow.pages:
        rows = [(top, b) for top, b in page.blocks if isinstance(b, Row)]
        assert page.blocks[0][1] is header, "the header opens every page of the row"
        for top, part in rows:
            assert top + part.height <= pt(500) + 0.01
            placed += [i for cell in part.cells[:1] for _, i in cell.lines]
    assert placed == list(range(tall.line_count))
