"""User and file text is data, never markup: what the window shows is what was typed.

A session with markup in every free-text field, in a file whose name is markup too, is opened
in the real window beside an earlier visit of the same patient. Every label, tooltip, list
row, button, window title and message box is then read as the user would see it: Qt renders
a label or tooltip as rich text when its format says so or ``Qt.mightBeRichText`` guesses so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.model import (
    Encounter,
    Findings,
    Injection,
    Patient,
    Procedure,
    Session,
    TriggerPoint,
)
from bodymap.ui import MainWindow, preferences
from bodymap.ui.dialogs import Dialogs, Unsaved
from tests.ui.conftest import FakeDialogs

pytestmark = pytest.mark.gui

IMG = "<img src=file:///etc/passwd>"
H1 = "<h1>NO ALLERGY</h1>"
BOLD = "<b>x</b>"
# Every field gets markup and a marker word of its own: wherever a marker shows, the whole
# value must show as typed.
VALUES = {
    "name": f"{BOLD} MKNAME",
    "identifier": f"{H1} MKID",
    "allergies": f"{H1} MKALLERGY",
    "history": f"{IMG} MKHISTORY",
    "clinician": f"{BOLD} MKCLINICIAN",
    "clinic": f"{IMG} MKCLINIC",
    "indication": f"{H1} MKINDICATION",
    "response": f"{BOLD} MKRESPONSE",
    "complication": f"{IMG} MKCOMPLICATION",
    "notes": f"{H1} MKNOTES",
    "referral": f"{IMG} MKREFERRAL",
    "agent": f"{H1} lidocaine MKAGENT",  # named: refused for this allergic patient
}
FILE_NAME = "<u>MKFILE<u>.bodymap.json"  # file names cannot hold "/"
EARLIER_NAME = "<i>MKEARLIER<i>.bodymap.json"
SHOWN = {**VALUES, "file": FILE_NAME, "earlier": EARLIER_NAME}
MARKERS = {value.split()[-1].split(".")[0].strip("<>ui"): value for value in SHOWN.values()}


def _point(number: int, dx: float, pain: tuple[int, int]) -> TriggerPoint:
    return TriggerPoint(
        number=number,
        x=230.0 + dx,
        y=240.0,
        muscle="upper_trapezius",
        side="left",
        notes=VALUES["notes"],
        findings=Findings(
            referred_pain=True,
            referral_area=VALUES["referral"],
            pain_before=pain[0],
            pain_after=pain[1],
        ),
        treatment=Injection(agent="other", agent_other=VALUES["agent"], volume_ml=1.0),
    )


def _session(date: dt.date, point: TriggerPoint) -> Session:
    return Session(
        patient=Patient(
            name=VALUES["name"],
            identifier=VALUES["identifier"],
            allergies=VALUES["allergies"],
            history=VALUES["history"],
            allergy_local_anaesthetic=True,
            weight_kg=70.0,
        ),
        encounter=Encounter(
            date=date,
            clinician=VALUES["clinician"],
            clinic=VALUES["clinic"],
            indication=VALUES["indication"],
        ),
        procedure=Procedure(
            immediate_response=VALUES["response"],
            complications=["other"],
            complication_notes=VALUES["complication"],
        ),
        points=[point],
    )


# --- what the user sees -------------------------------------------------------------------------


def _rendered(text: str, rich: bool) -> str:
    if not rich:
        return text
    document = QtGui.QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _label_shows(label: QLabel) -> str:
    form = label.textFormat()
    rich = form == Qt.TextFormat.RichText or (
        form == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )
    return _rendered(label.text(), rich)


def _tooltip_shows(tooltip: str) -> str:
    """A tooltip is rich text exactly when ``Qt.mightBeRichText`` says it may be."""
    return _rendered(tooltip, QtGui.Qt.mightBeRichText(tooltip))


def _rows(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0:
                yield from _rows(model, index)


def _seen(roots: list[QWidget]) -> Iterator[tuple[str, str, str]]:
    """(where, text as set, text as shown) of everything ``roots`` show."""
    widgets: list[QWidget] = []
    for root in roots:
        widgets += [root, *root.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        yield f"{kind} title", w.windowTitle(), w.windowTitle()
        yield f"{kind} tooltip", w.toolTip(), _tooltip_shows(w.toolTip())
        if isinstance(w, QLabel):
            yield f"{kind} text", w.text(), _label_shows(w)
        if isinstance(w, QAbstractButton):
            yield f"{kind} text", w.text(), w.text()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for index in _rows(model, QModelIndex()):
                text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
                tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
                yield f"{kind} row", text, text  # item views paint their rows as plain text
                yield f"{kind} row tooltip", tip, _tooltip_shows(tip)
        for action in w.actions():
            yield "action", action.text(), action.text()
            yield "action tooltip", action.toolTip(), _tooltip_shows(action.toolTip())
    for root in roots:
        if isinstance(root, MainWindow):
            message = root.statusBar().currentMessage()
            yield "status bar", message, message  # painted as plain text
            for item in root.scene.items():
                yield "map item tooltip", item.toolTip(), _tooltip_shows(item.toolTip())


def _check(seen: Iterator[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """Fail where a value shows other than as typed; return (where, marker) of each value."""
    found: set[tuple[str, str]] = set()
    wrong = []
    for where, raw, shown in seen:
        for marker, value in MARKERS.items():
            # Some messages lower-case what they quote ("injection with ... mkagent").
            if marker.lower() in raw.lower() or marker.lower() in shown.lower():
                found.add((where, marker))
                if value.lower() not in shown.lower():
                    wrong.append(f"{where}: {raw!r} shows as {shown!r}")
    assert wrong == [], "\n".join(wrong)
    return found


# --- the window -----------------------------------------------------------------------------------


@pytest.fixture
def marked_up(tmp_path: Path, dialogs: type[FakeDialogs]) -> Path:
    """Today's session, in a file named with markup; an earlier visit in the clinic folder."""
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    storage.save_session(
        _session(dt.date(2026, 10, 2), _point(1, 0.0, (7, 3))), clinic / EARLIER_NAME
    )
    preferences.set_clinic_folder(clinic)
    today = tmp_path / "today"
    today.mkdir()
    path = today / FILE_NAME
    storage.save_session(_session(dt.date(2026, 11, 25), _point(1, 4.0, (5, 1))), path)
    return path


def test_every_value_shows_as_typed_in_labels_tooltips_lists_and_titles(
    qtbot: QtBot, window: MainWindow, marked_up: Path
) -> None:
    with qtbot.waitSignal(window.parts.clinic.indexed, timeout=10_000):
        assert window.open_file(marked_up)
    session = window.session
    window.scene.select_ids([session.points[0].id])
    browser = window.parts.history.show_browser()
    qtbot.waitUntil(lambda: browser.patients.count() == 1)
    browser.sessions.setCurrentItem(browser.sessions.topLevelItem(0))
    window.parts.history.overlays.show_session(
        storage.load_session(marked_up.parent.parent / "clinic" / EARLIER_NAME)
    )
    window.parts.undo_dock.show()
    recent = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    recent.aboutToShow.emit()
    for menu in recent.findChildren(type(recent)):
        menu.aboutToShow.emit()
    found: set[tuple[str, str]] = set()
    details = window.parts.details
    for tab in range(details.count()):
        details.setCurrentIndex(tab)
        QApplication.processEvents()
        found |= _check(_seen([window, browser]))
    markers = {marker for _, marker in found}
    wheres = {where for where, _ in found}
    assert {"MKFILE", "MKAGENT", "MKNAME", "MKID", "MKEARLIER"} <= markers
    shown = {(where, marker) for where, marker in found}
    assert ("MainWindow title", "MKFILE") in shown
    assert ("status bar", "MKFILE") in shown
    assert ("QLabel text", "MKAGENT") in shown, "the recurrence line"
    assert ("PainChart tooltip", "MKAGENT") in shown
    assert ("map item tooltip", "MKAGENT") in shown, "the previous visit's marker"
    assert ("QListWidget row", "MKNAME") in shown, "the patient browser"
    assert ("QTreeWidget row tooltip", "MKEARLIER") in shown, "the session's file"
    assert "action tooltip" in wheres, "the recent files"


# --- message boxes ------------------------------------------------------------------------------


def _answer_the_box(qtbot: QtBot, button: str, seen: list[tuple[Qt.TextFormat, str]]) -> None:
    """When a message box is up, note its text and format and click ``button``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.textFormat(), box.text()))
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        chosen.click()

    QTimer.singleShot(0, answer)


def test_the_lock_question_shows_file_name_and_holder_as_typed(
    qtbot: QtBot, dialogs: type[FakeDialogs], marked_up: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage.lock_path(marked_up).write_text(
        json.dumps({"user": VALUES["name"], "host": VALUES["clinic"], "pid": 7})
    )
    monkeypatch.setattr(dialogs, "locked_elsewhere", Dialogs.locked_elsewhere)
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    seen: list[tuple[Qt.TextFormat, str]] = []
    _answer_the_box(qtbot, "Open Read-Only", seen)
    assert window.open_file(marked_up)
    assert window.doc.read_only
    [(form, text)] = seen
    assert form == Qt.TextFormat.PlainText
    assert f"“{FILE_NAME}”" in text
    assert f"{VALUES['name']} on {VALUES['clinic']}" in text


@pytest.mark.parametrize(
    ("ask", "button"),
    [
        (lambda w: Dialogs.unsaved(w, FILE_NAME), "Cancel"),
        (lambda w: Dialogs.error(w, "Cannot open session", f"{FILE_NAME}: {H1}"), "OK"),
        (lambda w: Dialogs.open_read_only(w, FILE_NAME, VALUES["name"]), "Cancel"),
        (lambda w: Dialogs.locked_elsewhere(w, FILE_NAME, VALUES["name"]), "Cancel"),
        (lambda w: Dialogs.overwrite_changed(w, FILE_NAME, H1), "Cancel"),
        (lambda w: Dialogs.restore(w, f"“{FILE_NAME}” (autosaved {IMG})"), "Discard"),
    ],
    ids=["unsaved", "error", "open_read_only", "locked_elsewhere", "overwrite", "restore"],
)
def test_every_message_box_shows_its_text_as_plain_text(
    qtbot: QtBot, window: MainWindow, ask: Callable[[QWidget], object], button: str
) -> None:
    seen: list[tuple[Qt.TextFormat, str]] = []
    _answer_the_box(qtbot, button, seen)
    ask(window)
    [(form, text)] = seen
    assert form == Qt.TextFormat.PlainText
    assert FILE_NAME in text


# --- bidi ---------------------------------------------------------------------------------------

OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: reverses what follows until its line ends
_OPENERS = "\u2066\u2067\u2068"
_PDI = "\u2069"


def _assert_isolated(text: str, user: str) -> None:
    """``user`` sits whole in a bidi isolate of ``text``, whose isolates are balanced and
    which has no override or embedding outside one: the rest of the line keeps its order."""
    assert f"\u2068{user}{_PDI}" in text, text
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char == _PDI:
            depth -= 1
            assert depth >= 0, text
        elif char in "\u202a\u202b\u202d\u202e":
            assert depth > 0, f"an override outside an isolate: {text!r}"
    assert depth == 0, text


def test_a_right_to_left_override_in_user_text_stays_inside_its_isolate(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"{OVERRIDE}Zelda Quill"
    agent = f"{OVERRIDE}Lm 5.0"
    file_name = f"{OVERRIDE}nosj.pamydob.visit.bodymap.json"
    clinic = tmp_path / "clinic"
    clinic.mkdir()

    def visit(date: dt.date, dx: float) -> Session:
        point = _point(1, dx, (6, 2)).model_copy(
            update={"treatment": Injection(agent="other", agent_other=agent, volume_ml=1.0)}
        )
        return Session(
            patient=Patient(name=name, identifier="MRN-4471"),
            encounter=Encounter(date=date),
            points=[point],
        )

    storage.save_session(visit(dt.date(2026, 10, 2), 0.0), clinic / "earlier.bodymap.json")
    preferences.set_clinic_folder(clinic)
    path = tmp_path / file_name
    storage.save_session(visit(dt.date(2026, 11, 25), 3.0), path)
    with qtbot.waitSignal(window.parts.clinic.indexed, timeout=10_000):
        assert window.open_file(path)

    title = window.windowTitle()
    _assert_isolated(title, file_name)
    assert title.endswith(f"{_PDI}[*] — bodymap")
    status = window.statusBar().currentMessage()
    _assert_isolated(status, file_name)
    assert status.endswith(f"{_PDI} opened")
    window.scene.select_ids([window.session.points[0].id])
    recurrence = window.parts.history.visits.recurrence_label.text()
    _assert_isolated(recurrence, agent)
    assert recurrence.endswith(f"{_PDI} 1% 1 mL")
    browser = window.parts.history.show_browser()
    qtbot.waitUntil(lambda: browser.patients.count() == 1)
    row = browser.patients.item(0).text()
    _assert_isolated(row, name)
    assert f"{name}{_PDI} — MRN-4471" in row
    asked: list[str] = []

    def unsaved(parent: object, shown: str) -> Unsaved:
        asked.append(shown)
        return Unsaved.CANCEL

    monkeypatch.setattr(dialogs, "unsaved", staticmethod(unsaved))
    window.scene.select_ids([])
    window.parts.editor.add_at(230.0, 240.0)
    assert not window.parts.files.confirm_discard()
    _assert_isolated(f"“{asked[0]}” has changes", file_name)


def test_a_file_name_shows_whole_in_the_title_and_the_recent_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    name = "Smith & Jones [*] visit.bodymap.json"
    path = tmp_path / name
    storage.save_session(Session(), path)
    assert window.open_file(path)
    window.parts.editor.add_at(230.0, 240.0)
    QApplication.processEvents()
    handle = window.windowHandle()
    assert handle is not None
    assert handle.title() == f"{name}* — bodymap", "only the modified mark is a mark"
    file_menu = next(a for a in window.menuBar().actions() if a.text() == "&File").menu()
    for menu in file_menu.findChildren(type(file_menu)):
        menu.aboutToShow.emit()
    shown = [a.iconText() for a in file_menu.findChildren(QAction)]
    assert name in shown, "an & is not a mnemonic"
