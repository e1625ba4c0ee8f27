"""File → Amend…: a signed, dated addition to a signed record, optionally correcting one value.

Author, credentials, reason and text; a correction picks a value of the record from a list,
shows what the record says now and takes the corrected value; the passphrase signs it. The
signed record itself never changes (docs/adr/0006-signed-records.md). All text is plain.
"""

from __future__ import annotations

from pydantic import JsonValue
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from bodymap.i18n import grouped, translate
from bodymap.model import MAX_TEXT, Amendment
from bodymap.ui.correctable import CorrectableField, Kind, parse_value
from bodymap.ui.plain_text import plain_label
from bodymap.ui.sign_dialog import SigningDialog
from bodymap.ui.signing_forms import AmendForm, AmendRequest
from bodymap.ui.text_editors import LineEditor, TextEditor, text_rule


class CorrectionFields(QGroupBox):
    """Pick a value of the record, see what it says now, enter the corrected value."""

    def __init__(self, fields: tuple[CorrectableField, ...], parent: QWidget | None = None) -> None:
        super().__init__(translate("amend", "Correct a recorded value"), parent)
        self.setCheckable(True)
        self.setChecked(False)
        self._fields = fields
        self.field = QComboBox()
        self.field.setAccessibleName(translate("amend", "Value to correct"))
        self.field.setMaxVisibleItems(20)
        for item in fields:
            self.field.addItem(item.label)
        self.old = plain_label(wrap=True)
        self.old.setAccessibleName(translate("amend", "Recorded value"))
        self.typed = QLineEdit()
        self.typed.setAccessibleName(translate("amend", "Corrected value"))
        self.chosen = QComboBox()
        self.chosen.setAccessibleName(translate("amend", "Corrected value"))
        self._entry = QStackedWidget()
        self._entry.addWidget(self.typed)
        self._entry.addWidget(self.chosen)
        form = QFormLayout(self)
        form.addRow(translate("amend", "Value:"), self.field)
        form.addRow(translate("amend", "Recorded:"), self.old)
        form.addRow(translate("amend", "Corrected:"), self._entry)
        self.field.currentIndexChanged.connect(self._show_field)
        self._show_field(0)

    def current(self) -> CorrectableField | None:
        """The value picked, when a correction is asked for."""
        index = self.field.currentIndex()
        if not self.isChecked() or not 0 <= index < len(self._fields):
            return None
        return self._fields[index]

    def _show_field(self, index: int) -> None:
        if not 0 <= index < len(self._fields):
            return
        item = self._fields[index]
        self.old.setText(item.show(item.old))
        self.chosen.clear()
        if item.kind is Kind.CHOICE:
            for label, value in item.choices:
                if value != item.old or type(value) is not type(item.old):
                    self.chosen.addItem(label, userData=value)
            self._entry.setCurrentWidget(self.chosen)
        else:
            hint = {
                Kind.DATE: translate("amend", "YYYY-MM-DD"),
                Kind.TIME: translate("amend", "HH:MM (24-hour)"),
            }.get(item.kind, "")
            self.typed.setPlaceholderText(hint)
            self.typed.clear()
            self._entry.setCurrentWidget(self.typed)

    def value(self) -> JsonValue:
        """The corrected value entered.

        Raises:
            ValueError: the typed text is not a value of the field's kind.
        """
        item = self.current()
        if item is None:
            raise ValueError(translate("amend", "no value is being corrected"))
        if item.kind is Kind.CHOICE:
            value: JsonValue = self.chosen.currentData()
            return value
        return parse_value(item, self.typed.text())


class AmendDialog(SigningDialog):
    """Asks for the amendment: who, why, what, an optional correction, and the passphrase."""

    def __init__(self, form: AmendForm, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("amend", "Amend the signed record"),
            translate(
                "amend",
                "An amendment is added after the signed record, dated and signed; the record "
                "itself does not change. Printed records show both.",
            ),
            parent,
            width=560,
        )
        self._form = form
        # The model's own limits and characters, refused as they are typed or pasted; the
        # text counts what it holds.
        self.author = LineEditor(text_rule(Amendment, "author"))
        self.author.setText(form.author)
        self.author.setAccessibleName(translate("amend", "Author"))
        self.credentials = LineEditor(
            text_rule(Amendment, "credentials"),
            translate("amend", "e.g. MD; blank: as registered with the key"),
        )
        self.credentials.setText(form.credentials)
        self.credentials.setAccessibleName(translate("amend", "Credentials"))
        self.reason = LineEditor(
            text_rule(Amendment, "reason"),
            translate("amend", "e.g. pain score recorded for the wrong point"),
        )
        self.reason.setAccessibleName(translate("amend", "Reason"))
        self.text = TextEditor(text_rule(Amendment, "text"))
        self.text.setAccessibleName(translate("amend", "Amendment text"))
        fields = QFormLayout()
        fields.addRow(translate("amend", "Author:"), self.author)
        fields.addRow(translate("amend", "Credentials:"), self.credentials)
        fields.addRow(translate("amend", "Reason:"), self.reason)
        fields.addRow(translate("amend", "Text:"), self.text)
        self.body.addLayout(fields)
        self.correction = CorrectionFields(form.fields)
        self.body.addWidget(self.correction)
        self.finish(form.key_exists, self.author, translate("amend", "Sign Amendment"))

    def _corrections(self) -> tuple[tuple[str, JsonValue], ...]:
        """The correction entered, checked against the record (ValueError says why not)."""
        item = self.correction.current()
        if item is None:
            return ()
        value = self.correction.value()
        problem = self._form.check(item.pointer, value)
        if problem is not None:
            raise ValueError(problem)
        return ((item.pointer, value),)

    def _problem(self) -> str | None:
        if not self.author.text().strip():
            return translate("amend", "Type the author's name.")
        if not self.reason.text().strip():
            return translate("amend", "Say why the record is amended.")
        if len(self.text.toPlainText()) > MAX_TEXT:
            return translate("amend", "The text is longer than {count} characters.").format(
                count=grouped(MAX_TEXT)
            )
        try:
            corrections = self._corrections()
        except ValueError as exc:
            return translate("amend", "Correction: {problem}.").format(problem=exc)
        if not self.text.toPlainText().strip() and not corrections:
            return translate("amend", "Write the amendment, or correct a value.")
        return super()._problem()

    def request(self) -> AmendRequest:
        """What was entered (call after the dialog was accepted)."""
        return AmendRequest(
            author=self.author.text().strip(),
            credentials=self.credentials.text().strip(),
            reason=self.reason.text().strip(),
            text=self.text.toPlainText().strip(),
            passphrase=self.passphrase.value(),
            corrections=self._corrections(),
        )

    @classmethod
    def ask(cls, parent: QWidget, form: AmendForm) -> AmendRequest | None:
        """Show the dialog; None when it was cancelled."""
        dialog = cls(form, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
