"""Run the built application (``make dist-check``): the frozen executable, not the source.

Every run uses a clean environment (``PATH=/usr/bin:/bin``, a fresh ``HOME``, nothing of a
virtual environment or ``PYTHONPATH``) and another working directory, so the bundle must bring
everything it needs. Checked: ``--version``; ``--smoke`` offscreen; ``validate`` of the example
session (and of a damaged one: a one-line error, exit 1); ``print`` of the example session,
whose PDF is read back with pypdf (patient name and "Patient's LEFT"); that no command changes
its input; the data files and licence texts inside the bundle; and, where Xvfb is installed,
``--smoke`` on the real X11 (xcb) platform with the xcb libraries resolved inside the bundle.

``python packaging/dist_check.py [dist/bodymap]``; exit 0 when all checks pass. Runs with the
development environment's Python (for pypdf), which the frozen runs never see.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdf

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "assets" / "examples" / "example-session.bodymap.json"
BUNDLED_ASSETS = Path("_internal") / "bodymap" / "assets"
XCB_LIBRARIES_BUNDLED = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
"""Libraries a fresh desktop often lacks (see check_system_libs.py) that the bundle brings."""


class CheckFailed(Exception):
    """One check of the built application did not pass."""


def clean_env(home: Path, platform: str = "offscreen") -> dict[str, str]:
    """An environment with no Python of the build on it: system PATH, a fresh HOME."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": platform,
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }


def version() -> str:
    """The version in the source tree (``bodymap/__init__.py``)."""
    text = (ROOT / "bodymap" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if match is None:
        raise CheckFailed("no __version__ in bodymap/__init__.py")
    return match.group(1)


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Runner:
    """Runs the frozen executable in a scratch folder and keeps the results."""

    def __init__(self, bundle: Path, scratch: Path) -> None:
        self.executable = (bundle / "bodymap").resolve()
        self.bundle = bundle.resolve()
        self.scratch = scratch
        self.home = scratch / "home"
        (self.home / "runtime").mkdir(parents=True, mode=0o700)
        self.passed: list[str] = []
        self.failed: list[str] = []

    def run(
        self,
        *args: str,
        platform: str = "offscreen",
        prefix: Sequence[str] = (),
        extra_env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """The executable with ``args``, from the scratch folder, in a clean environment."""
        return subprocess.run(
            [*prefix, str(self.executable), *args],
            cwd=self.scratch,
            env={**clean_env(self.home, platform), **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def check(self, name: str, test: Callable[[], str]) -> None:
        """Run one check; ``test`` returns a short note or raises :class:`CheckFailed`."""
        try:
            note = test()
        except (CheckFailed, OSError, subprocess.SubprocessError, ValueError) as exc:
            self.failed.append(name)
            print(f"FAIL {name}: {exc}", flush=True)
        else:
            self.passed.append(name)
            print(f"ok   {name}: {note}", flush=True)


def expect(result: subprocess.CompletedProcess[str], status: int = 0) -> None:
    """The process exited ``status`` without a Python traceback."""
    if "Traceback" in result.stderr or result.returncode != status:
        raise CheckFailed(
            f"exit {result.returncode} (expected {status}); stderr: {result.stderr.strip()[-600:]}"
        )


def check_version(r: Runner) -> str:
    result = r.run("--version")
    expect(result)
    wanted = f"bodymap {version()}"
    if result.stdout.strip() != wanted:
        raise CheckFailed(f"printed {result.stdout.strip()!r}, not {wanted!r}")
    return wanted


SYSTEM_LIBRARY_FOLDERS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def check_smoke(r: Runner) -> str:
    """``--smoke`` offscreen; the dynamic linker's log shows every shared library (Qt, Python's
    extension modules, ...) loaded from the bundle or the system's library folders."""
    result = r.run("--smoke", extra_env={"LD_DEBUG": "libs"})
    expect(result)
    loaded = re.findall(r"calling init: (\S+)", result.stderr)
    foreign = sorted(
        {p for p in loaded if not p.startswith((str(r.bundle), *SYSTEM_LIBRARY_FOLDERS))}
    )
    if not loaded or foreign:
        raise CheckFailed(f"libraries loaded from outside the bundle: {foreign or 'none seen'}")
    inside = sum(1 for p in set(loaded) if p.startswith(str(r.bundle)))
    seconds = float(result.stdout.strip().splitlines()[0])
    return (
        f"window painted {seconds:.3f} s after start, took input, exited 0; "
        f"{inside} libraries from the bundle, the rest from the system"
    )


def check_assets(r: Runner) -> str:
    assets = r.bundle / BUNDLED_ASSETS
    sources = sorted(p for p in (ROOT / "assets").rglob("*") if p.is_file())
    for source in sources:
        copy = assets / source.relative_to(ROOT / "assets")
        if not copy.is_file() or digest(copy) != digest(source):
            raise CheckFailed(f"{copy} is missing or differs from {source}")
    translations = sorted((ROOT / "bodymap" / "i18n").glob("*.qm"))
    for qm in translations:
        if not (r.bundle / "_internal" / "bodymap" / "i18n" / qm.name).is_file():
            raise CheckFailed(f"translation {qm.name} is not in the bundle")
    return f"{len(sources)} asset files identical, {len(translations)} translations"


def check_validate(r: Runner) -> str:
    session = r.scratch / "example.bodymap.json"
    shutil.copyfile(EXAMPLE, session)
    before = digest(session)
    result = r.run("validate", session.name)
    expect(result)
    if digest(session) != before:
        raise CheckFailed("validate changed its input")
    if "ok (8 points)" not in result.stdout:
        raise CheckFailed(f"printed {result.stdout.strip()!r}")
    bad = r.scratch / "damaged.bodymap.json"
    bad.write_bytes(EXAMPLE.read_bytes()[:500])
    damaged = digest(bad)
    result = r.run("validate", bad.name)
    expect(result, status=1)
    if result.stderr.count("\n") != 1 or not result.stderr.startswith(bad.name):
        raise CheckFailed(f"damaged file: {result.stderr!r}")
    if digest(bad) != damaged:
        raise CheckFailed("validate changed a damaged input")
    return "example ok (8 points); damaged file: one-line error, exit 1, file untouched"


def check_print(r: Runner) -> str:
    session = r.scratch / "print-me.bodymap.json"
    shutil.copyfile(EXAMPLE, session)
    before = digest(session)
    out = r.scratch / "record.pdf"
    result = r.run("print", session.name, "-o", out.name)
    expect(result)
    if digest(session) != before:
        raise CheckFailed("print changed its input")
    reader = pypdf.PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    name = json.loads(EXAMPLE.read_text(encoding="utf-8"))["session"]["patient"]["name"]
    for wanted in (name, "Patient's LEFT"):
        if wanted not in text:
            raise CheckFailed(f"{wanted!r} is not in the printed record")
    return f'{len(reader.pages)} pages; {name!r} and "Patient\'s LEFT" read back with pypdf'


def check_schema(r: Runner) -> str:
    result = r.run("schema")
    expect(result)
    schema = json.loads(result.stdout)
    return f"JSON Schema with {len(schema.get('properties', {}))} top-level properties"


def check_licences(r: Runner) -> str:
    folder = r.bundle / "licenses"
    index = (folder / "README.txt").read_text(encoding="utf-8")
    for needed in ("bodymap", "PySide6", "Python", "pydantic", "replaced"):
        if needed not in index:
            raise CheckFailed(f"licenses/README.txt does not mention {needed!r}")
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        if not list(folder.glob(f"*/{text}")):
            raise CheckFailed(f"{text} is not in licenses/")
    # The About box lists the shipped libraries from their metadata.
    internal = r.bundle / "_internal"
    for name in ("bodymap", "pydantic", "pyside6_essentials", "platformdirs"):
        if not [p for p in internal.glob("*.dist-info") if p.name.lower().startswith(name + "-")]:
            raise CheckFailed(f"no {name} metadata in the bundle for the About box")
    return f"{sum(1 for p in folder.iterdir() if p.is_dir())} components with licence texts"


def check_desktop_entry(r: Runner) -> str:
    """The bundle's desktop/install-desktop.sh installs an entry that runs this bundle."""
    data, config = r.scratch / "xdg-data", r.scratch / "xdg-config"
    env = {**clean_env(r.home), "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(config)}
    script = r.bundle / "desktop" / "install-desktop.sh"
    result = subprocess.run(
        [str(script)], cwd=r.scratch, env=env, capture_output=True, text=True, check=False
    )
    expect(result)
    entry = (data / "applications" / "bodymap.desktop").read_text(encoding="utf-8")
    if f'Exec="{r.executable}" %f' not in entry.splitlines():
        raise CheckFailed(f"the desktop entry does not run {r.executable}: {entry!r}")
    for needed in ("MimeType=application/x-bodymap+json;", "Icon=bodymap"):
        if needed not in entry.splitlines():
            raise CheckFailed(f"the desktop entry has no {needed!r}")
    icon = data / "icons" / "hicolor" / "256x256" / "apps" / "bodymap.png"
    if not icon.is_file() or not (data / "mime" / "packages" / "bodymap-session.xml").is_file():
        raise CheckFailed("the icon or the session file type was not installed")
    return "desktop entry, icons and application/x-bodymap+json installed for the bundle"


def check_smoke_xcb(r: Runner, xvfb_run: str) -> str:
    """``--smoke`` on the X11 platform of a virtual display; the dynamic linker's log
    (``LD_DEBUG=libs``) shows the xcb libraries a fresh desktop often lacks load from the
    bundle, not from the system."""
    result = r.run(
        "--smoke",
        platform="xcb",
        prefix=[xvfb_run, "-a", "-s", "-screen 0 1280x1024x24"],
        extra_env={"LD_DEBUG": "libs"},
    )
    if result.returncode != 0:
        errors = [line for line in result.stderr.splitlines() if "calling" not in line]
        raise CheckFailed(f"exit {result.returncode}: {' '.join(errors[-8:])}")
    loaded = re.findall(r"calling init: (\S+)", result.stderr)
    outside = [
        lib
        for lib in XCB_LIBRARIES_BUNDLED
        if not any(p.endswith("/" + lib) and p.startswith(str(r.bundle)) for p in loaded)
    ]
    if outside:
        raise CheckFailed(f"not loaded from the bundle: {', '.join(outside)}")
    seconds = float(result.stdout.strip().splitlines()[0])
    return (
        f"window painted {seconds:.3f} s after start, exited 0; "
        + ", ".join(XCB_LIBRARIES_BUNDLED)
        + " loaded from the bundle"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run all checks on the bundle; 0 when all pass."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "bodymap")
    args = parser.parse_args(argv)
    if not (args.bundle / "bodymap").is_file():
        print(f"{args.bundle}: no built application (make dist)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bodymap-dist-check-") as tmp:
        r = Runner(args.bundle, Path(tmp))
        r.check("--version", lambda: check_version(r))
        r.check("--smoke (offscreen)", lambda: check_smoke(r))
        r.check("data files in the bundle", lambda: check_assets(r))
        r.check("validate", lambda: check_validate(r))
        r.check("print", lambda: check_print(r))
        r.check("schema", lambda: check_schema(r))
        r.check("licences", lambda: check_licences(r))
        if sys.platform.startswith("linux"):
            r.check("desktop entry", lambda: check_desktop_entry(r))
        xvfb = shutil.which("xvfb-run")
        if xvfb is not None:
            r.check("--smoke (xcb under Xvfb)", lambda: check_smoke_xcb(r, xvfb))
        else:
            print("skip --smoke (xcb under Xvfb): xvfb-run is not installed", flush=True)
    print(f"dist-check: {len(r.passed)} passed, {len(r.failed)} failed")
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main())
