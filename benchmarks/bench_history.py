"""Benchmark: find a patient and list their sessions among 100,000 session files.

``bench_patient_lookup`` builds a clinic folder (one folder per patient, as Save proposes),
indexes it, then times ``search_patients`` followed by ``sessions_for`` (the patient browser's
lookup, at each keystroke). Target: p99 of 20 ms or less. The searches mix the ways people
look a patient up: the identifier, the surname and number, three letters of a first name,
and a single letter (a word start). Importing this module does nothing; the function prints
nothing and returns its measurements.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from pathlib import Path
from typing import Any

from bodymap import history, storage
from bodymap.history import ClinicIndex, search
from bodymap.model import (
    DryNeedling,
    Encounter,
    ExaminedOnly,
    Findings,
    Injection,
    MuscleId,
    Patient,
    Session,
    Side,
    TriggerPoint,
)

TARGET_MS = 20.0
SESSIONS = 100_000

_FIRST = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas"]
_LAST = ["Berg", "Chen", "Dahl", "Engel", "Fischer", "Gomez", "Hansen", "Ito", "Jensen", "Kaur"]
_MUSCLES: list[MuscleId] = [
    "upper_trapezius",
    "levator_scapulae",
    "infraspinatus",
    "rhomboid_major",
]
_SIDES: list[Side] = ["left", "right"]
_TREATMENTS: list[ExaminedOnly | Injection | DryNeedling] = [
    Injection(agent="lidocaine", concentration_percent=1.0, volume_ml=0.5),
    Injection(agent="bupivacaine", concentration_percent=0.25, volume_ml=1.0),
    DryNeedling(),
    ExaminedOnly(),
]


def _patient(number: int) -> Patient:
    first = _FIRST[number % len(_FIRST)]
    last = _LAST[(number // len(_FIRST)) % len(_LAST)]
    return Patient(name=f"{first} {last} {number}", identifier=f"MRN{number:06d}")


def _session(rng: random.Random, patient: Patient) -> Session:
    points = [
        TriggerPoint(
            number=i + 1,
            x=rng.uniform(150, 450),
            y=rng.uniform(250, 550),
            muscle=rng.choice(_MUSCLES),
            side=rng.choice(_SIDES),
            findings=Findings(pain_before=rng.randint(4, 9), pain_after=rng.randint(0, 4)),
            treatment=rng.choice(_TREATMENTS),
        )
        for i in range(rng.randint(1, 3))
    ]
    date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1400))
    return Session(patient=patient, encounter=Encounter(date=date), points=points)


def write_clinic_folder(folder: Path, n: int, patients: int, seed: int = 7) -> None:
    """Write ``n`` generated sessions of ``patients`` patients into ``folder``, each in its
    patient's folder under the name Save proposes.

    The bytes are those a save writes (``storage.dumps_session``), written without the
    save's flush to disk: the files are the benchmark's input, not what it measures.
    """
    rng = random.Random(seed)
    people = [_patient(i) for i in range(patients)]
    folders = [folder / history.patient_folder_name(p) for p in people]
    written: set[Path] = set()
    for i in range(n):
        session = _session(rng, people[i % patients])
        patient_folder = folders[i % patients]
        if patient_folder not in written:
            patient_folder.mkdir(parents=True, exist_ok=True)
            written.add(patient_folder)
        counter = 1
        path = patient_folder / history.session_file_name(session)
        while path in written:  # what Save proposes: never an existing file
            counter += 1
            path = patient_folder / history.session_file_name(session, counter)
        written.add(path)
        path.write_bytes(storage.dumps_session(session))


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5))  # nearest rank
    return ordered[min(rank, len(ordered)) - 1]


def bench_patient_lookup(tmp_dir: Path, n: int = SESSIONS, lookups: int = 200) -> dict[str, Any]:
    """Time a patient lookup (search, then list the sessions) among ``n`` session files.

    Args:
        tmp_dir: an empty folder to build the clinic folder and its index in.
        n: how many session files (five per patient).
        lookups: how many lookups to time.

    Returns:
        Measurements: ``lookup_median_ms`` and ``lookup_p99_ms`` (the figures that count,
        target ``target_ms``), ``passed``, plus the time to write the files, to build the
        index from scratch and to rescan an unchanged folder.
    """
    tmp_dir = Path(tmp_dir)
    folder = tmp_dir / "clinic"
    patients = max(1, n // 5)
    start = time.perf_counter()
    write_clinic_folder(folder, n, patients)
    write_s = time.perf_counter() - start

    with ClinicIndex(folder, db_path=tmp_dir / "history-index.sqlite3") as index:
        build = index.refresh()
        rescan = index.refresh()
        rng = random.Random(11)
        timings_ms: list[float] = []
        found_sessions = 0
        for i in range(lookups):
            number = rng.randrange(patients)
            patient = _patient(number)
            # Alternate the ways people search: identifier, surname and number, three letters
            # of the first name, one letter.
            text = [
                patient.identifier.lower(),
                patient.name.split(" ", 1)[1],
                patient.name.split(" ")[0][:3],
                patient.name[0],
            ][i % 4]
            t0 = time.perf_counter()
            matches = index.search_patients(text)
            sessions = index.sessions_for(matches[0].key) if matches else []
            timings_ms.append((time.perf_counter() - t0) * 1000.0)
            found_sessions += len(sessions)

    median = statistics.median(timings_ms)
    p99 = _percentile(timings_ms, 0.99)
    return {
        "name": "history.patient_lookup",
        "sessions": n,
        "patients": patients,
        "lookups": lookups,
        "lookup_median_ms": round(median, 3),
        "lookup_p99_ms": round(p99, 3),
        "target_ms": TARGET_MS,
        "passed": p99 <= TARGET_MS,
        "write_files_s": round(write_s, 3),
        "index_build_s": round(build.seconds, 3),
        "index_rescan_s": round(rescan.seconds, 3),
        "index_problems": len(build.problems),
        "sessions_listed": found_sessions,
        "full_text": search.trigram_available(),
    }
