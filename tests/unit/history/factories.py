"""Factories for history tests: sessions with points, and generated clinic folders."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from bodymap import storage
from bodymap.model import (
    DryNeedling,
    Encounter,
    ExaminedOnly,
    Findings,
    Injection,
    Patient,
    Session,
    TriggerPoint,
)

FIRST = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas"]
LAST = ["Berg", "Chen", "Dahl", "Engel", "Fischer", "Gomez", "Hansen", "Ito", "Jensen", "Kaur"]
MUSCLES = ["upper_trapezius", "levator_scapulae", "infraspinatus", "rhomboid_major"]

LIDOCAINE = Injection(agent="lidocaine", concentration_percent=1.0, volume_ml=0.5)
BUPIVACAINE = Injection(agent="bupivacaine", concentration_percent=0.25, volume_ml=1.0)


def point(
    number: int = 1,
    *,
    x: float = 100.0,
    y: float = 80.0,
    muscle: str = "upper_trapezius",
    side: str = "left",
    treatment: ExaminedOnly | Injection | DryNeedling = LIDOCAINE,
    pain: tuple[int | None, int | None] = (None, None),
) -> TriggerPoint:
    """A trigger point; by default injected with lidocaine 1% 0.5 mL."""
    return TriggerPoint.model_validate(
        {
            "number": number,
            "x": x,
            "y": y,
            "muscle": muscle,
            "side": side,
            "treatment": treatment,
            "findings": Findings(pain_before=pain[0], pain_after=pain[1]),
        }
    )


def session(
    name: str, identifier: str, date: dt.date | None, points: list[TriggerPoint] | None = None
) -> Session:
    """A session of one patient on one day."""
    return Session(
        patient=Patient(name=name, identifier=identifier),
        encounter=Encounter(date=date),
        points=points or [],
    )


def write(folder: Path, name: str, value: Session) -> Path:
    """Save ``value`` as ``folder/name`` + the session suffix; return the path."""
    path = folder / f"{name}{storage.SUFFIX}"
    path.parent.mkdir(parents=True, exist_ok=True)
    storage.save_session(value, path)
    return path


def random_session(rng: random.Random, patient_number: int) -> Session:
    """A plausible session of generated patient ``patient_number`` with 1-4 points."""
    first = FIRST[patient_number % len(FIRST)]
    last = LAST[(patient_number // len(FIRST)) % len(LAST)]
    treatments: list[ExaminedOnly | Injection | DryNeedling] = [
        LIDOCAINE,
        BUPIVACAINE,
        DryNeedling(),
        ExaminedOnly(),
    ]
    points = [
        point(
            i + 1,
            x=rng.uniform(40, 360),
            y=rng.uniform(40, 300),
            muscle=rng.choice(MUSCLES),
            side=rng.choice(["left", "right"]),
            treatment=rng.choice(treatments),
            pain=(rng.randint(4, 9), rng.randint(0, 4)),
        )
        for i in range(rng.randint(1, 4))
    ]
    date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(1000))
    return session(f"{first} {last} {patient_number}", f"MRN{patient_number:06d}", date, points)


def build_clinic(folder: Path, sessions: int, patients: int, seed: int = 1) -> None:
    """Write ``sessions`` generated sessions of ``patients`` patients, in yearly subfolders."""
    rng = random.Random(seed)
    for i in range(sessions):
        value = random_session(rng, rng.randrange(patients))
        assert value.encounter.date is not None
        write(folder / str(value.encounter.date.year), f"s{i:06d}", value)
