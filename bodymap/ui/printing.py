"""PrintController: Print Preview, Print and Export PDF, all through one report renderer.

Printing and exporting are noted in the session's audit log ("printed", "exported") through the
recorder it is given (``FileController.record_audit``), which says where the note went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QObject, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QWidget

from bodymap.ui import preferences
from bodymap.ui.clinic_index import ClinicIndex
from bodymap.ui.confirming import confirm_warnings
from bodymap.ui.dialogs import Dialogs, StatusSink
from bodymap.ui.document import SessionDocument

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from bodymap.history import Recurrence, VisitArea
    from bodymap.model import AuditAction

AuditRecorder = Callable[["AuditAction"], str]
"""Notes an action in the audit log and returns a sentence saying where the note went."""


def default_paper() -> str:
    """A4, or US Letter where the system's locale uses it."""
    country = QLocale.system().territory()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    return "letter" if country in letter else "a4"


class PrintController(QObject):
    """Prints the record of one document. Printing modules load on first use, not at start-up."""

    def __init__(
        self,
        doc: SessionDocument,
        clinic: ClinicIndex,
        dialogs: type[Dialogs],
        status: StatusSink,
        parent: QWidget,
        recorder: AuditRecorder | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._clinic = clinic
        self.dialogs = dialogs
        self._status = status
        self._parent = parent
        self._recorder = recorder
        self._recurrences: dict[str, Recurrence] = {}
        self._previous_area: VisitArea | None = None

    def _note(self, action: AuditAction, done: str) -> None:
        """Tell the user ``done``, and note ``action`` in the audit log (saying where)."""
        note = self._recorder(action) if self._recorder is not None else ""
        self._status(f"{done} {note}".strip(), 10000)

    def _look_up_recurrences(self) -> dict[str, Recurrence]:
        """The recurring points of the session, for the record; none if the history fails."""
        from bodymap import history

        try:
            self._recurrences = self._clinic.recurrences(self._doc.session)
        except history.HistoryUnavailable as exc:
            self._recurrences = {}
            self._status(f"Earlier visits not shown on the record: {exc}", 15000)
        drawn = [
            a for a in self._clinic.painted_areas(self._doc.session, self._doc.diagram) if a.drawn
        ]
        self._previous_area = drawn[-1] if drawn else None
        return self._recurrences

    def _render(self, printer: QPrinter) -> None:
        from bodymap import report

        report.render(
            self._doc.session,
            printer,
            paper=None,
            clinic_name=preferences.clinic_name() or None,
            diagram=self._doc.diagram,
            recurrences=self._recurrences,
            previous_area=self._previous_area,
        )

    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = (
            QPageSize.PageSizeId.Letter if default_paper() == "letter" else QPageSize.PageSizeId.A4
        )
        printer.setPageLayout(
            QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        printer.setDocName(self._document_name())
        return printer

    def _document_name(self) -> str:
        path = self._doc.path
        return path.name.removesuffix(".bodymap.json") if path else "bodymap record"

    def preview(self) -> None:
        """Show the record as it will print."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        if not confirm_warnings(self._doc, self.dialogs, self._parent, "print"):
            return
        self._look_up_recurrences()
        dialog = QPrintPreviewDialog(self._printer(), self._parent)
        dialog.paintRequested.connect(self._render)
        dialog.resize(900, 1000)
        dialog.exec()

    def print_(self) -> None:
        """Print the record on a printer the user chooses."""
        from PySide6.QtPrintSupport import QPrintDialog

        if not confirm_warnings(self._doc, self.dialogs, self._parent, "print"):
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self._parent)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._look_up_recurrences()
            self._render(printer)
            self._note("printed", "Record sent to the printer.")

    def export_pdf(self, *, archival: bool = False) -> Path | None:
        """Write the record as a PDF file the user chooses (an archival PDF/A-1b file when
        ``archival``); never over the session's own file."""
        from bodymap import report

        if not confirm_warnings(self._doc, self.dialogs, self._parent, "export"):
            return None
        doc = self._doc
        folder = (
            str(doc.path.parent)
            if doc.path
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        suffix = ".pdfa.pdf" if archival else ".pdf"
        path = self.dialogs.pdf_path(
            self._parent, str(Path(folder) / f"{self._document_name()}{suffix}")
        )
        if path is None:
            return None
        try:
            report.write_pdf(
                doc.session,
                path,
                paper=default_paper(),
                clinic_name=preferences.clinic_name() or None,
                recurrences=self._look_up_recurrences(),
                inputs=[doc.path] if doc.path is not None else [],
                archival=archival,
                previous_area=self._previous_area,
            )
        except report.ReportError as exc:
            self.dialogs.error(self._parent, "PDF not written", str(exc))
            return None
        kind = "Archival PDF/A-1b record" if archival else "Record"
        self._note("exported", f"{kind} written to {path.name}.")
        return path

    def export_archival_pdf(self) -> Path | None:
        """Write the record as an archival PDF/A-1b file the user chooses."""
        return self.export_pdf(archival=True)
