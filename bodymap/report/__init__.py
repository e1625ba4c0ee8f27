"""The printed session record: one rendering path for print preview, print and PDF export.

Draws from the session and the diagram data (QtGui and QtPrintSupport only, never widgets), so
the paper matches the saved file.
"""

from bodymap.report.content import build_record
from bodymap.report.output import ReportError, check_complete_pdf_file, check_output_path
from bodymap.report.paper import default_paper
from bodymap.report.pdf import PAPERS, ensure_gui_application, pdf_bytes, render, write_pdf
from bodymap.report.record import Record

__all__ = [
    "PAPERS",
    "Record",
    "ReportError",
    "build_record",
    "check_complete_pdf_file",
    "check_output_path",
    "default_paper",
    "ensure_gui_application",
    "pdf_bytes",
    "render",
    "write_pdf",
]
