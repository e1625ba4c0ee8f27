"""A file name typed without its suffix: the suffix is added, and the file that name then
names is replaced only when the user says so (the file dialog asked about the name typed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap.ui import dialogs

pytestmark = pytest.mark.gui


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    questions: list[str] = []
    answers = [dialogs._Button.Cancel]

    def ask(parent: object, icon: object, title: str, text: str, *args: object) -> object:
        questions.append(text)
        return answers.pop(0) if answers else dialogs._Button.Yes

    monkeypatch.setattr(dialogs, "ask", ask)
    return questions


def test_an_existing_session_is_not_replaced_without_asking(
    qtbot: QtBot, tmp_path: Path, asked: list[str]
) -> None:
    existing = tmp_path / "smith.bodymap.json"
    existing.write_text("{}", encoding="utf-8")
    typed = tmp_path / "smith"
    assert dialogs._with_suffix(None, typed, ".bodymap.json", (".json",)) is None  # type: ignore[arg-type]
    assert asked == ["\u201csmith.bodymap.json\u201d already exists. Replace it?"]
    # Asked again and answered Yes, it is the file to write.
    assert dialogs._with_suffix(None, typed, ".bodymap.json", (".json",)) == existing  # type: ignore[arg-type]


def test_a_new_name_or_a_name_with_its_suffix_asks_nothing(
    qtbot: QtBot, tmp_path: Path, asked: list[str]
) -> None:
    (tmp_path / "jones.pdf").write_bytes(b"%PDF-")
    new = dialogs._with_suffix(None, tmp_path / "smith", ".pdf")  # type: ignore[arg-type]
    assert new == tmp_path / "smith.pdf"
    typed = tmp_path / "jones.pdf"  # the file dialog asked about this name itself
    assert dialogs._with_suffix(None, typed, ".pdf") == typed  # type: ignore[arg-type]
    assert asked == []
