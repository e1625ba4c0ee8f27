"""The clinic index holds names, identifiers, dates and treatments: it is for this user only."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from bodymap.history import ClinicIndex, default_cache_dir
from tests.unit.history import factories as f

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _clinic(tmp_path: Path) -> Path:
    folder = tmp_path / "clinic"
    f.write(folder, "a", f.session("Anna Berg", "MRN-1", dt.date(2026, 3, 1), [f.point()]))
    return folder


def test_index_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    folder = _clinic(tmp_path)
    old = os.umask(0o002)
    try:
        with ClinicIndex(folder) as index:
            index.refresh()
            files = [p for p in index.db_path.parent.iterdir() if p.name.startswith("clinic-")]
            assert {p.name.removeprefix(index.db_path.name) for p in files} >= {"", "-wal"}
            assert {_mode(p) for p in files} == {0o600}
    finally:
        os.umask(old)
    assert _mode(default_cache_dir() / "history") == 0o700


def test_an_index_left_readable_by_an_older_version_is_tightened(tmp_path: Path) -> None:
    folder = _clinic(tmp_path)
    with ClinicIndex(folder) as index:
        index.refresh()
        db = index.db_path
    history = db.parent
    history.chmod(0o755)
    db.chmod(0o644)
    with ClinicIndex(folder) as index:
        assert index.search_patients("anna")
    assert _mode(history) == 0o700
    assert _mode(db) == 0o600


def test_a_cache_folder_named_by_the_environment_is_not_changed(tmp_path: Path) -> None:
    # BODYMAP_CACHE_DIR (set for every test) may be shared: only bodymap's folder in it is ours.
    base = default_cache_dir()
    base.mkdir(parents=True, exist_ok=True)
    base.chmod(0o755)
    with ClinicIndex(_clinic(tmp_path)) as index:
        index.refresh()
    assert _mode(base) == 0o755
    assert _mode(base / "history") == 0o700
