"""Starting a new session from a previous one: what carries over to the next visit."""

from __future__ import annotations

from bodymap.model import Encounter, ExaminedOnly, Session, TriggerPoint, new_id, utc_now


def session_from_previous(previous: Session) -> Session:
    """A new, empty session for the next visit of ``previous``'s patient.

    The patient data and the encounter's clinician, clinic, indication and diagnoses carry
    over. The date, consent and time-out are for the new visit to record, the procedure starts
    from its defaults, and there are no points: the previous points are offered on the map to
    be accepted one by one (see ``point_from_previous``).
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
    examination. The treatment is "examined only" unless ``keep_treatment`` is set, so that a
    treatment is never documented without the clinician choosing it.

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
