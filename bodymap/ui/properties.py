"""File → Properties: the file, its format, content hash, signature, amendments and audit log.

Plain text in a read-only text box, so that all of it can be selected and copied (a records
department compares hashes and fingerprints). Names and texts typed by users are isolated from
the text around them.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Final

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap import signing, storage
from bodymap.i18n import QT_TRANSLATE_NOOP, date_text, translate
from bodymap.model import DEFAULT_MEANING, Amendment, Session, isolate
from bodymap.ui.correctable import shown
from bodymap.ui.signature_status import signer


def file_format(path: Path | None) -> str:
    """The format the file says it is in ("bodymap.session 1.2"), read from its envelope."""
    if path is None:
        return translate("properties", "not saved yet (saved as {format} {version})").format(
            format=storage.FORMAT, version=storage.FORMAT_VERSION
        )
    try:
        with path.open("rb") as handle:
            envelope = json.loads(handle.read(storage.MAX_FILE_BYTES + 1))
        version = envelope["format_version"]
        if not isinstance(version, str) or len(version) > 10:
            raise ValueError(version)
    except (OSError, ValueError, KeyError, TypeError):
        return translate("properties", "{format} (the file cannot be read now)").format(
            format=storage.FORMAT
        )
    if version == storage.FORMAT_VERSION:
        return f"{storage.FORMAT} {version}"
    return translate("properties", "{format} {version}, read as {current}").format(
        format=storage.FORMAT, version=version, current=storage.FORMAT_VERSION
    )


_ACTIONS: Final = {
    "created": QT_TRANSLATE_NOOP("properties", "created"),
    "edited": QT_TRANSLATE_NOOP("properties", "edited"),
    "signed": QT_TRANSLATE_NOOP("properties", "signed"),
    "amended": QT_TRANSLATE_NOOP("properties", "amended"),
    "printed": QT_TRANSLATE_NOOP("properties", "printed"),
    "exported": QT_TRANSLATE_NOOP("properties", "exported"),
}
"""The audit log's actions in words (the file keeps them as these English codes)."""


def _action(action: str) -> str:
    return translate("properties", _ACTIONS[action]) if action in _ACTIONS else action


def _logged(moment: dt.datetime) -> str:
    """An audit entry's time, to the second, in UTC."""
    utc = moment.astimezone(dt.UTC)
    return f"{date_text(utc.date())} {utc:%H:%M:%S} UTC"


def _amendment_lines(number: int, amendment: Amendment) -> list[str]:
    who = isolate(amendment.author)
    if amendment.credentials:
        who += f", {isolate(amendment.credentials)}"
    indent = "     "
    lines = [
        f"  {number}. {signing.signed_time(amendment.amended_at)}, {who}",
        indent
        + translate("properties", "Reason: {reason}").format(reason=isolate(amendment.reason)),
    ]
    if amendment.text:
        lines.append(
            indent + translate("properties", "Text: {text}").format(text=isolate(amendment.text))
        )
    lines += [
        indent
        + translate("properties", "Corrects {place}: {old} \u2192 {new}").format(
            place=item.path, old=isolate(shown(item.old)), new=isolate(shown(item.new))
        )
        for item in amendment.corrections
    ]
    lines += [
        indent
        + translate("properties", "Key: {fingerprint}").format(
            fingerprint=signing.grouped_fingerprint(amendment.key_fingerprint)
        ),
        indent
        + translate("properties", "Amends SHA-256: {hash}").format(hash=amendment.amends_sha256),
    ]
    return lines


def properties_text(
    session: Session, path: Path | None, result: signing.VerifyResult | None
) -> str:
    """Everything File → Properties shows, as plain text."""
    file = isolate(str(path)) if path is not None else translate("properties", "not saved yet")
    lines = [
        translate("properties", "File: {file}").format(file=file),
        translate("properties", "Format: {format}").format(format=file_format(path)),
        translate("properties", "Content SHA-256: {hash}").format(
            hash=storage.content_sha256(session)
        ),
    ]
    signature = session.signature
    if signature is None:
        lines.append(translate("properties", "Signature: none (a draft)"))
    else:
        meaning = signature.meaning
        if meaning == DEFAULT_MEANING:  # bodymap's own words, not the signer's
            meaning = translate("signing", DEFAULT_MEANING)
        lines += [
            translate("properties", "Signature: {signer}, {meaning}, on {time} (Ed25519)").format(
                signer=signer(signature),
                meaning=isolate(meaning),
                time=signing.signed_time(signature.signed_at),
            ),
            translate("properties", "Key fingerprint: {fingerprint}").format(
                fingerprint=signing.grouped_fingerprint(signature.key_fingerprint)
            ),
            translate("properties", "Signed content SHA-256: {hash}").format(
                hash=signature.content_sha256
            ),
        ]
    if result is not None:
        lines.append(
            translate("properties", "Verification: {result}").format(result=result.summary(isolate))
        )
    amendments = len(session.amendments)
    lines.append(
        translate("properties", "Amendments: {count}").format(count=amendments)
        if amendments
        else translate("properties", "Amendments: none")
    )
    for number, amendment in enumerate(session.amendments, start=1):
        lines += _amendment_lines(number, amendment)
    lines.append(
        translate("properties", "Audit log: {count}").format(count=len(session.audit))
        if session.audit
        else translate("properties", "Audit log: empty")
    )
    width = max((len(_action(entry.action)) for entry in session.audit), default=8)
    for entry in session.audit:
        clinician = (
            isolate(entry.clinician)
            if entry.clinician
            else translate("properties", "(no clinician)")
        )
        user = isolate(entry.os_user) if entry.os_user else translate("properties", "unknown")
        lines.append(
            f"  {_logged(entry.at)}  {_action(entry.action):<{max(width, 8)}}  {clinician}  "
            + translate("properties", "(user {user})").format(user=user)
            + f"  SHA-256 {entry.content_sha256}"
        )
    return "\n".join(lines) + "\n"


class PropertiesDialog(QDialog):
    """Shows the properties text; all of it selectable, with a button that copies it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("properties", "Properties"))
        self.resize(880, 520)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(translate("properties", "Properties of the session file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("properties", "Copy All"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def copy_all(self) -> None:
        """Put the whole text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
