"""Bones under a position: names a caller can say "over bone" with (clinical-basis §2.3)."""

from __future__ import annotations

import pytest

from bodymap.anatomy import Diagram


def names(diagram: Diagram, x: float, y: float) -> list[str]:
    return [b.name for b in diagram.bones_at(x, y)]


@pytest.mark.parametrize("level", ["c7", "t1", "t4", "t9", "t12"])
def test_spinous_processes_are_named_by_level(diagram: Diagram, level: str) -> None:
    x, y = diagram.landmarks[level]
    bones = diagram.bones_at(x, y)
    assert bones[0].name == f"{level.upper()} spinous process"
    assert bones[0].subcutaneous
    # The trapezius, drawn to the midline, lies over it: a muscle under the point, not beside.
    hits = diagram.muscles_at(x + 1.3, y)
    assert hits
    assert not any(h.beside for h in hits)
    text = diagram.describe(x, y)
    assert text.startswith("midline, ")
    assert f"over the {level.upper()} spinous process" in text


def test_the_occiput_and_the_back_of_the_skull(diagram: Diagram) -> None:
    x, y = diagram.landmarks["eop"]
    assert names(diagram, x, y)[0] == "external occipital protuberance"
    assert diagram.describe(x, y).startswith("midline, over the external occipital protuberance")
    # Higher up the back of the head: the skull, under the scalp only.
    assert names(diagram, x, y - 40.0) == ["back of the skull"]
    assert diagram.describe(x, y - 40.0) == (
        "midline, over the back of the skull, "
        "4.0 cm superior to the external occipital protuberance"
    )


@pytest.mark.parametrize("side", ["left", "right"])
def test_the_scapular_spine_root_and_acromion(diagram: Diagram, side: str) -> None:
    lm = diagram.landmarks
    assert names(diagram, *lm[f"scapular_spine_root_{side}"])[0] == "root of the scapular spine"
    assert names(diagram, *lm[f"spine_of_scapula_mid_{side}"])[0] == "scapular spine"
    assert names(diagram, *lm[f"acromion_{side}"])[0] == "posterior acromial angle"
    # The ids carry the side of the body, the names read the same on both sides.
    assert {b.id for b in diagram.bones_at(*lm[f"acromion_{side}"])} == {f"scapular_spine_{side}"}


def test_the_scapular_blade_lies_under_muscle(diagram: Diagram) -> None:
    lm = diagram.landmarks
    x = (lm["spine_of_scapula_mid_right"][0] + lm["inferior_angle_right"][0]) / 2
    y = (lm["spine_of_scapula_mid_right"][1] + lm["inferior_angle_right"][1]) / 2
    bones = diagram.bones_at(x, y)
    assert [(b.id, b.name, b.subcutaneous) for b in bones] == [("scapula_right", "scapula", False)]
    # Not bare: the description names the muscle, not the bone.
    assert diagram.describe(x, y).startswith("right infraspinatus, ")


def test_no_bone_outside_the_body_or_between_the_spinous_processes(diagram: Diagram) -> None:
    assert diagram.bones_at(3.0, 3.0) == []
    t4, t5 = diagram.landmarks["t4"], diagram.landmarks["t5"]
    between = (t4[0] + 20.0, (t4[1] + t5[1]) / 2)
    assert diagram.bones_at(*between) == []
