"""Print a two-page session record to PDF (``report.write_pdf``, atomic file write included).

The record is the bundled example session, keeping as many of its points as still fit on two
pages. Needs a QGuiApplication (the runner makes one, offscreen).
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from benchmarks import Figure, median, ns_to_ms
from bodymap.anatomy import asset_path
from bodymap.model import Session

TARGET_S = 1.0
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pdf_pages(path: Path) -> int:
    """Number of pages of a PDF written by Qt (its page objects are uncompressed)."""
    return len(_PAGE.findall(path.read_bytes()))


def two_page_session(folder: Path) -> Session:
    """The example session with the most of its points that print on exactly two pages."""
    from bodymap import report, storage

    example = storage.load_session(asset_path("examples", "example-session.bodymap.json"))
    probe = folder / "probe.pdf"
    for count in range(len(example.points), -1, -1):
        session = example.model_copy(update={"points": example.points[:count]})
        report.write_pdf(session, probe)
        if pdf_pages(probe) == 2:
            return session
    raise RuntimeError("no part of the example session prints on two pages")


def run(runs: int = 5) -> list[Figure]:
    """Median time to write the two-page record as a PDF."""
    from bodymap import report

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        session = two_page_session(folder)
        out = folder / "record.pdf"
        timings: list[int] = []
        for _ in range(runs):
            start = time.perf_counter_ns()
            report.write_pdf(session, out, paper="a4")
            timings.append(time.perf_counter_ns() - start)
        pages = pdf_pages(out)
        size_kib = out.stat().st_size / 1024
    ms = ns_to_ms(timings)
    return [
        Figure(
            "Print a two-page record to PDF",
            median(ms) / 1000,
            "s",
            TARGET_S,
            f"median of {runs}, slowest {max(ms):.0f} ms; {pages} pages, "
            f"{len(session.points)} point{'' if len(session.points) == 1 else 's'}, "
            f"{size_kib:.0f} KiB",
        )
    ]


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    for figure in run():
        print(f"{figure.name}: {figure.formatted_value()} ({figure.status}) {figure.detail}")
