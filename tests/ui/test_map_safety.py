"""Safety on the map: one site per point, the muscle check, and treatments that never cross
patients. Clicks and drags go to the real view at positions derived from the landmarks."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap import clinical, storage
from bodymap.model import Injection, Patient, Session
from bodymap.ui import MainWindow
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at, drag, midpoint

pytestmark = pytest.mark.gui

MISMATCH = "levator scapulae chosen; the position lies over infraspinatus"


def lm(window: MainWindow, name: str) -> tuple[float, float]:
    return window.diagram.landmarks[name]


def levator_site(window: MainWindow) -> tuple[float, float]:
    """Above and medial to the right superior angle: levator scapulae under the trapezius."""
    superior = lm(window, "superior_angle_right")
    return (superior[0] - 8.0, superior[1] - 12.0)


def infraspinatus_right(window: MainWindow) -> tuple[float, float]:
    """In the right infraspinous fossa, from the scapular spine towards the inferior angle."""
    spine = midpoint(lm(window, "scapular_spine_root_right"), lm(window, "acromion_right"), 0.45)
    return midpoint(spine, lm(window, "inferior_angle_right"), 0.35)


def upper_trapezius_left(window: MainWindow) -> tuple[float, float]:
    return midpoint(lm(window, "c7"), lm(window, "acromion_left"))


def choose_muscle(window: MainWindow, muscle: str) -> None:
    """Pick ``muscle`` in the point panel's muscle box, as the user does."""
    combo = window.parts.details.point_panel.muscle
    index = next(i for i in range(combo.count()) if (combo.itemData(i) or (None,))[0] == muscle)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


# --- one site per point ------------------------------------------------------------------------


def test_marker_panel_status_and_warnings_share_one_site_computation(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed: list[str] = []
    point_site = clinical.point_site

    def counted(point: object, diagram: object) -> clinical.Site:
        computed.append(point.id)  # type: ignore[attr-defined]
        return point_site(point, diagram)  # type: ignore[arg-type]

    # Both the window's location and the clinical warnings would call it.
    monkeypatch.setattr(clinical, "point_site", counted)
    monkeypatch.setattr("bodymap.clinical.checks.point_site", counted)
    click_at(qtbot, window, *upper_trapezius_left(window))
    details = window.parts.details
    qtbot.mouseClick(details.treatment_panel.kind.buttons["injection"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(" in details.tabText(details.procedure_index))

    point = window.session.points[0]
    site = window.doc.location(point.id).site
    item = window.scene.item_for(point.id)
    assert item is not None
    assert item.has_caution == site.pneumothorax_caution is True
    assert site.location in item.toolTip()
    assert details.point_panel.location.text() == site.location
    assert window.statusBar().currentMessage() == f"Point 1 added: {site.location}"
    assert any("lung apex" in w.message for w in details.checks.for_point(point.id))
    assert computed == [point.id], "one computation per change of the point's place"


# --- a chosen muscle that no longer lies under the point -------------------------------------


def test_a_moved_point_whose_chosen_muscle_is_not_under_it_is_flagged_on_marker_and_panel(
    qtbot: QtBot, window: MainWindow
) -> None:
    start = levator_site(window)
    click_at(qtbot, window, *start)
    point_id = window.session.points[0].id
    choose_muscle(window, "levator_scapulae")
    item = window.scene.item_for(point_id)
    panel = window.parts.details.point_panel
    assert item is not None
    assert not item.has_mismatch, "levator scapulae lies under the trapezius here"
    assert not panel.mismatch.isVisible()

    drag(qtbot, window, start, infraspinatus_right(window))

    moved = window.session.point(point_id)
    assert moved.muscle == "levator_scapulae", "a muscle chosen by hand is kept"
    assert item.has_mismatch
    assert item.has_caution, "over the scapula: the caution badge stays beside it"
    assert MISMATCH in item.toolTip()
    assert panel.mismatch.isVisible()
    assert panel.mismatch.text() == f"Check the muscle: {MISMATCH}."
    procedure = window.parts.details.procedure_panel
    assert any(MISMATCH in message for message in procedure.warning_messages())

    window.parts.edit.undo.trigger()
    assert not item.has_mismatch
    assert not panel.mismatch.isVisible()


def test_the_printed_record_names_the_muscle_mismatch(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    start = levator_site(window)
    click_at(qtbot, window, *start)
    choose_muscle(window, "levator_scapulae")
    drag(qtbot, window, start, infraspinatus_right(window))
    out = tmp_path / "record.pdf"
    dialogs.pdf_answers = [out]

    assert window.parts.printing.export_pdf() == out

    assert MISMATCH in pdf_text(out)
    assert dialogs.warnings_asked == [], "a muscle check is a caution, not asked about"


# --- the carried-forward treatment never crosses patients ---------------------------------------


def _inject_one_and_carry(qtbot: QtBot, window: MainWindow) -> None:
    """Mark a point, inject 2 mL there, and check that the next point gets the same."""
    x, y = upper_trapezius_left(window)
    click_at(qtbot, window, x, y)
    treatment = window.parts.details.treatment_panel
    qtbot.mouseClick(treatment.kind.buttons["injection"], Qt.MouseButton.LeftButton)
    treatment.volume.setValue(2.0)
    click_at(qtbot, window, x - 15.0, y + 3.0)
    carried = window.session.points[-1].treatment
    assert isinstance(carried, Injection)
    assert carried.volume_ml == 2.0, "carried forward within the session"


def _next_point_kind(qtbot: QtBot, window: MainWindow) -> str:
    click_at(qtbot, window, *infraspinatus_right(window))
    return window.session.points[-1].treatment.kind


def test_new_session_forgets_the_carried_treatment(qtbot: QtBot, window: MainWindow) -> None:
    _inject_one_and_carry(qtbot, window)

    assert window.parts.files.new()

    assert _next_point_kind(qtbot, window) == "examined"
    # Choosing an injection starts from the default, not from the last patient's 2 mL.
    qtbot.mouseClick(
        window.parts.details.treatment_panel.kind.buttons["injection"], Qt.MouseButton.LeftButton
    )
    assert window.session.points[-1].treatment == Injection()


def test_opening_another_patients_file_forgets_the_carried_treatment(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "other.bodymap.json"
    storage.save_session(Session(patient=Patient(name="B. Other", identifier="B-2")), other)
    _inject_one_and_carry(qtbot, window)

    assert window.open_file(other)

    assert window.session.patient.name == "B. Other"
    assert _next_point_kind(qtbot, window) == "examined"


def test_reopening_the_same_patient_keeps_no_carried_treatment(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    mine = tmp_path / "mine.bodymap.json"
    storage.save_session(Session(patient=Patient(name="A. Same", identifier="A-1")), mine)
    assert window.open_file(mine)
    _inject_one_and_carry(qtbot, window)
    dialogs.unsaved_answers = []  # discard the unsaved points

    assert window.open_file(mine)

    assert _next_point_kind(qtbot, window) == "examined"
