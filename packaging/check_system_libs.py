"""Check that the system libraries Qt's desktop platform needs are installed, before start.

Qt 6.5 and later need libraries for its X11 (xcb) platform that a fresh desktop installation
may not have (libxcb-cursor0, libxcb-icccm4, libxkbcommon-x11-0, ...); without them Qt aborts
with "Could not load the Qt platform plugin "xcb"" and no hint of what is missing. This script
asks the dynamic linker (``ldd``) which libraries of the platform plugin and of the Qt modules
bodymap uses cannot be found, and prints the command that installs them on this distribution
(apt on Debian and Ubuntu, dnf on Fedora and its relatives, from /etc/os-release).

``python packaging/check_system_libs.py`` exits 0 when the platform can load (or when the
platform in use is not one it checks), 1 with the install command on stderr otherwise.
Only the standard library is used: it runs with the interpreter that will run bodymap.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

PACKAGES: dict[str, tuple[str, str]] = {
    # soname: (Debian/Ubuntu package, Fedora package)
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libcups.so.2": ("libcups2", "cups-libs"),
    # Fedora's zlib package became zlib-ng-compat: name the library, not the package.
    "libz.so.1": ("zlib1g", "'libz.so.1()(64bit)'"),
}
"""Which package of each distribution family provides a library Qt's desktop platform needs."""

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


@dataclass(frozen=True)
class Target:
    """A Qt platform plugin and whether bodymap needs it to start."""

    platform: str
    binaries: tuple[Path, ...]


def qt_folder() -> Path | None:
    """The ``Qt`` folder of the installed PySide6 wheel, or None without PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "Qt"


def platforms_to_check(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order, as Qt chooses them.

    ``QT_QPA_PLATFORM`` wins (``xcb``, ``wayland;xcb``, ``offscreen``, with ``:options``);
    without it Qt uses xcb, and tries wayland first in a Wayland session.
    """
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [name.split(":", 1)[0].strip() for name in chosen.split(";") if name.strip()]
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" or bool(environ.get("WAYLAND_DISPLAY"))
    return ["wayland", "xcb"] if wayland else ["xcb"]


def binaries_for(platform: str, qt: Path) -> tuple[Path, ...]:
    """The platform plugin and the Qt modules bodymap loads, as files ``ldd`` can read."""
    pyside = qt.parent
    return (
        qt / "plugins" / "platforms" / f"libq{platform}.so",
        *sorted(pyside.glob("QtWidgets.*so")),
        *sorted(pyside.glob("QtGui.*so")),
    )


def parse_not_found(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``, in order, without repeats."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def missing_libraries(binaries: Iterable[Path]) -> list[str]:
    """Libraries the dynamic linker cannot find for any of ``binaries`` (via ``ldd``)."""
    found: list[str] = []
    for binary in binaries:
        result = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, check=False, timeout=60
        )
        found += parse_not_found(result.stdout)
    return list(dict.fromkeys(found))


def os_family(os_release: str) -> str | None:
    """``debian`` or ``fedora`` from the text of /etc/os-release (``ID`` and ``ID_LIKE``)."""
    fields: dict[str, str] = {}
    for line in os_release.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip().strip("\"'")
    ids = [fields.get("ID", ""), *fields.get("ID_LIKE", "").split()]
    for name in ids:
        if name in {"debian", "ubuntu"}:
            return "debian"
        if name in {"fedora", "rhel", "centos"}:
            return "fedora"
    return None


def install_command(family: str | None, sonames: Sequence[str], *, root: bool) -> str | None:
    """The command that installs the packages providing ``sonames``, or None if unknown.

    Fedora's dnf also installs a library by its soname (``'libfoo.so.1()(64bit)'``), so a
    library not in :data:`PACKAGES` is still named exactly there; on Debian it is not.
    """
    sudo = "" if root else "sudo "
    if family == "debian":
        names = [PACKAGES[s][0] for s in sonames if s in PACKAGES]
        if len(names) < len(sonames):
            return None
        return f"{sudo}apt-get install {' '.join(dict.fromkeys(names))}"
    if family == "fedora":
        names = [PACKAGES[s][1] if s in PACKAGES else f"'{s}()(64bit)'" for s in sonames]
        return f"{sudo}dnf install {' '.join(dict.fromkeys(names))}"
    return None


def advice(platform: str, sonames: Sequence[str], command: str | None) -> str:
    """What to tell the user when ``platform`` cannot load for want of ``sonames``."""
    lines = [
        f'bodymap cannot start: Qt\'s "{platform}" platform needs system libraries that are '
        "not installed:",
        "  " + ", ".join(sonames),
    ]
    if command is not None:
        lines += ["Install them with:", f"  {command}"]
    else:
        lines.append("Install the packages of your distribution that provide these libraries.")
    return "\n".join(lines)


def check(environ: Mapping[str, str], qt: Path, os_release: str, *, root: bool) -> tuple[bool, str]:
    """Whether one of the platforms Qt will try can load, and what to tell the user if not."""
    messages: list[str] = []
    for platform in platforms_to_check(environ):
        plugin, *modules = binaries_for(platform, qt)
        if not plugin.exists():
            continue  # not a platform plugin of this Qt: Qt itself will say so
        missing = missing_libraries([plugin, *modules])
        if not missing:
            return True, ""
        command = install_command(os_family(os_release), missing, root=root)
        messages.append(advice(platform, missing, command))
    return not messages, "\n".join(messages)


def main(argv: Sequence[str] | None = None) -> int:
    """Check the libraries and return the exit code (0 ready to start, 1 libraries missing)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.parse_args(argv)
    qt = qt_folder()
    if not sys.platform.startswith("linux") or qt is None or shutil.which("ldd") is None:
        return 0
    try:
        os_release = Path("/etc/os-release").read_text(encoding="utf-8")
    except OSError:
        os_release = ""
    ok, message = check(os.environ, qt, os_release, root=os.geteuid() == 0)
    if not ok:
        print(message, file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
