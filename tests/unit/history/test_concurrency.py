"""Two processes indexing one clinic folder at once: both finish, and both see the history."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.unit.history import factories as f

ROOT = Path(__file__).resolve().parents[3]
MRN = "MRN-ANNA-7"

ROUNDS = 20
"""Fresh indexes built by both processes at once. Before refreshes were serialised, every run
of twenty rounds tried failed within a few rounds: on a UNIQUE constraint, or with one process
deleting the index the other had just created."""

# Each process loads what it needs, says "ready", then for each database path it is sent
# (both get the same one at the same moment) refreshes that index and prints the recurrence
# of today's point, or the error, in one line.
_INDEXER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bodymap import storage
    from bodymap.history import index, lookup
    folder, today = Path(sys.argv[1]), storage.load_session(sys.argv[2])
    sys.stdout.write("ready\\n"); sys.stdout.flush()
    for line in sys.stdin:
        try:
            with index.ClinicIndex(folder, db_path=Path(line.strip())) as clinic:
                found = lookup.refreshed_recurrences(clinic, today)
                started_afresh = clinic.rebuilt
        except Exception as exc:
            sys.stdout.write(f"failed: {type(exc).__name__}: {exc}\\n")
        else:
            texts = [r.text for r in found.values()]
            sys.stdout.write(f"{texts} rebuilt={started_afresh}\\n")
        sys.stdout.flush()
    """
)


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A clinic folder big enough that a first refresh takes a while, and today's session."""
    folder = tmp_path_factory.mktemp("clinic")
    f.build_clinic(folder, 400, patients=80)
    point = {"x": 230.0, "y": 240.0, "muscle": "upper_trapezius", "side": "left"}
    f.write(folder, "anna-1", f.session("Anna", MRN, dt.date(2026, 10, 2), [f.point(1, **point)]))
    today = f.write(
        tmp_path_factory.mktemp("today"),
        "anna-2",
        f.session("Anna", MRN, dt.date(2026, 11, 25), [f.point(1, **point)]),
    )
    return folder, today


@pytest.mark.e2e
def test_two_processes_refreshing_one_index_both_print_the_recurrence(
    clinic: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, today = clinic
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _INDEXER, str(folder), str(today)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        for _ in range(2)
    ]
    recurring = "recurring: 2nd visit, last treated 2026-10-02 with lidocaine 1% 0.5 mL"
    try:
        for process in processes:
            assert process.stdout is not None
            assert process.stdout.readline() == "ready\n"
        for round_ in range(ROUNDS):
            db = tmp_path / f"index-{round_}.sqlite3"
            for process in processes:
                assert process.stdin is not None
                process.stdin.write(f"{db}\n")
                process.stdin.flush()
            for process in processes:
                assert process.stdout is not None
                # Neither failed, nor found the other's half-built index unusable (and
                # deleted it).
                assert process.stdout.readline() == f"[{recurring!r}] rebuilt=False\n", round_
            with sqlite3.connect(db) as conn:
                counts = conn.execute("SELECT count(*), count(DISTINCT path) FROM files")
                assert counts.fetchone() == (401, 401)
            conn.close()
    finally:
        for process in processes:
            process.kill()
            process.wait(timeout=10)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()
