"""The German and Spanish translation sources are complete and agree with the code.

These tests wait for the translators: they fail while a ``.ts`` file has unfinished entries
(``-m "not translations"`` leaves them out meanwhile).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap import i18n
from tests.i18n import pseudo, ts_files

FOLDER = pseudo.ROOT / "bodymap" / "i18n"
TRANSLATED = sorted(FOLDER.glob("bodymap_*.ts"))
FOREIGN = [path for path in TRANSLATED if ts_files.language_of(path) != i18n.SOURCE_LANGUAGE]
ENGLISH = FOLDER / "bodymap_en.ts"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[ts_files.Entry]:
    """Every text the code marks now, as lupdate reads it."""
    target = tmp_path_factory.mktemp("extracted") / "current_de.ts"
    return ts_files.read(pseudo.extract(target))[1]


def _report(problems: list[str], path: Path) -> str:
    return f"{path.name}: {len(problems)} problems\n" + "\n".join(problems)


def test_every_language_of_bodymap_has_a_translation_source() -> None:
    foreign = {code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE}
    assert {ts_files.language_of(path) for path in FOREIGN} == foreign


@pytest.mark.translations
@pytest.mark.parametrize("path", FOREIGN, ids=ts_files.language_of)
def test_every_text_is_translated(path: Path) -> None:
    problems = ts_files.unfinished(ts_files.read(path)[1])
    assert not problems, _report(problems, path)


@pytest.mark.translations
@pytest.mark.parametrize("path", FOREIGN, ids=ts_files.language_of)
def test_no_translation_is_left_for_a_text_the_code_no_longer_has(path: Path) -> None:
    problems = ts_files.vanished(ts_files.read(path)[1])
    assert not problems, _report(problems, path)


@pytest.mark.translations
@pytest.mark.parametrize("path", [*FOREIGN, ENGLISH], ids=ts_files.language_of)
def test_each_text_with_plural_forms_has_all_of_them(path: Path) -> None:
    problems = ts_files.missing_plural_forms(ts_files.read(path)[1], ts_files.language_of(path))
    assert not problems, _report(problems, path)


@pytest.mark.parametrize("path", [*FOREIGN, ENGLISH], ids=ts_files.language_of)
def test_translations_keep_the_placeholders_counts_and_mnemonics(path: Path) -> None:
    problems = ts_files.mismatched(ts_files.read(path)[1])
    assert not problems, _report(problems, path)


@pytest.mark.translations
@pytest.mark.parametrize("path", FOREIGN, ids=ts_files.language_of)
def test_the_translation_source_holds_exactly_the_texts_of_the_code(
    path: Path, extracted: list[ts_files.Entry]
) -> None:
    problems = ts_files.out_of_date(ts_files.read(path)[1], extracted)
    assert not problems, _report(problems, path) + "\n(make translations brings it up to date)"


@pytest.mark.translations
def test_english_has_both_forms_of_every_text_with_plural_forms(
    extracted: list[ts_files.Entry],
) -> None:
    english = {entry.key for entry in ts_files.read(ENGLISH)[1] if entry.kind == ""}
    lacking = sorted(
        entry.where() for entry in extracted if entry.numerus and entry.key not in english
    )
    assert not lacking, "bodymap_en.ts lacks the English forms of:\n" + "\n".join(lacking)
