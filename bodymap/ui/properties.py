"""File → Properties: the file, its format, content hash, signature, amendments and audit log.

Plain text in a read-only text box, so that all of it can be selected and copied (a records
department compares hashes and fingerprints). Names and texts typed by users are isolated from
the text around them.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap import signing, storage
from bodymap.model import Amendment, Session, isolate
from bodymap.ui.correctable import shown
from bodymap.ui.signature_status import signer


def file_format(path: Path | None) -> str:
    """The format the file says it is in ("bodymap.session 1.2"), read from its envelope."""
    if path is None:
        return f"not saved yet (saved as {storage.FORMAT} {storage.FORMAT_VERSION})"
    try:
        with path.open("rb") as handle:
            envelope = json.loads(handle.read(storage.MAX_FILE_BYTES + 1))
        version = envelope["format_version"]
        if not isinstance(version, str) or len(version) > 10:
            raise ValueError(version)
    except (OSError, ValueError, KeyError, TypeError):
        return f"{storage.FORMAT} (the file cannot be read now)"
    note = "" if version == storage.FORMAT_VERSION else f", read as {storage.FORMAT_VERSION}"
    return f"{storage.FORMAT} {version}{note}"


def _amendment_lines(number: int, amendment: Amendment) -> list[str]:
    who = isolate(amendment.author)
    if amendment.credentials:
        who += f", {isolate(amendment.credentials)}"
    lines = [
        f"  {number}. {signing.signed_time(amendment.amended_at)}, {who}",
        f"     Reason: {isolate(amendment.reason)}",
    ]
    if amendment.text:
        lines.append(f"     Text: {isolate(amendment.text)}")
    lines += [
        f"     Corrects {item.path}: {isolate(shown(item.old))} → {isolate(shown(item.new))}"
        for item in amendment.corrections
    ]
    lines += [
        f"     Key: {signing.grouped_fingerprint(amendment.key_fingerprint)}",
        f"     Amends SHA-256: {amendment.amends_sha256}",
    ]
    return lines


def properties_text(
    session: Session, path: Path | None, result: signing.VerifyResult | None
) -> str:
    """Everything File → Properties shows, as plain text."""
    lines = [
        f"File: {path if path is not None else 'not saved yet'}",
        f"Format: {file_format(path)}",
        f"Content SHA-256: {storage.content_sha256(session)}",
    ]
    signature = session.signature
    if signature is None:
        lines.append("Signature: none (a draft)")
    else:
        lines += [
            f"Signature: {signer(signature)}, {isolate(signature.meaning)}, on "
            f"{signing.signed_time(signature.signed_at)} (Ed25519)",
            f"Key fingerprint: {signing.grouped_fingerprint(signature.key_fingerprint)}",
            f"Signed content SHA-256: {signature.content_sha256}",
        ]
    if result is not None:
        lines.append(f"Verification: {result.summary()}")
    lines.append(f"Amendments: {len(session.amendments) or 'none'}")
    for number, amendment in enumerate(session.amendments, start=1):
        lines += _amendment_lines(number, amendment)
    lines.append(f"Audit log: {len(session.audit) or 'empty'}")
    lines += [
        f"  {entry.at.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC  {entry.action:<8}  "
        f"{isolate(entry.clinician) if entry.clinician else '(no clinician)'}  "
        f"(user {isolate(entry.os_user) if entry.os_user else 'unknown'})  "
        f"SHA-256 {entry.content_sha256}"
        for entry in session.audit
    ]
    return "\n".join(lines) + "\n"


class PropertiesDialog(QDialog):
    """Shows the properties text; all of it selectable, with a button that copies it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Properties")
        self.resize(880, 520)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName("Properties of the session file")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy All", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def copy_all(self) -> None:
        """Put the whole text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
