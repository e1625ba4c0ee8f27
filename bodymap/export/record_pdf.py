"""The printed record's PDF bytes, for the FHIR DocumentReference.

The one part of the export that needs Qt: it asks :mod:`bodymap.report` for the same PDF that
``bodymap print`` writes (offscreen when there is no display), made in memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bodymap.model import Session

if TYPE_CHECKING:
    from bodymap.signing import KeyRing


def record_pdf(session: Session, *, paper: str = "a4", key_ring: KeyRing | None = None) -> bytes:
    """The printed record of ``session`` as PDF bytes (``key_ring``: the clinic's keys, when
    known, as for ``report.write_pdf``).

    Raises:
        bodymap.report.ReportError: the record could not be rendered.
    """
    from bodymap import report

    return report.pdf_bytes(session, paper=paper, key_ring=key_ring)
