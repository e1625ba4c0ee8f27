"""A click on a full session: the window says why no point was added, and nothing breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap import storage
from bodymap.model import MAX_POINTS, Session, TriggerPoint
from bodymap.ui import MainWindow
from tests.ui.helpers import click_at, midpoint

pytestmark = pytest.mark.gui


def test_a_click_on_a_full_session_is_refused_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    lm = window.diagram.landmarks
    x, y = midpoint(lm["c7"], lm["acromion_left"])
    full = Session(
        points=[
            TriggerPoint(number=n, x=x, y=y, muscle="upper_trapezius", side="left")
            for n in range(1, MAX_POINTS + 1)
        ]
    )
    path = tmp_path / "full.bodymap.json"
    storage.save_session(full, path)
    assert window.open_file(path)
    here = midpoint(lm["c7"], lm["acromion_right"])
    assert window.diagram.contains(*here)

    click_at(qtbot, window, *here)  # an exception raised here would fail the test

    message = f"A session holds at most {MAX_POINTS} points: no point added."
    assert window.statusBar().currentMessage() == message
    assert len(window.session.points) == MAX_POINTS
    assert not window.isWindowModified()
