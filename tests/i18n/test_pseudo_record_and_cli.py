"""The printed record and the command line's messages are translatable (the pseudo-translation
shows it): each test lists what is not."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pypdf
import pytest

from bodymap import cli, languages, signing, storage
from bodymap.cli import commands
from tests.i18n import pseudo, visible_text
from tests.ui.signing_helpers import EXAMPLE, clinic_folder, registered_key, signed_file

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("qapp")]


@pytest.fixture
def pseudo_catalogue(pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--lang de`` loads the pseudo-translation."""
    monkeypatch.setattr(languages, "I18N_FOLDER", pseudo_folder)


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    target = tmp_path / "example.bodymap.json"
    shutil.copyfile(EXAMPLE, target)
    return target


@pytest.mark.usefixtures("pseudo_catalogue")
def test_every_text_of_the_printed_record_is_translated(session_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "record.pdf"
    assert cli.main(["print", str(session_file), "-o", str(output), "--lang", "de"]) == 0
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(output).pages)
    assert pseudo.OPEN in text
    data = visible_text.session_strings(session_file) | visible_text.user_strings(
        json.loads(session_file.read_text(encoding="utf-8"))
    )
    found = visible_text.untranslated_runs(text, data)
    assert not found, f"{len(found)} texts of the record are not translatable:\n" + "\n".join(
        map(repr, found)
    )


@pytest.mark.usefixtures("pseudo_catalogue")
def test_an_error_of_the_command_line_is_translated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.bodymap.json"
    broken.write_text("{", encoding="utf-8")
    assert cli.main(["validate", str(broken), "--lang", "de"]) == 1
    err = capsys.readouterr().err
    found = visible_text.untranslated_runs(err, {str(broken), broken.name})
    assert not found, f"untranslated in {err!r}:\n" + "\n".join(found)


@pytest.mark.usefixtures("pseudo_catalogue")
@pytest.mark.parametrize("command", ["", *cli._SUBCOMMANDS])
def test_the_help_of_each_command_is_translated(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [command, "--help", "--lang", "de"] if command else ["--help", "--lang", "de"]
    with pytest.raises(SystemExit):
        cli.main(args)
    shown = capsys.readouterr().out
    # Option names, argument names and choices are what the user types: never translated.
    parser = commands.parser() if command else cli._app_parser()
    if command:
        parser = next(
            action.choices[command]
            for action in parser._actions
            if isinstance(action.choices, dict) and command in action.choices
        )
    names = {"bodymap", "", *cli._SUBCOMMANDS}
    for action in parser._actions:
        names |= {*action.option_strings, str(action.metavar or "")}
        names |= set() if action.option_strings else {action.dest}
    words = [
        word
        for word in re.split(r"(\s+)", shown)
        if word.strip("[](){},.|") not in names
        and not word.strip("[").startswith("{")
        and not (word.strip("[](){},.|").isupper() and not {"⟦", "⟧"} & set(word))
    ]
    found = visible_text.untranslated_runs("".join(words))
    assert not found, f"bodymap {command} --help, untranslated:\n" + "\n".join(found)


@pytest.mark.usefixtures("pseudo_catalogue")
def test_every_text_of_an_amended_record_is_translated(tmp_path: Path) -> None:
    # Where each correction applies and its old and new values are the record's words: a
    # point's finding, a choice of the patient's (a sex) and a side print in the language.
    clinic = clinic_folder(tmp_path)
    key = registered_key(clinic)
    signed = storage.load_session(signed_file(tmp_path, key))
    corrections = [
        signing.correction(signed, "/points/0/findings/pain_after", 1),
        signing.correction(signed, "/patient/sex", "male"),
        signing.correction(signed, "/points/1/side", "midline"),
    ]
    amended = signing.amend(
        signed, key, reason="pain score taken too early", text="Re-scored.", corrections=corrections
    )
    session_file = tmp_path / "amended.bodymap.json"
    storage.save_session(amended, session_file)
    output = tmp_path / "record.pdf"
    assert cli.main(["print", str(session_file), "-o", str(output), "--lang", "de"]) == 0
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(output).pages)
    squeezed = " ".join(text.split())
    w = pseudo.wrapped
    # The correction's own line is one translated text ("Corrects {what}"), so the words set
    # into it are looked for one by one.
    for line in (
        f"{w('Point 1')} · {w('findings')} · {w('pain after')}: 2 → 1",
        f"{w('Patient')} · {w('sex')}: {w('female')} → {w('male')}",
        f"{w('Point 2')} · {w('side')}: {w('Left')} → {w('Midline')}",
    ):
        assert line in squeezed
    data = visible_text.session_strings(session_file) | visible_text.user_strings(
        json.loads(session_file.read_text(encoding="utf-8"))
    )
    # The signature's time (UTC, as everywhere) and its key's fingerprint are data too.
    data |= set(re.findall(r"\d\d\.\d\d\.\d{4} \d\d:\d\d UTC", squeezed))
    data |= set(re.findall(r"(?:[0-9A-F]{4} ){15}[0-9A-F]{4}", squeezed))
    found = visible_text.untranslated_runs(text, data)
    assert not found, f"{len(found)} texts of the record are not translatable:\n" + "\n".join(
        map(repr, found)
    )
