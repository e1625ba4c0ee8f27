"""Clinical safety in the panels: warnings at their point and on the Procedure tab, values out of
range refused, the new clinical fields, and an allergy written only as text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bodymap import clinical, languages
from bodymap.clinical.wording import COMPLICATION_LABELS
from bodymap.model import DryNeedling, Injection, MixedAgent, Patient, TriggerPoint
from bodymap.ui import MainWindow, palette
from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.patient_panel import PatientPanel
from bodymap.ui.panels.procedure_panel import ProcedurePanel
from bodymap.ui.panels.ranges import BoundedSpin
from bodymap.ui.panels.treatment_panel import TreatmentPanel
from tests.ui.helpers import click_at, midpoint

pytestmark = pytest.mark.gui


BUPIVACAINE_ONLY = Injection(
    agent="bupivacaine", concentration_percent=0.25, volume_ml=2.0, needle_length_mm=16
)


def lm(window: MainWindow, name: str) -> tuple[float, float]:
    return window.diagram.landmarks[name]


def upper_trapezius_left(window: MainWindow) -> tuple[float, float]:
    return midpoint(lm(window, "c7"), lm(window, "acromion_left"))


def infraspinatus_left(window: MainWindow) -> tuple[float, float]:
    spine = midpoint(lm(window, "scapular_spine_root_left"), lm(window, "acromion_left"), 0.45)
    return midpoint(spine, lm(window, "inferior_angle_left"), 0.35)


def show_tab(window: MainWindow, panel: QWidget) -> None:
    """Show the tab holding ``panel``, as clicking the tab does."""
    tabs = window.parts.details
    pages = [tabs.widget(i) for i in range(tabs.count())]
    tabs.setCurrentWidget(next(p for p in pages if p is panel or p.isAncestorOf(panel)))


def type_into(qtbot: QtBot, spin: BoundedSpin, text: str) -> None:
    """Replace a spin box's text by typing, as a user does."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def inject_at(qtbot: QtBot, window: MainWindow, at: tuple[float, float]) -> TriggerPoint:
    click_at(qtbot, window, *at)
    treatment = window.parts.details.treatment_panel
    qtbot.mouseClick(treatment.kind.buttons["injection"], Qt.MouseButton.LeftButton)
    return window.session.points[-1]


def procedure_title(window: MainWindow) -> str:
    details = window.parts.details
    return details.tabText(details.procedure_index).replace("&", "")


# --- dose warning at its point, badge on the Procedure tab ------------------------------------


def test_a_dose_over_the_maximum_shows_at_its_point_and_badges_the_procedure_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    details = window.parts.details
    show_tab(window, details.patient_panel)
    qtbot.keyClicks(details.patient_panel.weight.edit, "20")
    show_tab(window, details.procedure_panel)
    details.procedure_panel.consent.click()
    details.procedure_panel.timeout.click()
    show_tab(window, details.point_panel)
    injected = inject_at(qtbot, window, infraspinatus_left(window))
    qtbot.waitUntil(lambda: procedure_title(window) == "Procedure")

    type_into(qtbot, details.treatment_panel.volume, "10")  # lidocaine 1%: 100 mg > 90 mg

    qtbot.waitUntil(lambda: procedure_title(window) == "Procedure (1)")
    at_point = details.point_panel.warnings.texts()
    assert (
        "Warning: Lidocaine over the maximum: the 100 mg at this point exceed 90 mg for 20 kg "
        "(4.5 mg/kg, at most 200 mg, plain)."
    ) in at_point
    assert at_point[0].startswith("Warning:")
    assert not details.tabIcon(details.procedure_index).isNull()
    assert "1 warning to confirm" in details.tabBar().accessibleTabName(details.procedure_index)
    assert "1 warning to confirm" in details.procedure_panel.accessibleDescription()

    # A point examined only does not cause the dose: it does not show the warning.
    click_at(qtbot, window, *upper_trapezius_left(window))
    treatment = details.treatment_panel
    with qtbot.waitSignal(details.checks.changed):
        qtbot.mouseClick(treatment.kind.buttons["examined"], Qt.MouseButton.LeftButton)
    assert window.session.points[-1].treatment.kind == "examined"
    assert details.point_panel.point_id == window.session.points[-1].id
    assert not any("over the maximum" in line for line in details.point_panel.warnings.texts())

    window.scene.select_ids([injected.id])
    type_into(qtbot, details.treatment_panel.volume, "5")
    qtbot.waitUntil(lambda: procedure_title(window) == "Procedure")
    assert details.tabIcon(details.procedure_index).isNull()
    assert not any("over the maximum" in line for line in details.point_panel.warnings.texts())


def test_a_drug_over_its_maximum_is_shown_at_each_of_its_points_as_their_total(
    qtbot: QtBot, window: MainWindow
) -> None:
    details = window.parts.details
    doc = window.doc
    doc.edit_details("patient", "weight_kg", 40.0)  # lidocaine: at most 180 mg
    mixture = Injection(
        concentration_percent=0.5,
        volume_ml=20.0,
        mixed_with=(MixedAgent(agent="bupivacaine", concentration_percent=0.125),),
    )
    first = doc.add_point(*infraspinatus_left(window), mixture)  # 100 mg lidocaine, 25 mg bupi
    second = doc.add_point(*upper_trapezius_left(window), Injection(volume_ml=10.0))  # 100 mg
    third = doc.add_point(*lm(window, "lateral_border_mid_right"), BUPIVACAINE_ONLY)

    with qtbot.waitSignal(details.checks.changed):
        window.scene.select_ids([first.id])
    lines = details.point_panel.warnings.texts()
    assert (
        "Warning: Lidocaine over the maximum: this point gives 100 mg of the session's 200 mg "
        "(points 1, 2), and that total exceeds 180 mg for 40 kg (4.5 mg/kg, at most 200 mg, "
        "plain). Lower the dose at any of these points."
    ) in lines
    window.scene.select_ids([second.id])
    assert details.point_panel.point_id == second.id
    second_lines = details.point_panel.warnings.texts()
    assert any("this point gives 100 mg of the session's 200 mg" in x for x in second_lines)
    # Bupivacaine is within its maximum: a point of bupivacaine alone shows no dose line.
    window.scene.select_ids([third.id])
    assert not any("over the maximum" in x for x in details.point_panel.warnings.texts())


def test_consent_and_time_out_sit_beside_their_warning_on_the_procedure_tab(
    qtbot: QtBot,
) -> None:
    doc = SessionDocument()
    x, y = midpoint(doc.diagram.landmarks["c7"], doc.diagram.landmarks["acromion_left"])
    doc.add_point(x, y, Injection())
    panel = ProcedurePanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    lines = panel.consent_warnings.texts()
    assert len(lines) == 2
    assert "consent is not recorded" in lines[0]
    assert "time-out" in lines[1]

    panel.consent.click()
    assert doc.session.encounter.consent_obtained
    assert ["time-out" in line for line in panel.consent_warnings.texts()] == [True]
    panel.timeout.click()
    assert not panel.consent_warnings.isVisible()

    doc.undo_stack.undo()
    assert not doc.session.encounter.timeout_done
    assert not panel.timeout.isChecked()
    assert panel.consent_warnings.isVisible()


# --- values out of range are refused visibly, never clipped ----------------------------------


@pytest.mark.parametrize(
    ("field", "typed", "attr", "kept", "message"),
    [
        (
            "volume",
            "25",
            "volume_ml",
            0.5,
            "25 mL is out of range; enter more than 0 and at most 20 mL",
        ),
        (
            "needle_length",
            "200",
            "needle_length_mm",
            32.0,
            "200 mm is out of range; enter more than 0 and at most 150 mm",
        ),
    ],
)
def test_an_injection_value_out_of_range_is_refused_in_the_field_and_the_status_bar(
    qtbot: QtBot,
    window: MainWindow,
    field: str,
    typed: str,
    attr: str,
    kept: float,
    message: str,
) -> None:
    point = inject_at(qtbot, window, infraspinatus_left(window))
    spin: BoundedSpin = getattr(window.parts.details.treatment_panel.injection, field)

    type_into(qtbot, spin, typed)

    treatment = window.session.point(point.id).treatment
    assert getattr(treatment, attr) == kept, "refused, not clipped and not the typed prefix"
    assert message in spin.error_text
    assert message in window.statusBar().currentMessage()
    assert "border" in spin.styleSheet()
    assert spin.lineEdit().text().startswith(typed), "the field still shows what was typed"

    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert getattr(window.session.point(point.id).treatment, attr) == kept
    assert spin.model_value() == kept, "the field shows the recorded value again"
    assert spin.error_text, "and still says the typed one was refused"

    type_into(qtbot, spin, "12")
    assert getattr(window.session.point(point.id).treatment, attr) == 12
    assert spin.error_text == ""


def test_a_weight_of_zero_is_refused_with_the_models_range(
    qtbot: QtBot, window: MainWindow
) -> None:
    patient = window.parts.details.patient_panel
    show_tab(window, patient)

    qtbot.keyClicks(patient.weight.edit, "0")
    qtbot.keyClick(patient.weight.edit, Qt.Key.Key_Return)

    assert window.session.patient.weight_kg is None
    why = "Weight: 0 kg is out of range; enter more than 0 and at most 400 kg. Not recorded."
    assert patient.weight.error_text == why
    assert window.statusBar().currentMessage() == why


@pytest.mark.parametrize(
    ("field", "model_field"),
    [
        ("volume", "volume_ml"),
        ("needle_length", "needle_length_mm"),
        ("concentration", "concentration_percent"),
        ("gauge", "needle_gauge"),
    ],
)
def test_spin_box_ranges_are_the_models(qtbot: QtBot, field: str, model_field: str) -> None:
    panel = TreatmentPanel(SessionDocument())
    qtbot.addWidget(panel)
    spin: BoundedSpin = getattr(panel.injection, field)
    schema = Injection.model_json_schema()["properties"][model_field]
    limits = schema.get("anyOf", [schema])[0]
    highest = limits.get("maximum", limits.get("exclusiveMaximum"))
    assert spin.maximum() == highest
    lowest = limits.get("minimum", limits.get("exclusiveMinimum"))
    assert spin.bounds.low == lowest


# --- the new clinical fields ------------------------------------------------------------------


def test_height_gives_the_bmi_and_pregnancy_is_recorded(qtbot: QtBot, window: MainWindow) -> None:
    patient = window.parts.details.patient_panel
    show_tab(window, patient)
    assert patient.body.text() == "BMI: enter weight and height."

    qtbot.keyClicks(patient.weight.edit, "50")
    qtbot.keyClicks(patient.height_cm.edit, "160")
    patient.pregnant.click()

    assert window.session.patient.height_cm == 160
    assert window.session.patient.pregnant
    assert patient.body.text().startswith("BMI 19.5")


def test_every_known_agent_is_offered_and_a_missing_strength_is_never_zero_mg(
    qtbot: QtBot, window: MainWindow
) -> None:
    point = inject_at(qtbot, window, infraspinatus_left(window))
    form = window.parts.details.treatment_panel.injection
    offered = [form.agent.itemText(i) for i in range(form.agent.count())]
    assert all(agent.name in offered for agent in clinical.KNOWN_AGENTS)

    index = offered.index("Mepivacaine")
    form.agent.setCurrentIndex(index)
    form.agent.activated.emit(index)

    injection = window.session.point(point.id).treatment
    assert isinstance(injection, Injection)
    assert (injection.agent, injection.agent_other) == ("other", "Mepivacaine")
    assert clinical.identify_agent(injection) == clinical.known_agent("mepivacaine")
    assert form.dose.text() == "concentration missing"
    assert "0 mg" not in form.dose.text()

    type_into(qtbot, form.concentration, "1")
    assert form.dose.text() == "= 5 mg"  # 1% x 10 x 0.5 mL


def test_a_typed_agent_says_what_it_was_identified_as_or_that_its_dose_is_not_checked(
    qtbot: QtBot, window: MainWindow
) -> None:
    inject_at(qtbot, window, infraspinatus_left(window))
    form = window.parts.details.treatment_panel.injection
    other = form.agent.count() - 1
    form.agent.setCurrentIndex(other)
    form.agent.activated.emit(other)

    qtbot.keyClicks(form.agent_other, "Xylo-blend")
    assert "dose not checked" in form.identified.text()
    assert form.identified.isVisible()

    form.agent_other.clear()
    qtbot.keyClicks(form.agent_other, "articaine 4%")
    assert form.identified.text().startswith("Identified as articaine (amide)")


def test_epinephrine_is_recorded_and_the_totals_footnote_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    point = inject_at(qtbot, window, infraspinatus_left(window))
    procedure = window.parts.details.procedure_panel
    form = window.parts.details.treatment_panel.injection
    show_tab(window, procedure)
    assert "Lidocaine: 4.5 mg/kg, at most 200 mg, plain" in procedure.totals_note.text()

    form.epinephrine.click()

    treatment = window.session.point(point.id).treatment
    assert isinstance(treatment, Injection)
    assert treatment.with_epinephrine
    note = procedure.totals_note.text()
    assert note.startswith(clinical.dose_basis_text(window.session))
    assert "each injection counts against its own maximum (plain or with epinephrine)" in note
    assert "7 mg/kg, at most 500 mg, with epinephrine" in note


def test_needle_advice_for_the_selected_point_warns_when_the_needle_is_longer(
    qtbot: QtBot, window: MainWindow
) -> None:
    inject_at(qtbot, window, upper_trapezius_left(window))  # lung apex: at most 30 mm
    panel = window.parts.details.treatment_panel
    assert "insertion depth at most 30 mm" in panel.needle_advice.text()
    assert not panel.needle_warning.isVisible(), "a new point starts within the advice"

    type_into(qtbot, panel.injection.needle_length, "32")

    assert panel.needle_warning.isVisible()
    assert "32 mm needle is longer than advised" in panel.needle_warning.text()
    type_into(qtbot, panel.injection.needle_length, "25")
    assert not panel.needle_warning.isVisible()


def test_procedure_fields_codes_complications_and_aftercare(qtbot: QtBot) -> None:
    doc = SessionDocument()
    x, y = midpoint(doc.diagram.landmarks["c7"], doc.diagram.landmarks["acromion_left"])
    doc.add_point(x, y, DryNeedling())
    panel = ProcedurePanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    assert [box.text() for box in panel.complications.values()] == list(
        COMPLICATION_LABELS.values()
    )

    panel.ultrasound.click()
    panel.infection.click()
    panel.complications["pneumothorax_suspected"].click()

    procedure = doc.session.procedure
    assert procedure.ultrasound_guidance
    assert procedure.infection_at_site
    assert procedure.complications == ["pneumothorax_suspected"]
    summaries = [s.summary for s in clinical.suggest_procedure_codes(doc.session)]
    assert panel.codes.texts() == summaries
    assert any(line.startswith("76942") for line in panel.codes.texts())
    assert any("Infection is recorded" in line for line in panel.warnings.texts())

    assert "or ibuprofen if it is suitable" in panel.aftercare_text.text()
    doc.edit_details("patient", "anticoagulation", True)
    assert "or ibuprofen if it is suitable" not in panel.aftercare_text.text()
    aftercare = " ".join(panel.aftercare_text.text().split())
    assert "do not take extra aspirin, ibuprofen" in aftercare
    assert "Keep taking your usual blood thinner" in aftercare


def test_the_point_title_names_the_patients_side_in_words(qtbot: QtBot, window: MainWindow) -> None:
    click_at(qtbot, window, *upper_trapezius_left(window))
    assert window.parts.details.point_panel.title.text() == "Point 1: Left upper trapezius"
    assert window.parts.details.points_list.item(0).text() == "1: Left upper trapezius"


# --- an allergy written only as text -----------------------------------------------------------


def test_an_allergy_typed_as_text_refuses_the_injection_and_offers_to_tick_the_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    details = window.parts.details
    patient = details.patient_panel
    show_tab(window, patient)
    qtbot.keyClicks(patient.allergies, "Lidocaine (hives)")
    assert patient.allergy_prompt.isVisible()
    assert "lidocaine" in patient.allergy_prompt.text()
    show_tab(window, details.point_panel)
    click_at(qtbot, window, *infraspinatus_left(window))
    treatment = details.treatment_panel
    steps = window.doc.undo_stack.count()

    qtbot.mouseClick(treatment.kind.buttons["injection"], Qt.MouseButton.LeftButton)

    assert window.session.points[0].treatment.kind == "examined", "refused"
    assert window.doc.undo_stack.count() == steps
    assert treatment.refusal.isVisible()
    assert "refused" in treatment.refusal.text()
    assert treatment.use_dry_needling.isVisible()
    assert treatment.use_saline.isVisible()
    assert treatment.tick_allergy.isVisible()

    qtbot.mouseClick(treatment.tick_allergy, Qt.MouseButton.LeftButton)

    assert window.session.patient.allergy_local_anaesthetic
    assert window.doc.undo_stack.count() == steps + 1, "one undoable edit"
    assert not treatment.tick_allergy.isVisible()
    window.parts.edit.undo.trigger()
    assert not window.session.patient.allergy_local_anaesthetic

    qtbot.mouseClick(treatment.use_saline, Qt.MouseButton.LeftButton)
    saline = window.session.points[0].treatment
    assert isinstance(saline, Injection)
    assert saline.agent == "saline"


def test_the_patient_panel_button_ticks_the_box_for_an_allergy_written_as_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    patient = window.parts.details.patient_panel
    show_tab(window, patient)
    window.doc.edit_details("patient", "allergies", "amide local anaesthetics")
    window.doc.undo_stack.clear()
    assert patient.tick_allergy.isVisible()

    qtbot.mouseClick(patient.tick_allergy, Qt.MouseButton.LeftButton)

    assert window.session.patient == Patient(
        allergies="amide local anaesthetics", allergy_local_anaesthetic=True
    )
    assert patient.allergy_la.isChecked()
    assert not patient.tick_allergy.isVisible()
    assert window.doc.undo_stack.count() == 1


def test_the_allergy_box_says_what_it_refuses(qtbot: QtBot) -> None:
    panel = PatientPanel(SessionDocument())
    qtbot.addWidget(panel)
    tip = panel.allergy_la.toolTip()
    assert panel.allergy_la.text() == "Allergic to local anaesthetics"
    for covered in (
        "either class (amide or ester)",
        "every agent mixed into the same syringe",
        "any agent named in a typed name",
        "ending in -caine",
        "Dry needling and normal saline stay possible",
    ):
        assert covered in tip


def test_an_allergy_written_as_text_reads_as_on_the_record_in_red(qtbot: QtBot) -> None:
    doc = SessionDocument()
    panel = PatientPanel(doc)
    qtbot.addWidget(panel)
    panel.show()

    doc.edit_details("patient", "allergies", "NKDA except Xylocaine (rash)")

    (written,) = [
        w for w in clinical.session_warnings(doc.session) if w.code == "allergy.text_unticked"
    ]
    assert panel.allergy_prompt.isVisible()
    assert panel.allergy_prompt.text() == written.message
    assert written.message.startswith("The allergies field mentions \u2068xylocaine\u2069")
    error = palette.css(palette.scheme().error)
    assert error in panel.allergy_prompt.styleSheet()
    assert error in panel.allergies.styleSheet()
    assert panel.tick_allergy.isVisible()

    qtbot.mouseClick(panel.tick_allergy, Qt.MouseButton.LeftButton)

    assert doc.session.patient.allergy_local_anaesthetic
    assert not panel.allergy_prompt.isVisible()
    assert error in panel.allergies.styleSheet(), "the text still names the allergy"
    doc.edit_details("patient", "allergies", "NKDA")
    assert panel.allergies.styleSheet() == ""


def test_a_zone_without_a_published_depth_gives_its_technique(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.parts.details.treatment_panel
    click_at(qtbot, window, *midpoint(lm(window, "t3"), lm(window, "t4")))
    qtbot.mouseClick(panel.kind.buttons["dry_needling"], Qt.MouseButton.LeftButton)
    assert panel.needle_advice.text() == (
        "Between thoracic spinous processes: spinal canal. Epidural haematoma has followed dry "
        "needling near the thoracic spine: direct the needle onto a spinous process or lamina, "
        "never into the gap between them. No published depth limit."
    )

    t6 = lm(window, "t6")
    click_at(qtbot, window, t6[0] - 15, t6[1])  # beside the spine: the strip and the thorax
    first, second = panel.needle_advice.text().split("\n")
    assert first.startswith("Here (over the thorax): insertion depth at most 20 mm")
    assert second.startswith("Thoracic paraspinal muscles: spinal canal medially. Direct the")


def test_a_long_refusal_is_shown_in_full(qtbot: QtBot, window: MainWindow) -> None:
    details = window.parts.details
    window.doc.edit_details("patient", "allergies", "NKDA except Xylocaine (rash)")
    click_at(qtbot, window, *infraspinatus_left(window))
    panel = details.treatment_panel

    qtbot.mouseClick(panel.kind.buttons["injection"], Qt.MouseButton.LeftButton)

    expected = clinical.check_treatment_allowed(window.session.patient, Injection())
    assert expected is not None
    assert len(expected) > 200
    assert panel.refusal.text() == expected
    assert panel.refusal.wordWrap()
    label = panel.refusal
    qtbot.waitUntil(
        lambda: label.isVisible() and label.height() >= label.heightForWidth(label.width())
    )
    assert label.width() <= details.point_panel.width(), "wrapped, not wider than the panel"


@pytest.mark.parametrize("language", ["en", "de", "es"])
@pytest.mark.parametrize("typed", ["0,8", "0.8", ".8", ",8"])
def test_a_decimal_typed_with_either_separator_is_the_number_typed(
    qtbot: QtBot, window: MainWindow, language: str, typed: str
) -> None:
    # Qt's own reading follows the system's locale, which takes the other separator for
    # grouping: "0,8" was recorded as 8 mL. Whatever the language and the system, a point or
    # a comma is the decimal separator, and the field shows the language's.
    languages.use(language)
    try:
        point = inject_at(qtbot, window, infraspinatus_left(window))
        form = window.parts.details.treatment_panel.injection
        type_into(qtbot, form.volume, typed)
        type_into(qtbot, form.concentration, typed.replace("8", "25"))
        form.concentration.clearFocus()
        injection = window.doc.point(point.id).treatment
        assert isinstance(injection, Injection)
        assert injection.volume_ml == 0.8
        assert injection.concentration_percent == 0.25
        comma = language != "en"
        assert form.volume.text().startswith("0,8" if comma else "0.8")
        assert form.concentration.text().startswith("0,25" if comma else "0.25")
    finally:
        languages.use("en")


def test_a_point_typed_on_a_system_that_writes_decimal_commas_is_the_decimal_point(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QLocale

    point = inject_at(qtbot, window, infraspinatus_left(window))
    form = window.parts.details.treatment_panel.injection
    form.volume.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    type_into(qtbot, form.volume, "0.8")
    form.volume.clearFocus()
    injection = window.doc.point(point.id).treatment
    assert isinstance(injection, Injection)
    assert injection.volume_ml == 0.8, "not 8 mL: the point is no thousands separator"


def test_a_quarter_millilitre_is_recorded_and_a_digit_past_the_precision_is_refused_aloud(
    qtbot: QtBot, window: MainWindow
) -> None:
    point = inject_at(qtbot, window, infraspinatus_left(window))
    form = window.parts.details.treatment_panel.injection
    with qtbot.waitSignal(form.volume.refused) as refused:
        type_into(qtbot, form.volume, "0,255")
    form.volume.clearFocus()
    injection = window.doc.point(point.id).treatment
    assert isinstance(injection, Injection)
    assert injection.volume_ml == 0.25
    assert refused.args == [
        "Volume: at most 2 decimal places; the digit typed after them is not recorded."
    ]
    assert form.volume.error_text == refused.args[0]


def test_a_value_typed_again_is_shown_as_the_language_writes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Typing the value the field already holds changes nothing, so Qt left the typed text.
    inject_at(qtbot, window, infraspinatus_left(window))
    form = window.parts.details.treatment_panel.injection
    assert form.concentration.value() == 1.0
    for typed, shown in (("1,0", "1 %"), (",45", "0.45 %"), ("0,9", "0.9 %")):
        type_into(qtbot, form.concentration, typed)
        form.concentration.clearFocus()
        assert form.concentration.text() == shown


def test_the_muscle_box_names_the_chosen_muscle_in_full_in_its_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The box may cut a long name (German at 150 %); its tooltip does not.
    point = inject_at(qtbot, window, infraspinatus_left(window))
    box = window.parts.details.point_panel.muscle
    assert box.currentText()
    assert box.toolTip().startswith(box.currentText())
    assert "choosing one by hand" in box.toolTip()
    assert window.session.points[-1].id == point.id
