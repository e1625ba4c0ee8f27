"""Fixtures for signing tests: the example session, a clinic folder and keys.

Every test runs with its own user data folder (tests/conftest.py), so private keys made here
never reach the user's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap import signing, storage
from bodymap.model import Session
from tests.unit.signing.helpers import EXAMPLE, PASSPHRASE


@pytest.fixture
def session() -> Session:
    """The documented example session (8 points, patient, encounter, procedure)."""
    return storage.load_session(EXAMPLE)


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """An empty clinic folder."""
    folder = tmp_path / "clinic"
    folder.mkdir()
    return folder


@pytest.fixture
def key(clinic: Path) -> signing.SignerKey:
    """Dr A. Example's key, registered in the clinic folder."""
    made = signing.create_key("Dr A. Example", PASSPHRASE, credentials="MD")
    signing.register_key(made.record, clinic)
    return made


@pytest.fixture
def colleague(clinic: Path) -> signing.SignerKey:
    """Dr B. Colleague's key, registered in the clinic folder."""
    made = signing.create_key("Dr B. Colleague", PASSPHRASE + " two", credentials="DO")
    signing.register_key(made.record, clinic)
    return made


@pytest.fixture
def stranger() -> signing.SignerKey:
    """A key made in Dr A. Example's name that nobody registered in the clinic folder."""
    return signing.create_key("Dr A. Example", "another passphrase entirely")
