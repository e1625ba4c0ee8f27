"""One treatment session: patient, encounter, procedure, the points, the pain drawing and the
signature blocks."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field, StrictBool, field_validator, model_validator

from bodymap.i18n import translate
from bodymap.model.pain import MAX_PAIN_AREAS, PainArea
from bodymap.model.points import MAX_POINTS, TriggerPoint
from bodymap.model.signatures import MAX_AMENDMENTS, MAX_AUDIT, Amendment, AuditEntry, Signature
from bodymap.model.text import LongText, ShortText
from bodymap.model.values import UUID_PATTERN, Value, new_id, utc_now


class Patient(Value):
    """Who is treated; the flags drive the clinical checks."""

    name: ShortText = ""
    identifier: ShortText = ""
    date_of_birth: dt.date | None = None
    sex: Literal["female", "male", "other", "unknown"] = "unknown"
    weight_kg: Annotated[float, Field(gt=0, le=400, strict=True)] | None = None
    height_cm: Annotated[float, Field(ge=50, le=250, strict=True)] | None = None
    """With the weight it gives BMI (needle advice) and lean body weight (dosing, §6.3)."""
    allergies: LongText = ""
    allergy_local_anaesthetic: StrictBool = False
    fibromyalgia: StrictBool = False
    anticoagulation: StrictBool = False
    pregnant: StrictBool = False
    """A relative contraindication; lowers the dose maximum (clinical-basis §6.4)."""
    history: LongText = ""


class Encounter(Value):
    """When, by whom and why; consent and time-out (clinical-basis §8.4)."""

    date: dt.date | None = None
    clinician: ShortText = ""
    clinic: ShortText = ""
    indication: LongText = ""
    diagnoses: Annotated[
        list[Annotated[str, Field(pattern=r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")]],
        Field(max_length=20),
    ] = []
    consent_obtained: StrictBool = False
    timeout_done: StrictBool = False


Complication = Literal[
    "none",
    "bleeding",
    "vasovagal",
    "pneumothorax_suspected",
    "anaesthetic_toxicity",
    "allergic_reaction",
    "other",
]
"""Complications offered (clinical-basis §8.2)."""


class Procedure(Value):
    """The procedure as performed and what followed (clinical-basis §8)."""

    position: Literal["prone", "seated", "side_lying"] = "prone"
    skin_prep: Literal["alcohol", "chlorhexidine", "povidone_iodine", "none"] = "alcohol"
    vapocoolant: StrictBool = False
    """Ethyl chloride spray used."""
    ultrasound_guidance: StrictBool = False
    """Needles placed under ultrasound guidance (CPT 76942, clinical-basis §7.3)."""
    infection_at_site: StrictBool = False
    """Skin infection at or near a needle site: a contraindication (clinical-basis §6.4)."""
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    immediate_response: LongText = ""
    complications: Annotated[list[Complication], Field(max_length=7)] = []
    complication_notes: LongText = ""
    aftercare_given: StrictBool = False
    follow_up: dt.date | None = None

    @field_validator("complications")
    @classmethod
    def _none_is_exclusive(cls, value: list[Complication]) -> list[Complication]:
        if len(set(value)) != len(value):
            raise ValueError(translate("model", "a complication is listed twice"))
        if "none" in value and len(value) > 1:
            raise ValueError(translate("model", "'none' cannot be combined with a complication"))
        return value


class DiagramRef(Value):
    """Which diagram the coordinates of the points belong to."""

    id: ShortText = "posterior-upper-back"
    version: ShortText = "1.0"


class Session(Value):
    """One treatment session: patient, encounter, procedure and the marked points."""

    id: Annotated[str, Field(pattern=UUID_PATTERN)] = Field(default_factory=new_id)
    """A UUID: recovery files and the printed record name the session by it."""
    created: AwareDatetime = Field(default_factory=utc_now)
    diagram: DiagramRef = DiagramRef()
    patient: Patient = Patient()
    encounter: Encounter = Encounter()
    procedure: Procedure = Procedure()
    points: Annotated[list[TriggerPoint], Field(max_length=MAX_POINTS)] = []
    pain_areas: Annotated[list[PainArea], Field(max_length=MAX_PAIN_AREAS)] = []
    """The pain drawing: painted areas, at most one per quality and intensity."""
    signature: Signature | None = None
    """Set once the session is signed; the content is then read-only (amendments only)."""
    amendments: Annotated[list[Amendment], Field(max_length=MAX_AMENDMENTS)] = []
    """Signed additions to a signed session (``bodymap.signing`` reports any without one)."""
    audit: Annotated[list[AuditEntry], Field(max_length=MAX_AUDIT)] = []

    @model_validator(mode="after")
    def _points_are_consistent(self) -> Session:
        ids = [p.id for p in self.points]
        if len(set(ids)) != len(ids):
            raise ValueError(translate("model", "two points share the same id"))
        numbers = [p.number for p in self.points]
        if len(set(numbers)) != len(numbers):
            raise ValueError(translate("model", "two points share the same number"))
        areas = [a.id for a in self.pain_areas]
        if len(set(areas)) != len(areas):
            raise ValueError(translate("model", "two pain areas share the same id"))
        kinds = [(a.quality, a.intensity) for a in self.pain_areas]
        if len(set(kinds)) != len(kinds):
            raise ValueError(
                translate("model", "two pain areas share the same quality and intensity")
            )
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
