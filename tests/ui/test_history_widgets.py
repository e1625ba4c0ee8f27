"""History widgets: patient browser, pain chart, previous-visit overlay, preferences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView
from pytestqt.qtbot import QtBot

from bodymap.history import ClinicIndex, earlier_points
from bodymap.history import index as index_module
from bodymap.model import DryNeedling, Session, TriggerPoint
from bodymap.ui import preferences
from bodymap.ui.app import configure_application_identity
from bodymap.ui.clinic_index import ClinicIndex as BackgroundIndex
from bodymap.ui.history import PainChart, PatientBrowser, PreviousVisitOverlays
from tests.unit.history import factories as f

pytestmark = pytest.mark.gui

ANNA = "MRN-ANNA-7"
VISITS = [
    (dt.date(2026, 6, 5), DryNeedling(), (8, 4)),
    (dt.date(2026, 8, 1), f.BUPIVACAINE, (7, 2)),
    (dt.date(2026, 10, 2), f.LIDOCAINE, (6, 1)),
]


@pytest.fixture(scope="module")
def clinic_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated sessions, Anna Müller's three visits and one unreadable file."""
    folder = tmp_path_factory.mktemp("clinic")
    f.build_clinic(folder, 200, patients=60)
    for date, treatment, pain in VISITS:
        points = [f.point(1, treatment=treatment, pain=pain), f.point(2, x=250.0, side="right")]
        f.write(folder, f"anna-{date}", f.session("Anna Müller", ANNA, date, points))
    (folder / "broken.bodymap.json").write_text("{", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clinic(clinic_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClinicIndex]:
    """The clinic folder's index."""
    index = ClinicIndex(clinic_folder, db_path=tmp_path_factory.mktemp("cache") / "i.sqlite3")
    index.refresh()
    yield index
    index.close()


@pytest.fixture
def settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    configure_application_identity()


@pytest.fixture
def browser(qtbot: QtBot, clinic_folder: Path, settings: None) -> PatientBrowser:
    """The browser of the clinic folder, shown once its index is built."""
    preferences.set_clinic_folder(clinic_folder)
    dialog = PatientBrowser(BackgroundIndex())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.clinic.indexed, timeout=20_000):
        dialog.show()
    return dialog


def visible(text: str) -> str:
    """``text`` without the invisible bidi isolate marks around user text."""
    return text.replace("\u2068", "").replace("\u2069", "")


# --- patient browser ----------------------------------------------------------------------------


def test_search_shows_the_patient_and_their_sessions(qtbot: QtBot, browser: PatientBrowser) -> None:
    qtbot.keyClicks(browser.search, "muller")
    assert browser.patients.count() == 1
    patient = browser.selected_patient()
    assert patient is not None
    assert (patient.identifier, patient.session_count) == (ANNA, 3)
    label = visible(browser.patients.item(0).text())
    assert label == "Anna Müller — MRN-ANNA-7\n3 sessions, last 2026-10-02"
    # A name without right-to-left text cannot reorder the line: it is shown (and copies) as
    # typed; test_markup checks the isolate around a name that needs one.
    assert browser.patients.item(0).text() == label
    dates = [s.date for s in browser.session_summaries()]
    assert dates == [dt.date(2026, 10, 2), dt.date(2026, 8, 1), dt.date(2026, 6, 5)]
    top = browser.sessions.topLevelItem(0)
    assert top is not None
    texts = [visible(top.text(c)) for c in range(1, 5)]
    assert texts == ["2026-10-02", "2", "upper trapezius", "lidocaine"]


def test_the_first_build_runs_in_the_background_with_its_progress_shown(
    qtbot: QtBot, clinic_folder: Path, settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "PROGRESS_EVERY", 50)
    preferences.set_clinic_folder(clinic_folder)
    dialog = PatientBrowser(BackgroundIndex())
    qtbot.addWidget(dialog)
    told: list[tuple[int, int]] = []
    shown: dict[int, str] = {}

    def progress(done: int, total: int) -> None:
        # Connected after the dialog's own slot: the status line already says this step.
        told.append((done, total))
        shown[done] = dialog.status.text()

    dialog.clinic.progress.connect(progress)
    dialog.show()
    # show() returned with the folder still being read: the window is not held up.
    assert dialog.clinic.busy
    assert dialog.clinic.opened() is None
    assert dialog.progress.isVisible()
    assert dialog.status.text() == "Reading the clinic folder…"
    qtbot.waitUntil(lambda: not dialog.clinic.busy and dialog.clinic.opened() is not None)
    assert told == [(0, 204), (50, 204), (100, 204), (150, 204), (200, 204), (204, 204)]
    assert shown[50].startswith("Reading the clinic folder: ")
    assert not dialog.progress.isVisible()
    assert dialog.status.text().startswith("203 sessions in ")
    assert dialog.patients.count() > 0


def test_search_by_identifier(qtbot: QtBot, browser: PatientBrowser) -> None:
    qtbot.keyClicks(browser.search, "anna-7")
    names = [visible(browser.patients.item(i).text())[:11] for i in range(browser.patients.count())]
    assert names == ["Anna Müller"]


def test_no_match_lists_nothing_and_disables_buttons(qtbot: QtBot, browser: PatientBrowser) -> None:
    qtbot.keyClicks(browser.search, "zzz-nobody")
    assert browser.patients.count() == 0
    assert browser.sessions.topLevelItemCount() == 0
    assert not browser.open_button.isEnabled()


def test_status_counts_sessions_and_unreadable_files(browser: PatientBrowser) -> None:
    assert browser.status.text().startswith("203 sessions in ")
    assert browser.status.text().endswith(" — 1 file could not be read")
    assert "broken.bodymap.json" in browser.status.toolTip()
    assert not browser.progress.isVisible()


@pytest.mark.parametrize("button", ["open_button", "new_button"])
def test_buttons_request_the_selected_session(
    qtbot: QtBot, browser: PatientBrowser, button: str
) -> None:
    browser.search.setText(ANNA)
    signal = browser.open_requested if button == "open_button" else browser.new_from_requested
    with qtbot.waitSignal(signal) as blocker:
        qtbot.mouseClick(getattr(browser, button), Qt.MouseButton.LeftButton)
    assert Path(blocker.args[0]).name == "anna-2026-10-02.bodymap.json"


def test_overlay_is_toggled_from_the_list(qtbot: QtBot, browser: PatientBrowser) -> None:
    browser.search.setText(ANNA)
    with qtbot.waitSignal(browser.overlay_toggled) as blocker:
        qtbot.mouseClick(browser.overlay_button, Qt.MouseButton.LeftButton)
    path, shown = blocker.args
    assert (Path(path).name, shown) == ("anna-2026-10-02.bodymap.json", True)
    assert browser.overlay_button.text() == "Remove from &map"
    with qtbot.waitSignal(browser.overlay_toggled) as blocker:
        browser.sessions.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    assert blocker.args[1] is False
    browser.set_overlaid({path})
    assert browser.sessions.topLevelItem(0).checkState(0) == Qt.CheckState.Checked  # type: ignore[union-attr]


# --- pain chart ---------------------------------------------------------------------------------


def test_pain_chart_data_comes_from_history(qtbot: QtBot, clinic: ClinicIndex) -> None:
    current = f.session("Anna Müller", ANNA, dt.date(2026, 11, 3), [f.point(pain=(5, 0))])
    earlier = earlier_points(clinic.point_history(ANNA), current)
    chart = PainChart()
    qtbot.addWidget(chart)
    chart.resize(320, 150)
    chart.show_point(current.points[0], earlier, current.encounter.date)
    visits = chart.visits()
    assert [(v.date, v.pain_before, v.pain_after) for v in visits] == [
        (dt.date(2026, 6, 5), 8, 4),
        (dt.date(2026, 8, 1), 7, 2),
        (dt.date(2026, 10, 2), 6, 1),
        (dt.date(2026, 11, 3), 5, 0),
    ]
    assert visits[-1].current
    assert "2026-08-01: 7 → 2 (bupivacaine 0.25% 1 mL)" in chart.toolTip()
    image = chart.grab().toImage()
    assert not image.isNull()
    before_colour, _after = chart.colours()
    for name, pos in chart.plotted():
        if name == "before":
            pixel = QColor(image.pixel(pos.toPoint()))
            assert (pixel.red(), pixel.green(), pixel.blue()) == (
                before_colour.red(),
                before_colour.green(),
                before_colour.blue(),
            )
    befores = [p.y() for name, p in chart.plotted() if name == "before"]
    assert befores == sorted(befores)  # pain falls visit by visit: lower on screen = larger y


def test_pain_chart_without_scores_paints_a_note(qtbot: QtBot) -> None:
    chart = PainChart()
    qtbot.addWidget(chart)
    chart.show_point(f.point(), [], None)
    assert chart.plotted() == []
    assert not chart.grab().isNull()


# --- previous-visit overlay ---------------------------------------------------------------------


@pytest.fixture
def view(qtbot: QtBot) -> QGraphicsView:
    scene = QGraphicsScene(0.0, 0.0, 400.0, 300.0)
    widget = QGraphicsView(scene)
    scene.setParent(widget)
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.scale(1.5, 1.5)
    return widget


def previous_visit() -> Session:
    points = [f.point(1, x=120.0, y=90.0), f.point(2, x=260.0, y=150.0, side="right")]
    return f.session("Anna Müller", ANNA, dt.date(2026, 10, 2), points)


def test_clicking_a_previous_marker_requests_its_point(qtbot: QtBot, view: QGraphicsView) -> None:
    previous = previous_visit()
    overlays = PreviousVisitOverlays(view.scene())
    overlay = overlays.show_session(previous, Path("anna.bodymap.json"))
    assert [m.label for m in overlay.markers()] == ["p1", "p2"]
    assert all(
        m.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        for m in overlay.markers()
    )
    target = view.mapFromScene(QPointF(260.0, 150.0))
    with qtbot.waitSignal(overlays.accept_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    point = blocker.args[0]
    assert isinstance(point, TriggerPoint)
    assert point.id == previous.points[1].id


def test_marker_keeps_its_size_when_zoomed(view: QGraphicsView) -> None:
    overlay = PreviousVisitOverlays(view.scene()).show_session(previous_visit())
    marker = overlay.markers()[0]

    def on_screen() -> QRectF:
        return marker.deviceTransform(view.viewportTransform()).mapRect(marker.boundingRect())

    before = on_screen()
    view.scale(3.0, 3.0)
    after = on_screen()
    assert after.width() == pytest.approx(before.width())
    assert after.center() != before.center()  # it moved with the zoom, but did not grow


def test_accepted_points_are_shown_as_matched_and_offered_again_on_undo(
    view: QGraphicsView,
) -> None:
    previous = previous_visit()
    overlays = PreviousVisitOverlays(view.scene())
    overlay = overlays.show_session(previous)
    assert len(overlays.pending_points()) == 2
    accepted = previous.points[0].model_copy(update={"id": "0" * 8 + "-0000-4000-8000-" + "0" * 12})
    overlays.sync(Session(points=[accepted]))
    assert [p.number for p in overlays.pending_points()] == [2]
    assert overlay.matched() == [(previous.points[0], accepted)]
    assert [m.shown_label for m in overlay.markers()] == ["p1 = 1", "p2"]
    assert all(m.isVisible() for m in overlay.markers()), "matched is shown, not hidden"
    overlays.sync(Session())
    assert len(overlays.pending_points()) == 2
    assert overlay.matched() == []


def test_a_point_marked_anew_within_the_tolerance_matches_the_earlier_one(
    qtbot: QtBot, view: QGraphicsView
) -> None:
    previous = previous_visit()
    overlays = PreviousVisitOverlays(view.scene())
    overlay = overlays.show_session(previous)
    near = f.point(3, x=120.0 + 12.0, y=90.0)  # same muscle and side, 12 mm away
    other_muscle = f.point(4, x=260.0, y=155.0, side="right", muscle="levator_scapulae")
    overlays.sync(Session(points=[near, other_muscle]))
    assert overlay.matched() == [(previous.points[0], near)]
    assert [p.number for p in overlays.pending_points()] == [2], "another muscle is no match"
    marker = overlay.markers()[0]
    assert "Matched by point 3" in marker.toolTip()
    target = view.mapFromScene(QPointF(120.0, 90.0))
    with (
        qtbot.assertNotEmitted(overlays.accept_requested, wait=0),
        qtbot.waitSignal(overlays.matched_clicked) as clicked,
    ):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert clicked.args == [near.id], "a click on a matched marker shows today's point"


def test_accept_all_offers_the_newest_visit_first(view: QGraphicsView) -> None:
    overlays = PreviousVisitOverlays(view.scene())
    older = f.session("Anna Müller", ANNA, dt.date(2026, 6, 5), [f.point(1, x=125.0, y=92.0)])
    overlays.show_session(previous_visit())
    overlays.show_session(older)
    pending = overlays.pending_points()
    assert [(p.number, p.x) for p in pending] == [(1, 120.0), (2, 260.0), (1, 125.0)]


def test_overlays_toggle_and_clear(view: QGraphicsView) -> None:
    overlays = PreviousVisitOverlays(view.scene())
    previous = previous_visit()
    assert overlays.toggle(previous, Path("a.bodymap.json"))
    assert overlays.shown_paths() == {Path("a.bodymap.json")}
    assert not overlays.toggle(previous)
    assert overlays.overlays() == []
    overlays.show_session(previous, Path("a.bodymap.json"))
    overlays.hide_path(Path("a.bodymap.json"))
    assert overlays.shown_paths() == set()
    overlays.show_session(previous)
    overlays.clear()
    assert [i for i in view.scene().items() if i.zValue() == 5.0] == []


# --- preferences --------------------------------------------------------------------------------


@pytest.mark.usefixtures("settings")
def test_clinic_folder_defaults_to_documents_and_is_remembered(tmp_path: Path) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert preferences.default_clinic_folder() == Path(documents) / "bodymap sessions"
    assert preferences.configured_clinic_folder() is None
    assert preferences.clinic_folder() == preferences.default_clinic_folder()
    assert preferences.usable_clinic_folder() is None
    preferences.set_clinic_folder(tmp_path / "clinic")
    assert preferences.clinic_folder() == tmp_path / "clinic"
    assert preferences.usable_clinic_folder() is None, "not there yet"
    (tmp_path / "clinic").mkdir()
    assert preferences.usable_clinic_folder() == tmp_path / "clinic"


@pytest.mark.usefixtures("settings")
def test_preferences_dialog_stores_folder_and_name(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = preferences.PreferencesDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "choose_folder", lambda parent, start: tmp_path / "chosen")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.name_edit.setText("  Pain clinic  ")
    dialog.accept()
    assert preferences.clinic_folder() == tmp_path / "chosen"
    assert (tmp_path / "chosen").is_dir(), "a new clinic folder is created"
    assert preferences.clinic_name() == "Pain clinic"
    assert QSettings().value("clinic_folder") == str(tmp_path / "chosen")


@pytest.mark.usefixtures("settings")
def test_preferences_dialog_says_why_a_folder_cannot_be_used(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = preferences.PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "absent" / "clinic"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "does not exist" in dialog.problem.text()
    assert preferences.configured_clinic_folder() is None
    assert not (tmp_path / "absent").exists()


def test_the_treatments_column_names_agents_in_the_language(
    qtbot: QtBot, browser: PatientBrowser
) -> None:
    from bodymap import languages

    assert languages.use("de")
    try:
        qtbot.keyClicks(browser.search, "muller")
        top = browser.sessions.topLevelItem(0)
        assert top is not None
        assert visible(top.text(4)) == "Lidocain"
    finally:
        languages.use("en")


def test_two_earlier_points_matched_by_one_write_their_labels_apart(
    view: QGraphicsView,
) -> None:
    # 15 mm apart on one muscle, today's point just right of both: their labels ("p1 = 3",
    # "p2 = 3") were drawn on top of each other, partly under today's marker.
    points = [f.point(1, x=120.0, y=90.0), f.point(2, x=105.0, y=90.0)]
    previous = f.session("Anna Müller", ANNA, dt.date(2026, 10, 2), points)
    overlays = PreviousVisitOverlays(view.scene())
    overlay = overlays.show_session(previous)
    overlays.sync(Session(points=[f.point(3, x=122.0, y=90.0)]))
    first, second = overlay.markers()
    assert (first.shown_label, second.shown_label) == ("p1 = 3", "p2 = 3")
    assert second.label_side == "left", "the farther one writes away from today's point"
    assert first.label_side == "below"
    overlays.sync(Session())
    assert {m.label_side for m in overlay.markers()} == {"right"}
