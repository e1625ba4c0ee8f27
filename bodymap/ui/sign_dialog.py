"""File → Sign…: the signer's name, credentials, the meaning of the signature, the passphrase.

Warning-level clinical problems are confirmed before the dialog opens (``confirming``), as
before Save, Print and Export. The passphrase is masked. When this computer holds no key for
the name, signing makes one: the dialog then asks for the new passphrase twice and says how
long it must be. All text is plain.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import translate
from bodymap.model import DEFAULT_MEANING, Signature
from bodymap.signing import MIN_PASSPHRASE
from bodymap.ui import palette
from bodymap.ui.plain_text import plain_label
from bodymap.ui.signing_forms import KeyExists, Passphrase, SignForm, SignRequest
from bodymap.ui.text_editors import LineEditor, text_rule


def error_label() -> QLabel:
    """A label for what is wrong with the dialog's entries (empty until something is)."""
    label = plain_label(wrap=True)
    palette.restyle(label, palette.text_style("error"))
    label.setAccessibleName(translate("signing", "Problem"))
    return label


class PassphraseFields(QWidget):
    """The passphrase (masked); asked twice, with its minimum length, when a key will be made."""

    def __init__(self, key_exists: KeyExists, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key_exists = key_exists
        self.new_key = False
        """Whether signing will make a new key (no key for the name on this computer)."""
        self.hint = plain_label(wrap=True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(translate("signing", "Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(translate("signing", "Repeat the passphrase"))
        self._second_label = QLabel(translate("signing", "Repeat:"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.hint)
        form.addRow(translate("signing", "Passphrase:"), self.first)
        form.addRow(self._second_label, self.second)

    def set_name(self, name: str) -> None:
        """Ask as for ``name``'s key: unlock it, or make it (twice, minimum length)."""
        self.new_key = bool(name.strip()) and not self._key_exists(name)
        self.second.setVisible(self.new_key)
        self._second_label.setVisible(self.new_key)
        if self.new_key:
            self.hint.setText(
                translate(
                    "signing",
                    "There is no signing key for this name on this computer: one will be made. "
                    "Choose a passphrase of at least {count} characters (a few words are easier "
                    "to remember than symbols) and type it twice. It protects your key; nobody "
                    "can recover it if it is forgotten.",
                ).format(count=MIN_PASSPHRASE)
            )
        else:
            self.hint.setText(translate("signing", "Type the passphrase of your signing key."))

    def problem(self) -> str | None:
        """What is wrong with the entries, or None."""
        typed = self.first.text()
        if not typed:
            return translate("signing", "Type the passphrase.")
        if self.new_key:
            if len(typed) < MIN_PASSPHRASE:
                return translate(
                    "signing", "A new key needs a passphrase of at least {count} characters."
                ).format(count=MIN_PASSPHRASE)
            if self.second.text() != typed:
                return translate("signing", "The two passphrases differ.")
        return None

    def value(self) -> Passphrase:
        """The passphrase as typed (twice for a new key)."""
        return Passphrase(self.first.text(), self.second.text() if self.new_key else None)


class SigningDialog(QDialog):
    """What the sign and amend dialogs share: a note on top, their fields, the passphrase of
    the signer's key, a line for what is wrong, and a button that signs only when nothing is."""

    def __init__(self, title: str, note: str, parent: QWidget | None, *, width: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.body = QVBoxLayout(self)
        self.body.addWidget(plain_label(note, wrap=True))

    def finish(self, key_exists: KeyExists, signer: QLineEdit, sign_text: str) -> QPushButton:
        """Add the passphrase (for the key of the name in ``signer``), the problem line and the
        buttons under the fields; returns the signing button."""
        self.passphrase = PassphraseFields(key_exists)
        self.body.addWidget(self.passphrase)
        self.problem = error_label()
        self.body.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        button = buttons.addButton(sign_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        self.body.addWidget(buttons)
        signer.textChanged.connect(self.passphrase.set_name)
        self.passphrase.set_name(signer.text())
        return button

    def _problem(self) -> str | None:
        """What is wrong with the entries, or None (the passphrase's problem by default)."""
        return self.passphrase.problem()

    def _try_accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.problem.setText(problem)
            return
        self.accept()


class SignDialog(SigningDialog):
    """Asks who signs, what the signature means, and the passphrase of the signer's key."""

    def __init__(self, form: SignForm, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("signing", "Sign the record"),
            translate(
                "signing",
                "Signing makes this record read-only: it can no longer be edited, only "
                "corrected by signed amendments (File → Amend…). Sign what you performed and "
                "documented.",
            ),
            parent,
            width=520,
        )
        # The model's own limits and characters, refused as they are typed or pasted.
        self.name = LineEditor(text_rule(Signature, "signer"))
        self.name.setText(form.signer)
        self.name.setAccessibleName(translate("signing", "Signer's name"))
        self.credentials = LineEditor(
            text_rule(Signature, "credentials"),
            translate("signing", "e.g. MD; blank: as registered with the key"),
        )
        self.credentials.setText(form.credentials)
        self.credentials.setAccessibleName(translate("signing", "Credentials"))
        self.meaning = QComboBox()
        self.meaning.setEditable(True)
        self.meaning.setLineEdit(LineEditor(text_rule(Signature, "meaning")))
        # bodymap's own words are stored in English and shown in the installed language.
        self._default_meaning = translate("signing", DEFAULT_MEANING)
        self.meaning.addItem(self._default_meaning)
        self.meaning.setCurrentText(
            self._default_meaning if form.meaning == DEFAULT_MEANING else form.meaning
        )
        self.meaning.setAccessibleName(translate("signing", "Meaning of the signature"))
        fields = QFormLayout()
        fields.addRow(translate("signing", "Signed by:"), self.name)
        fields.addRow(translate("signing", "Credentials:"), self.credentials)
        fields.addRow(translate("signing", "Meaning:"), self.meaning)
        self.body.addLayout(fields)
        self.sign_button = self.finish(form.key_exists, self.name, translate("signing", "Sign"))

    def _problem(self) -> str | None:
        if not self.name.text().strip():
            return translate("signing", "Type the signer's name.")
        return super()._problem()

    def _meaning(self) -> str:
        typed = self.meaning.currentText().strip()
        return DEFAULT_MEANING if typed in ("", self._default_meaning) else typed

    def request(self) -> SignRequest:
        """What was entered."""
        return SignRequest(
            signer=self.name.text().strip(),
            credentials=self.credentials.text().strip(),
            meaning=self._meaning(),
            passphrase=self.passphrase.value(),
        )

    @classmethod
    def ask(cls, parent: QWidget, form: SignForm) -> SignRequest | None:
        """Show the dialog; None when it was cancelled."""
        dialog = cls(form, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
