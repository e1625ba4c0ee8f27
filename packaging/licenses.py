"""The licence texts of everything the bundle ships, written to ``dist/bodymap/licenses/``.

Called by ``bodymap.spec`` once PyInstaller has collected the bundle. Every file PyInstaller
took (Python modules, extension modules, shared libraries, data) is traced back to where it
came from: a Python distribution of the build environment (its licence files from its
metadata), bodymap itself, the Python interpreter and standard library, PyInstaller's own
bootloader, or a system library (the copyright file of its Debian package, or the licence
folder of its RPM package). The build fails when something shipped has no licence text.

``licenses/README.txt`` lists each component with its version and licence.
"""

from __future__ import annotations

import functools
import importlib.metadata
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bodymap.ui.about import licence_name

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

QT_STATEMENT = """\
Qt and PySide6 (with shiboken6) are used under the GNU Lesser General Public License
version 3 (LGPL-3.0; its text is the GPL-3.0 with the additional permissions of the
LGPL-3.0, both included here). This one-folder bundle keeps the Qt and PySide6 libraries as
separate, unmodified shared library files in _internal/PySide6/ (Qt/lib, Qt/plugins and the
PySide6 and shiboken6 modules): they can be replaced by compatible versions built by the
user, without rebuilding bodymap. The source code of Qt and PySide6 is available from the
Qt Project (https://download.qt.io/official_releases/ and https://code.qt.io).
"""

_LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}
_TEXTS_KEPT_HERE = {
    # Wheels that declare their licence in their metadata but carry no licence file: the
    # text kept in packaging/licenses/ is the one of the project's source repository
    # (github.com/nazrulworld/fhir.resources, LICENSE). fhir-core is by the same author and
    # declares the same "BSD license".
    "fhir-resources": ("fhir-resources-BSD.txt", "BSD licence text from its source repository"),
    "fhir-core": ("fhir-resources-BSD.txt", "BSD licence text of its author's fhir.resources"),
}


@dataclass
class Component:
    """Something the bundle ships, and the files of its licence."""

    name: str
    version: str
    licence: str
    texts: list[Path] = field(default_factory=list)
    note: str = ""


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.cache
def _distribution_files() -> dict[Path, importlib.metadata.Distribution]:
    """Each installed file of the build environment, and the distribution it belongs to."""
    owners: dict[Path, importlib.metadata.Distribution] = {}
    for dist in importlib.metadata.distributions():
        for entry in dist.files or []:
            owners[Path(str(dist.locate_file(entry))).resolve()] = dist
    return owners


def _python_component() -> Component:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    texts = [
        p for p in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt") if p.is_file()
    ]
    version = ".".join(str(v) for v in sys.version_info[:3])
    return Component("Python", version, "PSF-2.0", texts[:1])


def _python_roots() -> list[Path]:
    paths = sysconfig.get_paths()
    roots = {Path(paths["stdlib"]), Path(paths["platstdlib"]), Path(sys.base_prefix)}
    libdir = sysconfig.get_config_var("LIBDIR")
    if libdir:
        roots.add(Path(libdir))
    return [r.resolve() for r in roots]


def _distribution_component(dist: importlib.metadata.Distribution) -> Component:
    name = dist.metadata["Name"]
    texts = [
        Path(str(dist.locate_file(entry)))
        for entry in dist.files or []
        if ".dist-info" in str(entry) and _LICENCE_NAME.search(entry.name)
    ]
    component = Component(name, dist.version, licence_name(dist.metadata), sorted(texts))
    kept = _TEXTS_KEPT_HERE.get(_norm(name))
    if not texts and kept is not None:
        component.texts = [HERE / "licenses" / kept[0]]
        component.note = kept[1]
    if _norm(name) in _QT_DISTRIBUTIONS:
        # The PySide6 wheels carry no licence files: the texts of the licence they are used
        # under (LGPL-3.0 is a set of permissions added to the GPL-3.0) come with bodymap.
        component.texts = [HERE / "licenses" / "LGPL-3.0.txt", HERE / "licenses" / "GPL-3.0.txt"]
        component.note = "used under LGPL-3.0-only; see QT-LGPL.txt"
    return component


def _system_package(path: Path) -> Component | None:
    """The Debian or RPM package that installed ``path``, with its copyright/licence files."""
    if shutil.which("dpkg-query"):
        found = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True)
        if found.returncode != 0:
            real = path.resolve()
            found = subprocess.run(["dpkg", "-S", str(real)], capture_output=True, text=True)
        if found.returncode == 0:
            package = found.stdout.split(":", 1)[0].strip()
            version = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
            ).stdout.strip()
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            texts = [copyright_file] if copyright_file.is_file() else []
            return Component(package, version, "see the copyright file", texts)
    if shutil.which("rpm"):
        found = subprocess.run(
            ["rpm", "-qf", "--qf", "%{NAME}\t%{VERSION}\t%{LICENSE}", str(path)],
            capture_output=True,
            text=True,
        )
        if found.returncode == 0:
            package, version, licence = found.stdout.split("\t", 2)
            folder = Path("/usr/share/licenses") / package
            texts = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
            return Component(package, version, licence, texts)
    return None


def components(toc: Iterable[tuple[str, str, str]]) -> tuple[list[Component], list[str]]:
    """What the bundle ships, from PyInstaller's (destination, source, kind) entries.

    Returns the components and the source files no component could be found for.
    """
    owners = _distribution_files()
    python_roots = _python_roots()
    found: dict[str, Component] = {}
    unknown: list[str] = []
    bodymap_package = (ROOT / "bodymap").resolve()
    pyinstaller = importlib.metadata.distribution("pyinstaller")
    # The executable's bootloader and the modules that start the frozen interpreter.
    found["pyinstaller"] = _distribution_component(pyinstaller)
    found["pyinstaller"].note = "the bootloader (the bodymap executable) and its start-up modules"
    for _dest, source, kind in toc:
        if kind == "SYMLINK" or not source or not Path(source).is_file():
            continue  # links to files listed themselves; built-in and namespace modules
        src = Path(source).resolve()
        dist = owners.get(src)
        if dist is not None:
            key = _norm(dist.metadata["Name"])
            if key not in found:
                found[key] = _distribution_component(dist)
        elif src.is_relative_to(bodymap_package) or src.is_relative_to(ROOT / "assets"):
            found.setdefault(
                "bodymap", Component("bodymap", bodymap_version(), "MIT", [ROOT / "LICENSE"])
            )
        elif src.is_relative_to(HERE) or src.is_relative_to(ROOT / "benchmarks"):
            continue  # the launcher scripts: bodymap's own
        elif src.name == "base_library.zip":
            found.setdefault("python", _python_component())  # the standard library, zipped
        elif any(src.is_relative_to(root) for root in python_roots):
            found.setdefault("python", _python_component())
        elif "PyInstaller" in src.parts:
            continue
        elif kind == "BINARY":
            package = _system_package(Path(source))
            if package is None:
                unknown.append(source)
            else:
                key = f"system:{package.name}"
                found.setdefault(key, package)
                if package.texts == [] and source not in unknown:
                    unknown.append(source)
        else:
            unknown.append(source)
    return sorted(found.values(), key=lambda c: (c.name != "bodymap", c.name.lower())), unknown


def bodymap_version() -> str:
    text = (ROOT / "bodymap" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    return match.group(1) if match else "?"


def write(bundle_dir: Path, analysis: Any) -> Path:
    """Copy the licence texts into ``bundle_dir/licenses`` and write its README.txt.

    Raises:
        SystemExit: something shipped has no licence text to copy.
    """
    toc = [*analysis.pure, *analysis.binaries, *analysis.datas]
    shipped, unknown = components(toc)
    missing = [c.name for c in shipped if not c.texts or not all(p.is_file() for p in c.texts)]
    if unknown or missing:
        raise SystemExit(
            "licence texts not found for: "
            + ", ".join([*missing, *sorted(set(unknown))])
            + " (packaging/licenses.py)"
        )
    target = bundle_dir / "licenses"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    (target / "QT-LGPL.txt").write_text(QT_STATEMENT, encoding="utf-8")
    lines = [
        "Licences of the software in this bundle",
        "",
        "Each folder holds the licence and copyright texts of one component.",
        "",
    ]
    for component in shipped:
        folder = target / re.sub(r"[^A-Za-z0-9.+-]", "_", component.name)
        folder.mkdir(exist_ok=True)
        for text in component.texts:
            shutil.copyfile(text, folder / text.name)
        line = f"{component.name} {component.version}: {component.licence}"
        if component.note:
            line += f" ({component.note})"
        lines.append(line)
    lines += ["", QT_STATEMENT]
    (target / "README.txt").write_text("\n".join(lines), encoding="utf-8")
    return target
