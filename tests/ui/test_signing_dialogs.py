"""The Sign…, Amend… and Properties dialogs and the signature line, as widgets."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from bodymap import signing, storage
from bodymap.anatomy import load_diagram
from bodymap.signing import MIN_PASSPHRASE
from bodymap.ui.amend_dialog import AmendDialog
from bodymap.ui.correctable import Kind, correctable_fields, parse_value
from bodymap.ui.properties import PropertiesDialog
from bodymap.ui.sign_dialog import SignDialog
from bodymap.ui.signature_status import Tone
from bodymap.ui.signing_forms import AmendForm, SignForm
from tests.ui.signing_helpers import EXAMPLE

pytestmark = pytest.mark.gui

KNOWN = "Dr Known Key"


def _sign_dialog(qtbot: QtBot) -> SignDialog:
    form = SignForm(signer="Dr New", key_exists=lambda name: name == KNOWN)
    dialog = SignDialog(form)
    qtbot.addWidget(dialog)
    return dialog


def test_the_passphrase_is_masked_and_a_new_key_asks_twice_with_its_length(
    qtbot: QtBot,
) -> None:
    dialog = _sign_dialog(qtbot)
    fields = dialog.passphrase
    assert fields.first.echoMode() == QLineEdit.EchoMode.Password
    assert fields.second.echoMode() == QLineEdit.EchoMode.Password
    assert fields.new_key
    assert not fields.second.isHidden()
    assert f"at least {MIN_PASSPHRASE} characters" in fields.hint.text()

    fields.first.setText("short")
    dialog.sign_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert f"at least {MIN_PASSPHRASE}" in dialog.problem.text()
    fields.first.setText("a long enough passphrase")
    fields.second.setText("a long enough passphrasf")
    dialog.sign_button.click()
    assert "differ" in dialog.problem.text()
    fields.second.setText("a long enough passphrase")
    dialog.sign_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    request = dialog.request()
    assert request.signer == "Dr New"
    assert request.meaning == signing.DEFAULT_MEANING
    assert request.passphrase.repeated == request.passphrase.typed
    assert "a long enough" not in repr(request)


def test_an_existing_key_is_unlocked_with_one_passphrase(qtbot: QtBot) -> None:
    dialog = _sign_dialog(qtbot)
    dialog.name.setText(KNOWN)
    assert not dialog.passphrase.new_key
    assert dialog.passphrase.second.isHidden()
    dialog.passphrase.first.setText("x")
    dialog.sign_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request().passphrase.repeated is None


def _amend_dialog(qtbot: QtBot) -> AmendDialog:
    session = storage.load_session(EXAMPLE)
    fields = tuple(correctable_fields(session, load_diagram()))

    def check(pointer: str, value: object) -> str | None:
        try:
            signing.correction(session, pointer, value)  # type: ignore[arg-type]
        except signing.CorrectionError as exc:
            return str(exc)
        return None

    form = AmendForm(author=KNOWN, key_exists=lambda name: True, fields=fields, check=check)
    dialog = AmendDialog(form)
    qtbot.addWidget(dialog)
    return dialog


def _pick(dialog: AmendDialog, pointer: str) -> None:
    correction = dialog.correction
    correction.setChecked(True)
    index = next(i for i, f in enumerate(correction._fields) if f.pointer == pointer)
    correction.field.setCurrentIndex(index)


def test_a_correction_shows_the_recorded_value_and_takes_a_checked_new_one(
    qtbot: QtBot,
) -> None:
    dialog = _amend_dialog(qtbot)
    dialog.reason.setText("wrong score")
    dialog.passphrase.first.setText("x")
    _pick(dialog, "/points/0/findings/pain_after")
    session = storage.load_session(EXAMPLE)
    assert dialog.correction.old.text() == str(session.points[0].findings.pain_after)

    dialog.correction.typed.setText("12")
    dialog._try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text().startswith("Correction: the corrected record is not valid")
    dialog.correction.typed.setText("three")
    dialog._try_accept()
    assert "is not a whole number" in dialog.problem.text()
    dialog.correction.typed.setText("3")
    dialog._try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request().corrections == (("/points/0/findings/pain_after", 3),)


def test_a_choice_is_corrected_from_its_other_values(qtbot: QtBot) -> None:
    dialog = _amend_dialog(qtbot)
    _pick(dialog, "/points/0/side")
    values = [dialog.correction.chosen.itemData(i) for i in range(dialog.correction.chosen.count())]
    assert sorted(values) == ["left", "midline"]  # the example's first point is on the right
    assert dialog.correction.old.text() == "Right (patient's)"


def test_an_amendment_needs_a_reason_and_a_text_or_correction(qtbot: QtBot) -> None:
    dialog = _amend_dialog(qtbot)
    dialog.passphrase.first.setText("x")
    dialog._try_accept()
    assert "why" in dialog.problem.text()
    dialog.reason.setText("late entry")
    dialog._try_accept()
    assert "Write the amendment" in dialog.problem.text()
    dialog.text.setPlainText("Patient phoned: pain 2/10 the next day.")
    dialog._try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request().corrections == ()


def test_typed_values_are_read_by_their_kind() -> None:
    fields = {
        f.pointer: f for f in correctable_fields(storage.load_session(EXAMPLE), load_diagram())
    }
    assert fields["/patient/weight_kg"].kind is Kind.NUMBER
    assert parse_value(fields["/patient/weight_kg"], "72,5") == 72.5
    assert parse_value(fields["/patient/weight_kg"], ".5") == 0.5
    assert parse_value(fields["/patient/weight_kg"], "") is None
    for written in ("1e-3", "nan", "inf", "72 kg", "7,2,5"):
        with pytest.raises(ValueError, match="is not a number"):
            parse_value(fields["/patient/weight_kg"], written)
    assert parse_value(fields["/procedure/start_time"], "9:05") == "09:05:00"
    assert parse_value(fields["/encounter/date"], "2026-11-21") == "2026-11-21"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_value(fields["/encounter/date"], "21/11/2026")
    assert "/points/0/id" not in fields
    assert "/points/0/x" not in fields


def test_properties_are_plain_selectable_text_that_copies(qtbot: QtBot) -> None:
    dialog = PropertiesDialog("File: <b>x</b>\nContent SHA-256: abc\n")
    qtbot.addWidget(dialog)
    assert dialog.text.isReadOnly()
    assert dialog.text.toPlainText().startswith("File: <b>x</b>")
    dialog.copy_all()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()


def _luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    r, g, b = (channel(v) for v in (c.redF(), c.greenF(), c.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("tone", list(Tone))
def test_the_signature_line_s_colours_meet_contrast(tone: Tone) -> None:
    light, dark = sorted((_luminance(tone.background), _luminance(tone.foreground)))[::-1]
    assert (light + 0.05) / (dark + 0.05) >= 7.0, "WCAG AAA for normal text"
    assert tone.symbol.strip()


def test_the_three_tones_differ_in_symbol_as_well_as_colour() -> None:
    assert len({tone.symbol for tone in Tone}) == len(Tone)


def _paste_into(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    editor.setFocus()
    editor.paste()


def test_the_sign_and_amend_fields_refuse_what_the_record_cannot_keep_as_it_is_entered(
    qtbot: QtBot,
) -> None:
    # Before, a control character or an overlong name was refused only after the passphrase,
    # and for the wrong reason ("empty or too long").
    sign = _sign_dialog(qtbot)
    amend = _amend_dialog(qtbot)
    for editor in (sign.name, sign.credentials, amend.author, amend.reason):
        before = editor.text()
        _paste_into(editor, "Dr\x07Bell")
        assert editor.text() == before
        _paste_into(editor, "x" * 201)
        assert editor.text() == before
        assert editor.last_refusal  # type: ignore[attr-defined]
    _paste_into(amend.text, "\x1b[2J")
    assert amend.text.toPlainText() == ""
    assert amend.text.counter.text().endswith("4,000")
