"""The German and Spanish window fits as the English one does: longer words must not push the
details past their width (a field cut off at the right edge is a field nobody reads)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from bodymap import i18n, languages
from bodymap.ui import MainWindow
from tests.i18n import pseudo
from tests.ui.conftest import FakeDialogs
from tests.ui.signing_helpers import EXAMPLE

pytestmark = pytest.mark.translations


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The German and Spanish catalogues built from the translation sources as they stand."""
    folder = tmp_path_factory.mktemp("catalogues")
    for language in ("de", "es"):
        pseudo.translations_script().release(
            pseudo.ROOT / "bodymap" / "i18n" / f"bodymap_{language}.ts",
            folder / f"bodymap_{language}.qm",
        )
    return folder


@pytest.fixture(params=["en", "de", "es"])
def language(
    request: pytest.FixtureRequest, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    monkeypatch.setattr(languages, "I18N_FOLDER", catalogues)
    assert languages.use(request.param)
    try:
        yield request.param
    finally:
        languages.use(i18n.SOURCE_LANGUAGE)


def _shown_window(
    qtbot: QtBot, dialogs: type[FakeDialogs], width: int, height: int = 860
) -> MainWindow:
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("width", [1440, 1280])
def test_every_details_tab_fits_the_default_width(
    qtbot: QtBot, dialogs: type[FakeDialogs], language: str, tmp_path: Path, width: int
) -> None:
    session = tmp_path / "example.bodymap.json"
    shutil.copyfile(EXAMPLE, session)
    window = _shown_window(qtbot, dialogs, width)
    assert window.open_file(session)
    # Warnings to confirm: their heading is the longest line of the Procedure tab.
    window.doc.edit_details("patient", "allergies", "lidocaine - hives")
    item = window.scene.item_for(window.session.points[3].id)  # an injection: its form shown
    assert item is not None
    item.setSelected(True)
    details = window.parts.details
    too_wide = []
    for index in range(details.count()):
        details.setCurrentIndex(index)
        qtbot.waitUntil(lambda: details.currentWidget().isVisible())
        QApplication.processEvents()  # the panel built on first show is laid out
        page = details.currentWidget()
        areas = [page] if isinstance(page, QScrollArea) else []
        areas += [a for a in page.findChildren(QScrollArea) if a.widgetResizable()]
        assert areas, "each tab scrolls its content"
        for area in areas:
            need = area.widget().minimumSizeHint().width()
            room = area.viewport().width()
            if need > room:
                too_wide.append(f"{details.tabText(index)}: {need} px for {room} px")
    assert too_wide == []


def test_a_refused_injection_and_its_alternatives_fit_the_default_width(
    qtbot: QtBot, dialogs: type[FakeDialogs], language: str, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    session = tmp_path / "example.bodymap.json"
    shutil.copyfile(EXAMPLE, session)
    window = _shown_window(qtbot, dialogs, 1440, 920)
    assert window.open_file(session)
    window.doc.edit_details("patient", "allergies", "lidocaine - hives")
    examined = next(p for p in window.session.points if p.treatment.kind == "examined")
    window.scene.select_ids([examined.id])
    treatment = window.parts.details.treatment_panel
    qtbot.mouseClick(treatment.kind.buttons["injection"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: treatment.refusal.isVisible())
    assert treatment.use_saline.isVisible()
    QApplication.processEvents()
    page = window.parts.details.currentWidget()
    areas = [a for a in page.findChildren(QScrollArea) if a.widgetResizable()]
    assert areas
    for area in areas:
        assert area.widget().minimumSizeHint().width() <= area.viewport().width()


def test_every_landmark_name_fits_the_go_to_landmark_list(qtbot: QtBot, language: str) -> None:
    from bodymap.anatomy import load_diagram
    from bodymap.ui.landmarks import LandmarkDialog

    dialog = LandmarkDialog(load_diagram())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    widest = dialog.list.sizeHintForColumn(0)
    assert widest <= dialog.list.viewport().width(), "a name cut at the right edge"


def test_the_allergy_written_as_text_shows_every_line_of_its_warning(
    qtbot: QtBot, dialogs: type[FakeDialogs], language: str
) -> None:
    from PySide6.QtTest import QTest

    window = _shown_window(qtbot, dialogs, 1280)
    details = window.parts.details
    details.setCurrentWidget(details.patient_tab)
    panel = details.patient_panel
    # As a front desk fills the form: the panel is laid out again at each field.
    for step in (
        lambda: (panel.name.setFocus(), panel.name.insert("Jürgen Weiß")),
        lambda: QTest.keyClicks(panel.identifier, "MRN-4711"),
        lambda: QTest.keyClicks(panel.weight.edit, "72,5"),
        lambda: (panel.allergies.setFocus(), QTest.keyClicks(panel.allergies, "lido - hives")),
        lambda: panel.name.setFocus(),  # leaves the field
    ):
        step()
        QApplication.processEvents()  # the panel's checks and layout after each field
    prompt = panel.allergy_prompt
    qtbot.waitUntil(prompt.isVisible)
    QApplication.processEvents()
    assert prompt.height() >= prompt.heightForWidth(prompt.width()), "a line of it cut off"
