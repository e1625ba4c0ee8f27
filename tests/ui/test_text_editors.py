"""Text fields take what the session keeps: its limits, its characters, nothing cut silently."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pydantic import BaseModel
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from bodymap import model
from bodymap.ui import MainWindow
from bodymap.ui.text_editors import LONG_TEXT, SHORT_TEXT, LineEditor, TextEditor, text_rule
from tests.ui.helpers import click_at

pytestmark = pytest.mark.gui

Field = tuple[type[BaseModel], str, Callable[[MainWindow], QWidget]]
FIELDS: list[Field] = [
    (model.Patient, "name", lambda w: w.parts.details.patient_panel.name),
    (model.Patient, "identifier", lambda w: w.parts.details.patient_panel.identifier),
    (model.Patient, "allergies", lambda w: w.parts.details.patient_panel.allergies),
    (model.Patient, "history", lambda w: w.parts.details.patient_panel.history),
    (model.Encounter, "clinician", lambda w: w.parts.details.patient_panel.clinician),
    (model.Encounter, "clinic", lambda w: w.parts.details.patient_panel.clinic),
    (model.Encounter, "indication", lambda w: w.parts.details.patient_panel.indication),
    (model.Procedure, "immediate_response", lambda w: w.parts.details.procedure_panel.response),
    (
        model.Procedure,
        "complication_notes",
        lambda w: w.parts.details.procedure_panel.complication_notes,
    ),
    (model.TriggerPoint, "notes", lambda w: w.parts.details.point_panel.notes),
    (
        model.Findings,
        "referral_area",
        lambda w: w.parts.details.treatment_panel.referral_area,
    ),
    (
        model.Injection,
        "agent_other",
        lambda w: w.parts.details.treatment_panel.injection.agent_other,
    ),
]


def _paste(editor: QWidget, text: str) -> None:
    """Paste ``text`` as the user does (Ctrl+V) into ``editor``."""
    QGuiApplication.clipboard().setText(text)
    assert isinstance(editor, QLineEdit | QPlainTextEdit)
    editor.setFocus()
    editor.paste()


def test_the_rules_are_the_model_s() -> None:
    assert SHORT_TEXT.limit == 200
    assert not SHORT_TEXT.multiline
    assert LONG_TEXT.limit == model.MAX_TEXT
    assert LONG_TEXT.multiline
    with pytest.raises(ValueError, match="not a text field"):
        text_rule(model.Patient, "weight_kg")


@pytest.mark.parametrize(("cls", "name", "editor_of"), FIELDS, ids=[f[1] for f in FIELDS])
def test_every_free_text_field_has_the_limit_and_kind_of_its_model_field(
    window: MainWindow, cls: type[BaseModel], name: str, editor_of: Callable[[MainWindow], QWidget]
) -> None:
    rule = text_rule(cls, name)
    editor = editor_of(window)
    assert isinstance(editor, TextEditor if rule.multiline else LineEditor)
    assert editor.limit == rule.limit


def test_a_one_line_field_refuses_a_paste_past_its_limit_and_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    name = window.parts.details.patient_panel.name
    name.setText("Anna")
    with qtbot.waitSignal(name.refused) as refused:
        _paste(name, "x" * 200)
    assert name.text() == "Anna", "nothing is cut silently"
    assert refused.args == ["Not entered: this field holds at most 200 characters."]
    assert window.session.patient.name == "Anna"
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == name.last_refusal


@pytest.mark.parametrize("char", ["\x1b", "\x00", "\x9b", "\n", "\u2028"])
def test_a_one_line_field_refuses_control_characters_naming_their_code(
    qtbot: QtBot, window: MainWindow, char: str
) -> None:
    name = window.parts.details.patient_panel.name
    with qtbot.waitSignal(name.refused) as refused:
        _paste(name, f"Ann{char}a")
    assert name.text() == ""
    assert f"U+{ord(char):04X}" in refused.args[0]
    assert "Ann" not in refused.args[0], "the message never repeats the text"
    assert window.statusBar().currentMessage() == refused.args[0]


def test_a_line_copied_with_its_line_break_is_pasted_without_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    identifier = window.parts.details.patient_panel.identifier
    with qtbot.assertNotEmitted(identifier.refused):
        _paste(identifier, "MRN-4471\r\n")
    assert identifier.text() == "MRN-4471"
    assert window.session.patient.identifier == "MRN-4471"


def test_typing_in_a_full_one_line_field_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    clinician = window.parts.details.patient_panel.clinician
    clinician.setText("d" * 200)
    with qtbot.waitSignal(clinician.refused):
        qtbot.keyClicks(clinician, "r")
    assert clinician.text() == "d" * 200


def test_a_multi_line_field_counts_what_it_holds(qtbot: QtBot, window: MainWindow) -> None:
    details = window.parts.details
    details.setCurrentWidget(details.patient_tab)
    allergies = details.patient_panel.allergies
    assert allergies.counter.text() == "0 / 4,000"
    allergies.setPlainText("a" * 3980)
    assert allergies.counter.text() == "3,980 / 4,000"
    assert window.session.patient.allergies == "a" * 3980
    qtbot.waitUntil(allergies.counter.isVisible)
    assert allergies.viewport().geometry().bottom() < allergies.counter.geometry().top()


def test_a_multi_line_field_refuses_a_paste_that_does_not_fit_and_keeps_its_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    allergies = window.parts.details.patient_panel.allergies
    allergies.setPlainText("a" * 3980)
    allergies.moveCursor(allergies.textCursor().MoveOperation.End)
    with qtbot.waitSignal(allergies.refused) as refused:
        _paste(allergies, "b" * 21)
    assert "21 characters" in refused.args[0]
    assert "20 more fit" in refused.args[0]
    assert allergies.toPlainText() == "a" * 3980
    _paste(allergies, "b" * 20)
    assert allergies.counter.text() == "4,000 / 4,000"
    assert window.session.patient.allergies == "a" * 3980 + "b" * 20, "typed is saved"


def test_typing_in_a_full_multi_line_field_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    history = window.parts.details.patient_panel.history
    history.setPlainText("h" * 4000)
    history.moveCursor(history.textCursor().MoveOperation.End)
    with qtbot.waitSignal(history.refused):
        qtbot.keyClick(history, Qt.Key.Key_Return)
    with qtbot.waitSignal(history.refused):
        qtbot.keyClicks(history, "x")
    assert history.toPlainText() == "h" * 4000
    history.selectAll()
    qtbot.keyClicks(history, "x")  # typing over a selection makes room
    assert history.toPlainText() == "x"


@pytest.mark.parametrize("char", ["\x1b", "\x00", "\x85"])
def test_a_multi_line_field_refuses_pasted_control_characters(
    qtbot: QtBot, window: MainWindow, char: str
) -> None:
    indication = window.parts.details.patient_panel.indication
    with qtbot.waitSignal(indication.refused) as refused:
        _paste(indication, f"neck pain{char}")
    assert indication.toPlainText() == ""
    assert f"U+{ord(char):04X}" in refused.args[0]


def test_a_multi_line_field_takes_line_breaks_of_every_kind_as_newlines(
    qtbot: QtBot, window: MainWindow
) -> None:
    indication = window.parts.details.patient_panel.indication
    with qtbot.assertNotEmitted(indication.refused):
        _paste(indication, "neck pain\r\nsince May\rworse at night\u2029tab\there")
    expected = "neck pain\nsince May\nworse at night\ntab\there"
    assert indication.toPlainText() == expected
    assert window.session.encounter.indication == expected


def test_dropped_text_is_checked_as_pasted_text(qtbot: QtBot, window: MainWindow) -> None:
    notes_field = window.parts.details.procedure_panel.response
    dropped = QMimeData()
    dropped.setText("ok\x07")
    with qtbot.waitSignal(notes_field.refused):
        notes_field.insertFromMimeData(dropped)
    assert notes_field.toPlainText() == ""


def test_point_notes_take_what_the_point_keeps(qtbot: QtBot, window: MainWindow) -> None:
    click_at(qtbot, window, 230.0, 240.0)
    notes = window.parts.details.point_panel.notes
    notes.setPlainText("n" * 4000)
    assert window.session.points[0].notes == "n" * 4000
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    with qtbot.waitSignal(notes.refused):
        _paste(notes, "more")
    assert window.session.points[0].notes == "n" * 4000
