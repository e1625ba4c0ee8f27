"""The pain drawing's edit verbs without any view: one stroke is one undo step."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bodymap.clinical.pain_drawing import Stroke, measure
from bodymap.ui.document import EditRefused, SessionDocument

pytestmark = pytest.mark.gui


@pytest.fixture
def doc(qtbot: QtBot) -> SessionDocument:
    return SessionDocument()


def _spot(doc: SessionDocument, dx: float = 60.0) -> tuple[float, float]:
    """``dx`` mm to the right of the T6 spinous process (the patient's right upper back)."""
    x, y = doc.diagram.landmarks["t6"]
    return (x + dx, y)


def _cm2(doc: SessionDocument) -> float:
    return measure(doc.session.pain_areas, doc.diagram).total_cm2


def test_a_stroke_is_one_undo_step_and_undo_restores_the_session(
    doc: SessionDocument, qtbot: QtBot
) -> None:
    before = doc.session
    stroke = Stroke("brush", (_spot(doc, 40), _spot(doc, 45), _spot(doc, 60), _spot(doc, 80)), 8.0)
    with qtbot.waitSignal(doc.pain_changed):
        area = doc.paint_stroke(stroke, "burning", 7)
    assert (area.quality, area.intensity) == ("burning", 7)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Paint (burning, intensity 7/10)"
    painted = doc.session
    doc.undo_stack.undo()
    assert doc.session == before
    doc.undo_stack.redo()
    assert doc.session == painted
    assert doc.is_modified()


def test_strokes_of_one_quality_and_intensity_build_one_area(doc: SessionDocument) -> None:
    doc.paint_stroke(Stroke("brush", (_spot(doc, 40),), 8.0), "aching", 5)
    doc.paint_stroke(Stroke("brush", (_spot(doc, 90),), 8.0), "aching", 5)
    doc.paint_stroke(Stroke("brush", (_spot(doc, 40),), 8.0), "aching", 6)
    assert [(a.quality, a.intensity) for a in doc.session.pain_areas] == [
        ("aching", 5),
        ("aching", 6),
    ]
    assert len(doc.session.pain_areas[0].polygons) == 2


def test_erasing_takes_paint_away_from_every_area(doc: SessionDocument) -> None:
    doc.paint_stroke(Stroke("brush", (_spot(doc),), 10.0), "aching", 5)
    doc.paint_stroke(Stroke("brush", (_spot(doc),), 10.0), "burning", 3)
    assert doc.erase_stroke(Stroke("brush", (_spot(doc),), 20.0))
    assert doc.session.pain_areas == [], "empty areas go"
    assert not doc.erase_stroke(Stroke("brush", (_spot(doc),), 20.0)), "nothing left to erase"
    doc.undo_stack.undo()
    assert len(doc.session.pain_areas) == 2


def test_a_polygon_is_painted_as_drawn(doc: SessionDocument) -> None:
    x, y = _spot(doc)
    corners = ((x, y), (x + 30, y), (x + 30, y + 20), (x, y + 20))
    doc.paint_stroke(Stroke("polygon", corners), "numbness_tingling", 2)
    assert _cm2(doc) == pytest.approx(6.0)
    assert doc.undo_stack.undoText().startswith("Draw polygon")


def test_changing_an_area_to_another_s_quality_joins_them(doc: SessionDocument) -> None:
    doc.paint_stroke(Stroke("brush", (_spot(doc, 40),), 8.0), "aching", 5)
    doc.paint_stroke(Stroke("brush", (_spot(doc, 90),), 8.0), "burning", 5)
    total = _cm2(doc)
    doc.edit_pain_area(doc.session.pain_areas[1].id, quality="aching")
    (joined,) = doc.session.pain_areas
    assert (joined.quality, joined.intensity, len(joined.polygons)) == ("aching", 5, 2)
    assert _cm2(doc) == pytest.approx(total)
    assert doc.undo_stack.undoText() == "Join into aching, intensity 5/10"


def test_an_area_s_intensity_is_changed_and_checked(doc: SessionDocument) -> None:
    area = doc.paint_stroke(Stroke("brush", (_spot(doc),), 8.0), "aching", 5)
    doc.edit_pain_area(area.id, intensity=8)
    assert doc.session.pain_areas[0].intensity == 8
    with pytest.raises(EditRefused, match="0 to 10"):
        doc.edit_pain_area(area.id, intensity=11)


def test_a_stroke_off_the_body_is_refused_and_not_recorded(doc: SessionDocument) -> None:
    with pytest.raises(EditRefused, match="outside the body"):
        doc.paint_stroke(Stroke("brush", ((4.0, 4.0),), 3.0), "aching", 5)
    assert doc.undo_stack.count() == 0


def test_deleting_areas_is_one_step(doc: SessionDocument) -> None:
    doc.paint_stroke(Stroke("brush", (_spot(doc),), 8.0), "aching", 5)
    doc.paint_stroke(Stroke("brush", (_spot(doc, 90),), 8.0), "burning", 5)
    doc.delete_pain_areas([a.id for a in doc.session.pain_areas])
    assert doc.session.pain_areas == []
    doc.undo_stack.undo()
    assert len(doc.session.pain_areas) == 2
