"""Mixtures in the treatment panel: further agents of one syringe, each with its strength in the
syringe, doses agent by agent, one undo step per change (clinical-basis §5.2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from bodymap.model import MAX_MIXED, Injection, MixedAgent
from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.mixture import MIXABLE
from bodymap.ui.panels.ranges import BoundedSpin
from bodymap.ui.panels.treatment_panel import TreatmentPanel
from tests.ui.helpers import midpoint

pytestmark = pytest.mark.gui

LIDOCAINE_1 = Injection(agent="lidocaine", concentration_percent=1.0, volume_ml=2.0)


def injected(doc: SessionDocument, treatment: Injection = LIDOCAINE_1) -> str:
    """A point over the left infraspinous fossa, injected with ``treatment``."""
    lm = doc.diagram.landmarks
    spine = midpoint(lm["scapular_spine_root_left"], lm["acromion_left"], 0.45)
    point = doc.add_point(*midpoint(spine, lm["inferior_angle_left"], 0.35), treatment)
    doc.undo_stack.clear()
    return point.id


@pytest.fixture
def panel(qtbot: QtBot) -> TreatmentPanel:
    shown = TreatmentPanel(SessionDocument())
    qtbot.addWidget(shown)
    shown.resize(480, 1200)
    shown.show()
    return shown


def doc_of(panel: TreatmentPanel) -> SessionDocument:
    doc: SessionDocument = panel._doc
    return doc


def treatment(panel: TreatmentPanel, point_id: str) -> Injection:
    value = doc_of(panel).point(point_id).treatment
    assert isinstance(value, Injection)
    return value


def type_into(qtbot: QtBot, spin: BoundedSpin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def pick(qtbot: QtBot, box: QComboBox, label: str) -> None:
    """Choose ``label`` in a drop-down as the keyboard does (the activated signal)."""
    index = box.findText(label)
    assert index >= 0, label
    box.setFocus()
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_a_further_agent_is_added_without_a_strength_and_its_dose_reads_missing(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    point_id = injected(doc_of(panel))
    panel.show_points([point_id])
    form = panel.injection
    assert [b.text() for b in form.strengths] == ["1%", "2%"], "stock strengths, one agent"

    qtbot.mouseClick(form.mixture.add, Qt.MouseButton.LeftButton)

    value = treatment(panel, point_id)
    assert value.mixed_with == (MixedAgent(agent="bupivacaine", concentration_percent=None),)
    assert doc_of(panel).undo_stack.count() == 1
    assert form.dose.text() == "= 20 mg + concentration missing"
    row = form.mixture.rows[0]
    assert row.isVisible()
    assert row.agent.currentText() == "Bupivacaine"
    assert row.concentration.text() == "missing"
    # A stock strength is not the strength in the syringe: no strength buttons for a mixture.
    assert form.strengths == []
    assert form.strength_label.text().replace("\n", " ") == "&Concentration in syringe"
    assert form.mixture.hint.isVisible()
    assert "1:1, each halves" in form.mixture.hint.text()

    doc_of(panel).undo_stack.undo()
    assert treatment(panel, point_id).mixed_with == ()
    assert not form.mixture.rows[0].isVisible()


def test_strengths_in_the_syringe_give_each_agent_s_dose_and_typing_is_one_step(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    point_id = injected(doc_of(panel))
    panel.show_points([point_id])
    form = panel.injection
    qtbot.mouseClick(form.mixture.add, Qt.MouseButton.LeftButton)
    before = doc_of(panel).undo_stack.count()

    type_into(qtbot, form.concentration, "0.5")
    type_into(qtbot, form.mixture.rows[0].concentration, "0.125")

    value = treatment(panel, point_id)
    assert value.concentration_percent == 0.5
    assert value.mixed_with[0].concentration_percent == 0.125, "three decimals kept"
    assert form.dose.text() == "= 10 mg + 2.5 mg"
    assert form.mixture.rows[0].concentration.text() == "0.125 %"
    assert doc_of(panel).undo_stack.count() == before + 2, "one step per field typed into"


def test_a_typed_agent_is_recorded_once_named_and_its_dose_is_not_checked(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    point_id = injected(doc_of(panel))
    panel.show_points([point_id])
    form = panel.injection
    qtbot.mouseClick(form.mixture.add, Qt.MouseButton.LeftButton)
    row = form.mixture.rows[0]

    pick(qtbot, row.agent, "Other (type the name)")
    assert row.name.isVisible()
    assert treatment(panel, point_id).mixed_with[0].agent == "bupivacaine", "not yet named"
    qtbot.keyClicks(row.name, "Sarapin")

    (mixed,) = treatment(panel, point_id).mixed_with
    assert (mixed.agent, mixed.agent_other) == ("other", "Sarapin")
    assert row.agent.currentText() == "Other (type the name)"
    assert form.dose.text() == "= 20 mg + concentration missing, dose not checked"


def test_an_agent_is_removed_and_the_stock_strengths_come_back(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    mixed = LIDOCAINE_1.model_copy(
        update={"mixed_with": (MixedAgent(agent="ropivacaine", concentration_percent=0.1),)}
    )
    point_id = injected(doc_of(panel), mixed)
    panel.show_points([point_id])
    form = panel.injection
    assert form.strengths == []

    qtbot.mouseClick(form.mixture.rows[0].remove, Qt.MouseButton.LeftButton)

    assert treatment(panel, point_id).mixed_with == ()
    assert doc_of(panel).undo_stack.count() == 1
    assert [b.text() for b in form.strengths] == ["1%", "2%"]
    assert form.strengths[0].isChecked()
    assert form.dose.text() == "= 20 mg"


def test_changing_an_agent_of_a_mixture_asks_for_its_strength_again(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    mixed = Injection(
        agent="lidocaine",
        concentration_percent=0.5,
        volume_ml=2.0,
        mixed_with=(MixedAgent(agent="bupivacaine", concentration_percent=0.125),),
    )
    point_id = injected(doc_of(panel), mixed)
    panel.show_points([point_id])
    form = panel.injection

    pick(qtbot, form.mixture.rows[0].agent, "Ropivacaine")
    assert treatment(panel, point_id).mixed_with == (
        MixedAgent(agent="ropivacaine", concentration_percent=None),
    )
    pick(qtbot, form.agent, "Mepivacaine")
    value = treatment(panel, point_id)
    assert (value.agent, value.agent_other) == ("other", "Mepivacaine")
    assert value.concentration_percent is None, "a stock strength is not the one in the syringe"
    assert form.dose.text() == "concentration missing + concentration missing"


def test_saline_instead_empties_the_syringe_of_its_mixture(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    mixed = LIDOCAINE_1.model_copy(
        update={"mixed_with": (MixedAgent(agent="bupivacaine", concentration_percent=0.25),)}
    )
    point_id = injected(doc_of(panel), mixed)
    panel.show_points([point_id])

    pick(qtbot, panel.injection.agent, "Normal saline 0.9%")

    value = treatment(panel, point_id)
    assert (value.agent, value.mixed_with) == ("saline", ())
    assert doc_of(panel).undo_stack.count() == 1
    assert not panel.injection.mixture.isVisible()


def test_an_agent_of_the_mixture_the_patient_is_allergic_to_is_refused(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    doc = doc_of(panel)
    point_id = injected(doc)
    doc.edit_details("patient", "allergies", "Procaine: urticaria")  # the ester class
    panel.show_points([point_id])
    qtbot.mouseClick(panel.injection.mixture.add, Qt.MouseButton.LeftButton)
    assert treatment(panel, point_id).mixed_with[0].agent == "bupivacaine", "an amide: allowed"

    pick(qtbot, panel.injection.mixture.rows[0].agent, "Chloroprocaine")

    assert treatment(panel, point_id).mixed_with[0].agent == "bupivacaine", "not recorded"
    assert panel.refusal.isVisible()
    assert "injections of ester local anaesthetics are refused" in panel.refusal.text()
    assert panel.tick_allergy.isVisible()


def test_a_syringe_mixes_at_most_the_model_s_number_of_agents(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    point_id = injected(doc_of(panel))
    panel.show_points([point_id])
    add = panel.injection.mixture.add
    for _ in range(MAX_MIXED):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    agents = [m.agent for m in treatment(panel, point_id).mixed_with]
    assert len(agents) == MAX_MIXED
    assert len(set(agents)) == len(agents), "each added agent is one the syringe lacked"
    assert not add.isEnabled()
    assert str(MAX_MIXED + 1) in add.toolTip()


def test_the_mixable_agents_are_the_local_anaesthetics_and_other() -> None:
    labels = [c.label for c in MIXABLE]
    assert "Normal saline 0.9%" not in labels
    assert labels[0] == "Lidocaine"
    assert labels[-1] == "Other (type the name)"


def test_a_mixture_is_carried_to_the_next_point_of_the_session(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    used: list[object] = []
    panel.treatment_used.connect(used.append)
    point_id = injected(doc_of(panel))
    panel.show_points([point_id])
    qtbot.mouseClick(panel.injection.mixture.add, Qt.MouseButton.LeftButton)
    assert used == [treatment(panel, point_id)]
    assert isinstance(used[0], Injection)
    assert used[0].mixed_with


def test_an_allergy_ticked_after_a_mixture_offers_saline_which_replaces_it(
    qtbot: QtBot, panel: TreatmentPanel
) -> None:
    mixed = LIDOCAINE_1.model_copy(
        update={"mixed_with": (MixedAgent(agent="bupivacaine", concentration_percent=0.25),)}
    )
    doc = doc_of(panel)
    point_id = injected(doc, mixed)
    doc.edit_details("patient", "allergy_local_anaesthetic", True)
    panel.show_points([point_id])
    assert "lidocaine + bupivacaine is refused" in panel.refusal.text()

    qtbot.mouseClick(panel.use_saline, Qt.MouseButton.LeftButton)

    value = treatment(panel, point_id)
    assert (value.agent, value.mixed_with) == ("saline", ())
    assert not panel.refusal.isVisible()
