"""A small screen: 1280 x 720 pixels at 150 % scaling, as the window sees it in a new process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1280,
            "height": 720,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ]
}


@pytest.fixture(scope="module")
def small_screen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What the probe measured of the window on a 1280 x 720 screen with QT_SCALE_FACTOR=1.5."""
    out = tmp_path_factory.mktemp("small-screen")
    config = out / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "1.5",
        "BODYMAP_DATA_DIR": str(out / "data"),
        "BODYMAP_CACHE_DIR": str(out / "cache"),
    }
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.small_screen_probe", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    report["pictures"] = str(out)
    return report


def test_the_window_fits_the_small_screen(small_screen: dict[str, object]) -> None:
    assert small_screen["scale"] == 1.5
    assert small_screen["screen"] == [853, 480]
    width, height = small_screen["window"]  # type: ignore[misc]
    assert width <= 853
    assert height <= 480


@pytest.mark.parametrize(
    "state", ["Points tab, injection", "Points tab, dry needling", "Patient tab", "Procedure tab"]
)
def test_the_details_need_no_horizontal_scrolling(
    small_screen: dict[str, object], state: str
) -> None:
    areas = small_screen["states"][state]  # type: ignore[index]
    assert areas, f"{state}: no scroll area shown"
    for area in areas:
        assert area["scroll_range"] == 0, f"{state}: {area}"
        assert area["content_needs"] <= area["viewport"], f"{state}: {area}"
        assert area["groups_past_the_edge"] == [], f"{state}: {area}"


def test_a_point_s_findings_and_treatment_are_in_the_points_tab(
    small_screen: dict[str, object],
) -> None:
    for state in ("Points tab, injection", "Points tab, dry needling"):
        groups = [g for area in small_screen["states"][state] for g in area["groups"]]  # type: ignore[index]
        assert "Findings" in groups
        assert "Treatment" in groups
