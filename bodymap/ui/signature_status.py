"""The signature status line above the map: who signed, when, and whether the record is intact.

Green when the record is intact and signed with a key the clinic folder registers, amber when
the key is unknown there, red when the record was changed after it was signed. The words say
it too, with a symbol, so that colour is never the only cue; the colours are dark text on a
light ground with a contrast of at least 7:1 (WCAG 2.x, level AAA). Plain text only: names are
user data, never markup, and each is isolated from the text around it (bidi).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from bodymap import signing
from bodymap.i18n import Context, translate
from bodymap.model import Session, Signature, isolate
from bodymap.ui import palette
from bodymap.ui.document.session_document import CHANGED_AFTER_SIGNING

SHORT_GROUPS = 4
"""Groups of the key fingerprint the status line shows (File → Properties shows them all)."""

signature_status = Context("signature_status")


class Tone(enum.Enum):
    """How the status line looks: (symbol, text colour, background colour)."""

    VALID = ("✔", palette.css(palette.SIGNED_TEXT), palette.css(palette.SIGNED_BACKGROUND))
    UNKNOWN_KEY = (
        "⚠",
        palette.css(palette.UNKNOWN_KEY_TEXT),
        palette.css(palette.UNKNOWN_KEY_BACKGROUND),
    )
    DAMAGED = ("✖", palette.css(palette.DAMAGED_TEXT), palette.css(palette.DAMAGED_BACKGROUND))

    @property
    def symbol(self) -> str:
        """The symbol that starts the line."""
        return self.value[0]

    @property
    def foreground(self) -> str:
        """The text colour."""
        return self.value[1]

    @property
    def background(self) -> str:
        """The background colour."""
        return self.value[2]


def signer(signature: Signature) -> str:
    """The signer's name and credentials as shown ("Dr A. Example, MD"), isolated."""
    who = isolate(signature.signer)
    return f"{who}, {isolate(signature.credentials)}" if signature.credentials else who


def short_key(fingerprint: str) -> str:
    """The first groups of a key fingerprint ("92C7 FA9C 1B2D 3E4F…")."""
    groups = signing.grouped_fingerprint(fingerprint).split()
    return " ".join(groups[:SHORT_GROUPS]) + "\u2026"


def status_line(result: signing.VerifyResult) -> tuple[Tone, str] | None:
    """The tone and text of the status line for a verified session; None for a draft."""
    session, signature = result.session, result.signature
    state = result.state
    if state in (signing.VerifyState.ALTERED, signing.VerifyState.BROKEN):
        headline = translate("signature_status", "This record was changed after it was signed")
        if state is signing.VerifyState.ALTERED:  # the detail says the headline again
            text = translate("signature_status", "{headline}. It is open read-only.")
        else:
            text = translate("signature_status", "{headline} ({why}). It is open read-only.")
        return Tone.DAMAGED, f"{Tone.DAMAGED.symbol} " + text.format(
            headline=headline, why=result.detail
        )
    if signature is None or session is None:
        return None
    amended = len(session.amendments)
    signed = translate("signature_status", "Signed by {signer} on {time} \u00b7 key {key}").format(
        signer=signer(signature),
        time=signing.signed_time(signature.signed_at),
        key=short_key(signature.key_fingerprint),
    )
    if amended:
        signed += " \u00b7 " + signature_status.tr("%n amendments", None, amended)
    if state is signing.VerifyState.VALID:
        return Tone.VALID, f"{Tone.VALID.symbol} " + translate(
            "signature_status",
            "{signed} \u00b7 intact, key registered in the clinic folder. Read-only: add "
            "corrections with File \u2192 Amend\u2026",
        ).format(signed=signed)
    return Tone.UNKNOWN_KEY, f"{Tone.UNKNOWN_KEY.symbol} " + translate(
        "signature_status",
        "{signed} \u00b7 the record is intact, but who signed it cannot be confirmed: {why}.",
    ).format(signed=signed, why=result.detail)


def title_note(session: Session, refusal: str | None) -> str:
    """What the window title adds after the file name: who signed and when, or why it is
    read-only (``refusal``: the document's reason for refusing edits)."""
    signature = session.signature
    if refusal == translate("document", CHANGED_AFTER_SIGNING):
        return translate("signature_status", " ({why}, read-only)").format(why=refusal)
    if signature is not None:
        when = signing.signed_time(signature.signed_at)
        return translate("signature_status", " (signed by {signer} on {time}, read-only)").format(
            signer=signer(signature), time=when
        )
    return translate("signature_status", " (read-only)") if refusal is not None else ""


class SignatureStatus(QObject):
    """Keeps the status line (a label above the map) saying what verifying the record found."""

    def __init__(self, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._label = label
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(translate("signature_status", "Signature status"))
        self.tone: Tone | None = None
        """The tone shown, None while the line is hidden (a draft)."""

    def show_result(self, result: object) -> None:
        """Show what verifying found (a ``signing.VerifyResult``); hide the line for a draft."""
        line = status_line(result) if isinstance(result, signing.VerifyResult) else None
        if line is None:
            self.tone = None
            self._label.clear()
            self._label.hide()
            return
        self.tone, text = line
        self._label.setText(text)
        self._label.setAccessibleDescription(text)
        weight = "bold" if self.tone is Tone.DAMAGED else "normal"
        self._label.setStyleSheet(
            f"QLabel {{ color: {self.tone.foreground}; background: {self.tone.background}; "
            f"border-bottom: 2px solid {self.tone.foreground}; padding: 6px 10px; "
            f"font-weight: {weight}; }}"
        )
        self._label.show()
