"""One rendering path for Print Preview, Print and Export PDF, and the atomic PDF writer."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from bodymap import signing, storage
from bodymap.anatomy import Diagram, load_diagram
from bodymap.i18n import translate
from bodymap.model import Session
from bodymap.report import content, layout
from bodymap.report.blocks import UNIT
from bodymap.report.output import ReportError, check_complete_pdf, check_output_path
from bodymap.report.page_style import Geometry
from bodymap.report.record import TITLE, localised, user_text

if TYPE_CHECKING:
    from bodymap.history import Recurrence, VisitArea

PAPERS: Final = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
"""Paper names accepted by ``paper=``."""

_app: QGuiApplication | None = None
_log = logging.getLogger(__name__)


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    Raises:
        ReportError: a non-GUI QCoreApplication is already running.
    """
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise ReportError(
            translate("report", "printing needs a GUI application, but a console one is running")
        )
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["bodymap"])
    return _app


def _prepare(device: QPagedPaintDevice, paper: str | None) -> None:
    if paper is not None:
        if paper not in PAPERS:
            raise ReportError(_unknown_paper(paper))
        device.setPageSize(QPageSize(PAPERS[paper]))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    if isinstance(device, QPrinter):
        device.setFullPage(True)
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def render(
    session: Session,
    device: QPagedPaintDevice,
    *,
    paper: str | None = "a4",
    printed_at: dt.datetime | None = None,
    clinic_name: str | None = None,
    diagram: Diagram | None = None,
    recurrences: Mapping[str, Recurrence] | None = None,
    opaque: bool = False,
    previous_area: VisitArea | None = None,
    key_ring: signing.KeyRing | None = None,
) -> int:
    """Paint the printed record of ``session`` on ``device`` and return the number of pages.

    The same function serves Print Preview and Print (a QPrinter) and Export PDF (a
    QPdfWriter): the record is laid out first, so every page can say "Page N of M", then each
    page is painted, with ``device.newPage()`` in between.

    Args:
        session: the session as saved.
        device: a QPrinter or QPdfWriter, not yet painted on.
        paper: "a4" or "letter" (portrait); None keeps the device's page size (for a printer
            whose paper the user chose in the print dialog).
        printed_at: the time printed in the footer (default: now).
        clinic_name: printed when the session's encounter names no clinic.
        diagram: the diagram of the points (default: the bundled one).
        recurrences: how points recur from the patient's earlier visits, by point id
            (``history.recurrences``), printed under their rows.
        opaque: paint without transparency (for an archival PDF/A-1b file).
        previous_area: the painted area of the patient's last earlier visit, for the
            change since then (``history.earlier_painted_areas``).
        key_ring: the clinic's registered keys, when known: a record whose signer they do not
            confirm says so on every page.

    Raises:
        ReportError: the device cannot be painted on, or the paper is unknown.
    """
    diagram = diagram if diagram is not None else load_diagram()
    _prepare(device, paper)
    record = content.build_record(
        session,
        diagram,
        printed_at=printed_at,
        clinic_name=clinic_name,
        recurrences=recurrences,
        previous_area=previous_area,
        key_ring=key_ring,
    )
    page_layout = device.pageLayout()
    full = page_layout.fullRectPoints()
    paint_rect = page_layout.paintRectPoints()
    geo = Geometry(full.width() * UNIT, full.height() * UNIT)
    clinician = user_text(session.encounter.clinician) or "_" * 30
    pages = layout.lay_out(record, diagram, geo, clinician, opaque=opaque)
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError(
            translate("report", "the printer or file could not be opened for writing")
        )
    try:
        sx = device.width() / (paint_rect.width() * UNIT)
        sy = device.height() / (paint_rect.height() * UNIT)
        for number, page in enumerate(pages, start=1):
            if number > 1 and not device.newPage():
                raise ReportError(translate("report", "the printer refused a new page"))
            painter.save()
            painter.scale(sx, sy)
            painter.translate(-paint_rect.left() * UNIT, -paint_rect.top() * UNIT)
            layout.paint_page(painter, page, number, len(pages), record, geo)
            painter.restore()
    finally:
        painter.end()
    return len(pages)


def pdf_bytes(
    session: Session,
    *,
    paper: str = "a4",
    printed_at: dt.datetime | None = None,
    clinic_name: str | None = None,
    recurrences: Mapping[str, Recurrence] | None = None,
    archival: bool = False,
    previous_area: VisitArea | None = None,
    key_ring: signing.KeyRing | None = None,
) -> bytes:
    """The printed record as the bytes of a PDF file, made in memory (the arguments as for
    :func:`render`; ``archival`` as for :func:`write_pdf`).

    Raises:
        ReportError: the record could not be rendered (a plain one-line reason).
    """
    if paper not in PAPERS:
        raise ReportError(_unknown_paper(paper))
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        writer = QPdfWriter(buffer)
        writer.setCreator("bodymap")
        writer.setTitle(localised(TITLE))
        if archival:
            writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        render(
            session,
            writer,
            paper=paper,
            printed_at=printed_at,
            clinic_name=clinic_name,
            recurrences=recurrences,
            opaque=archival,
            previous_area=previous_area,
            key_ring=key_ring,
        )
        del writer  # the PDF is finished when its writer goes
        data = bytes(buffer.data().data())
    except ReportError:
        raise
    except Exception:
        _log.exception("rendering the PDF failed")
        raise ReportError(
            translate("report", "the PDF could not be written (internal error)")
        ) from None
    finally:
        buffer.close()
    check_complete_pdf(data)
    return data


def write_pdf(
    session: Session,
    path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    printed_at: dt.datetime | None = None,
    clinic_name: str | None = None,
    recurrences: Mapping[str, Recurrence] | None = None,
    inputs: Iterable[Path] = (),
    archival: bool = False,
    previous_area: VisitArea | None = None,
    key_ring: signing.KeyRing | None = None,
) -> None:
    """Write the printed record as a PDF file, atomically.

    With ``archival`` the file is PDF/A-1b (ISO 19005-1, for long-term keeping): Qt's
    ``PdfVersion_A1b`` embeds the fonts and the metadata that level asks for, and since
    PDF/A-1 forbids transparency the diagram is painted with opaque, pre-blended colours.

    The path is checked first (``check_output_path``: never one of ``inputs``, such as the
    session file printed, nor an existing file that is not a PDF, nor a folder or device),
    and again just before the file takes its place. The PDF is made in memory
    (:func:`pdf_bytes`) and written as a session is saved (``storage.atomic_write``): a
    temporary file in the same folder, flushed to disk, then renamed over ``path``. So a full
    disk or any other failed write is reported and nothing is left behind, and an existing
    file is unchanged. A new PDF gets the mode the user's umask gives; a replaced one keeps
    its mode.

    Raises:
        ReportError: the file could not be written (a plain one-line reason).
    """
    sources = tuple(inputs)
    target = check_output_path(path, inputs=sources)
    data = pdf_bytes(
        session,
        paper=paper,
        printed_at=printed_at,
        clinic_name=clinic_name,
        recurrences=recurrences,
        archival=archival,
        previous_area=previous_area,
        key_ring=key_ring,
    )

    def nothing_took_its_place() -> None:
        check_output_path(target, inputs=sources)

    try:
        storage.atomic_write(target, data, backup=False, check=nothing_took_its_place)
    except storage.SaveError as exc:
        raise ReportError(_reason(exc)) from None


def _unknown_paper(paper: str) -> str:
    return translate("report", "unknown paper size {paper} (use a4 or letter)").format(
        paper=repr(paper)
    )


def _reason(exc: storage.SaveError) -> str:
    """A storage message ("Could not save: the disk is full.") as a report error's words."""
    reason = str(exc).removeprefix(translate("report", "Could not save: ")).rstrip(".")
    return translate("report", "the PDF could not be written: {reason}").format(reason=reason)
