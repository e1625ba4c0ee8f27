"""The checks of the translation sources find what a translator can get wrong."""

from __future__ import annotations

from pathlib import Path

from tests.i18n import ts_files

SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>record</name>
    <message>
        <source>Trigger point</source>
        <translation>Triggerpunkt</translation>
    </message>
    <message>
        <source>&amp;Open {file}</source>
        <translation>Datei {datei} öffnen</translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="vanished">Alter Text</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>ein Punkt</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def _entries(tmp_path: Path) -> list[ts_files.Entry]:
    path = tmp_path / "sample_de.ts"
    path.write_text(SAMPLE, encoding="utf-8")
    return ts_files.read(path)[1]


def test_an_empty_or_unfinished_translation_is_reported(tmp_path: Path) -> None:
    problems = ts_files.unfinished(_entries(tmp_path))
    assert len(problems) == 2
    assert "'Side'" in problems[0]
    assert "'%n points'" in problems[1]


def test_a_vanished_entry_is_reported(tmp_path: Path) -> None:
    assert ts_files.vanished(_entries(tmp_path)) == [
        "context 'record', 'Old text': vanished, no longer in the code"
    ]


def test_a_renamed_placeholder_a_lost_count_and_a_lost_mnemonic_are_reported(
    tmp_path: Path,
) -> None:
    problems = "\n".join(ts_files.mismatched(_entries(tmp_path)))
    assert "placeholders ['{datei}'] instead of ['{file}']" in problems
    assert "0 mnemonic marks (&) instead of 1" in problems
    assert "'%n points': %n differs from the source in 'ein Punkt'" in problems
    assert "Triggerpunkt" not in problems


def test_a_missing_plural_form_is_reported(tmp_path: Path) -> None:
    assert ts_files.missing_plural_forms(_entries(tmp_path), "de") == [
        "context 'record', '%n points': 1 of 2 plural forms"
    ]


def test_a_literal_ampersand_is_no_mnemonic() -> None:
    assert ts_files.mnemonics("Save && &Close") == 1
    assert ts_files.mnemonics("R&&D") == 0


def test_texts_the_code_gained_or_lost_are_reported(tmp_path: Path) -> None:
    entries = _entries(tmp_path)
    code = [entry for entry in entries if entry.source != "Side"]
    code.append(ts_files.Entry("record", "Laterality", "", "unfinished", ("",), False))
    assert ts_files.out_of_date(entries, code) == [
        "context 'record', 'Laterality': in the code, not in the file",
        "context 'record', 'Side': in the file, not in the code",
    ]
