"""Which language a run speaks, and the paper and dates that follow the language and region."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from bodymap import cli, i18n, languages, report
from bodymap.cli import commands
from bodymap.ui import language_choice
from tests.i18n import pseudo

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    language_choice.name_the_settings()


@pytest.mark.parametrize("command", sorted(cli._SUBCOMMANDS))
def test_every_command_takes_the_language_option(command: str) -> None:
    sub = next(
        action.choices[command]
        for action in commands.parser()._actions
        if isinstance(action.choices, dict) and command in action.choices
    )
    option = next(a for a in sub._actions if cli.LANGUAGE_OPTION in a.option_strings)
    assert sorted(option.choices or ()) == sorted(i18n.LANGUAGES)


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["print", "a.json", "--lang", "de"], "de"),
        (["--lang=es", "validate", "a.json"], "es"),
        (["a.json"], None),
        (["--lang", "fr"], None),
        (["--", "--lang", "de"], None),
    ],
)
def test_the_language_option_is_found_wherever_it_stands(
    args: list[str], wanted: str | None
) -> None:
    assert cli.requested_language(args) == wanted


def test_print_follows_the_language_preference(
    settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli._preferred_language() is None
    QSettings().setValue(language_choice.LANGUAGE_KEY, "es")
    assert cli._preferred_language() == "es"
    spoken: list[str] = []
    monkeypatch.setattr(languages, "use", lambda language: spoken.append(language) or True)
    monkeypatch.setattr(commands, "run", lambda args: 0)
    assert cli.main(["print", "a.json", "-o", "b.pdf"]) == 0
    assert spoken[0] == "es"
    spoken.clear()
    assert cli.main(["print", "a.json", "-o", "b.pdf", "--lang", "de"]) == 0
    assert spoken[0] == "de"


@pytest.mark.parametrize(
    ("environ", "wanted"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LC_ALL": "C", "LANGUAGE": "de"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:es"}, "es"),
        ({}, None),
    ],
)
def test_the_system_language_comes_from_the_locale(
    environ: dict[str, str], wanted: str | None
) -> None:
    assert i18n.language_from_environment(environ) == wanted


@pytest.mark.parametrize(
    ("locale", "paper"),
    [
        ("en_US", "letter"),
        ("fr_CA", "letter"),
        ("es_MX", "letter"),
        ("en_GB", "a4"),
        ("de_DE", "a4"),
        ("es_ES", "a4"),
    ],
)
def test_the_default_paper_follows_the_region(locale: str, paper: str) -> None:
    assert report.default_paper(QLocale(locale)) == paper


def test_print_without_paper_uses_the_regions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf

    from tests.ui.signing_helpers import EXAMPLE

    monkeypatch.setattr(report, "default_paper", lambda locale=None: "letter")
    output = tmp_path / "record.pdf"
    assert cli.main(["print", str(EXAMPLE), "-o", str(output), "--lang", "en"]) == 0
    box = pypdf.PdfReader(output).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize(
    ("language", "written"), [("de", "03.05.2024"), ("es", "03/05/2024"), ("en", "2024-05-03")]
)
def test_dates_follow_the_language(
    language: str, written: str, pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(languages, "I18N_FOLDER", pseudo_folder)
    (pseudo_folder / "bodymap_es.qm").write_bytes((pseudo_folder / "bodymap_de.qm").read_bytes())
    try:
        assert languages.use(language)
        assert i18n.date_text(dt.date(2024, 5, 3)) == written
    finally:
        languages.use(i18n.SOURCE_LANGUAGE)


@pytest.mark.parametrize(("language", "point"), [("de", ","), ("es", ","), ("en", ".")])
def test_decimals_follow_the_language_on_screen_and_paper_but_not_in_exports(
    language: str, point: str, pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap.anatomy import load_diagram
    from bodymap.clinical import wording
    from bodymap.model import Injection

    monkeypatch.setattr(languages, "I18N_FOLDER", pseudo_folder)
    (pseudo_folder / "bodymap_es.qm").write_bytes((pseudo_folder / "bodymap_de.qm").read_bytes())
    diagram = load_diagram()
    lm = diagram.landmarks
    x, y = lm["c7"][0] + 23.0, lm["c7"][1] + 17.0  # 2.5 cm and 1.5 cm from C7
    try:
        assert languages.use(language)
        dose = wording.treatment_text(Injection(concentration_percent=0.5, volume_ml=1.5))
        assert f"0{point}5%" in dose
        assert f"1{point}5 mL" in dose
        assert f"2{point}5 cm" in diagram.describe(x, y)
        assert i18n.grouped(4000) == ("4,000" if language == "en" else "4.000")
        with i18n.untranslated():  # what exports and files say
            assert "1.5 mL" in wording.treatment_text(Injection(volume_ml=1.5))
    finally:
        languages.use(i18n.SOURCE_LANGUAGE)


def test_qts_own_translations_of_its_dialogs_are_loaded(
    pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(languages, "I18N_FOLDER", pseudo_folder)
    try:
        assert languages.use(pseudo.LANGUAGE)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        languages.use(i18n.SOURCE_LANGUAGE)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_translations_are_part_of_the_wheel_sdist_and_bundle() -> None:
    project = tomllib.loads((pseudo.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    targets = project["tool"]["hatch"]["build"]["targets"]
    assert "bodymap/i18n/*.qm" in targets["wheel"]["artifacts"]
    assert "bodymap/i18n/*.qm" in targets["sdist"]["artifacts"]
    spec = (pseudo.ROOT / "packaging" / "bodymap.spec").read_text(encoding="utf-8")
    assert "app_datas" in spec
