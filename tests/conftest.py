"""Shared fixtures: every test runs with its own settings and data folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Keep recovery files, caches and settings of tests away from the user's own."""
    base: Path = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("BODYMAP_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("BODYMAP_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    return
