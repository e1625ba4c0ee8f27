"""Fixtures for storage tests: realistic sessions and file paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.model import Injection, Patient, Session, TriggerPoint

DATA = Path(__file__).resolve().parents[2] / "data" / "sessions"


def make_session(points: int = 3, name: str = "Zelda Secretname") -> Session:
    """A session with ``points`` injected points and an identifiable patient name."""
    return Session(
        patient=Patient(name=name, identifier="MRN-77", weight_kg=70),
        points=[
            TriggerPoint(
                number=n,
                x=200.0 + (n % 20) * 10,
                y=250.0 + (n // 20) * 5,
                muscle="upper_trapezius",
                side="left",
                treatment=Injection(volume_ml=0.5),
            )
            for n in range(1, points + 1)
        ],
    )


@pytest.fixture
def session() -> Session:
    """A small realistic session."""
    return make_session()
