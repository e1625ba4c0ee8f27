"""A signed session in the document: every edit refused in one place, undo stops at the signature,
and the audit log is kept apart from edits."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bodymap import signing, storage
from bodymap.anatomy import asset_path
from bodymap.clinical.pain_drawing import Stroke
from bodymap.model import Session
from bodymap.ui.document import EditRefused, SessionDocument
from tests.ui.test_document import EDITS, trapezius_left

pytestmark = pytest.mark.gui

EXAMPLE = asset_path("examples", "example-session.bodymap.json")


@pytest.fixture
def signed(qtbot: QtBot) -> Session:
    """The example session with a painted area, signed by a key made for the test."""
    drawn = SessionDocument()
    drawn.reset(storage.load_session(EXAMPLE))
    drawn.paint_stroke(Stroke("brush", (trapezius_left(drawn),), 10.0), "burning", 7)
    key = signing.create_key("Dr A. Example", "correct horse battery staple", credentials="MD")
    return signing.sign(drawn.session, key)


@pytest.fixture
def doc(qtbot: QtBot) -> SessionDocument:
    return SessionDocument()


@pytest.mark.parametrize("verb", list(EDITS))
def test_a_signed_record_refuses_every_edit_and_says_why(
    doc: SessionDocument, signed: Session, verb: str
) -> None:
    doc.reset(signed)
    assert doc.read_only
    assert doc.signed
    assert not doc.opened_read_only
    with pytest.raises(EditRefused, match="this record is signed: add an amendment instead"):
        EDITS[verb](doc)
    assert doc.session is signed
    assert doc.undo_stack.count() == 0


def test_a_change_that_slips_past_the_gateway_is_refused_below_it(
    doc: SessionDocument, signed: Session
) -> None:
    doc.reset(signed)
    point = signed.points[0]
    with pytest.raises(EditRefused, match="signed and cannot be edited"):
        doc._replace_point(point, point.model_copy(update={"notes": "changed"}))
    with pytest.raises(EditRefused, match="signed"):
        doc._set_details(signed.patient.model_copy(update={"name": "Someone Else"}))
    assert doc.session is signed


def test_signing_leaves_no_undo_step_below_the_signature(
    doc: SessionDocument, signed: Session
) -> None:
    draft = storage.load_session(EXAMPLE)
    doc.reset(draft)
    doc.edit_details("patient", "name", "Jane Q. Example")
    doc.delete_points([draft.points[0].id])
    doc.undo_stack.setClean()
    assert doc.undo_stack.canUndo()

    doc.reset(signed)  # what the window does once the signed record is written

    assert not doc.undo_stack.canUndo()
    assert not doc.undo_stack.canRedo()
    doc.undo_stack.undo()
    doc.undo_stack.setIndex(0)
    assert doc.session is signed


def test_restoring_work_keeps_the_document_s_audit_log_through_undo(
    doc: SessionDocument,
) -> None:
    doc.reset(signing.append_audit(Session(), "created", clinician="Dr A. Example"))
    audit = doc.session.audit
    recovered = storage.load_session(EXAMPLE)
    doc.restore(recovered)
    assert doc.session.points == recovered.points
    assert doc.session.audit == audit
    doc.record_audit("printed")
    doc.undo_stack.undo()
    assert doc.session.points == []
    assert [e.action for e in doc.session.audit] == ["created", "printed"]


def test_restored_work_is_never_signed(doc: SessionDocument, signed: Session) -> None:
    doc.restore(signed)
    assert doc.session.points == signed.points
    assert doc.session.signature is None
    assert not doc.read_only


def test_an_audit_entry_is_no_edit(doc: SessionDocument, signed: Session) -> None:
    doc.reset(signed)
    with_entry = doc.record_audit("printed")
    assert with_entry.audit[-1].action == "printed"
    assert with_entry.audit[-1].content_sha256 == signed.signature.content_sha256  # type: ignore[union-attr]
    assert doc.session is with_entry
    assert doc.undo_stack.count() == 0
    assert not doc.is_modified()
    signing.check_change(signed, doc.session)  # still the signed record


def test_marking_saved_takes_the_audit_but_never_other_content(doc: SessionDocument) -> None:
    doc.add_point(*doc.diagram.landmarks["t4"])
    written = signing.append_audit(doc.session, "created", clinician="")
    doc.mark_saved(storage.data_dir() / "s.bodymap.json", written)
    assert doc.session is written
    assert not doc.is_modified()
    other = written.model_copy(update={"points": []})
    with pytest.raises(ValueError, match="only the signature, amendments and audit"):
        doc.mark_saved(storage.data_dir() / "s.bodymap.json", other)
    assert doc.session is written
