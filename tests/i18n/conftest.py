"""Fixtures of the language tests: the pseudo-translation, built once, installed per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bodymap import i18n, languages
from tests.i18n import pseudo
from tests.ui.conftest import dialogs  # noqa: F401  (the window's scripted dialogs)


@pytest.fixture(scope="session")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding ``bodymap_de.qm``: the pseudo-translation of the code's texts."""
    folder = tmp_path_factory.mktemp("pseudo")
    pseudo.build(folder)
    return folder


@pytest.fixture
def pseudo_language(pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The pseudo-translation installed (as German) for this test; English again after it."""
    monkeypatch.setattr(languages, "I18N_FOLDER", pseudo_folder)
    assert languages.use(pseudo.LANGUAGE)
    try:
        yield pseudo.LANGUAGE
    finally:
        languages.use(i18n.SOURCE_LANGUAGE)
