"""The licence texts the bundle carries (packaging/licenses.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pydantic
import PySide6
import pytest

import bodymap.cli


@pytest.fixture
def licenses(script: Callable[[str], ModuleType]) -> ModuleType:
    return script("licenses")


def _toc(*sources: Path, kind: str = "PYMODULE") -> list[tuple[str, str, str]]:
    return [(source.name, str(source), kind) for source in sources]


def test_each_shipped_file_is_traced_to_its_component_and_licence_text(
    licenses: ModuleType,
) -> None:
    toc = [
        *_toc(Path(bodymap.cli.__file__), Path(pydantic.__file__), Path(json.__file__)),
        *_toc(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6", kind="BINARY"),
    ]
    components, unknown = licenses.components(toc)
    by_name = {c.name: c for c in components}
    assert unknown == []
    assert by_name["bodymap"].licence == "MIT"
    assert by_name["bodymap"].texts == [licenses.ROOT / "LICENSE"]
    assert by_name["pydantic"].licence == "MIT"
    assert [p.name for p in by_name["pydantic"].texts] == ["LICENSE"]
    assert by_name["Python"].texts[0].name == "LICENSE.txt"
    assert [p.name for p in by_name["PySide6_Essentials"].texts] == [
        "LGPL-3.0.txt",
        "GPL-3.0.txt",
    ]
    assert "pyinstaller" in by_name  # the bootloader is always shipped
    assert all(p.is_file() for c in components for p in c.texts)


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="a Debian system")
def test_a_system_library_brings_its_debian_copyright_file(licenses: ModuleType) -> None:
    libz = subprocess.run(["dpkg", "-L", "zlib1g"], capture_output=True, text=True).stdout
    path = next(line for line in libz.splitlines() if "/libz.so.1" in line)
    components, unknown = licenses.components(_toc(Path(path), kind="BINARY"))
    assert unknown == []
    zlib = next(c for c in components if c.name == "zlib1g")
    assert zlib.texts == [Path("/usr/share/doc/zlib1g/copyright")]


def test_the_build_fails_when_a_shipped_file_has_no_licence(
    licenses: ModuleType, tmp_path: Path
) -> None:
    stray = tmp_path / "libstray.so.1"
    stray.write_bytes(b"\x7fELF")
    analysis = SimpleNamespace(pure=[], binaries=_toc(stray, kind="BINARY"), datas=[])
    with pytest.raises(SystemExit, match=r"libstray\.so\.1"):
        licenses.write(tmp_path / "bundle", analysis)
    assert not (tmp_path / "bundle" / "licenses").exists()


def test_the_licence_folder_lists_every_component_and_the_qt_statement(
    licenses: ModuleType, tmp_path: Path
) -> None:
    analysis = SimpleNamespace(
        pure=_toc(Path(bodymap.cli.__file__), Path(pydantic.__file__)),
        binaries=_toc(Path(PySide6.__file__).parent / "QtCore.abi3.so", kind="EXTENSION"),
        datas=[],
    )
    folder = licenses.write(tmp_path / "bundle", analysis)
    index = (folder / "README.txt").read_text(encoding="utf-8")
    assert f"bodymap {bodymap.__version__}: MIT" in index
    assert f"pydantic {pydantic.VERSION}: MIT" in index
    assert "PySide6_Essentials" in index
    assert "can be replaced" in " ".join(index.split())
    assert (folder / "bodymap" / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert (folder / "PySide6_Essentials" / "LGPL-3.0.txt").is_file()
    assert (folder / "QT-LGPL.txt").is_file()
