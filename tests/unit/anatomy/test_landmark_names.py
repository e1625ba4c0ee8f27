"""Landmark names for lists (Go to Landmark): every landmark of the diagram has one."""

from __future__ import annotations

import pytest

from bodymap.anatomy import landmark_name, load_diagram


def test_every_landmark_of_the_diagram_has_a_name_of_its_own() -> None:
    keys = list(load_diagram().landmarks)
    names = [landmark_name(key) for key in keys]
    assert len(set(names)) == len(keys)
    assert all(name[0].isupper() for name in names)


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("c7", "C7 spinous process"),
        ("t12", "T12 spinous process"),
        ("eop", "External occipital protuberance"),
        ("inferior_angle_left", "Inferior angle of the scapula, patient's left"),
        ("spine_of_scapula_mid_right", "Midpoint of the scapular spine, patient's right"),
        ("acromion_right", "Posterior acromial angle, patient's right"),
    ],
)
def test_landmark_names_say_the_patient_s_side(key: str, name: str) -> None:
    assert landmark_name(key) == name


def test_an_unknown_landmark_is_refused() -> None:
    with pytest.raises(KeyError):
        landmark_name("xiphoid")
