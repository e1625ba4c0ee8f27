"""Starting a new session from a previous one: what carries over to the next visit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bodymap.history.matching import TOLERANCE_MM, distance_mm
from bodymap.model import Encounter, ExaminedOnly, Session, TriggerPoint, new_id, utc_now


def session_from_previous(previous: Session) -> Session:
    """A new, empty session for the next visit of ``previous``'s patient, with a new id.

    The patient data and the encounter's clinician, clinic, indication and diagnoses carry
    over; the patient data are to be confirmed (weight, allergies, anticoagulation and
    pregnancy change between visits: see ``CONFIRM_AT_NEXT_VISIT``). The date, consent and
    time-out are for the new visit to record, the procedure starts from its defaults, and
    there are no points: the previous points are offered on the map to be accepted (see
    ``point_from_previous`` and ``points_to_accept``).
    """
    old = previous.encounter
    return Session(
        id=new_id(),
        created=utc_now(),
        patient=previous.patient,
        encounter=Encounter(
            date=None,
            clinician=old.clinician,
            clinic=old.clinic,
            indication=old.indication,
            diagnoses=list(old.diagnoses),
        ),
    )


def point_from_previous(
    previous: TriggerPoint, number: int, *, keep_treatment: bool = False
) -> TriggerPoint:
    """A point of the current session at the place of a previous visit's point.

    Location, muscle and side carry over. Findings and notes do not: they belong to the new
    examination, which starts empty; the earlier visit's findings stay with that visit and are
    shown beside the point as the earlier visit's (``HistoricPoint.findings``). The treatment
    is "examined only" unless ``keep_treatment`` is set, so that a treatment is never
    documented without the clinician choosing it.

    Args:
        previous: the point of the earlier session.
        number: the number the point gets in the current session.
        keep_treatment: carry the earlier treatment over as well.
    """
    return TriggerPoint(
        id=new_id(),
        number=number,
        x=previous.x,
        y=previous.y,
        muscle=previous.muscle,
        side=previous.side,
        muscle_chosen=previous.muscle_chosen,
        treatment=previous.treatment if keep_treatment else ExaminedOnly(),
    )


CONFIRM_AT_NEXT_VISIT = (
    "weight_kg",
    "allergies",
    "allergy_local_anaesthetic",
    "anticoagulation",
    "pregnant",
)
"""Patient fields carried over to the next visit that the clinician confirms there: each can
change between visits and each changes what may be injected (the dose limit by weight, the
local anaesthetic allergy, bleeding on anticoagulation, pregnancy; clinical-basis §9.3)."""


def points_to_accept(
    offered: Iterable[TriggerPoint],
    current: Sequence[TriggerPoint],
    spacing_mm: float = TOLERANCE_MM,
) -> list[TriggerPoint]:
    """The earlier points "accept all" takes, in the order offered.

    A point is taken only if it lies farther than ``spacing_mm`` (the matching distance)
    from every point of the session and from every point taken before it, whatever their
    muscle: so no two points end up closer than the matching distance, and of two earlier
    marks of one trigger point (at two visits) only the first offered is taken. The others
    stay offered, to be accepted one by one where the clinician finds them distinct
    (clinical-basis §9.3).
    """
    taken: list[TriggerPoint] = []
    for point in offered:
        if all(distance_mm(point, other) > spacing_mm for other in (*current, *taken)):
            taken.append(point)
    return taken
