"""Undo commands on a SessionDocument, without any view: push, undo, redo."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bodymap.model import Patient, Session, TriggerPoint
from bodymap.ui.commands import (
    AddPointCommand,
    EditDetailsCommand,
    EditPointCommand,
    MovePointCommand,
    RemovePointCommand,
)
from bodymap.ui.document import SessionDocument

pytestmark = pytest.mark.gui


def make_point(number: int, x: float = 250.0) -> TriggerPoint:
    return TriggerPoint(number=number, x=x, y=240.0, muscle="upper_trapezius", side="left")


@pytest.fixture
def doc(qtbot: QtBot) -> SessionDocument:
    document = SessionDocument()
    for n in (1, 2, 3):
        document.undo_stack.push(AddPointCommand(document, make_point(n, 240.0 + n)))
    document.undo_stack.setClean()
    return document


def test_add_then_undo_restores_the_original_session(doc: SessionDocument) -> None:
    original = doc.session
    doc.undo_stack.push(AddPointCommand(doc, make_point(4)))
    assert [p.number for p in doc.session.points] == [1, 2, 3, 4]
    assert doc.is_modified()

    doc.undo_stack.undo()
    assert doc.session == original
    assert not doc.is_modified()


def test_remove_renumbers_and_undo_restores_numbers_and_order(
    doc: SessionDocument, qtbot: QtBot
) -> None:
    original = doc.session
    second = original.points[1]
    with qtbot.waitSignal(doc.point_removed) as removed:
        doc.undo_stack.push(RemovePointCommand(doc, second))
    assert removed.args == [second.id]
    assert [p.number for p in doc.session.points] == [1, 2]
    assert doc.session.points[1].id == original.points[2].id

    doc.undo_stack.undo()
    assert doc.session == original
    doc.undo_stack.redo()
    assert [p.id for p in doc.session.points] == [original.points[0].id, original.points[2].id]


def test_nudges_of_one_point_merge_into_one_undo_step(doc: SessionDocument) -> None:
    original = doc.session
    point = original.points[0]
    steps_before = doc.undo_stack.count()
    for step in range(1, 4):
        current = doc.session.point(point.id)
        moved = current.model_copy(update={"x": point.x + step})
        doc.undo_stack.push(MovePointCommand(doc, current, moved, nudge=True))
    assert doc.session.point(point.id).x == point.x + 3
    assert doc.undo_stack.count() == steps_before + 1

    doc.undo_stack.undo()
    assert doc.session == original


def test_drags_do_not_merge(doc: SessionDocument) -> None:
    point = doc.session.points[0]
    steps_before = doc.undo_stack.count()
    first = point.model_copy(update={"x": point.x + 10})
    doc.undo_stack.push(MovePointCommand(doc, point, first))
    doc.undo_stack.push(MovePointCommand(doc, first, first.model_copy(update={"x": point.x + 20})))
    assert doc.undo_stack.count() == steps_before + 2
    doc.undo_stack.undo()
    assert doc.session.point(point.id).x == point.x + 10


def test_typing_notes_merges_per_point(doc: SessionDocument) -> None:
    point = doc.session.points[0]
    steps_before = doc.undo_stack.count()
    text = ""
    for char in "taut":
        current = doc.session.point(point.id)
        text += char
        new = current.model_copy(update={"notes": text})
        doc.undo_stack.push(EditPointCommand(doc, current, new, merge_key=("notes", point.id)))
    assert doc.undo_stack.count() == steps_before + 1
    assert doc.session.point(point.id).notes == "taut"
    doc.undo_stack.undo()
    assert doc.session.point(point.id).notes == ""


def test_details_edit_is_undoable(doc: SessionDocument, qtbot: QtBot) -> None:
    old = doc.session.patient
    new = Patient(name="A. Patient", weight_kg=70)
    with qtbot.waitSignal(doc.details_changed):
        doc.undo_stack.push(EditDetailsCommand(doc, old, new, "weight_kg"))
    assert doc.session.patient.weight_kg == 70
    doc.undo_stack.undo()
    assert doc.session.patient == old


def test_reset_replaces_session_and_clears_history(doc: SessionDocument) -> None:
    fresh = Session()
    doc.reset(fresh)
    assert doc.session == fresh
    assert doc.undo_stack.count() == 0
    assert not doc.is_modified()


def test_replace_point_must_keep_the_id(doc: SessionDocument) -> None:
    point = doc.session.points[0]
    with pytest.raises(ValueError, match="id"):
        doc.replace_point(point, make_point(1))


def test_typing_back_to_the_original_leaves_no_empty_undo_step(doc: SessionDocument) -> None:
    point = doc.session.points[0]
    steps_before = doc.undo_stack.count()
    for text in ("a", ""):
        current = doc.session.point(point.id)
        new = current.model_copy(update={"notes": text})
        doc.undo_stack.push(EditPointCommand(doc, current, new, merge_key=("notes", point.id)))
    assert doc.undo_stack.count() == steps_before
    assert not doc.is_modified()


def test_point_lookup_follows_every_edit(doc: SessionDocument) -> None:
    first, second, third = doc.session.points
    assert doc.point(second.id) == second
    doc.undo_stack.push(RemovePointCommand(doc, first))
    assert doc.point(second.id).number == 1, "renumbered, not the point as it was"
    with pytest.raises(KeyError):
        doc.point(first.id)
    moved = doc.point(third.id).model_copy(update={"x": 300.0})
    doc.undo_stack.push(MovePointCommand(doc, doc.point(third.id), moved))
    assert doc.point(third.id).x == 300.0
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.point(first.id) == first
    doc.reset(Session())
    with pytest.raises(KeyError):
        doc.point(second.id)
