"""The second visit in the window: each earlier point once, accepted points apart, the
earlier findings shown as the earlier visit's, the patient data confirmed."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap import history, storage
from bodymap.model import ExaminedOnly, Findings, Patient, Session, TriggerPoint
from bodymap.ui import MainWindow, preferences
from bodymap.ui.dialogs import Unsaved
from bodymap.ui.document.location import identify
from bodymap.ui.history import PatientBrowser
from tests.ui.clinic_helpers import wait_until_indexed
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at, midpoint
from tests.unit.history import factories as f

pytestmark = pytest.mark.gui

MRN = "MRN-ANNA-7"
EARLIER = dt.date(2026, 10, 2)


def _at(window: MainWindow, number: int, x: float, y: float, **kw: object) -> TriggerPoint:
    """A point of the earlier visit at (x, y), named as a click there would name it."""
    muscle, side = identify(window.diagram, x, y)
    return TriggerPoint.model_validate(
        {"number": number, "x": x, "y": y, "muscle": muscle, "side": side, **kw}
    )


@pytest.fixture
def places(window: MainWindow) -> dict[str, tuple[float, float]]:
    """Landmark-derived places: two 15 mm apart on one muscle, one on the other side."""
    lm = window.diagram.landmarks
    a = midpoint(lm["c7"], lm["acromion_left"])
    b = midpoint(lm["spine_of_scapula_mid_right"], lm["inferior_angle_right"])
    found = {"a": a, "a_near": (a[0] - 15.0, a[1]), "b": b, "b_near": (b[0] - 20.0, b[1])}
    assert identify(window.diagram, *found["a"]) == identify(window.diagram, *found["a_near"])
    assert identify(window.diagram, *found["b"]) == identify(window.diagram, *found["b_near"])
    assert identify(window.diagram, *found["a"]) != identify(window.diagram, *found["b"])
    return found


@pytest.fixture
def earlier(
    window: MainWindow, places: dict[str, tuple[float, float]], tmp_path: Path
) -> tuple[Path, Session]:
    """Anna's earlier visit in the clinic folder: p1 (active, pain 7 → 2, lidocaine), p2 on
    the other side, p3 15 mm from p1 on the same muscle."""
    folder = tmp_path / "clinic"
    findings = Findings(status="active", taut_band=True, pain_before=7, pain_after=2)
    session = Session(
        patient=Patient(
            name="Anna Berg",
            identifier=MRN,
            weight_kg=72.0,
            allergies="latex",
            anticoagulation=True,
        ),
        encounter=f.session("", "", EARLIER).encounter,
        points=[
            _at(window, 1, *places["a"], findings=findings, treatment=f.LIDOCAINE),
            _at(window, 2, *places["b"], treatment=f.LIDOCAINE),
            _at(window, 3, *places["a_near"], treatment=ExaminedOnly()),
        ],
    )
    path = f.write(folder / "MRN-ANNA-7 - Anna Berg", "2026-10-02 MRN-ANNA-7", session)
    preferences.set_clinic_folder(folder)
    return path, session


def _start_from_browser(qtbot: QtBot, window: MainWindow) -> PatientBrowser:
    browser = window.parts.history.show_browser()
    wait_until_indexed(qtbot, window)
    qtbot.keyClicks(browser.search, "anna")
    assert browser.new_button.text() == "Start &Next Visit"
    qtbot.mouseClick(browser.new_button, Qt.MouseButton.LeftButton)
    wait_until_indexed(qtbot, window)
    return browser


def test_start_next_visit_from_patients_carries_the_patient_for_confirmation(
    qtbot: QtBot, window: MainWindow, earlier: tuple[Path, Session]
) -> None:
    path, previous = earlier
    _start_from_browser(qtbot, window)
    session = window.session
    assert session.id != previous.id
    assert session.patient == previous.patient
    assert session.points == []
    assert window.doc.path is None
    [overlay] = window.parts.history.overlays.overlays()
    assert (overlay.session.id, overlay.path) == (previous.id, path)

    bar = window.parts.history.patient_check
    assert bar.isVisible()
    assert bar.label.text() == (
        "Carried over from the visit of 2026-10-02: confirm for today\nweight 72 kg · "
        "allergies: \u2068latex\u2069 · allergic to local anaesthetics: no · anticoagulated: yes"
        " · pregnant: no"
    )
    bar.review_button.click()
    panel = window.parts.details.patient_panel
    assert window.parts.details.currentWidget() is window.parts.details.patient_tab
    panel.anticoagulation.click()  # stopped since the last visit
    assert not window.session.patient.anticoagulation
    assert "anticoagulated: no" in bar.label.text()
    bar.confirm_button.click()
    assert not bar.isVisible()
    assert window.statusBar().currentMessage() == "Patient details confirmed for this visit."


def test_an_earlier_point_already_marked_is_shown_as_matched_not_offered(
    qtbot: QtBot,
    window: MainWindow,
    earlier: tuple[Path, Session],
    places: dict[str, tuple[float, float]],
) -> None:
    _, previous = earlier
    _start_from_browser(qtbot, window)
    click_at(qtbot, window, *places["b_near"])  # today's point, 20 mm from earlier p2
    [today] = window.session.points
    [overlay] = window.parts.history.overlays.overlays()
    assert overlay.matched() == [(previous.points[1], today)]
    assert [m.shown_label for m in overlay.markers()] == ["p1", "p2 = 1", "p3"]
    assert [p.number for p in window.parts.history.overlays.pending_points()] == [1, 3]

    window.parts.history.accept_all()
    points = window.session.points
    assert [(p.number, p.x, p.y) for p in points] == [
        (1, today.x, today.y),
        (2, previous.points[0].x, previous.points[0].y),
    ], "p2 matched, p3 within 25 mm of p1: only p1 is placed"
    for a, b in itertools.combinations(points, 2):
        assert math.dist((a.x, a.y), (b.x, b.y)) > history.TOLERANCE_MM
    assert window.parts.history.overlays.pending_points() == [], "p3 is matched by p1 now"
    assert window.statusBar().currentMessage() == (
        "1 earlier point accepted. 1 other matched by a point of this visit "
        "(the same trigger point)."
    )

    accepted = points[1]
    assert accepted.id != previous.points[0].id
    assert accepted.findings == Findings(), "today's findings start empty"
    assert accepted.treatment == ExaminedOnly(), "no treatment until the clinician chooses one"
    assert accepted.notes == ""

    window.scene.select_ids([accepted.id])
    visits = window.parts.history.visits
    assert not visits.isHidden()
    assert visits.recurrence_label.text().startswith(
        "recurring: 2nd visit, last treated 2026-10-02"
    )
    assert visits.earlier_label.text() == (
        "Earlier visits (their findings, not today's):\n"
        "2026-10-02, point 1: active; taut band; pain 7 → 2; lidocaine 1% 0.5 mL"
    )

    window.doc.undo_stack.undo()
    assert [p.number for p in window.parts.history.overlays.pending_points()] == [1, 3]


def test_clicking_a_matched_marker_selects_today_s_point(
    qtbot: QtBot,
    window: MainWindow,
    earlier: tuple[Path, Session],
    places: dict[str, tuple[float, float]],
) -> None:
    _start_from_browser(qtbot, window)
    click_at(qtbot, window, *places["b_near"])
    [today] = window.session.points
    window.scene.select_ids([])
    click_at(qtbot, window, *places["b"])  # on the matched earlier marker
    assert len(window.session.points) == 1, "no point is added on a matched marker"
    assert window.scene.selected_ids() == [today.id]


def test_start_next_visit_in_the_file_menu_saves_first_and_continues_the_saved_visit(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], earlier: tuple[Path, Session]
) -> None:
    path, previous = earlier
    assert window.open_file(path)
    window.parts.details.patient_panel.weight.edit.setText("70")
    assert window.doc.is_modified()
    dialogs.unsaved_answers = [Unsaved.SAVE]
    window.parts.history.start_next_visit()
    assert storage.load_session(path).patient.weight_kg == 70.0, "saved before continuing"
    assert window.session.id != previous.id
    assert window.session.patient.weight_kg == 70.0
    assert window.parts.history.patient_check.isVisible()


def test_start_next_visit_in_the_file_menu_carries_what_the_amendments_corrected(
    window: MainWindow, earlier: tuple[Path, Session]
) -> None:
    # An allergy added by a signed amendment must reach the next visit, from the open record
    # as from the Patients window.
    from bodymap import signing

    path, previous = earlier
    key = signing.create_key("Dr A. Example", "correct horse battery staple")
    signing.register_key(key.record, path.parent.parent)  # the clinic folder's keys
    signed = signing.sign(previous, key)
    fixes = [
        signing.correction(signed, "/patient/allergy_local_anaesthetic", True),
        signing.correction(signed, "/patient/allergies", "latex; lidocaine (anaphylaxis)"),
    ]
    amended = signing.amend(signed, key, reason="allergy reported", text="", corrections=fixes)
    storage.save_session(amended, path)
    assert window.open_file(path)
    assert window.parts.history.start_next_visit()
    assert window.session.id != previous.id
    assert window.session.patient.allergy_local_anaesthetic
    assert window.session.patient.allergies == "latex; lidocaine (anaphylaxis)"


def test_start_next_visit_needs_a_patient(window: MainWindow) -> None:
    assert not window.parts.history.start_next_visit()
    assert "enter the patient's name or identifier" in window.statusBar().currentMessage()


def test_the_pain_tab_says_how_the_painted_area_changed_since_the_last_visit(
    qtbot: QtBot, window: MainWindow, earlier: tuple[Path, Session], tmp_path: Path
) -> None:
    from bodymap.anatomy import load_diagram
    from bodymap.clinical.pain_drawing import Stroke, painted
    from bodymap.model import PainArea

    path, previous = earlier
    dab = painted([], Stroke("brush", ((360.0, 360.0),), 30.0), load_diagram())
    drawn = previous.model_copy(
        update={"pain_areas": [PainArea(quality="aching", intensity=6, polygons=dab)]}
    )
    storage.save_session(drawn, path)
    _start_from_browser(qtbot, window)
    panel = window.parts.details.pain_panel
    window.parts.details.setCurrentWidget(window.parts.details.pain_tab)
    assert not panel.change.isVisible(), "nothing drawn yet today is not 'no pain' (-100%)"
    window.doc.paint_stroke(Stroke("brush", ((360.0, 360.0),), 15.0), "aching", 5)
    qtbot.waitUntil(lambda: panel.change.isVisible())
    assert panel.change.text() == (
        "Painted area 7.1 cm²; at the last visit (2026-10-02) 28 cm²: 21 cm² smaller (-75%)."
    )
    window.doc.reset(Session())  # File → New: another patient, or none
    assert not panel.change.isVisible()
