"""The printed record's PDF bytes, for the FHIR DocumentReference.

The one part of the export that needs Qt: it asks :mod:`bodymap.report` for the same PDF that
``bodymap print`` writes (offscreen when there is no display), in a private temporary folder
that is removed again.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bodymap.model import Session


def record_pdf(session: Session, *, paper: str = "a4") -> bytes:
    """The printed record of ``session`` as PDF bytes.

    Raises:
        bodymap.report.ReportError: the record could not be rendered.
    """
    from bodymap import report

    # mkdtemp makes a folder only this user can open (0700); write_pdf's file is 0600.
    with tempfile.TemporaryDirectory(prefix="bodymap-export-") as folder:
        path = Path(folder) / "record.pdf"
        report.write_pdf(session, path, paper=paper)
        return path.read_bytes()
