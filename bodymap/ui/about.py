"""The About box: versions of bodymap, Qt, PySide6 and Python, and the licences of bodymap and
of the libraries it ships with. Plain text only; loaded when the box is first opened."""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import bodymap
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui.icon import application_icon

if TYPE_CHECKING:
    import importlib.metadata

QT_DISTRIBUTIONS = frozenset({"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"})

QT_LICENCE = QT_TRANSLATE_NOOP(
    "about",
    "Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPLv3). "
    "The installable bundle is one folder that keeps the Qt and PySide6 libraries as separate, "
    "unmodified files, so they can be replaced with compatible versions without rebuilding "
    "bodymap.",
)
"""How bodymap uses Qt (English; the About box shows it translated)."""


@dataclass(frozen=True)
class Library:
    """A library bodymap runs with, as its installed metadata describes it."""

    name: str
    version: str
    licence: str


def licence_name(metadata: importlib.metadata.PackageMetadata) -> str:
    """The licence a distribution's metadata declares: its SPDX expression, else its short
    ``License`` field, else its licence classifiers."""
    expression = metadata.get_all("License-Expression") or []
    if expression:
        return str(expression[0])
    licence = str((metadata.get_all("License") or [""])[0]).strip()
    if licence and "\n" not in licence and len(licence) < 120:
        return licence
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in metadata.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or translate("about", "see its licence text")


def _requirement_names(distribution: str) -> list[str]:
    """The run-time requirements of an installed distribution (extras left out)."""
    import importlib.metadata

    try:
        requires = importlib.metadata.requires(distribution) or []
    except importlib.metadata.PackageNotFoundError:
        return []
    names = []
    for requirement in requires:
        marker = requirement.partition(";")[2]
        if "extra" in marker:
            continue
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
        if match:
            names.append(match.group(0))
    return names


def shipped_libraries() -> list[Library]:
    """bodymap's run-time dependencies and theirs, installed, sorted by name."""
    import importlib.metadata

    seen: dict[str, Library] = {}
    pending = _requirement_names("bodymap")
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement for another platform
        seen[key] = Library(dist.metadata["Name"], dist.version, licence_name(dist.metadata))
        pending += _requirement_names(name)
    return sorted(seen.values(), key=lambda lib: lib.name.lower())


def licence_folder() -> Path | None:
    """Where the bundle keeps the licence texts (None when not running from the bundle)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "licenses"
    return None


def about_text() -> str:
    """Everything the About box says, as plain text."""
    import PySide6

    lines = [
        f"bodymap {bodymap.__version__}",
        translate(
            "about",
            "A posterior upper-back and shoulder map for documenting trigger point injections "
            "and dry needling.",
        ),
        translate(
            "about", "Posterior view, patient prone: the patient's left is on the viewer's left."
        ),
        "",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, "
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        "",
        translate("about", "Licences"),
        translate("about", "bodymap is free software under the MIT licence."),
        translate("about", QT_LICENCE),
        "",
        translate("about", "Libraries shipped with bodymap:"),
    ]
    for library in shipped_libraries():
        licence = library.licence
        if re.sub(r"[-_.]+", "-", library.name).lower() in QT_DISTRIBUTIONS:
            licence = translate("about", "{licence} (used under LGPL-3.0)").format(licence=licence)
        lines.append(f"  {library.name} {library.version}: {licence}")
    lines.append(f"  Python {platform.python_version()}: PSF-2.0")
    folder = licence_folder()
    if folder is not None:
        lines += [
            "  "
            + translate(
                "about",
                "PyInstaller bootloader (starts the bundle): GPL-2.0-or-later with an exception "
                "for the programs it starts",
            ),
            "",
            translate(
                "about",
                "The licence texts of all of these, and of the system libraries the bundle "
                "carries, are in {folder}.",
            ).format(folder=folder),
        ]
    else:
        lines += [
            "",
            translate(
                "about", "The licence text of each library is in its installed package metadata."
            ),
        ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    """The About box: the icon, and :func:`about_text` as read-only plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # builds PySide's Qt namespace: not at start-up (ADR 4)

        super().__init__(parent)
        self.setWindowTitle(translate("about", "About bodymap"))
        icon = QLabel(self)
        icon.setPixmap(application_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(about_text())
        self.text.setMinimumSize(620, 440)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None) -> None:
    """Show the About box until it is closed."""
    AboutDialog(parent).exec()
