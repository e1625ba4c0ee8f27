"""What the PyInstaller bundle takes and leaves out (packaging/bundle.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

QT = "PySide6/Qt"


@pytest.fixture
def bundle(script: Callable[[str], ModuleType]) -> ModuleType:
    return script("bundle")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/plugins/platforms/libqxcb.so", True),
        (f"{QT}/plugins/platforms/libqwayland.so", True),
        (f"{QT}/plugins/platforms/libqoffscreen.so", True),
        (f"{QT}/plugins/platforms/libqeglfs.so", False),
        (f"{QT}/plugins/platforms/libqvnc.so", False),
        (f"{QT}/plugins/imageformats/libqjpeg.so", False),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
        (f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so", True),
        (f"{QT}/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        (f"{QT}/plugins/printsupport/libcupsprintersupport.so", True),
        (f"{QT}/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        (f"{QT}/lib/libQt6Gui.so.6", True),
    ],
)
def test_only_the_qt_plugins_bodymap_uses_are_kept(
    bundle: ModuleType, dest: str, kept: bool
) -> None:
    assert bundle.plugin_kept(dest) is kept


NEEDS = {
    "/src/QtGui.so": ["libQt6Gui.so.6"],
    "/src/libQt6Gui.so.6": ["libpng16.so.16"],
    "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "/src/libQt6XcbQpa.so.6": ["libxcb-icccm.so.4", "libQt6Gui.so.6"],
    "/src/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"],
    "/src/libQt6EglFSDeviceIntegration.so.6": ["libgbm.so.1"],
    "/src/libcupsprintersupport.so": ["libQt6PrintSupport.so.6", "libcups.so.2"],
    "/src/libcups.so.2": ["libgnutls.so.30"],
}


def _binary(dest: str, kind: str = "BINARY") -> tuple[str, str, str]:
    return (dest, f"/src/{Path(dest).name}", kind)


def test_libraries_only_dropped_plugins_or_the_system_cups_client_need_are_left_out(
    bundle: ModuleType,
) -> None:
    binaries = [
        _binary("PySide6/QtGui.so", "EXTENSION"),
        _binary(f"{QT}/lib/libQt6Gui.so.6"),
        _binary("libpng16.so.16"),
        _binary(f"{QT}/plugins/platforms/libqxcb.so"),
        _binary(f"{QT}/lib/libQt6XcbQpa.so.6"),
        _binary("libxcb-icccm.so.4"),
        _binary(f"{QT}/plugins/platforms/libqeglfs.so"),
        _binary(f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6"),
        _binary("libgbm.so.1"),
        _binary(f"{QT}/plugins/printsupport/libcupsprintersupport.so"),
        _binary(f"{QT}/lib/libQt6PrintSupport.so.6"),
        _binary("libcups.so.2"),
        _binary("libgnutls.so.30"),
        ("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"),
        (
            "libQt6EglFSDeviceIntegration.so.6",
            f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
    ]
    kept = bundle.keep_binaries(binaries, lambda path: NEEDS.get(path, []))
    names = {Path(dest).name for dest, _source, kind in kept if kind != "SYMLINK"}
    assert names == {
        "QtGui.so",
        "libQt6Gui.so.6",
        "libpng16.so.16",
        "libqxcb.so",
        "libQt6XcbQpa.so.6",
        "libxcb-icccm.so.4",
        "libcupsprintersupport.so",
        "libQt6PrintSupport.so.6",
    }
    links = [dest for dest, _source, kind in kept if kind == "SYMLINK"]
    assert links == ["libQt6Gui.so.6"]


def test_the_data_files_and_translations_go_where_bodymap_finds_them(
    bundle: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "bodymap" / "i18n").mkdir(parents=True)
    (tmp_path / "bodymap" / "i18n" / "bodymap_de.qm").write_bytes(b"qm")
    (tmp_path / "bodymap" / "i18n" / "bodymap_de.ts").write_text("source", encoding="utf-8")
    (tmp_path / "bodymap" / "i18n" / "bodymap_en.ts").write_text("plurals", encoding="utf-8")
    assert bundle.app_datas(tmp_path) == [
        (str(tmp_path / "assets"), "bodymap/assets"),
        (str(tmp_path / "bodymap" / "i18n" / "bodymap_de.qm"), "bodymap/i18n"),
        # English plural forms, read without Qt; the other sources stay behind.
        (str(tmp_path / "bodymap" / "i18n" / "bodymap_en.ts"), "bodymap/i18n"),
    ]
