"""``bodymap print S -o out.pdf --lang de`` prints a German record.

Built from the German translation source as it stands, so these tests wait for the
translators: until ``bodymap_de.ts`` is translated the record stays English and they fail.
"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from bodymap import cli, languages
from tests.i18n import pseudo
from tests.ui.signing_helpers import EXAMPLE

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("qapp")]


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with ``bodymap_de.qm`` built from the German translation source."""
    folder = tmp_path_factory.mktemp("german")
    pseudo.translations_script().release(
        pseudo.ROOT / "bodymap" / "i18n" / "bodymap_de.ts", folder / "bodymap_de.qm"
    )
    return folder


def _printed(tmp_path: Path, *args: str) -> str:
    output = tmp_path / "record.pdf"
    assert cli.main(["print", str(EXAMPLE), "-o", str(output), *args]) == 0
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(output).pages)
    return " ".join(text.split())


@pytest.mark.translations
def test_the_record_is_printed_in_german(
    german: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(languages, "I18N_FOLDER", german)
    text = _printed(tmp_path, "--lang", "de")
    # Standard clinical German: the trigger points and the patient's sides (the example's
    # record names no class of agent, so "Lokalanästhetikum" is not looked for).
    assert "Triggerpunkt" in text
    assert "links" in text.lower()
    assert "rechts" in text.lower()
    # The example's encounter and birth dates, as German writes them.
    assert "20.11.2026" in text
    assert "12.04.1979" in text
    assert "Trigger point" not in text
    assert "Patient's LEFT" not in text


def test_the_record_in_english_keeps_the_iso_dates(tmp_path: Path) -> None:
    text = _printed(tmp_path, "--lang", "en")
    assert "Trigger point procedure record" in text
    assert "2026-11-20" in text
    assert "20.11.2026" not in text


@pytest.fixture(scope="module")
def spanish(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with ``bodymap_es.qm`` built from the Spanish translation source."""
    folder = tmp_path_factory.mktemp("spanish")
    pseudo.translations_script().release(
        pseudo.ROOT / "bodymap" / "i18n" / "bodymap_es.ts", folder / "bodymap_es.qm"
    )
    return folder


@pytest.mark.translations
def test_the_points_table_never_breaks_a_side_or_a_heading_word_in_spanish(
    spanish: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Side and Pain columns are sized for English; "Izquierdo" is longer than "Right".
    monkeypatch.setattr(languages, "I18N_FOLDER", spanish)
    output = tmp_path / "record.pdf"
    assert cli.main(["print", str(EXAMPLE), "-o", str(output), "--lang", "es"]) == 0
    words = {word for page in pypdf.PdfReader(output).pages for word in page.extract_text().split()}
    assert {"Izquierdo", "Derecho", "Lado"} <= words
    assert not {"Izquier", "Derech", "Izquie"} & words
