"""The Procedure tab says what the reviewed clinical rules say: aftercare for this session,
what the maxima are computed for, each drug's share without a weight, codes with their payer
caveats, the spinal and scapular cautions by title, and long texts shown in full."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bodymap import clinical
from bodymap.model import DryNeedling, Injection, MixedAgent, Patient, Treatment
from bodymap.ui import MainWindow
from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.procedure_panel import ProcedurePanel
from tests.ui.helpers import click_at, midpoint

pytestmark = pytest.mark.gui

MIXTURE = Injection(
    agent="lidocaine",
    concentration_percent=0.5,
    volume_ml=2.0,
    mixed_with=(MixedAgent(agent="bupivacaine", concentration_percent=0.125),),
)


def apex(doc: SessionDocument) -> tuple[float, float]:
    lm = doc.diagram.landmarks
    return midpoint(lm["c7"], lm["acromion_left"])


def over_scapula(doc: SessionDocument) -> tuple[float, float]:
    lm = doc.diagram.landmarks
    spine = midpoint(lm["scapular_spine_root_left"], lm["acromion_left"], 0.45)
    return midpoint(spine, lm["inferior_angle_left"], 0.35)


def between_spinous_processes(doc: SessionDocument) -> tuple[float, float]:
    lm = doc.diagram.landmarks
    return midpoint(lm["t3"], lm["t4"])


def panel_for(qtbot: QtBot, doc: SessionDocument) -> ProcedurePanel:
    panel = ProcedurePanel(doc)
    qtbot.addWidget(panel)
    panel.resize(480, 900)
    panel.show()
    return panel


def add(doc: SessionDocument, at: tuple[float, float], treatment: Treatment) -> str:
    return doc.add_point(*at, treatment).id


def test_the_aftercare_is_this_session_s_and_follows_every_change(qtbot: QtBot) -> None:
    doc = SessionDocument()
    point_id = add(doc, over_scapula(doc), Injection())
    panel = panel_for(qtbot, doc)
    assert "dent" not in panel.aftercare_text.text()

    steroid = Injection(agent="other", agent_other="triamcinolone 40 mg/mL", volume_ml=1.0)
    doc.edit_points([point_id], "Set agent", lambda p: p.model_copy(update={"treatment": steroid}))

    shown = " ".join(panel.aftercare_text.text().split())
    assert "the fat under the skin may shrink and leave a small dent" in shown
    expected = clinical.aftercare_text(doc.session.patient, doc.session)
    assert shown == " ".join(expected.split())


def test_the_totals_footnote_says_what_the_maxima_are_computed_for(qtbot: QtBot) -> None:
    doc = SessionDocument()
    add(doc, over_scapula(doc), MIXTURE)
    doc.edit_details("patient", "sex", "male")
    doc.edit_details("patient", "weight_kg", 110.0)
    doc.edit_details("patient", "height_cm", 178.0)
    panel = panel_for(qtbot, doc)

    note = panel.totals_note.text()
    assert note.startswith(clinical.dose_basis_text(doc.session))
    assert note.startswith("Maxima for 71.9 kg lean body weight (BMI 35)")
    assert "every agent of a mixture against its own" in note
    assert "Bupivacaine: 2 mg/kg, at most 175 mg, plain" in note


def test_without_a_weight_each_total_shows_its_share_of_the_cap(qtbot: QtBot) -> None:
    doc = SessionDocument()
    add(doc, over_scapula(doc), MIXTURE)
    add(doc, apex(doc), Injection(concentration_percent=2.0, volume_ml=10.0, needle_length_mm=25))
    panel = panel_for(qtbot, doc)

    lines = panel.totals.texts()
    assert lines[0] == (
        "Lidocaine: 12 mL = 210 mg; weight not recorded; at most 200 mg whatever the weight "
        "(105% of that cap)"
    )
    assert "    Lidocaine 0.5% in a mixture: 2 mL" in lines
    assert (
        "Bupivacaine: 2 mL = 2.5 mg; weight not recorded; at most 175 mg whatever the weight "
        "(1% of that cap)"
    ) in lines
    assert "    Bupivacaine 0.125% in a mixture: 2 mL" in lines
    assert lines[-1] == "Local anaesthetics together: 106% of the maximum whatever the weight"
    assert "font-weight: bold" in panel.totals._lines[0].styleSheet(), "over the cap: alert"
    assert panel.totals_note.text().startswith("Weight not recorded: maxima are the absolute caps")

    doc.edit_details("patient", "weight_kg", 80.0)
    assert panel.totals.texts()[0] == (
        "Lidocaine: 12 mL = 210 mg; max 200 mg for 80 kg (105% of max)"
    )


def test_suggested_codes_carry_their_payer_caveats(qtbot: QtBot) -> None:
    doc = SessionDocument()
    add(doc, over_scapula(doc), DryNeedling(needle_length_mm=30))
    panel = panel_for(qtbot, doc)
    panel.ultrasound.click()

    lines = panel.codes.texts()
    needling = next(line for line in lines if line.startswith("20560"))
    assert "Medicare covers dry needling only as acupuncture for chronic low back pain" in (
        needling
    )
    guidance = next(line for line in lines if line.startswith("76942"))
    assert "Some payers do not cover imaging guidance" in guidance
    assert lines == [s.summary for s in clinical.suggest_procedure_codes(doc.session)]


def test_the_spinal_canal_and_scapular_cautions_are_listed_by_title(qtbot: QtBot) -> None:
    doc = SessionDocument()
    add(doc, between_spinous_processes(doc), DryNeedling(needle_length_mm=15))
    add(doc, over_scapula(doc), DryNeedling(needle_length_mm=30))
    panel = panel_for(qtbot, doc)

    cautions = [line for line in panel.warnings.texts() if line.startswith("Caution:")]
    assert any(
        line.startswith("Caution: Between thoracic spinous processes: spinal canal (point 1).")
        for line in cautions
    )
    assert any(
        line.startswith("Caution: Over scapular bone: lower pneumothorax risk (point 2).")
        for line in cautions
    )
    spine = next(line for line in cautions if "spinous processes" in line)
    assert "never into the gap between them" in spine


def test_long_texts_are_wrapped_and_keep_the_height_they_need_as_they_grow(
    qtbot: QtBot, window: MainWindow
) -> None:
    details = window.parts.details
    with qtbot.waitSignal(details.checks.changed):
        click_at(qtbot, window, *apex(window.doc))
        details.setCurrentWidget(details.procedure_tab)
    panel = details.procedure_panel
    label = panel.aftercare_text
    # Laid out: exactly the height of the advice as it is now, at the dock's width.
    qtbot.waitUntil(
        lambda: label.isVisible() and label.height() == label.heightForWidth(label.width())
    )

    # Anticoagulation lengthens the advice while it is on screen: it must grow, not be cut.
    with qtbot.waitSignal(details.checks.changed):
        window.doc.edit_details("patient", "anticoagulation", True)

    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    assert label.wordWrap()
    assert label.text().rstrip().endswith("that does not stop with pressure.")
    for line in panel.warnings._lines:
        if line.isVisible():
            assert line.wordWrap()
            assert line.height() >= line.heightForWidth(line.width()), line.text()[:60]


def test_a_patient_with_no_weight_is_not_shown_zero_percent(qtbot: QtBot) -> None:
    doc = SessionDocument()
    add(doc, over_scapula(doc), Injection(agent="saline", concentration_percent=0.9))
    panel = panel_for(qtbot, doc)
    assert panel.totals.texts() == ["Normal saline: 0.5 mL; no weight-based maximum"]
    assert doc.session.patient == Patient()


def test_a_missing_concentration_is_never_shown_as_a_share_of_the_maximum(qtbot: QtBot) -> None:
    doc = SessionDocument()
    doc.edit_details("patient", "weight_kg", 60.0)
    add(doc, over_scapula(doc), Injection(concentration_percent=None, volume_ml=5.0))
    panel = panel_for(qtbot, doc)
    (line,) = panel.totals.texts()
    assert line == "Lidocaine: 5 mL, concentration missing; 200 mg for 60 kg"

    add(doc, apex(doc), Injection(concentration_percent=1.0, volume_ml=3.0, needle_length_mm=25))
    line = panel.totals.texts()[0]  # then the volume per strength
    assert "8 mL = 30 mg, concentration missing for some" in line
    assert "(\u226515% of max)" in line, "a share of what is known is a lower bound"
