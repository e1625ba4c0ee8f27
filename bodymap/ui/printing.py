"""PrintController: Print Preview, Print and Export PDF, all through one report renderer.

A PDF file is never written over the session it records: Export PDF and "print to file" (from
the print dialog or the preview's print button) check the chosen file first
(``report.check_output_path``) and write it atomically, as Export PDF does.

Warning-level problems are confirmed first (:func:`bodymap.ui.confirming.confirm_warnings`), and
printing and exporting are noted in the session's audit log ("printed", "exported") through the
recorder it is given (``FileController.record_audit``), which says where the note went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QStandardPaths, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine
from PySide6.QtWidgets import QWidget

from bodymap.i18n import translate
from bodymap.ui import preferences
from bodymap.ui.clinic_index import ClinicIndex
from bodymap.ui.confirming import confirm_warnings
from bodymap.ui.dialogs import Dialogs, StatusSink
from bodymap.ui.document import SessionDocument
from bodymap.ui.plain_text import isolated
from bodymap.ui.record_files import clinic_keys

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from bodymap.history import Recurrence, VisitArea
    from bodymap.model import AuditAction

AuditRecorder = Callable[["AuditAction"], str]
"""Notes an action in the audit log and returns a sentence saying where the note went."""


def _problem(name: str, problem: object) -> str:
    return translate("printing", "{file}: {problem}").format(file=name, problem=problem)


def default_paper() -> str:
    """A4, or US Letter where the system's region uses it (``report.default_paper``)."""
    from bodymap import report

    return report.default_paper()


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
        self._preview: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None
        """The printer the preview paints on. The dialog keeps only a pointer to it, so it is
        kept here for as long as the dialog lives (until the next preview)."""

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
            self._status(
                translate("printing", "Earlier visits not shown on the record: {problem}").format(
                    problem=exc
                ),
                15000,
            )
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
            key_ring=clinic_keys(self._doc.session),
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

    def _inputs(self) -> list[Path]:
        """The files a record may never be written over: the session's own."""
        return [self._doc.path] if self._doc.path is not None else []

    def preview(self) -> QPrintPreviewDialog | None:
        """Show the record as it will print, in a dialog over the window; returns at once
        (None when the user went back to a warning instead)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        if self._preview is not None:
            self._preview.raise_()
            return self._preview
        if not confirm_warnings(self._doc, self.dialogs, self._parent, "print"):
            return None
        self._look_up_recurrences()
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(self.paint)
        dialog.destroyed.connect(self._preview_closed)
        dialog.resize(900, 1000)
        self._preview, self._preview_printer = dialog, printer
        dialog.open()
        return dialog

    def _preview_closed(self) -> None:
        self._preview = None

    def print_(self) -> None:
        """Print the record on a printer (or into a file) the user chooses."""
        if not confirm_warnings(self._doc, self.dialogs, self._parent, "print"):
            return
        printer = self._printer()
        if self.dialogs.print_setup(self._parent, printer):
            self._look_up_recurrences()
            if self.paint(printer) and not printer.outputFileName():
                self._note("printed", translate("printing", "Record sent to the printer."))

    def paint(self, printer: QPrinter) -> bool:
        """Paint the record on ``printer``: a preview's pages, a printer, or a file.

        A file (the print dialog's "print to file") is checked as Export PDF checks its file,
        never the session itself, and written atomically. Returns whether it was painted.
        """
        from bodymap import report

        previewing = printer.paintEngine().type() == QPaintEngine.Type.Picture
        name = printer.outputFileName()
        if previewing or not name:
            self._paint_or_say(printer, translate("printing", "Not printed"))
            return True
        try:
            target = report.check_output_path(name, inputs=self._inputs())
        except report.ReportError as exc:
            printer.setOutputFileName("")
            self.dialogs.error(
                self._parent,
                translate("printing", "Not printed"),
                _problem(isolated(Path(name).name), exc),
            )
            return False
        return self._paint_file(printer, target)

    def _paint_or_say(self, printer: QPrinter, title: str) -> bool:
        from bodymap import report

        try:
            self._render(printer)
        except report.ReportError as exc:
            self.dialogs.error(self._parent, title, str(exc))
            return False
        return True

    def _paint_file(self, printer: QPrinter, target: Path) -> bool:
        """Print into a temporary file beside ``target``, then put it in ``target``'s place."""
        from bodymap import report, storage

        title = translate("printing", "Not printed")
        try:
            temp = storage.create_temp(target)
        except storage.SaveError as exc:
            self.dialogs.error(self._parent, title, str(exc))
            return False
        printer.setOutputFileName(str(temp))
        try:
            painted = self._paint_or_say(printer, title)
        finally:
            printer.setOutputFileName(str(target))
        if not painted:
            storage.discard_temp(temp)
            return False
        try:
            # The printer does not report a failed write (a full disk): the file must be whole.
            report.check_complete_pdf_file(temp)
            report.check_output_path(target, inputs=self._inputs())  # nothing took its place
            storage.replace_with_temp(temp, target)
        except (report.ReportError, storage.SaveError) as exc:
            storage.discard_temp(temp)
            self.dialogs.error(self._parent, title, _problem(isolated(target.name), exc))
            return False
        self._note(
            "printed",
            translate("printing", "Record printed to {file}.").format(file=isolated(target.name)),
        )
        return True

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
        inputs = self._inputs()
        try:
            report.check_output_path(path, inputs=inputs)  # before looking up earlier visits
            report.write_pdf(
                doc.session,
                path,
                paper=default_paper(),
                clinic_name=preferences.clinic_name() or None,
                recurrences=self._look_up_recurrences(),
                inputs=inputs,
                archival=archival,
                previous_area=self._previous_area,
                key_ring=clinic_keys(self._doc.session),
            )
        except report.ReportError as exc:
            self.dialogs.error(
                self._parent,
                translate("printing", "PDF not written"),
                _problem(isolated(path.name), exc),
            )
            return None
        if archival:
            done = translate("printing", "Archival PDF/A-1b record written to {file}.")
        else:
            done = translate("printing", "Record written to {file}.")
        self._note("exported", done.format(file=isolated(path.name)))
        return path

    def export_archival_pdf(self) -> Path | None:
        """Write the record as an archival PDF/A-1b file the user chooses."""
        return self.export_pdf(archival=True)
