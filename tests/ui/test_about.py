"""The About box and the application icon."""

from __future__ import annotations

import importlib.metadata
import platform
import sys
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

import bodymap
from bodymap.ui import MainWindow, about, icon

pytestmark = pytest.mark.gui


def test_about_names_the_versions_of_bodymap_qt_pyside_and_python() -> None:
    text = about.about_text()
    assert text.splitlines()[0] == f"bodymap {bodymap.__version__}"
    assert f"Qt {qVersion()}" in text
    assert f"PySide6 {pyside_version}" in text
    assert f"Python {platform.python_version()}" in text


def test_about_states_the_licences_and_that_qt_stays_replaceable() -> None:
    text = " ".join(about.about_text().split())
    assert "bodymap is free software under the MIT licence" in text
    assert "GNU Lesser General Public License version 3 (LGPLv3)" in text
    assert "can be replaced with compatible versions" in text


def test_about_lists_every_installed_runtime_library_with_its_licence() -> None:
    lines = about.about_text().splitlines()
    for name in ("pydantic", "pydantic_core", "platformdirs", "PySide6_Essentials", "shiboken6"):
        dist = importlib.metadata.distribution(name)
        line = next(line for line in lines if line.strip().startswith(f"{name} "))
        assert line.strip().startswith(f"{name} {dist.version}: ")
    pyside = next(line for line in lines if line.strip().startswith("PySide6_Essentials "))
    assert pyside.endswith("(used under LGPL-3.0)")
    assert not any(line.strip().startswith(("pytest ", "mypy ", "ruff ")) for line in lines)


def test_in_the_bundle_about_points_at_the_licence_texts_beside_the_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bodymap"))
    text = about.about_text()
    assert f"are in {tmp_path / 'licenses'}." in text
    assert "PyInstaller bootloader" in text


def test_the_about_box_shows_its_text_as_plain_text(qtbot: QtBot) -> None:
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog.text, QPlainTextEdit)
    assert dialog.text.isReadOnly()
    assert dialog.text.toPlainText() == about.about_text()


def test_help_about_opens_the_about_box(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QWidget | None] = []
    monkeypatch.setattr(about, "show_about", shown.append)
    qtbot.waitUntil(lambda: window.is_ready)
    action = next(
        a
        for menu in window.menuBar().actions()
        if menu.menu() is not None
        for a in menu.menu().actions()
        if isinstance(a, QAction) and a.text().replace("&", "") == "About bodymap"
    )
    action.trigger()
    assert shown == [window]


def test_the_icon_comes_in_every_size_and_names_the_desktop_entry(qapp: QApplication) -> None:
    app_icon = icon.application_icon()
    assert not app_icon.isNull()
    assert {s.width() for s in app_icon.availableSizes()} == set(icon.ICON_SIZES)
    for size in icon.ICON_SIZES:
        assert app_icon.pixmap(QSize(size, size)).width() == size
    icon.set_application_icon(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.desktopFileName() == icon.DESKTOP_FILE
