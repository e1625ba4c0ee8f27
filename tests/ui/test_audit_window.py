"""The audit log in the window: saves, prints and exports are noted; a signed file is never
written over by a session that differs from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap import signing, storage
from bodymap.ui import MainWindow
from bodymap.ui.dialogs import Unsaved
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at, midpoint
from tests.ui.signing_helpers import (
    clinic_folder,
    content,
    example_file,
    registered_key,
    signed_file,
)

pytestmark = pytest.mark.gui


def _actions(path: Path) -> list[str]:
    return [entry.action for entry in storage.load_session(path).audit]


def _mark(qtbot: QtBot, window: MainWindow, t: float = 0.5) -> None:
    lm = window.diagram.landmarks
    click_at(qtbot, window, *midpoint(lm["t7"], lm["inferior_angle_left"], t))


def test_saves_note_created_then_edited_by_the_clinician_and_user(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    path = tmp_path / "new.bodymap.json"
    window.doc.edit_details("encounter", "clinician", "Dr C. Audit")
    _mark(qtbot, window)
    dialogs.save_answers = [path]
    assert window.parts.files.save()
    _mark(qtbot, window, 0.8)
    assert window.parts.files.save()

    saved = storage.load_session(path)
    assert [e.action for e in saved.audit] == ["created", "edited"]
    assert {e.clinician for e in saved.audit} == {"Dr C. Audit"}
    assert all(e.os_user == signing.os_user() for e in saved.audit)
    assert saved.audit[-1].content_sha256 == content(saved)
    assert saved == window.session


def test_saving_an_unchanged_session_writes_nothing(
    window: MainWindow, tmp_path: Path, dialogs: type[FakeDialogs]
) -> None:
    path = example_file(tmp_path)
    assert window.open_file(path)
    before = path.read_bytes()
    assert window.parts.files.save()
    assert path.read_bytes() == before
    assert "Nothing to save" in window.statusBar().currentMessage()


def test_exporting_a_saved_session_notes_it_in_the_file_and_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = example_file(tmp_path)
    assert window.open_file(path)
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", lambda *_: out)

    assert window.parts.printing.export_pdf() == out

    assert _actions(path)[-1] == "exported"
    assert storage.load_session(path) == window.session
    assert not window.isWindowModified()
    message = window.statusBar().currentMessage()
    assert "Record written to record.pdf" in message
    assert "audit log of visit.bodymap.json (the file was saved)" in message


def test_exporting_unsaved_work_notes_it_with_the_next_save_only(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = example_file(tmp_path)
    assert window.open_file(path)
    _mark(qtbot, window)
    before = path.read_bytes()
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", lambda *_: out)

    assert window.parts.printing.export_pdf() == out

    assert path.read_bytes() == before, "unsaved changes are not written behind the user's back"
    assert "written with the next save" in window.statusBar().currentMessage()
    assert window.isWindowModified()
    assert window.parts.files.save()
    assert _actions(path)[-2:] == ["exported", "edited"]


def test_exporting_a_signed_record_notes_it_and_the_record_still_verifies(
    window: MainWindow, tmp_path: Path, dialogs: type[FakeDialogs], monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic = clinic_folder(tmp_path)
    path = signed_file(tmp_path, registered_key(clinic))
    assert window.open_file(path)
    signed = storage.load_session(path)
    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", lambda *_: tmp_path / "r.pdf")

    assert window.parts.printing.export_pdf() is not None

    after = storage.load_session(path)
    assert after.audit[-1].action == "exported"
    assert after.signature == signed.signature
    assert content(after) == content(signed)
    assert signing.verify(path, clinic).state is signing.VerifyState.VALID
    assert window.doc.read_only


def _note_then_undo(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A file opened, edited, exported as PDF (noted for the next save), the edit undone."""
    path = example_file(tmp_path)
    assert window.open_file(path)
    _mark(qtbot, window)
    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", lambda *_: tmp_path / "r.pdf")
    assert window.parts.printing.export_pdf() is not None
    window.doc.undo_stack.undo()
    assert not window.doc.is_modified()
    return path


def test_an_audit_note_kept_for_the_next_save_survives_undoing_every_edit(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _note_then_undo(qtbot, window, tmp_path, monkeypatch)
    # Closing asks: the note is in no file yet.
    dialogs.unsaved_answers = [Unsaved.CANCEL]
    assert not window.close()
    assert window.parts.files.save()
    assert "exported" in _actions(path)


def test_start_next_visit_asks_before_leaving_an_audit_note_unsaved(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _note_then_undo(qtbot, window, tmp_path, monkeypatch)
    dialogs.unsaved_answers = [Unsaved.CANCEL]
    assert not window.parts.history.start_next_visit()
    assert window.doc.path == path


def test_a_note_that_cannot_be_written_keeps_an_earlier_one_waiting_for_the_save(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _note_then_undo(qtbot, window, tmp_path, monkeypatch)
    elsewhere = storage.load_session(path)
    patient = elsewhere.patient.model_copy(update={"name": "Changed Elsewhere"})
    storage.save_session(elsewhere.model_copy(update={"patient": patient}), path)
    assert window.parts.printing.export_pdf() is not None  # this one cannot be written
    dialogs.unsaved_answers = [Unsaved.CANCEL]
    assert not window.close(), "the first note still waits for the next save"


def test_a_signed_file_is_never_replaced_by_another_session(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    target = signed_file(tmp_path, registered_key(clinic_folder(tmp_path)))
    before = target.read_bytes()
    _mark(qtbot, window)
    dialogs.save_answers = [target]

    assert not window.parts.files.save()

    assert target.read_bytes() == before
    assert "holds a signed record" in dialogs.errors[-1][1]
    assert window.isWindowModified()


def test_a_signed_record_of_a_newer_format_is_never_replaced_either(
    qtbot: QtBot, window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    # This version cannot read it (a field it does not know), so cannot compare it; it is
    # still a signed record.
    target = signed_file(tmp_path, registered_key(clinic_folder(tmp_path)))
    document = json.loads(target.read_text(encoding="utf-8"))
    document["format_version"] = "1.5"
    document["session"]["field_of_a_newer_version"] = True
    target.write_text(json.dumps(document), encoding="utf-8")
    before = target.read_bytes()
    with pytest.raises(storage.SessionFileError):
        storage.load_session(target)
    _mark(qtbot, window)
    dialogs.save_answers = [target]

    assert not window.parts.files.save()

    assert target.read_bytes() == before
    assert "holds a signed record" in dialogs.errors[-1][1]


def test_a_file_signed_elsewhere_meanwhile_is_not_overwritten_by_unsaved_edits(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = registered_key(clinic_folder(tmp_path))
    path = example_file(tmp_path)
    assert window.open_file(path)
    _mark(qtbot, window)
    storage.save_session(signing.sign(storage.load_session(path), key), path)  # signed elsewhere
    before = path.read_bytes()
    monkeypatch.setattr(
        dialogs, "overwrite_changed", staticmethod(lambda parent, name, reason: True)
    )

    assert not window.parts.files.save()

    assert path.read_bytes() == before
    assert "holds a signed record" in dialogs.errors[-1][1]
    assert window.isWindowModified()


def test_unsaved_work_on_a_file_signed_since_opens_as_an_untitled_copy(
    window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    key = registered_key(clinic_folder(tmp_path))
    path = example_file(tmp_path)
    work = storage.load_session(path)
    work = work.model_copy(update={"points": work.points[:2]})
    recovery = storage.write_recovery(work, path)
    meta = recovery.with_name(recovery.name.removesuffix(".recovery.bodymap.json") + ".meta.json")
    info = json.loads(meta.read_text())
    info["pid"] = 999_999_999  # the process that kept it is gone
    meta.write_text(json.dumps(info))
    storage.save_session(signing.sign(storage.load_session(path), key), path)
    before = path.read_bytes()

    assert window.parts.files.offer_recovery()

    assert path.read_bytes() == before
    assert window.doc.path is None
    assert window.session.points == work.points
    assert window.session.id != work.id
    assert window.session.signature is None
    assert window.isWindowModified()
    title, text = dialogs.errors[-1]
    assert title == "Restored as a copy"
    assert "add what is missing as an amendment" in text


def test_a_csv_export_is_noted_in_the_audit_log_too(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = example_file(tmp_path)
    assert window.open_file(path)
    out = tmp_path / "points.csv"
    monkeypatch.setattr(window.parts.exporting.dialogs, "export_path", lambda *_: out)

    assert window.parts.exporting.export_csv() == out

    assert _actions(path)[-1] == "exported"
    assert "audit log of visit.bodymap.json" in window.statusBar().currentMessage()


def test_file_export_archival_pdf_writes_a_pdf_a_file_and_notes_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = example_file(tmp_path)
    assert window.open_file(path)
    suggested: list[str] = []

    def answer(parent: object, suggestion: str) -> Path:
        suggested.append(suggestion)
        return tmp_path / "kept.pdf"

    monkeypatch.setattr(window.parts.printing.dialogs, "pdf_path", answer)
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if "PDF/A-1b" in a.text()
    )

    action.trigger()

    assert suggested[0].endswith("visit.pdfa.pdf")
    assert b"/GTS_PDFA1" in (tmp_path / "kept.pdf").read_bytes()
    assert _actions(path)[-1] == "exported"
    assert "Archival PDF/A-1b record written to kept.pdf" in window.statusBar().currentMessage()
