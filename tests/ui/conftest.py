"""Fixtures for widget tests: a main window whose dialogs never block."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from bodymap.ui import MainWindow
from bodymap.ui.app import configure_application_identity
from bodymap.ui.dialogs import Dialogs, InUse, Unsaved
from bodymap.ui.signing_forms import AmendForm, AmendRequest, SignForm, SignRequest


class FakeDialogs(Dialogs):
    """Answers modal questions from lists the test fills in, and records errors."""

    open_answers: ClassVar[list[Path | None]] = []
    save_answers: ClassVar[list[Path | None]] = []
    """Where to save; when empty, the place proposed is accepted."""
    save_suggestions: ClassVar[list[str]] = []
    unsaved_answers: ClassVar[list[Unsaved]] = []
    clinic_folder_answers: ClassVar[list[Path | None]] = []
    """The clinic folder chosen at each question; when empty, "Not now"."""
    clinic_folder_questions: ClassVar[list[tuple[Path, Path | None, str]]] = []
    errors: ClassVar[list[tuple[str, str]]] = []
    infos: ClassVar[list[tuple[str, str]]] = []
    sign_answers: ClassVar[list[SignRequest | None]] = []
    amend_answers: ClassVar[list[AmendRequest | None]] = []
    forms: ClassVar[list[SignForm | AmendForm]] = []
    """What the Sign… and Amend… dialogs were shown."""
    properties_shown: ClassVar[list[str]] = []
    warning_answers: ClassVar[list[bool]] = []
    """Answers to "<action> anyway?" (True) or "Go back" (False); go on when empty."""
    warnings_asked: ClassVar[list[tuple[str, list[str]]]] = []
    """Each question about warnings: the action and the problems listed."""
    pdf_answers: ClassVar[list[Path | None]] = []

    @staticmethod
    def open_path(parent: object, folder: str) -> Path | None:
        return FakeDialogs.open_answers.pop(0)

    @staticmethod
    def save_path(parent: object, suggestion: str) -> Path | None:
        FakeDialogs.save_suggestions.append(suggestion)
        return FakeDialogs.save_answers.pop(0) if FakeDialogs.save_answers else Path(suggestion)

    @staticmethod
    def clinic_folder(
        parent: object, default: Path, missing: Path | None, problem: str
    ) -> Path | None:
        FakeDialogs.clinic_folder_questions.append((default, missing, problem))
        answers = FakeDialogs.clinic_folder_answers
        return answers.pop(0) if answers else None

    @staticmethod
    def unsaved(parent: object, name: str) -> Unsaved:
        return (
            FakeDialogs.unsaved_answers.pop(0) if FakeDialogs.unsaved_answers else Unsaved.DISCARD
        )

    @staticmethod
    def error(parent: object, title: str, text: str) -> None:
        FakeDialogs.errors.append((title, text))

    @staticmethod
    def inform(parent: object, title: str, text: str) -> None:
        FakeDialogs.infos.append((title, text))

    @staticmethod
    def sign(parent: object, form: SignForm) -> SignRequest | None:
        FakeDialogs.forms.append(form)
        return FakeDialogs.sign_answers.pop(0)

    @staticmethod
    def amend(parent: object, form: AmendForm) -> AmendRequest | None:
        FakeDialogs.forms.append(form)
        return FakeDialogs.amend_answers.pop(0)

    @staticmethod
    def properties(parent: object, text: str) -> None:
        FakeDialogs.properties_shown.append(text)

    @staticmethod
    def confirm_warnings(parent: object, action: str, problems: Sequence[str]) -> bool:
        FakeDialogs.warnings_asked.append((action, list(problems)))
        return FakeDialogs.warning_answers.pop(0) if FakeDialogs.warning_answers else True

    @staticmethod
    def pdf_path(parent: object, suggestion: str) -> Path | None:
        return FakeDialogs.pdf_answers.pop(0)

    @staticmethod
    def restore(parent: object, description: str) -> bool:
        return True

    @staticmethod
    def open_read_only(parent: object, name: str, owner: str) -> bool:
        return False

    @staticmethod
    def overwrite_changed(parent: object, name: str, reason: str) -> bool:
        return False

    @staticmethod
    def locked_elsewhere(parent: object, name: str, holder: str) -> InUse:
        return InUse.CANCEL

    @staticmethod
    def print_setup(parent: object, printer: object) -> bool:
        return False


@pytest.fixture
def dialogs(tmp_path: Path) -> type[FakeDialogs]:
    """Scripted dialog answers; settings written to a temporary folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    configure_application_identity()
    FakeDialogs.open_answers = []
    FakeDialogs.save_answers = []
    FakeDialogs.save_suggestions = []
    FakeDialogs.unsaved_answers = []
    FakeDialogs.clinic_folder_answers = []
    FakeDialogs.clinic_folder_questions = []
    FakeDialogs.errors = []
    FakeDialogs.infos = []
    FakeDialogs.sign_answers = []
    FakeDialogs.amend_answers = []
    FakeDialogs.forms = []
    FakeDialogs.properties_shown = []
    FakeDialogs.warning_answers = []
    FakeDialogs.warnings_asked = []
    FakeDialogs.pdf_answers = []
    return FakeDialogs


@pytest.fixture
def window(qtbot: QtBot, dialogs: type[FakeDialogs]) -> MainWindow:
    """A shown main window with an empty session."""
    win = MainWindow(dialogs=dialogs)
    qtbot.addWidget(win)
    win.resize(1200, 900)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit()
    return win
