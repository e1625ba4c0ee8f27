"""The document's edit verbs without any view: push, undo, redo, and what they refuse."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap.clinical.pain_drawing import Stroke
from bodymap.model import MAX_POINTS, Injection, Patient, Session, TriggerPoint, new_id
from bodymap.ui.document import EditRefused, SessionDocument
from bodymap.ui.document.pain import PainVerbs

pytestmark = pytest.mark.gui


def make_point(number: int, x: float = 250.0) -> TriggerPoint:
    return TriggerPoint(number=number, x=x, y=240.0, muscle="upper_trapezius", side="left")


def trapezius_left(doc: SessionDocument) -> tuple[float, float]:
    """Halfway from C7 to the left acromion: on the left upper trapezius."""
    (cx, cy), (ax, ay) = doc.diagram.landmarks["c7"], doc.diagram.landmarks["acromion_left"]
    return ((cx + ax) / 2, (cy + ay) / 2)


@pytest.fixture
def doc(qtbot: QtBot) -> SessionDocument:
    document = SessionDocument()
    document.add_points([make_point(n, 240.0 + n) for n in (1, 2, 3)])
    document.undo_stack.setClean()
    return document


def test_add_then_undo_restores_the_original_session(doc: SessionDocument) -> None:
    original = doc.session
    point = doc.add_point(*trapezius_left(doc))
    assert [p.number for p in doc.session.points] == [1, 2, 3, 4]
    assert (point.number, point.muscle, point.side) == (4, "upper_trapezius", "left")
    assert doc.is_modified()

    doc.undo_stack.undo()
    assert doc.session == original
    assert not doc.is_modified()


def test_delete_renumbers_and_undo_restores_numbers_and_order(
    doc: SessionDocument, qtbot: QtBot
) -> None:
    original = doc.session
    second = original.points[1]
    with qtbot.waitSignal(doc.point_removed) as removed:
        doc.delete_points([second.id])
    assert removed.args == [second.id]
    assert [p.number for p in doc.session.points] == [1, 2]
    assert doc.session.points[1].id == original.points[2].id

    doc.undo_stack.undo()
    assert doc.session == original
    doc.undo_stack.redo()
    assert [p.id for p in doc.session.points] == [original.points[0].id, original.points[2].id]


def test_deleting_several_points_is_one_undo_step(doc: SessionDocument) -> None:
    original = doc.session
    steps_before = doc.undo_stack.count()
    doc.delete_points([original.points[0].id, original.points[2].id])
    assert [(p.id, p.number) for p in doc.session.points] == [(original.points[1].id, 1)]
    assert doc.undo_stack.count() == steps_before + 1
    doc.undo_stack.undo()
    assert doc.session == original


def test_nudges_of_one_point_merge_into_one_undo_step(doc: SessionDocument) -> None:
    original = doc.session
    point = original.points[0]
    steps_before = doc.undo_stack.count()
    for _ in range(3):
        doc.nudge_points([point.id], 1.0, 0.0)
    assert doc.session.point(point.id).x == point.x + 3
    assert doc.undo_stack.count() == steps_before + 1

    doc.undo_stack.undo()
    assert doc.session == original


def test_drags_do_not_merge(doc: SessionDocument) -> None:
    point = doc.session.points[0]
    steps_before = doc.undo_stack.count()
    doc.move_point(point.id, point.x + 10, point.y)
    doc.move_point(point.id, point.x + 20, point.y)
    assert doc.undo_stack.count() == steps_before + 2
    doc.undo_stack.undo()
    assert doc.session.point(point.id).x == point.x + 10


def test_typing_notes_merges_per_point(doc: SessionDocument) -> None:
    point = doc.session.points[0]
    steps_before = doc.undo_stack.count()
    for typed in ("t", "ta", "tau", "taut"):
        doc.edit_points(
            [point.id], "Edit notes", lambda p, t=typed: p.model_copy(update={"notes": t}), "notes"
        )
    assert doc.undo_stack.count() == steps_before + 1
    assert doc.session.point(point.id).notes == "taut"
    doc.undo_stack.undo()
    assert doc.session.point(point.id).notes == ""


def test_details_edit_is_undoable(doc: SessionDocument, qtbot: QtBot) -> None:
    old = doc.session.patient
    with qtbot.waitSignal(doc.details_changed):
        assert doc.edit_details("patient", "weight_kg", 70)
    assert doc.session.patient.weight_kg == 70
    doc.undo_stack.undo()
    assert doc.session.patient == old


def test_a_value_the_model_refuses_is_not_recorded_and_says_why(doc: SessionDocument) -> None:
    before = doc.session
    with pytest.raises(EditRefused, match=r"Weight kg: .*400"):
        doc.edit_details("patient", "weight_kg", 500)
    too_long = "x" * 5000
    with pytest.raises(EditRefused, match="Edit notes"):
        doc.edit_points(
            [before.points[0].id], "Edit notes", lambda p: p.model_copy(update={"notes": too_long})
        )
    assert doc.session == before


def test_reset_replaces_session_and_clears_history(doc: SessionDocument) -> None:
    fresh = Session()
    doc.reset(fresh)
    assert doc.session == fresh
    assert doc.undo_stack.count() == 0
    assert not doc.is_modified()


def test_an_edit_cannot_change_a_point_s_identity(doc: SessionDocument) -> None:
    point = doc.session.points[0]
    before = doc.session
    with pytest.raises(EditRefused, match="identity"):
        doc.edit_points([point.id], "Edit", lambda p: make_point(p.number, p.x))
    assert doc.session == before


def test_typing_back_to_the_original_leaves_no_empty_undo_step(doc: SessionDocument) -> None:
    point = doc.session.points[0]
    steps_before = doc.undo_stack.count()
    for text in ("a", ""):
        doc.edit_points(
            [point.id], "Edit notes", lambda p, t=text: p.model_copy(update={"notes": t}), "notes"
        )
    assert doc.undo_stack.count() == steps_before
    assert not doc.is_modified()


def test_point_lookup_follows_every_edit(doc: SessionDocument) -> None:
    first, second, third = doc.session.points
    assert doc.point(second.id) == second
    doc.delete_points([first.id])
    assert doc.point(second.id).number == 1, "renumbered, not the point as it was"
    with pytest.raises(KeyError):
        doc.point(first.id)
    doc.move_point(third.id, 300.0, third.y)
    assert doc.point(third.id).x == 300.0
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.point(first.id) == first
    doc.reset(Session())
    with pytest.raises(KeyError):
        doc.point(second.id)


def test_accepted_points_are_numbered_after_the_session_s_as_one_step(
    doc: SessionDocument,
) -> None:
    steps_before = doc.undo_stack.count()
    added = doc.add_points([make_point(1, 255.0), make_point(1, 256.0)], "Accept 2 points")
    assert [p.number for p in added] == [4, 5]
    assert [p.number for p in doc.session.points] == [1, 2, 3, 4, 5]
    assert doc.undo_stack.count() == steps_before + 1
    assert doc.undo_stack.undoText() == "Accept 2 points"


def test_restore_replaces_the_session_as_an_undoable_step(doc: SessionDocument) -> None:
    original = doc.session
    recovered = Session(points=[make_point(1)])
    doc.restore(recovered)
    assert doc.session == recovered.model_copy(update={"id": original.id}), "the file's id"
    assert doc.is_modified()
    doc.undo_stack.undo()
    assert doc.session == original


def test_a_copy_saved_under_its_own_id_keeps_it_through_undo_and_redo(
    doc: SessionDocument, tmp_path: Path
) -> None:
    doc.restore(Session(points=[make_point(1)]))
    doc.mark_saved(tmp_path / "copy.bodymap.json", doc.session.model_copy(update={"id": new_id()}))
    copy_id = doc.session.id
    doc.undo_stack.undo()
    assert doc.session.id == copy_id
    doc.undo_stack.redo()
    assert doc.session.id == copy_id


# --- refusals -------------------------------------------------------------------------------


def test_a_point_outside_the_body_is_refused(doc: SessionDocument) -> None:
    before = doc.session
    with pytest.raises(EditRefused, match="Outside the body outline: no point added"):
        doc.add_point(3.0, 3.0)
    point = before.points[0]
    with pytest.raises(EditRefused, match="Point 1 cannot leave the body outline: not moved"):
        doc.move_point(point.id, 3.0, 3.0)
    assert doc.session == before


def test_a_nudge_that_would_take_one_point_off_the_body_moves_none(
    doc: SessionDocument,
) -> None:
    x, y = trapezius_left(doc)
    inside = doc.add_point(x, y)
    edge = doc.add_point(x, y)
    doc.move_point(edge.id, *_last_inside_going_left(doc, x, y))
    before = doc.session
    with pytest.raises(EditRefused, match="cannot leave the body outline"):
        doc.nudge_points([inside.id, edge.id], -5.0, 0.0)
    assert doc.session == before


def _last_inside_going_left(doc: SessionDocument, x: float, y: float) -> tuple[float, float]:
    while doc.diagram.contains(x - 1.0, y):
        x -= 1.0
    return x, y


def test_a_full_session_refuses_another_point_with_a_message(qtbot: QtBot) -> None:
    full = SessionDocument()
    x, y = trapezius_left(full)
    points = [
        TriggerPoint(number=n, x=x, y=y, muscle="upper_trapezius", side="left")
        for n in range(1, MAX_POINTS + 1)
    ]
    full.reset(Session(points=points))
    with pytest.raises(EditRefused, match=f"at most {MAX_POINTS} points"):
        full.add_point(x, y)
    with pytest.raises(EditRefused, match=f"at most {MAX_POINTS} points"):
        full.add_points([make_point(1)])
    assert len(full.session.points) == MAX_POINTS


def test_a_local_anaesthetic_is_refused_for_an_allergic_patient(doc: SessionDocument) -> None:
    doc.reset(doc.session.model_copy(update={"patient": Patient(allergy_local_anaesthetic=True)}))
    point = doc.session.points[0]
    with pytest.raises(EditRefused, match="allergic"):
        doc.edit_points(
            [point.id], "Set treatment", lambda p: p.model_copy(update={"treatment": Injection()})
        )
    assert doc.session.point(point.id).treatment.kind == "examined"
    with pytest.raises(EditRefused, match="allergic"):
        doc.add_point(*trapezius_left(doc), Injection())
    saline = Injection(agent="saline", concentration_percent=0.9)
    assert doc.edit_points(
        [point.id], "Set treatment", lambda p: p.model_copy(update={"treatment": saline})
    )
    assert doc.add_point(*trapezius_left(doc), saline).treatment == saline


EDITS: dict[str, Callable[[SessionDocument], object]] = {
    "add_point": lambda d: d.add_point(*trapezius_left(d)),
    "add_points": lambda d: d.add_points([make_point(1, 255.0)]),
    "move_point": lambda d: d.move_point(d.session.points[0].id, 260.0, 240.0),
    "nudge_points": lambda d: d.nudge_points([p.id for p in d.session.points], 1.0, 0.0),
    "delete_points": lambda d: d.delete_points([d.session.points[0].id]),
    "edit_points": lambda d: d.edit_points(
        [d.session.points[0].id], "Edit notes", lambda p: p.model_copy(update={"notes": "x"})
    ),
    "edit_details": lambda d: d.edit_details("patient", "name", "A. Patient"),
    "restore": lambda d: d.restore(Session()),
    "paint_stroke": lambda d: d.paint_stroke(
        Stroke("brush", (trapezius_left(d),), 8.0), "aching", 5
    ),
    "erase_stroke": lambda d: d.erase_stroke(Stroke("brush", (trapezius_left(d),), 8.0)),
    "edit_pain_area": lambda d: d.edit_pain_area(d.session.pain_areas[0].id, intensity=2),
    "delete_pain_areas": lambda d: d.delete_pain_areas([d.session.pain_areas[0].id]),
}


@pytest.mark.parametrize("verb", list(EDITS))
def test_a_read_only_document_refuses_every_edit(doc: SessionDocument, verb: str) -> None:
    doc.paint_stroke(Stroke("brush", (trapezius_left(doc),), 10.0), "burning", 7)
    doc.reset(doc.session, read_only=True)
    before, steps = doc.session, doc.undo_stack.count()
    with pytest.raises(EditRefused, match="read-only"):
        EDITS[verb](doc)
    assert doc.session == before
    assert doc.undo_stack.count() == steps


def test_every_edit_verb_is_tried_read_only() -> None:
    verbs = {
        name
        for name in [*vars(SessionDocument), *vars(PainVerbs)]
        if name.split("_")[0]
        in {"add", "move", "nudge", "delete", "edit", "restore", "paint", "erase"}
    }
    assert verbs == set(EDITS)


# --- where points lie ----------------------------------------------------------------------


def test_a_point_s_location_is_computed_once_per_change(
    doc: SessionDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.ui.document import session_document

    computed: list[str] = []
    locate = session_document.locate

    def counted(diagram: object, point: TriggerPoint) -> object:
        computed.append(point.id)
        return locate(diagram, point)  # type: ignore[arg-type]

    monkeypatch.setattr(session_document, "locate", counted)
    point = doc.add_point(*trapezius_left(doc))
    first = doc.location(point.id)
    assert doc.location(point.id) is first
    doc.edit_points([point.id], "Edit notes", lambda p: p.model_copy(update={"notes": "x"}))
    doc.delete_points([doc.session.points[0].id])  # renumbers the new point
    assert doc.location(point.id) is first, "notes and numbers do not move a point"
    doc.nudge_points([point.id], 3.0, 0.0)
    moved = doc.location(point.id)
    assert moved is not first
    assert computed == [point.id, point.id]
    assert moved.muscles[0].muscle == "upper_trapezius"
    assert moved.description.startswith("left upper trapezius")


def test_near_the_midline_the_stored_side_is_the_described_side(qtbot: QtBot) -> None:
    doc = SessionDocument()
    eop = doc.diagram.landmarks["eop"]
    x, y = eop[0] - 4.0, eop[1] - 10.0  # on the back of the head, 4 mm left of the midline
    assert {h.side for h in doc.diagram.muscles_at(x, y)} >= {"left"}, "muscles of the left side"
    point = doc.add_point(x, y)
    assert point.side == doc.diagram.side_at(x) == "midline"
    assert doc.location(point.id).description.startswith("midline")
