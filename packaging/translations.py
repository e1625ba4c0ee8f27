"""bodymap's translations: the ``.ts`` sources updated from the code, the ``.qm`` files built.

    python packaging/translations.py update    # lupdate over bodymap/, then release
    python packaging/translations.py release   # lrelease: each .qm from its .ts, if older

Run with the Python of an environment that has PySide6 (``make translations``; the set-up of
``make run``, ``make test`` and ``make dist`` releases). The tools are PySide6's
``pyside6-lupdate`` and ``pyside6-lrelease``, found beside that Python. Only the standard
library is imported here (the tests import this module too).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "bodymap"
FOLDER = SOURCES / "i18n"
LANGUAGES = ("de", "es")
"""The languages with a ``.ts`` source; English is the language of the code."""
ENGLISH = "bodymap_en.ts"
"""English singular and plural forms of the texts with plural forms (read without Qt)."""
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete", "-silent")
"""No source locations: a moved line would change every ``.ts`` file for nothing; and no
translations of texts the code no longer has (the tests refuse them)."""


def ts_files(folder: Path = FOLDER) -> list[Path]:
    """The translation sources, one per language."""
    return [folder / f"bodymap_{language}.ts" for language in LANGUAGES]


def tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lupdate``) beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def update(targets: Sequence[Path], sources: Path = SOURCES, *, plural_only: bool = False) -> None:
    """Bring ``targets`` up to date with the texts of ``sources`` (new texts are added as
    unfinished; texts no longer in the code are dropped).
    ``plural_only``: only the texts with plural forms (the English file)."""
    options = [*LUPDATE_OPTIONS, "-pluralonly"] if plural_only else list(LUPDATE_OPTIONS)
    subprocess.run(
        [tool("pyside6-lupdate"), *options, str(sources), "-ts", *map(str, targets)],
        check=True,
    )


def release(source: Path, target: Path) -> None:
    """Build the ``.qm`` file ``target`` from the ``.ts`` file ``source``."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
    )


def release_all(folder: Path = FOLDER) -> list[Path]:
    """Build every ``.qm`` file that is missing or older than its ``.ts``; returns them all."""
    built = []
    for source in ts_files(folder):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            release(source, target)
        built.append(target)
    return built


def main(argv: Sequence[str]) -> int:
    """``update`` or ``release``."""
    if list(argv) == ["update"]:
        update(ts_files())
        update([FOLDER / ENGLISH], plural_only=True)
        release_all()
        return 0
    if list(argv) == ["release"]:
        release_all()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
