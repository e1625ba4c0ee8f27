"""``make run``'s check of the system libraries Qt's desktop platform needs."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n'
FEDORA = "NAME=Fedora\nID=fedora\n"
ROCKY = 'ID="rocky"\nID_LIKE="rhel centos fedora"\n'
ARCH = "ID=arch\n"

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f)
"""

TOOLCHAIN = re.compile(r"^(libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s)\.so")
"""Libraries of the C and C++ runtime, there on every system that runs Python."""


@pytest.fixture
def check(script: Callable[[str], ModuleType]) -> ModuleType:
    return script("check_system_libs")


def test_ldd_not_found_lines_are_the_missing_libraries(check: ModuleType) -> None:
    assert check.parse_not_found(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


@pytest.mark.parametrize(
    ("os_release", "family"),
    [(DEBIAN, "debian"), (UBUNTU, "debian"), (FEDORA, "fedora"), (ROCKY, "fedora"), (ARCH, None)],
)
def test_the_distribution_family_comes_from_os_release(
    check: ModuleType, os_release: str, family: str | None
) -> None:
    assert check.os_family(os_release) == family


def test_debian_and_ubuntu_are_told_the_apt_packages(check: ModuleType) -> None:
    missing = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    assert (
        check.install_command("debian", missing, root=False)
        == "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"
    )
    assert check.install_command("debian", missing, root=True).startswith("apt-get install ")


def test_fedora_is_told_the_dnf_packages_once_each(check: ModuleType) -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-randr.so.0", "libxcb-shm.so.0"]
    assert (
        check.install_command("fedora", missing, root=False)
        == "sudo dnf install xcb-util-wm libxcb"
    )


def test_an_unknown_library_is_named_by_its_soname_on_fedora_and_not_guessed_on_debian(
    check: ModuleType,
) -> None:
    assert check.install_command("fedora", ["libnew.so.2"], root=True) == (
        "dnf install 'libnew.so.2()(64bit)'"
    )
    assert check.install_command("debian", ["libnew.so.2"], root=True) is None
    message = check.advice("xcb", ["libnew.so.2"], None)
    assert "libnew.so.2" in message
    assert "Install them with" not in message


@pytest.mark.parametrize(
    ("environ", "platforms"),
    [
        ({}, ["xcb"]),
        ({"QT_QPA_PLATFORM": "offscreen"}, ["offscreen"]),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, ["xcb"]),
        ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
        ({"WAYLAND_DISPLAY": "wayland-0"}, ["wayland", "xcb"]),
    ],
)
def test_the_platforms_checked_are_those_qt_will_try(
    check: ModuleType, environ: dict[str, str], platforms: list[str]
) -> None:
    assert check.platforms_to_check(environ) == platforms


def test_missing_xcb_libraries_stop_the_start_with_the_install_command(
    check: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check, "missing_libraries", lambda binaries: ["libxcb-icccm.so.4"])
    ok, message = check.check({}, check.qt_folder(), DEBIAN, root=False)
    assert not ok
    assert message.splitlines() == [
        'bodymap cannot start: Qt\'s "xcb" platform needs system libraries that are not installed:',
        "  libxcb-icccm.so.4",
        "Install them with:",
        "  sudo apt-get install libxcb-icccm4",
    ]


def test_a_wayland_session_starts_when_wayland_can_load_even_without_xcb(
    check: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(binaries: list[Path]) -> list[str]:
        return ["libxcb-icccm.so.4"] if binaries[0].name == "libqxcb.so" else []

    monkeypatch.setattr(check, "missing_libraries", missing)
    assert check.check({"WAYLAND_DISPLAY": "wayland-0"}, check.qt_folder(), FEDORA, root=False)[0]
    assert not check.check({}, check.qt_folder(), FEDORA, root=False)[0]


def test_a_platform_without_plugin_is_left_to_qt(check: ModuleType) -> None:
    assert check.check({"QT_QPA_PLATFORM": "cocoa"}, check.qt_folder(), DEBIAN, root=False) == (
        True,
        "",
    )


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs readelf (binutils)")
def test_every_library_the_desktop_platforms_name_has_its_packages_known(
    check: ModuleType,
) -> None:
    # The libraries the xcb and wayland plugins and the Qt libraries they use name directly;
    # a PySide6 update that adds one must add its Debian and Fedora packages too.
    qt = check.qt_folder()
    binaries = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "platforms" / "libqwayland.so",
        *(qt / "lib").glob("libQt6XcbQpa.so*"),
        *(qt / "lib").glob("libQt6Gui.so*"),
        *(qt / "lib").glob("libQt6Widgets.so*"),
        *(qt / "lib").glob("libQt6WaylandClient.so*"),
    ]
    needed: set[str] = set()
    for binary in binaries:
        elf = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True)
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", elf.stdout))
    system = {
        n for n in needed if not n.startswith(("libQt6", "libicu")) and not TOOLCHAIN.match(n)
    }
    assert system, "no system libraries found: the plugin paths are wrong"
    assert sorted(system - set(check.PACKAGES)) == []
