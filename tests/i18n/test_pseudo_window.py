"""Every text of the window and its main dialogs is translatable (a pseudo-translation shows
it): the test lists the texts that are not, each with where it was seen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from bodymap import signing, storage
from bodymap.anatomy import load_diagram
from bodymap.ui import MainWindow
from bodymap.ui.about import AboutDialog, shipped_libraries
from bodymap.ui.amend_dialog import AmendDialog
from bodymap.ui.clinic_index import ClinicIndex
from bodymap.ui.correctable import correctable_fields
from bodymap.ui.history import PatientBrowser
from bodymap.ui.preferences import PreferencesDialog
from bodymap.ui.properties import PropertiesDialog
from bodymap.ui.shortcuts import ShortcutsPage
from bodymap.ui.sign_dialog import SignDialog
from bodymap.ui.signing_forms import AmendForm, SignForm
from tests.i18n import visible_text
from tests.ui.conftest import FakeDialogs
from tests.ui.signing_helpers import EXAMPLE

pytestmark = pytest.mark.gui


class ExportDialogs(FakeDialogs):
    """Exports go to a file the test names."""

    export_answers: ClassVar[list[Path | None]] = []

    @staticmethod
    def export_path(parent: object, title: str, suggestion: str, pattern: str) -> Path | None:
        FakeDialogs.infos.append((title, pattern))
        return ExportDialogs.export_answers.pop(0) if ExportDialogs.export_answers else None


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    target = tmp_path / "example.bodymap.json"
    shutil.copyfile(EXAMPLE, target)
    return target


@pytest.fixture
def translated_window(
    qtbot: QtBot, dialogs: type[FakeDialogs], pseudo_language: str, session_file: Path
) -> MainWindow:
    """The whole window in the pseudo-translation, the example session open, a point chosen."""
    window = MainWindow(dialogs=ExportDialogs)
    qtbot.addWidget(window)
    window.resize(1400, 950)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(session_file)
    item = window.scene.item_for(window.session.points[0].id)
    assert item is not None
    item.setSelected(True)
    return window


def _tabs_walked(window: QWidget) -> Iterator[tuple[str, str]]:
    """The window's texts with each tab of each tab widget shown in turn."""
    yield from visible_text.widget_texts(window)
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield from visible_text.widget_texts(window)


def _shown(qtbot: QtBot, dialog: QDialog) -> list[tuple[str, str]]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = list(_tabs_walked(dialog))
    dialog.close()
    return texts


def test_every_visible_text_of_the_window_and_its_dialogs_is_translated(
    qtbot: QtBot, translated_window: MainWindow, session_file: Path, tmp_path: Path
) -> None:
    window = translated_window
    texts = list(_tabs_walked(window))
    texts += [
        (f"menu bar: {where}", text)
        for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
        if menu.parent() is window.menuBar()
        for where, text in visible_text.menu_texts(menu)
    ]
    texts += [("status bar", window.statusBar().currentMessage())]
    texts += list(visible_text.scene_texts(window.scene))

    session = window.session
    texts += _shown(qtbot, PreferencesDialog(window))
    texts += _shown(qtbot, AboutDialog(window))
    texts += _shown(qtbot, ShortcutsPage(window.menuBar(), window))
    texts += _shown(qtbot, SignDialog(SignForm(signer="", key_exists=lambda name: False)))
    fields = tuple(correctable_fields(session, load_diagram()))

    def check(pointer: str, value: object) -> str | None:
        try:
            signing.correction(session, pointer, value)  # type: ignore[arg-type]
        except signing.CorrectionError as exc:
            return str(exc)
        return None

    texts += _shown(
        qtbot,
        AmendDialog(
            AmendForm(author="", key_exists=lambda name: False, fields=fields, check=check)
        ),
    )
    window.parts.signing.show_properties()
    texts += _shown(qtbot, PropertiesDialog(FakeDialogs.properties_shown[-1]))
    texts += _shown(qtbot, PatientBrowser(ClinicIndex()))

    ExportDialogs.export_answers = [tmp_path / "out.fhir.json", tmp_path / "out.csv"]
    window.parts.exporting.export_fhir()
    window.parts.exporting.export_csv()
    texts += [("export message", text) for pair in FakeDialogs.infos for text in pair]
    texts += [("error message", text) for pair in FakeDialogs.errors for text in pair]

    data = visible_text.session_strings(session_file) | visible_text.user_strings(
        storage.load_session(session_file).model_dump(mode="json")
    )
    # the About box lists each library by its metadata: names, versions, licence identifiers
    data |= {str(value) for lib in shipped_libraries() for value in vars(lib).values()}
    found = visible_text.untranslated(texts, data)
    assert not found, f"{len(found)} texts are not translatable:\n" + visible_text.listing(found)
