"""Shared fixtures for the anatomy tests: the bundled diagram and frame conversion."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bodymap.anatomy import Diagram, load_diagram

Frame = Callable[[float, float, str], tuple[float, float]]


@pytest.fixture(scope="session")
def diagram() -> Diagram:
    return load_diagram()


@pytest.fixture(scope="session")
def frame(diagram: Diagram) -> Frame:
    """Reference-frame (u, v) for the patient's right, mirrored for ``side="left"``, to mm."""
    c7x, c7y = diagram.landmarks["c7"]
    unit = diagram.landmarks["t12"][1] - c7y

    def to_mm(u: float, v: float, side: str) -> tuple[float, float]:
        sign = -1.0 if side == "left" else 1.0
        return (c7x + sign * unit * u, c7y + unit * v)

    return to_mm
