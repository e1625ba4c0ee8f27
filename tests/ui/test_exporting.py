"""File -> Export from the window: the controller writes what the menu says, or says why not."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from bodymap.model import Session
from bodymap.ui import MainWindow
from bodymap.ui.dialogs import Dialogs
from bodymap.ui.exporting import ExportController
from tests.unit.export.factories import example_session, save

pytestmark = pytest.mark.gui


@dataclass
class Document:
    session: Session
    path: Path | None


class FakeDialogs(Dialogs):
    answer: ClassVar[Path | None] = None
    asked: ClassVar[list[tuple[str, str]]] = []
    errors: ClassVar[list[tuple[str, str]]] = []
    go_on: ClassVar[bool] = True
    warnings_asked: ClassVar[list[tuple[str, list[str]]]] = []

    @staticmethod
    def confirm_warnings(parent: QWidget, action: str, problems: Sequence[str]) -> bool:
        FakeDialogs.warnings_asked.append((action, list(problems)))
        return FakeDialogs.go_on

    @staticmethod
    def export_path(parent: QWidget, title: str, suggestion: str, pattern: str) -> Path | None:
        FakeDialogs.asked.append((title, suggestion))
        return FakeDialogs.answer

    @staticmethod
    def error(parent: QWidget, title: str, message: str) -> None:
        FakeDialogs.errors.append((title, message))


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ExportController:
    monkeypatch.setattr(FakeDialogs, "asked", [])
    monkeypatch.setattr(FakeDialogs, "errors", [])
    monkeypatch.setattr(FakeDialogs, "answer", None)
    monkeypatch.setattr(FakeDialogs, "go_on", True)
    monkeypatch.setattr(FakeDialogs, "warnings_asked", [])
    parent = QWidget()
    qtbot.addWidget(parent)
    path = save(example_session(), tmp_path / "jane.bodymap.json")
    messages: list[str] = []
    made = ExportController(
        Document(example_session(), path),
        FakeDialogs,
        lambda text, _ms: messages.append(text),
        parent,
    )
    made.messages = messages  # type: ignore[attr-defined]
    return made


def _trigger(controller: ExportController, text: str) -> None:
    menu = QMenu()
    submenu = controller.populate(menu)
    (action,) = [a for a in submenu.actions() if a.text().replace("&", "").startswith(text)]
    action.trigger()


def test_menu_lists_the_three_exports(controller: ExportController) -> None:
    menu = QMenu()
    submenu = controller.populate(menu)
    assert [a.text().replace("&", "") for a in menu.actions()] == ["Export"]
    assert [a.text().replace("&", "") for a in submenu.actions()] == [
        "FHIR Bundle…",
        "CSV of Points…",
        "CSV of Points, De-identified…",
    ]


def test_fhir_bundle_from_the_menu(controller: ExportController, tmp_path: Path) -> None:
    FakeDialogs.answer = tmp_path / "jane.fhir.json"
    _trigger(controller, "FHIR")
    assert FakeDialogs.asked == [("Export FHIR Bundle", str(tmp_path / "jane.fhir.json"))]
    doc = json.loads(FakeDialogs.answer.read_bytes())
    assert doc["entry"][-1]["resource"]["resourceType"] == "DocumentReference"
    assert controller.messages == ["FHIR bundle written to jane.fhir.json"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "deidentified"), [("CSV of Points…", False), ("CSV of Points, De", True)]
)
def test_csv_from_the_menu(
    controller: ExportController, tmp_path: Path, text: str, deidentified: bool
) -> None:
    FakeDialogs.answer = tmp_path / "out.csv"
    _trigger(controller, text)
    rows = list(csv.DictReader(io.StringIO(FakeDialogs.answer.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(example_session().points)
    assert ("patient_key" in rows[0]) is deidentified
    assert ("patient_name" in rows[0]) is not deidentified
    (_title, suggestion) = FakeDialogs.asked[-1]
    # The session's file name carries the patient: a de-identified file is not named after it.
    assert ("jane" in suggestion) is not deidentified


def test_cancel_writes_nothing(controller: ExportController, tmp_path: Path) -> None:
    _trigger(controller, "CSV of Points…")
    assert controller.messages == []  # type: ignore[attr-defined]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jane.bodymap.json"]


def test_choosing_the_session_file_itself_is_refused(
    controller: ExportController, tmp_path: Path
) -> None:
    source = tmp_path / "jane.bodymap.json"
    before = source.read_bytes()
    FakeDialogs.answer = source
    _trigger(controller, "CSV of Points…")
    _trigger(controller, "FHIR")
    assert [title for title, _ in FakeDialogs.errors] == [
        "CSV not written",
        "FHIR bundle not written",
    ]
    assert source.read_bytes() == before


def test_the_window_file_menu_offers_the_exports(window: MainWindow) -> None:
    file_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File"
    )
    names = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Export" in names
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "Expor&t")
    assert len(export_menu.actions()) == 3


@pytest.mark.parametrize("text", ["FHIR", "CSV of Points…", "CSV of Points, De"])
def test_exports_over_a_warning_ask_first_and_go_back_writes_nothing(
    controller: ExportController, qtbot: QtBot, tmp_path: Path, text: str
) -> None:
    # The example's injected points without consent: a warning to confirm.
    session = example_session()
    unconsented = session.encounter.model_copy(update={"consent_obtained": False})
    parent = QWidget()
    qtbot.addWidget(parent)
    exports = ExportController(
        Document(session.model_copy(update={"encounter": unconsented}), None),
        FakeDialogs,
        lambda _text, _ms: None,
        parent,
    )
    FakeDialogs.answer = tmp_path / "out.export"
    FakeDialogs.go_on = False

    _trigger(exports, text)

    ((action, problems),) = FakeDialogs.warnings_asked
    assert action == "export"
    assert any("consent is not recorded" in p for p in problems)
    assert FakeDialogs.asked == [], "no file is asked for after Go back"
    assert not FakeDialogs.answer.exists()

    FakeDialogs.go_on = True
    _trigger(exports, text)
    assert FakeDialogs.answer.exists()
    assert len(FakeDialogs.warnings_asked) == 2


def test_exports_of_a_session_without_warnings_ask_nothing(
    controller: ExportController, tmp_path: Path
) -> None:
    FakeDialogs.answer = tmp_path / "jane.fhir.json"
    _trigger(controller, "FHIR")
    assert FakeDialogs.answer.exists()
    assert FakeDialogs.warnings_asked == []


def test_the_bundle_s_record_says_when_the_clinic_s_keys_do_not_confirm_its_signer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import base64

    import pypdf

    from bodymap import signing
    from tests.ui.signing_helpers import clinic_folder

    clinic_folder(tmp_path)  # its keys/ registers nobody
    key = signing.create_key("Dr A. Example", "correct horse battery staple")
    signed = signing.sign(example_session(), key)
    path = save(signed, tmp_path / "signed.bodymap.json")
    parent = QWidget()
    qtbot.addWidget(parent)
    FakeDialogs.answer = tmp_path / "signed.fhir.json"
    ExportController(Document(signed, path), FakeDialogs, lambda *_: None, parent).export_fhir()

    bundle = json.loads(FakeDialogs.answer.read_bytes())
    (document,) = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "DocumentReference"
    ]
    pdf = tmp_path / "record.pdf"
    pdf.write_bytes(base64.b64decode(document["content"][0]["attachment"]["data"]))
    first = " ".join(pypdf.PdfReader(pdf).pages[0].extract_text().split())
    assert "SIGNER NOT CONFIRMED · signed by" in first
