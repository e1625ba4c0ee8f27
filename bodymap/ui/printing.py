"""PrintController: Print Preview, Print and Export PDF, all through one report renderer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from bodymap.ui import preferences

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from bodymap.history import Recurrence
    from bodymap.ui.main_window import MainWindow


def default_paper() -> str:
    """A4, or US Letter where the system's locale uses it."""
    from PySide6.QtCore import QLocale

    country = QLocale.system().territory()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    return "letter" if country in letter else "a4"


class PdfDialogs:
    """File chooser for Export PDF (replaced in tests)."""

    @staticmethod
    def pdf_path(parent: QWidget, suggestion: str) -> Path | None:
        """Ask where to write the PDF."""
        name, _ = QFileDialog.getSaveFileName(parent, "Export PDF", suggestion, "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class PrintController(QObject):
    """File-menu printing. Printing modules load on first use, not at start-up."""

    pdf_dialogs = PdfDialogs

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._recurrences: dict[str, Recurrence] = {}

    def populate(self, menu: QMenu, before: QAction | None = None) -> None:
        """Insert Print Preview, Print and Export PDF into ``menu``."""
        for text, slot, shortcut in (
            ("Print Pre&view…", self.preview, None),
            ("&Print…", self.print_, QKeySequence.StandardKey.Print),
            ("&Export PDF…", self.export_pdf, QKeySequence("Ctrl+E")),
        ):
            action = QAction(text, self._window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)

    def _look_up_recurrences(self) -> dict[str, Recurrence]:
        """The recurring points of the session, for the record; none if the history fails."""
        from bodymap import history

        try:
            self._recurrences = self._window.history.session_recurrences()
        except history.HistoryUnavailable as exc:
            self._recurrences = {}
            self._window.statusBar().showMessage(
                f"Earlier visits not shown on the record: {exc}", 15000
            )
        return self._recurrences

    def _render(self, printer: QPrinter) -> None:
        from bodymap import report

        report.render(
            self._window.doc.session,
            printer,
            paper=None,
            clinic_name=preferences.clinic_name() or None,
            diagram=self._window.diagram,
            recurrences=self._recurrences,
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
        path = self._window.doc.path
        return path.name.removesuffix(".bodymap.json") if path else "bodymap record"

    def preview(self) -> None:
        """Show the record as it will print."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        self._look_up_recurrences()
        dialog = QPrintPreviewDialog(self._printer(), self._window)
        dialog.paintRequested.connect(self._render)
        dialog.resize(900, 1000)
        dialog.exec()

    def print_(self) -> None:
        """Print the record on a printer the user chooses."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self._window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._look_up_recurrences()
            self._render(printer)

    def export_pdf(self) -> Path | None:
        """Write the record as a PDF file the user chooses."""
        from bodymap import report

        doc = self._window.doc
        folder = (
            str(doc.path.parent)
            if doc.path
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path = self.pdf_dialogs.pdf_path(
            self._window, str(Path(folder) / f"{self._document_name()}.pdf")
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
            )
        except report.ReportError as exc:
            self._window.files.dialogs.error(self._window, "PDF not written", str(exc))
            return None
        self._window.statusBar().showMessage(f"Record written to {path.name}", 8000)
        return path
