"""Positions on the bundled diagram built from its landmarks, and small session factories."""

from __future__ import annotations

from typing import Any

from bodymap.anatomy import Diagram, load_diagram
from bodymap.clinical import BodyFrame
from bodymap.model import (
    Encounter,
    ExaminedOnly,
    Injection,
    MuscleId,
    Patient,
    Procedure,
    Session,
    Side,
    Treatment,
    TriggerPoint,
)

DIAGRAM: Diagram = load_diagram()
LANDMARKS = DIAGRAM.landmarks
FRAME = BodyFrame.from_landmarks(LANDMARKS)

Place = tuple[float, float]


def between(a: Place, b: Place, t: float = 0.5) -> Place:
    """The point a fraction ``t`` of the way from ``a`` to ``b``."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def mirrored(place: Place) -> Place:
    """The same place on the patient's other side."""
    return (2 * LANDMARKS["c7"][0] - place[0], place[1])


def lm(name: str) -> Place:
    return LANDMARKS[name]


# The places the tests use, patient's right unless named otherwise.
ANGLE_OF_NECK = between(lm("c7"), lm("acromion_right"))
"""Midway between C7 and the acromion: the classic upper trapezius trigger point."""
LEVATOR_AT_NECK_ANGLE = FRAME.to_mm(0.18, -0.08)
"""Where levator scapulae emerges from under the upper trapezius."""
BESIDE_T5 = between(lm("t5"), lm("medial_border_mid_right"))
"""Between the T5 spinous process and the medial border: over the ribs."""
INFRASPINOUS_FOSSA = between(lm("spine_of_scapula_mid_right"), lm("inferior_angle_right"), 0.3)
SUBOCCIPITAL = between(lm("eop"), lm("mastoid_right"), 0.4)
NECK_MIDLINE_C4 = between(between(lm("mastoid_left"), lm("mastoid_right")), lm("c7"), 0.6)
NECK_PARAMEDIAN_C4 = (NECK_MIDLINE_C4[0] + 20.0, NECK_MIDLINE_C4[1])
ARM = lm("deltoid_tuberosity_right")
BELOW_T12 = (lm("t12")[0] + 30.0, lm("t12")[1] + 30.0)
ON_T6 = lm("t6")


def point(
    number: int,
    place: Place,
    muscle: MuscleId | None = None,
    *,
    side: Side | None = None,
    treatment: Treatment | None = None,
    chosen: bool = False,
) -> TriggerPoint:
    """A point at ``place``; the muscle is the one drawn there (as a click names it) and the
    side the place's side, unless given."""
    x, y = place
    if muscle is None:
        hits = DIAGRAM.muscles_at(x, y)
        muscle = hits[0].muscle if hits else "multifocal"  # type: ignore[assignment]
    return TriggerPoint(
        number=number,
        x=x,
        y=y,
        muscle=muscle,
        side=side or DIAGRAM.side_at(x),  # type: ignore[arg-type]
        muscle_chosen=chosen,
        treatment=treatment or ExaminedOnly(),
    )


def lido(ml: float = 1.0, pct: float | None = 1.0, **changes: Any) -> Injection:
    return Injection(agent="lidocaine", concentration_percent=pct, volume_ml=ml, **changes)


def other(name: str, ml: float = 1.0, pct: float | None = 1.0, **changes: Any) -> Injection:
    return Injection(
        agent="other", agent_other=name, concentration_percent=pct, volume_ml=ml, **changes
    )


def session(
    *points: TriggerPoint,
    weight: float | None = 70.0,
    consent: bool = True,
    timeout: bool = True,
    diagnoses: tuple[str, ...] = ("M79.18",),
    procedure: Procedure | None = None,
    **patient: Any,
) -> Session:
    return Session(
        patient=Patient(weight_kg=weight, **patient),
        encounter=Encounter(
            consent_obtained=consent, timeout_done=timeout, diagnoses=list(diagnoses)
        ),
        procedure=procedure or Procedure(),
        points=list(points),
    )
