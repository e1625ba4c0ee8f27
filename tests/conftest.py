"""Shared fixtures: every test runs with its own settings and data folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bodymap.signing import keys as _keys


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


REAL_KDF_ROUNDS = _keys.KDF_ROUNDS
"""The cost bodymap gives new keys, read before any test lowers it."""
TEST_KDF_ROUNDS = 1
"""bcrypt-pbkdf rounds of the keys tests make: one round is as correct as many, only cheaper.
tests/unit/signing/test_keys.py checks that new keys carry the real cost."""


@pytest.fixture(autouse=True)
def _cheap_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys made by tests are derived with one bcrypt-pbkdf round, not half a second's worth."""
    monkeypatch.setattr(_keys, "KDF_ROUNDS", TEST_KDF_ROUNDS)
