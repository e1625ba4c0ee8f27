"""What the PyInstaller builds of bodymap (and of the bare benchmark window) take and leave out.

Imported by ``bodymap.spec`` and ``baseline.spec``, which PyInstaller runs with the build
environment's Python; both builds use the same settings, so the benchmark compares like with
like. Only the standard library is imported here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
"""The repository: the ``bodymap`` package and ``assets`` are found from here."""

UNUSED_QT_MODULES = (
    "QtConcurrent",
    "QtDBus",
    "QtDesigner",
    "QtHelp",
    "QtNetwork",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtQml",
    "QtQuick",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtSql",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtUiTools",
    "QtXml",
)
"""PySide6 modules bodymap never imports (it uses QtCore, QtGui, QtWidgets, QtPrintSupport)."""

EXCLUDES = [
    *(f"PySide6.{name}" for name in UNUSED_QT_MODULES),
    # Terminal and toolkit modules of the standard library a desktop application never uses.
    "tkinter",
    "_tkinter",
    "curses",
    "_curses",
    "readline",
    "lib2to3",
    "pydoc_data",
    # pydantic's type checker plugin (it would pull in mypy when installed).
    "pydantic.mypy",
]
"""Python modules never bundled, even where something imports them optionally. The build
environment (``make dist``: .venv-dist) holds only bodymap's run-time dependencies and
PyInstaller, so no development tool can be collected by accident."""

KEPT_PLUGINS = {
    # The X11 and Wayland desktops; offscreen and minimal for the headless commands (print).
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"},
    # Dead keys and compose sequences (accented names), and IBus input methods.
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    # Qt's images are PNG, which QtGui reads without a plugin; no other image format is read.
    "imageformats": set(),
    "iconengines": set(),
    # File dialogs and colours follow the desktop through the XDG desktop portal; the GTK 3
    # theme plugin would drag a partial copy of the system's GTK stack into the bundle.
    "platformthemes": {"libqxdgdesktopportal.so"},
    # Touch and tablet input through evdev is for kiosk systems without a window system.
    "generic": set(),
    "egldeviceintegrations": set(),
}
"""Per Qt plugin folder, the plugins to keep; folders not listed keep everything
(xcbglintegrations, wayland-*, printsupport, styles)."""


def plugin_kept(dest: str) -> bool:
    """Whether a collected binary (its path inside the bundle) is to be kept."""
    parts = Path(dest).parts
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    folder = parts[index + 1] if len(parts) > index + 2 else ""
    if folder not in KEPT_PLUGINS:
        return True
    return parts[-1] in KEPT_PLUGINS[folder]


def app_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The diagram, schema, example session, icons and translations, where bodymap finds them.

    ``bodymap.anatomy.asset_path`` looks for ``bodymap/assets`` beside its package, which in the
    bundle is ``_internal/bodymap/assets`` (PyInstaller's ``sys._MEIPASS``); translations go to
    ``bodymap/i18n`` as in the source tree, with the English plural forms.
    """
    datas = [(str(root / "assets"), "bodymap/assets")]
    i18n = root / "bodymap" / "i18n"
    datas += [(str(qm), "bodymap/i18n") for qm in sorted(i18n.glob("*.qm"))]
    # English plural forms, read without Qt (bodymap.i18n.english_plurals).
    datas += [(str(i18n / "bodymap_en.ts"), "bodymap/i18n")]
    return datas


STRIP = sys.platform.startswith("linux")
"""Strip debugging symbols from the bundled binaries (Linux): a Python built from source keeps
them in libpython and its extension modules, three quarters of their size."""

Entry = tuple[str, str, str]
"""One file of a PyInstaller TOC: destination in the bundle, source, kind."""

SYSTEM_ONLY = {"libcups.so.2"}
"""Libraries used from the system, never bundled. The CUPS client library goes with the
system's print service and its configuration (and brings its own TLS and Kerberos libraries,
which would get no security updates in a bundle); without it Qt prints to PDF only."""

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def direct_needs(path: str) -> list[str]:
    """The libraries a binary names itself (its ELF ``NEEDED`` entries, by ``readelf``)."""
    result = subprocess.run(
        ["readelf", "-d", path], capture_output=True, text=True, check=False, timeout=60
    )
    return _NEEDED.findall(result.stdout)


def _is_root(entry: Entry) -> bool:
    """Extension modules, Qt plugins and the interpreter: what loads the other libraries."""
    dest, _source, kind = entry
    return (
        kind == "EXTENSION"
        or "plugins" in Path(dest).parts
        or Path(dest).name.startswith("libpython")
    )


def keep_binaries(
    binaries: Iterable[Entry], needs: Callable[[str], Iterable[str]] = direct_needs
) -> list[Entry]:
    """``Analysis.binaries`` without the Qt plugins bodymap does not use, the libraries of
    :data:`SYSTEM_ONLY`, and every library only those needed.

    A library is kept when a kept extension module, plugin or the interpreter loads it,
    directly or through other kept libraries (``needs(path)`` names what a binary loads).
    """
    entries = [e for e in binaries if plugin_kept(e[0]) and Path(e[0]).name not in SYSTEM_ONLY]
    libraries = {Path(e[0]).name: e for e in entries if e[2] == "BINARY" and not _is_root(e)}
    reached: set[str] = set()
    pending = [e for e in entries if _is_root(e)]
    while pending:
        entry = pending.pop()
        for name in needs(entry[1]):
            if name in libraries and name not in reached:
                reached.add(name)
                pending.append(libraries[name])
    kept = [e for e in entries if e[2] != "BINARY" or _is_root(e) or Path(e[0]).name in reached]
    return drop_dangling_links(kept, kept)


def drop_dangling_links(toc: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """``toc`` without the symbolic links whose target is not among ``binaries``."""
    present = {e[0] for e in binaries}
    return [e for e in toc if e[2] != "SYMLINK" or e[1] in present]


DESKTOP_FILES = ("install-desktop.sh", "bodymap.desktop", "bodymap-session.xml")
"""The Linux desktop integration, copied into the bundle's ``desktop`` folder."""


def add_desktop_files(bundle_dir: Path) -> None:
    """Copy the desktop entry, the session file type and their installer into the bundle."""
    target = bundle_dir / "desktop"
    target.mkdir(exist_ok=True)
    for name in DESKTOP_FILES:
        shutil.copy2(ROOT / "packaging" / name, target / name)


MACOS_BUNDLE_ID = "org.bodymap.bodymap"
"""The macOS bundle identifier; the session type is ``org.bodymap.session``."""


def macos_info_plist() -> dict[str, object]:
    """Info.plist entries of bodymap.app: the session file type it owns and opens."""
    return {
        "NSHighResolutionCapable": True,
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "bodymap session",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": ["org.bodymap.session"],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": "org.bodymap.session",
                "UTTypeDescription": "bodymap session",
                "UTTypeConformsTo": ["public.json"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["bodymap.json"],
                    "public.mime-type": ["application/x-bodymap+json"],
                },
            }
        ],
    }


def icon_for_platform() -> list[str] | None:
    """The executable's icon where the system shows one (Windows .ico, macOS PNG)."""
    icons = ROOT / "assets" / "icons"
    if sys.platform == "win32":
        return [str(icons / "bodymap.ico")]
    if sys.platform == "darwin":
        return [str(icons / "bodymap-1024.png")]
    return None
