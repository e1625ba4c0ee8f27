"""The scripts of packaging/ are not a package: tests import them from that folder."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[3] / "packaging"


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], ModuleType]:
    """Import a module of packaging/ by its name (``script("bundle")``)."""
    monkeypatch.syspath_prepend(str(PACKAGING))
    return importlib.import_module
