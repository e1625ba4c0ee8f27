"""Session data: the one in-memory and on-disk representation of a treatment session.

Pure pydantic v2, no Qt. Values are frozen; an edit builds a new value with
``model_copy(update=...)`` so undo commands can keep the old and the new value.
Clinical field choices follow ../shared/reference/clinical.md (sections 3 and 6).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

Side = Literal["left", "right", "midline"]
"""The patient's side (never the viewer's side)."""

MuscleId = Literal[
    "upper_trapezius",
    "middle_trapezius",
    "lower_trapezius",
    "levator_scapulae",
    "rhomboid_minor",
    "rhomboid_major",
    "serratus_posterior_superior",
    "supraspinatus",
    "infraspinatus",
    "teres_minor",
    "teres_major",
    "latissimus_dorsi",
    "posterior_deltoid",
    "splenius_capitis",
    "splenius_cervicis",
    "semispinalis_capitis",
    "suboccipitals",
    "thoracic_paraspinals",
    "thoracic_multifidus",
    "middle_deltoid",
    "sternocleidomastoid",
    "triceps_long_head",
    "multifocal",
]
"""Muscle ids of the reference's muscle table (clinical.md section 1)."""

MAX_POINTS = 2000
MAX_TEXT = 4000
COORDINATE_LIMIT_MM = 10_000.0

ShortText = Annotated[str, Field(max_length=200)]
LongText = Annotated[str, Field(max_length=MAX_TEXT)]
PainScore = Annotated[int, Field(ge=0, le=10)]


def new_id() -> str:
    """Return a new random identifier (uuid4, canonical text form)."""
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    """Return the current time as an aware UTC datetime, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class _Value(BaseModel):
    """Base for all model values: strict about keys, finite numbers, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


# --- per point -------------------------------------------------------------------------------


class Findings(_Value):
    """Examination findings at one trigger point (clinical.md section 6)."""

    status: Literal["active", "latent"] | None = None
    taut_band: bool | None = None
    twitch: Literal["none", "visible", "palpable"] | None = None
    jump_sign: bool | None = None
    referred_pain: bool | None = None
    referral_area: ShortText = ""
    pain_before: PainScore | None = None
    pain_after: PainScore | None = None


class ExaminedOnly(_Value):
    """The point was examined and documented but not treated."""

    kind: Literal["examined"] = "examined"


Agent = Literal["lidocaine", "bupivacaine", "ropivacaine", "saline", "other"]


class Injection(_Value):
    """Trigger point injection at one point (clinical.md sections 3a and 5a)."""

    kind: Literal["injection"] = "injection"
    agent: Agent = "lidocaine"
    agent_other: ShortText = ""
    # Percent weight/volume; 1 % = 10 mg/mL (clinical.md 5a). None for saline / unknown.
    concentration_percent: Annotated[float, Field(gt=0, le=10)] | None = 1.0
    volume_ml: Annotated[float, Field(gt=0, le=20)] = 0.5
    needle_gauge: Annotated[int, Field(ge=16, le=34)] | None = 27
    needle_length_mm: Annotated[float, Field(gt=0, le=150)] | None = 32.0

    @model_validator(mode="after")
    def _other_needs_name(self) -> Injection:
        if self.agent == "other" and not self.agent_other.strip():
            raise ValueError("an injection with agent 'other' needs the agent's name")
        return self


class DryNeedling(_Value):
    """Dry needling (no injectate) at one point (clinical.md section 3b)."""

    kind: Literal["dry_needling"] = "dry_needling"
    needle_diameter_mm: Annotated[float, Field(gt=0, le=1)] | None = 0.25
    needle_length_mm: Annotated[float, Field(gt=0, le=150)] | None = 40.0


Treatment = Annotated[ExaminedOnly | Injection | DryNeedling, Field(discriminator="kind")]


class TriggerPoint(_Value):
    """One marked trigger point: where it is (diagram mm), which muscle, findings, treatment."""

    id: Annotated[
        str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
    ] = Field(default_factory=new_id)
    number: Annotated[int, Field(ge=1, le=MAX_POINTS)]
    x: Annotated[float, Field(ge=-COORDINATE_LIMIT_MM, le=COORDINATE_LIMIT_MM)]
    y: Annotated[float, Field(ge=-COORDINATE_LIMIT_MM, le=COORDINATE_LIMIT_MM)]
    muscle: MuscleId
    side: Side
    muscle_chosen: bool = False
    """True once the user picked the muscle by hand; moving the point then keeps it."""
    notes: LongText = ""
    findings: Findings = Findings()
    treatment: Treatment = ExaminedOnly()


# --- per session -----------------------------------------------------------------------------


class Patient(_Value):
    """Who is treated; the flags drive the clinical checks."""

    name: ShortText = ""
    identifier: ShortText = ""
    date_of_birth: dt.date | None = None
    sex: Literal["female", "male", "other", "unknown"] = "unknown"
    weight_kg: Annotated[float, Field(gt=0, le=400)] | None = None
    allergies: LongText = ""
    allergy_local_anaesthetic: bool = False
    fibromyalgia: bool = False
    anticoagulation: bool = False
    history: LongText = ""


class Encounter(_Value):
    """When, by whom and why (clinical.md section 3a)."""

    date: dt.date | None = None
    clinician: ShortText = ""
    clinic: ShortText = ""
    indication: LongText = ""
    diagnoses: Annotated[
        list[Annotated[str, Field(pattern=r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")]],
        Field(max_length=20),
    ] = []
    consent_obtained: bool = False
    timeout_done: bool = False


Complication = Literal["none", "bleeding", "vasovagal", "other"]


class Procedure(_Value):
    """The procedure as performed and what followed (clinical.md sections 3a and 5d)."""

    position: Literal["prone", "seated", "side_lying"] = "prone"
    skin_prep: Literal["alcohol", "chlorhexidine", "povidone_iodine", "none"] = "alcohol"
    vapocoolant: bool = False
    """Ethyl chloride spray used."""
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    immediate_response: LongText = ""
    complications: Annotated[list[Complication], Field(max_length=4)] = []
    complication_notes: LongText = ""
    aftercare_given: bool = False
    follow_up: dt.date | None = None

    @field_validator("complications")
    @classmethod
    def _none_is_exclusive(cls, value: list[Complication]) -> list[Complication]:
        if len(set(value)) != len(value):
            raise ValueError("a complication is listed twice")
        if "none" in value and len(value) > 1:
            raise ValueError("'none' cannot be combined with a complication")
        return value


class DiagramRef(_Value):
    """Which diagram the coordinates of the points belong to."""

    id: ShortText = "posterior-upper-back"
    version: ShortText = "1.0"


class Session(_Value):
    """One treatment session: patient, encounter, procedure and the marked points."""

    id: Annotated[str, Field(min_length=1, max_length=64)] = Field(default_factory=new_id)
    created: AwareDatetime = Field(default_factory=utc_now)
    diagram: DiagramRef = DiagramRef()
    patient: Patient = Patient()
    encounter: Encounter = Encounter()
    procedure: Procedure = Procedure()
    points: Annotated[list[TriggerPoint], Field(max_length=MAX_POINTS)] = []

    @model_validator(mode="after")
    def _points_are_consistent(self) -> Session:
        ids = [p.id for p in self.points]
        if len(set(ids)) != len(ids):
            raise ValueError("two points share the same id")
        numbers = [p.number for p in self.points]
        if len(set(numbers)) != len(numbers):
            raise ValueError("two points share the same number")
        return self

    def point(self, point_id: str) -> TriggerPoint:
        """Return the point with this id.

        Raises:
            KeyError: no point has this id.
        """
        for p in self.points:
            if p.id == point_id:
                return p
        raise KeyError(point_id)

    def next_number(self) -> int:
        """Return the number a newly marked point gets."""
        return max((p.number for p in self.points), default=0) + 1
