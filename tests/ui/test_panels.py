"""Patient, treatment and procedure panels driven through their real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap.model import Injection, Patient, Procedure, TriggerPoint
from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.patient_panel import PatientPanel
from bodymap.ui.panels.procedure_panel import ProcedurePanel
from bodymap.ui.panels.treatment_panel import TreatmentPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def doc(qtbot: QtBot) -> SessionDocument:
    return SessionDocument()


def add_points(doc: SessionDocument, *muscles: str) -> list[str]:
    """Add points on the given (muscle, side) strings such as "upper_trapezius:left"."""
    ids = []
    for spec in muscles:
        muscle, side = spec.split(":")
        x = 250.0 if side == "left" else 350.0
        point = TriggerPoint.model_validate(
            {
                "number": doc.session.next_number(),
                "x": x,
                "y": 240.0,
                "muscle": muscle,
                "side": side,
            }
        )
        ids += [p.id for p in doc.add_points([point])]
    doc.undo_stack.clear()
    return ids


def with_patient(doc: SessionDocument, patient: Patient) -> None:
    """Start the document over with this patient (and the points it has)."""
    doc.reset(doc.session.model_copy(update={"patient": patient}))


def shown(qtbot: QtBot, widget: object) -> None:
    qtbot.addWidget(widget)  # type: ignore[arg-type]
    widget.resize(400, 900)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]


# --- patient ---------------------------------------------------------------------------------


def test_typing_the_weight_is_one_undo_step_and_undo_restores(
    qtbot: QtBot, doc: SessionDocument
) -> None:
    panel = PatientPanel(doc)
    shown(qtbot, panel)

    qtbot.keyClicks(panel.weight.edit, "72.5")

    assert doc.session.patient.weight_kg == 72.5
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.session.patient.weight_kg is None
    assert panel.weight.edit.text() == ""
    doc.undo_stack.redo()
    assert panel.weight.edit.text() == "72.5"


@pytest.mark.parametrize("typed", ["500", "0", "abc"])
def test_invalid_weight_is_refused_and_the_field_marked(
    qtbot: QtBot, doc: SessionDocument, typed: str
) -> None:
    panel = PatientPanel(doc)
    shown(qtbot, panel)

    qtbot.keyClicks(panel.weight.edit, typed)
    qtbot.keyClick(panel.weight.edit, Qt.Key.Key_Return)

    assert doc.session.patient.weight_kg is None, "refused, not clamped"
    assert panel.weight.error.isVisible()
    assert panel.weight.error_text.startswith("Weight:")
    assert "border" in panel.weight.edit.styleSheet()
    assert list(panel.errors()) == ["Weight"]

    panel.weight.edit.clear()
    qtbot.keyClicks(panel.weight.edit, "80")
    assert doc.session.patient.weight_kg == 80
    assert not panel.weight.error.isVisible()
    assert panel.errors() == {}


def test_checkbox_text_and_today_button_edit_the_encounter(
    qtbot: QtBot, doc: SessionDocument
) -> None:
    panel = PatientPanel(doc)
    shown(qtbot, panel)

    qtbot.mouseClick(panel.today_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.clinician, "Dr Lee")
    panel.allergy_la.click()

    session = doc.session
    assert session.encounter.date is not None
    assert session.encounter.clinician == "Dr Lee"
    assert session.patient.allergy_local_anaesthetic
    assert doc.undo_stack.count() == 3


def test_diagnoses_are_picked_and_suggestions_marked(qtbot: QtBot, doc: SessionDocument) -> None:
    add_points(doc, "upper_trapezius:left")
    panel = PatientPanel(doc)
    shown(qtbot, panel)
    items = {
        panel.diagnoses.item(i).data(Qt.ItemDataRole.UserRole): panel.diagnoses.item(i)
        for i in range(panel.diagnoses.count())
    }
    assert items["M79.18"].text().startswith("★")
    assert not items["M54.2"].text().startswith("★")

    items["M54.2"].setCheckState(Qt.CheckState.Checked)
    assert doc.session.encounter.diagnoses == ["M54.2"]


def test_reset_shows_the_new_session(qtbot: QtBot, doc: SessionDocument) -> None:
    panel = PatientPanel(doc)
    shown(qtbot, panel)
    session = doc.session.model_copy(update={"patient": Patient(name="A. Smith", weight_kg=61)})

    doc.reset(session)

    assert panel.name.text() == "A. Smith"
    assert panel.weight.edit.text() == "61"
    assert doc.undo_stack.count() == 0


# --- treatment -------------------------------------------------------------------------------


def test_edit_of_several_points_applies_to_all_as_one_undo_step(
    qtbot: QtBot, doc: SessionDocument
) -> None:
    ids = add_points(doc, "upper_trapezius:left", "upper_trapezius:right", "levator_scapulae:left")
    panel = TreatmentPanel(doc)
    shown(qtbot, panel)
    used: list[object] = []
    panel.treatment_used.connect(used.append)
    panel.show_points(ids[:2])

    qtbot.mouseClick(panel.kind.buttons["injection"], Qt.MouseButton.LeftButton)

    treated = [doc.session.point(i).treatment for i in ids]
    assert isinstance(treated[0], Injection)
    assert treated[0] == treated[1]
    assert treated[2].kind == "examined"
    assert doc.undo_stack.count() == 1
    assert used == [treated[0]]

    panel.volume.setValue(1.0)
    panel.volume.setValue(1.5)
    assert doc.undo_stack.count() == 2, "typing a volume merges into one step"
    assert [doc.session.point(i).treatment.volume_ml for i in ids[:2]] == [1.5, 1.5]  # type: ignore[union-attr]

    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert all(doc.session.point(i).treatment.kind == "examined" for i in ids)


def test_number_keys_set_the_focused_pain_score(qtbot: QtBot, doc: SessionDocument) -> None:
    ids = add_points(doc, "infraspinatus:left")
    panel = TreatmentPanel(doc)
    shown(qtbot, panel)
    panel.show_points(ids)

    qtbot.keyClick(panel.pain_before, Qt.Key.Key_7)
    assert doc.session.point(ids[0]).findings.pain_before == 7
    qtbot.keyClick(panel.pain_before, Qt.Key.Key_1)
    qtbot.keyClick(panel.pain_before, Qt.Key.Key_0)
    assert doc.session.point(ids[0]).findings.pain_before == 10
    qtbot.keyClick(panel.pain_after, Qt.Key.Key_3)
    assert doc.session.point(ids[0]).findings.pain_after == 3
    qtbot.keyClick(panel.pain_after, Qt.Key.Key_Delete)
    assert doc.session.point(ids[0]).findings.pain_after is None


def test_local_anaesthetic_is_refused_for_an_allergic_patient(
    qtbot: QtBot, doc: SessionDocument
) -> None:
    ids = add_points(doc, "upper_trapezius:left")
    with_patient(doc, Patient(allergy_local_anaesthetic=True))
    panel = TreatmentPanel(doc)
    shown(qtbot, panel)
    panel.show_points(ids)

    qtbot.mouseClick(panel.kind.buttons["injection"], Qt.MouseButton.LeftButton)

    assert doc.session.point(ids[0]).treatment.kind == "examined", "not applied"
    assert doc.undo_stack.count() == 0
    assert panel.refusal.isVisible()
    assert "allergic" in panel.refusal.text()
    assert "dry needling" in panel.refusal.text().lower()
    assert not panel.kind.buttons["injection"].isChecked()

    qtbot.mouseClick(panel.use_dry_needling, Qt.MouseButton.LeftButton)
    assert doc.session.point(ids[0]).treatment.kind == "dry_needling"
    assert not panel.refusal.isVisible()


# --- procedure -------------------------------------------------------------------------------


def test_dose_over_the_weight_maximum_is_warned(qtbot: QtBot, doc: SessionDocument) -> None:
    ids = add_points(doc, "upper_trapezius:left")
    with_patient(doc, Patient(weight_kg=20))
    procedure = ProcedurePanel(doc)
    treatment = TreatmentPanel(doc)
    shown(qtbot, procedure)
    shown(qtbot, treatment)
    treatment.show_points(ids)

    qtbot.mouseClick(treatment.kind.buttons["injection"], Qt.MouseButton.LeftButton)
    assert "exceeds" not in procedure.warnings.text()
    treatment.volume.setValue(10.0)  # lidocaine 1 %: 100 mg > 4.5 mg/kg x 20 kg = 90 mg

    assert "exceeds the maximum of 90 mg" in procedure.warnings.text()
    assert procedure.warnings.isVisible()
    totals = procedure.totals.text()
    assert "100" in totals
    assert "90" in totals
    assert "111%" in totals


def test_missing_weight_is_warned(qtbot: QtBot, doc: SessionDocument) -> None:
    ids = add_points(doc, "upper_trapezius:left")
    doc.edit_points(ids, "Set treatment", lambda p: p.model_copy(update={"treatment": Injection()}))
    procedure = ProcedurePanel(doc)
    shown(qtbot, procedure)
    assert "weight is not recorded" in procedure.warnings.text()


def test_procedure_over_an_hour_is_warned(qtbot: QtBot, doc: SessionDocument) -> None:
    panel = ProcedurePanel(doc)
    shown(qtbot, panel)

    qtbot.keyClicks(panel.start_time.edit, "09:00")
    qtbot.keyClicks(panel.end_time.edit, "09:45")
    assert panel.elapsed.text() == "45 min"
    assert "more than 60" not in panel.warnings.text()

    panel.end_time.edit.clear()
    qtbot.keyClicks(panel.end_time.edit, "10:15")

    assert doc.session.procedure.end_time is not None
    assert panel.elapsed.text().startswith("75 min")
    assert "more than 60" in panel.warnings.text()
    doc.undo_stack.undo()
    assert panel.elapsed.text() == "Enter the start and end times."


def test_suggested_codes_follow_the_treated_muscles(qtbot: QtBot, doc: SessionDocument) -> None:
    ids = add_points(doc, "upper_trapezius:left", "upper_trapezius:right", "levator_scapulae:left")
    procedure = ProcedurePanel(doc)
    treatment = TreatmentPanel(doc)
    shown(qtbot, procedure)
    shown(qtbot, treatment)
    assert "20552" not in procedure.codes.text()

    treatment.show_points(ids[:1])
    qtbot.mouseClick(treatment.kind.buttons["injection"], Qt.MouseButton.LeftButton)
    assert "20552" in procedure.codes.text()
    assert "left trapezius" in procedure.codes.text()

    treatment.show_points(ids[1:])
    qtbot.mouseClick(treatment.kind.buttons["injection"], Qt.MouseButton.LeftButton)
    text = procedure.codes.text()
    assert "20553" in text
    assert "3 muscles" in text
    assert "20553" not in str(doc.session.model_dump()), "shown, never applied"


def test_complications_none_is_exclusive_and_notes_follow(
    qtbot: QtBot, doc: SessionDocument
) -> None:
    panel = ProcedurePanel(doc)
    shown(qtbot, panel)

    panel.complications["bleeding"].click()
    panel.complications["vasovagal"].click()
    assert doc.session.procedure.complications == ["bleeding", "vasovagal"]
    panel.complications["none"].click()
    assert doc.session.procedure.complications == ["none"]
    assert not panel.complications["bleeding"].isChecked()


def test_fibromyalgia_note_and_aftercare(qtbot: QtBot, doc: SessionDocument) -> None:
    panel = ProcedurePanel(doc)
    shown(qtbot, panel)
    assert not panel.fibromyalgia_note.isVisible()
    assert "ibuprofen" in panel.aftercare_text.text()

    with_patient(doc, Patient(fibromyalgia=True))
    panel.aftercare.click()

    assert panel.fibromyalgia_note.isVisible()
    assert doc.session.procedure == Procedure(aftercare_given=True)
