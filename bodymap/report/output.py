"""Where a printed record may be written: never over its own session, a folder, a device, or
any existing file that is not a PDF.

No Qt: the window's Export PDF asks the same question before it opens a file dialog's choice.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from bodymap.i18n import translate
from bodymap.storage.files import same_file


class ReportError(Exception):
    """The record could not be printed or written; the message is plain and names no patient."""


PDF_MAGIC = b"%PDF-"
PDF_END = b"%%EOF"
"""The marker a PDF file ends with (ISO 32000-1 §7.5.5), written last."""


def check_complete_pdf(data: bytes) -> None:
    """Refuse a PDF that does not begin with the PDF header and end with ``%%EOF``.

    The PDF writer writes the end marker last and does not report a write that failed, so a
    file cut short (a full disk) lacks it.

    Raises:
        ReportError: the PDF is not complete.
    """
    if not (data.startswith(PDF_MAGIC) and data.rstrip().endswith(PDF_END)):
        raise ReportError(
            translate("report", "the PDF could not be written completely (is the disk full?)")
        )


def check_complete_pdf_file(path: Path) -> None:
    """:func:`check_complete_pdf` for a written file (its first and last bytes).

    Raises:
        ReportError: the PDF is not complete, or cannot be read.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PDF_MAGIC))
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - 64))
            tail = fh.read()
    except OSError as exc:
        raise ReportError(_unchecked(exc)) from None
    check_complete_pdf(head + (b"\n" if size > len(head) else b"") + tail)


def _starts_like_a_pdf(path: Path) -> bool:
    """Whether the regular file ``path`` begins with the PDF header (read without waiting)."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return os.read(fd, len(PDF_MAGIC)) == PDF_MAGIC
    finally:
        os.close(fd)


def check_output_path(
    path: str | os.PathLike[str], *, inputs: Iterable[str | os.PathLike[str]] = ()
) -> Path:
    """Check that the record may be written to ``path`` and return it.

    Refused: a path that is (through links, hard links or another spelling) one of ``inputs``
    (the session printed, its clinic folder's files), a folder, a device or pipe, a link to
    nothing, and an existing file that is not a PDF (a session, its backup, anything else).
    An existing PDF, or an empty file, may be replaced. Nothing is opened but to read a
    file's first five bytes.

    Raises:
        ReportError: the path is refused; the message says why without naming the file.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(translate("report", "the folder does not exist"))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if os.path.lexists(target):
            raise ReportError(
                translate("report", "the name is a link to a file that does not exist")
            ) from None
        return target
    except OSError as exc:
        raise ReportError(_unchecked(exc)) from None
    if any(same_file(target, Path(source)) for source in inputs):
        raise ReportError(
            translate(
                "report", "this is the session file being printed: choose another name for the PDF"
            )
        )
    if stat.S_ISDIR(info.st_mode):
        raise ReportError(translate("report", "a folder has this name"))
    if not stat.S_ISREG(info.st_mode):
        raise ReportError(
            translate(
                "report", "this is not a regular file (a device or a pipe?): it is not replaced"
            )
        )
    if info.st_size == 0:
        return target
    try:
        is_pdf = _starts_like_a_pdf(target)
    except OSError as exc:
        raise ReportError(_unchecked(exc)) from None
    if not is_pdf:
        raise ReportError(
            translate("report", "a file that is not a PDF has this name: it is not replaced")
        )
    return target


def _unchecked(exc: OSError) -> str:
    return translate("report", "the file cannot be checked ({reason})").format(
        reason=exc.strerror or translate("report", "error")
    )
