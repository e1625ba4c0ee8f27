"""Sessions for the export tests, with points placed from the diagram's landmarks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, cast

from bodymap import storage
from bodymap.anatomy import Diagram, load_diagram
from bodymap.anatomy.diagram import asset_path
from bodymap.model import (
    DryNeedling,
    Encounter,
    ExaminedOnly,
    Findings,
    Injection,
    MixedAgent,
    MuscleId,
    Patient,
    Procedure,
    Session,
    Side,
    TriggerPoint,
)

EXAMPLE = asset_path("examples", "example-session.bodymap.json")


def example_session() -> Session:
    """The bundled example session."""
    return storage.load_session(EXAMPLE)


def midpoint(diagram: Diagram, a: str, b: str) -> tuple[float, float]:
    """The midpoint of two landmarks, in diagram mm."""
    (ax, ay), (bx, by) = diagram.landmarks[a], diagram.landmarks[b]
    return (ax + bx) / 2, (ay + by) / 2


def point_at(
    diagram: Diagram,
    number: int,
    xy: tuple[float, float],
    treatment: ExaminedOnly | Injection | DryNeedling,
    findings: Findings | None = None,
    **fields: Any,
) -> TriggerPoint:
    """A point at ``xy`` named, as a click would be, after the top muscle and the side there."""
    x, y = xy
    hits = diagram.muscles_at(x, y)
    assert hits, f"no muscle at {xy}"
    return TriggerPoint(
        id=f"00000000-0000-4000-8000-{number:012d}",
        number=number,
        x=x,
        y=y,
        muscle=cast(MuscleId, hits[0].muscle),
        side=cast(Side, diagram.side_at(x)),
        findings=findings or Findings(),
        treatment=treatment,
        **fields,
    )


def landmark_session(diagram: Diagram | None = None) -> Session:
    """Three points: an injection in the patient's LEFT upper trapezius (midway C7-acromion),
    dry needling on the RIGHT, and an examined-only point below the left inferior angle."""
    diagram = diagram or load_diagram()
    left = midpoint(diagram, "c7", "acromion_left")
    right = midpoint(diagram, "c7", "acromion_right")
    angle_x, angle_y = diagram.landmarks["inferior_angle_left"]
    return Session(
        id="c0ffee00-0000-4000-8000-000000000001",
        created=dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC),
        patient=Patient(
            name="Ada Q. Tester",
            identifier="MRN-778899",
            date_of_birth=dt.date(1960, 7, 15),
            sex="female",
            weight_kg=70,
        ),
        encounter=Encounter(
            date=dt.date(2026, 3, 2), clinician="Dr B. Careful", diagnoses=["M79.18"]
        ),
        procedure=Procedure(start_time=dt.time(10, 0), end_time=dt.time(10, 30)),
        points=[
            point_at(
                diagram,
                1,
                left,
                Injection(agent="lidocaine", concentration_percent=1.0, volume_ml=0.5),
                Findings(status="active", pain_before=7, pain_after=2),
            ),
            point_at(
                diagram,
                2,
                right,
                DryNeedling(),
                Findings(status="latent", pain_before=5),
            ),
            point_at(diagram, 3, (angle_x, angle_y + 15), ExaminedOnly(), Findings(pain_before=3)),
        ],
    )


LIDO_BUPI = Injection(
    agent="lidocaine",
    concentration_percent=0.5,
    volume_ml=2.0,
    mixed_with=(MixedAgent(agent="bupivacaine", concentration_percent=0.125),),
)
"""Lidocaine 1% and bupivacaine 0.25% drawn 1:1: 0.5% + 0.125% in the syringe, 2 mL."""
WITH_TYPED = Injection(
    agent="lidocaine",
    concentration_percent=0.5,
    volume_ml=1.0,
    mixed_with=(MixedAgent(agent="other", agent_other="Sarapin", concentration_percent=None),),
)
"""A mixture with an agent the app cannot identify and no concentration recorded for it."""


def mixture_session(diagram: Diagram | None = None) -> Session:
    """The landmark session with its injection a lidocaine-bupivacaine mixture, and the
    dry-needled point injected with a mixture holding a typed agent instead."""
    session = landmark_session(diagram)
    first, second, *rest = session.points
    points = [
        first.model_copy(update={"treatment": LIDO_BUPI}),
        second.model_copy(update={"treatment": WITH_TYPED}),
        *rest,
    ]
    return session.model_copy(update={"points": points})


def save(session: Session, path: Path) -> Path:
    """Save ``session`` to ``path`` and return the path."""
    storage.save_session(session, path)
    return path
