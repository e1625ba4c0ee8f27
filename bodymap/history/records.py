"""Plain values read from the clinic index: patients, sessions, points of earlier visits."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from bodymap import signing
from bodymap.clinical import wording
from bodymap.history.keys import sort_date
from bodymap.model import DryNeedling, ExaminedOnly, Findings, Injection, Session

treatment_text = wording.treatment_summary
"""What was done at a point, for people, from the indexed values ("lidocaine 1% 0.5 mL"):
the clinical wording's summary, under the name the history's callers use."""


def agent_name(treatment: ExaminedOnly | Injection | DryNeedling) -> str | None:
    """The agent a point was injected with, as indexed: the agent id, or the typed name for
    ``other``; None when not injected. A mixture's further agents are :func:`mixed_agents`."""
    if isinstance(treatment, Injection):
        return wording.stored_agent(treatment.agent, treatment.agent_other)
    return None


def mixed_agents(
    treatment: ExaminedOnly | Injection | DryNeedling,
) -> list[tuple[str, float | None]]:
    """The further agents of a mixture, as indexed: (agent id or typed name, concentration in
    the syringe), in order; empty for a single agent or no injection."""
    if not isinstance(treatment, Injection):
        return []
    return [
        (wording.stored_agent(m.agent, m.agent_other), m.concentration_percent)
        for m in treatment.mixed_with
    ]


def describe_treatment(treatment: ExaminedOnly | Injection | DryNeedling) -> str:
    """``treatment_text`` of a model treatment value."""
    return wording.treatment_summary_of(treatment)


@dataclasses.dataclass(frozen=True, slots=True)
class HistoricPoint:
    """One trigger point of an earlier session, with what matching and the pain chart need.

    ``date`` is the encounter date, or the day the session was created when it has none.
    ``findings`` are that visit's findings (the pain scores are also ``pain_before`` and
    ``pain_after``): shown as the earlier visit's, never copied into a later session.
    """

    session_id: str
    path: Path
    date: dt.date
    point_id: str
    number: int
    muscle: str
    side: str
    x: float
    y: float
    kind: str
    agent: str | None = None
    concentration_percent: float | None = None
    volume_ml: float | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    findings: Findings = dataclasses.field(default_factory=Findings)
    mixed_with: tuple[tuple[str, float | None], ...] = ()
    """The further agents of a mixture (agent id or typed name, concentration in the
    syringe); empty for a single agent."""

    @property
    def treated(self) -> bool:
        """Whether the point was injected or needled (not only examined)."""
        return self.kind != "examined"

    @property
    def treatment(self) -> str:
        """What was done, for people (see ``treatment_text``)."""
        return treatment_text(
            self.kind, self.agent, self.concentration_percent, self.volume_ml, self.mixed_with
        )


def as_amended(session: Session, key_ring: signing.KeyRing) -> Session:
    """An earlier visit as its signed amendments correct it: what it carries forward (the
    dose a correction put right, not the one it corrected).

    Only when the record verifies with the clinic's registered keys (``key_ring``): the
    signer's and every amendment author's key registered under their names, and nothing
    changed. Otherwise as saved: anyone can append an amendment signed with a key of their
    own making, and one that empties the allergies must not empty them in the next visit.
    """
    if not session.amendments:
        return session
    if signing.verify_session(session, key_ring).state is not signing.VerifyState.VALID:
        return session
    try:
        return signing.corrected_session(session)
    except signing.CorrectionError:
        return session


def historic_points(session: Session, path: Path) -> list[HistoricPoint]:
    """The points of a session read from ``path`` (an earlier visit shown on the map), as the
    index gives them."""
    date = sort_date(session)
    points: list[HistoricPoint] = []
    for p in session.points:
        t = p.treatment
        injection = t if isinstance(t, Injection) else None
        points.append(
            HistoricPoint(
                session_id=session.id,
                path=path,
                date=date,
                point_id=p.id,
                number=p.number,
                muscle=p.muscle,
                side=p.side,
                x=p.x,
                y=p.y,
                kind=t.kind,
                agent=agent_name(t),
                concentration_percent=injection.concentration_percent if injection else None,
                volume_ml=injection.volume_ml if injection else None,
                pain_before=p.findings.pain_before,
                pain_after=p.findings.pain_after,
                findings=p.findings,
                mixed_with=tuple(mixed_agents(t)),
            )
        )
    return points


@dataclasses.dataclass(frozen=True, slots=True)
class SessionSummary:
    """One indexed session file: where it is, when, and what was done in it.

    ``date`` is the encounter date (None when the session has none); ``sort_date`` falls back
    to the day the session was created and is what lists are ordered by.
    """

    path: Path
    session_id: str
    patient_name: str
    patient_identifier: str
    date: dt.date | None
    sort_date: dt.date
    point_count: int
    muscles: tuple[str, ...]
    agents: tuple[str, ...]
    """Injected agents (every agent of a mixture), plus "dry needling" when any point was
    needled."""


@dataclasses.dataclass(frozen=True, slots=True)
class PatientSummary:
    """A patient found in the clinic folder.

    ``key`` is what ``ClinicIndex.sessions_for`` and ``point_history`` take (they accept the
    identifier as typed too): the case-folded identifier, or for sessions recorded without
    one, ``"name:"`` followed by the case-folded name (see ``keys.patient_key``).
    """

    key: str
    name: str
    identifier: str
    session_count: int
    last_date: dt.date


@dataclasses.dataclass(frozen=True, slots=True)
class FileProblem:
    """A session file in the clinic folder that could not be indexed, and why."""

    path: Path
    message: str


@dataclasses.dataclass(frozen=True, slots=True)
class RefreshReport:
    """What one ``ClinicIndex.refresh`` found."""

    scanned: int
    added: int
    updated: int
    removed: int
    unchanged: int
    problems: tuple[FileProblem, ...] = ()
    """Files read in this refresh that could not be indexed."""
    rebuilt: bool = False
    """The cache database was unusable (corrupt or an older layout) and was started afresh."""
    seconds: float = 0.0
