"""Helpers for signing tests: the example session, file edits as someone with an editor."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bodymap import storage
from bodymap.model import Session

DATA = Path(__file__).resolve().parents[2] / "data" / "sessions"
EXAMPLE = DATA / "v1_0_example.bodymap.json"
PASSPHRASE = "correct horse battery staple"


def write_session(path: Path, session: Session) -> Path:
    """Save ``session`` to ``path`` and return the path."""
    storage.save_session(session, path)
    return path


def edit_file(path: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Rewrite the file's JSON after ``change(document)``, as someone with an editor would."""
    document = json.loads(path.read_text("utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")


def private_file(path: Path, text: str) -> Path:
    """A file only its owner may read, as a passphrase file must be."""
    path.write_text(text, encoding="utf-8")
    os.chmod(path, 0o600)
    return path


def golden_clinic(folder: Path) -> Path:
    """A clinic folder holding the golden files' registered key, with the modes it would have
    (a checkout's modes follow the umask, which may leave files group-writable)."""
    keys = folder / "keys"
    keys.mkdir(parents=True)
    os.chmod(keys, 0o755)
    for source in (DATA / "keys").glob("*.pub.json"):
        shutil.copyfile(source, keys / source.name)
        os.chmod(keys / source.name, 0o644)
    return folder
