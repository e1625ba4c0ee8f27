"""Session data: the one in-memory and on-disk representation of a treatment session.

Pure pydantic v2, no Qt. Values are frozen; an edit builds a new value with
``model_copy(update=...)`` so undo commands can keep the old and the new value.
Clinical field choices and value ranges are explained in docs/clinical-basis.md; a value out of
range is refused with a validation error, never clipped (clinical-basis §6.5).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    field_validator,
    model_validator,
)

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
"""Muscle ids of the diagram (clinical-basis §2); "multifocal" names no muscle."""

MAX_POINTS = 2000
MAX_TEXT = 4000
COORDINATE_LIMIT_MM = 10_000.0

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
"""A UUID in its canonical text form (lower-case hex, 8-4-4-4-12), as ``new_id`` makes it."""

# Text fields hold what a person typed: no C0 or C1 control characters (NUL, escape, carriage
# return, ...), no line or paragraph separators and no lone surrogates. Multi-line fields may
# hold TAB and LF (newline), single-line fields neither.
_NOT_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """Why ``text`` cannot be stored in a text field, or None when it can.

    The reason names the first offending character by its code (``U+001B``), never the text.
    ``multiline`` fields (notes, allergies, history, ...) accept TAB and newline.
    """
    found = (_NOT_IN_TEXT if multiline else _NOT_IN_LINE).search(text)
    if found is None:
        return None
    char = found.group()
    if char in "\t\n" or char in "\u2028\u2029":
        what = "a line break or tab"
    else:
        what = "a control character"
    return f"contains {what} (U+{ord(char):04X}), which this field does not accept"


def _line(text: str) -> str:
    problem = text_problem(text)
    if problem is not None:
        raise ValueError(problem)
    return text


def _lines(text: str) -> str:
    problem = text_problem(text, multiline=True)
    if problem is not None:
        raise ValueError(problem)
    return text


ShortText = Annotated[str, Field(max_length=200), AfterValidator(_line)]
LongText = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_lines)]
"""Single-line and multi-line user text (see ``text_problem`` for what they refuse)."""

_ISOLATE_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
_FSI = "\u2068"
_PDI = "\u2069"


def isolate(text: str) -> str:
    """``text`` as a bidi isolate, for showing user text among other text (screen and paper).

    Each line is wrapped in U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE, so
    right-to-left text or a stray override (U+202E) inside it cannot reorder what follows it
    (Unicode Standard Annex 9, isolates). Isolates the text opens are closed, and closings it
    has no opening for are left out, so the text cannot end the isolate early or leave it open.
    Empty text stays empty.
    """
    return "\n".join(_isolate_line(line) for line in text.split("\n"))


def _isolate_line(line: str) -> str:
    if not line:
        return line
    kept: list[str] = []
    depth = 0
    for char in line:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == _PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    return _FSI + "".join(kept) + _PDI * depth + _PDI


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
    """Examination findings at one trigger point, as the clinician observed them."""

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
Concentration = Annotated[float, Field(gt=0, le=10)]
"""Percent weight/volume; 1 % = 10 mg/mL (clinical-basis §5.1)."""
MAX_MIXED = 3
"""At most this many agents are mixed into an injection's own agent."""


class MixedAgent(_Value):
    """A further local anaesthetic mixed in the same syringe (clinical-basis §5.2).

    ``concentration_percent`` is the concentration of this agent IN THE SYRINGE, after mixing
    (lidocaine 1 % and bupivacaine 0.25 % mixed 1:1 are lidocaine 0.5 % + bupivacaine
    0.125 %); None when not recorded. The injection's volume is the volume of the mixture.
    """

    agent: Agent
    agent_other: ShortText = ""
    """The name of an "other" agent as typed; a known agent named here is identified (§5.2)."""
    concentration_percent: Concentration | None = None

    @model_validator(mode="after")
    def _a_local_anaesthetic(self) -> MixedAgent:
        if self.agent == "saline":
            raise ValueError("saline is not mixed in as an agent: the concentrations say it")
        if self.agent == "other" and not self.agent_other.strip():
            raise ValueError("a mixed agent 'other' needs the agent's name")
        return self


class Injection(_Value):
    """Trigger point injection at one point (clinical-basis §5).

    A mixture is the injection's own agent and concentration (the first component) plus
    ``mixed_with``; every concentration is the one in the syringe and ``volume_ml`` is the
    volume of the mixture, so each component's dose is its concentration x 10 x volume.
    """

    kind: Literal["injection"] = "injection"
    agent: Agent = "lidocaine"
    agent_other: ShortText = ""
    """The name of an "other" agent as typed; a known agent named here is identified (§5.2)."""
    # Percent weight/volume; 1 % = 10 mg/mL (clinical-basis §5.1). None when not recorded.
    concentration_percent: Concentration | None = 1.0
    volume_ml: Annotated[float, Field(gt=0, le=20)] = 0.5
    with_epinephrine: bool = False
    """Epinephrine (adrenaline) added; some agents then have a higher maximum (§5.3)."""
    needle_gauge: Annotated[int, Field(ge=16, le=34)] | None = 27
    needle_length_mm: Annotated[float, Field(gt=0, le=150)] | None = 32.0
    mixed_with: Annotated[tuple[MixedAgent, ...], Field(max_length=MAX_MIXED)] = ()
    """Further agents in the same syringe (format 1.3); empty for a single agent."""

    @model_validator(mode="after")
    def _other_needs_name(self) -> Injection:
        if self.agent == "other" and not self.agent_other.strip():
            raise ValueError("an injection with agent 'other' needs the agent's name")
        if self.mixed_with and self.agent == "saline":
            raise ValueError("a mixture names its local anaesthetics, not saline, first")
        known = [self.agent, *(m.agent for m in self.mixed_with)]
        known = [a for a in known if a != "other"]
        if len(set(known)) != len(known):
            raise ValueError("an agent is listed twice in one mixture")
        return self


class DryNeedling(_Value):
    """Dry needling (no injectate) at one point (clinical-basis §4)."""

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


# --- pain drawing (clinical-basis §10) --------------------------------------------------

PainQuality = Literal["aching", "burning", "numbness_tingling"]
"""What the painted pain feels like (the qualities a pain drawing offers, clinical-basis §10.1)."""

MAX_PAIN_AREAS = 33
"""One area per quality and intensity: 3 qualities x 11 intensities."""
MAX_POLYGONS_PER_AREA = 200
MAX_RING_POINTS = 20_000
MAX_HOLES = 200

Vertex = tuple[
    Annotated[float, Field(ge=-COORDINATE_LIMIT_MM, le=COORDINATE_LIMIT_MM)],
    Annotated[float, Field(ge=-COORDINATE_LIMIT_MM, le=COORDINATE_LIMIT_MM)],
]
"""A vertex (x, y) in diagram millimetres, written ``[x, y]``."""
Ring = Annotated[list[Vertex], Field(min_length=3, max_length=MAX_RING_POINTS)]
"""A closed ring of vertices, given without repeating the first one."""


class PaintedPolygon(_Value):
    """One painted patch: an outer ring and the holes erased inside it (diagram mm)."""

    exterior: Ring
    holes: Annotated[list[Ring], Field(max_length=MAX_HOLES)] = []


class PainArea(_Value):
    """Painted pain of one quality and intensity: the union of its polygons (diagram mm).

    The polygons are the result of the strokes painted and erased so far, in the same
    landmark frame as the points, so drawings of different visits compare exactly.
    """

    id: Annotated[str, Field(pattern=UUID_PATTERN)] = Field(default_factory=new_id)
    quality: PainQuality
    intensity: PainScore
    polygons: Annotated[list[PaintedPolygon], Field(max_length=MAX_POLYGONS_PER_AREA)] = []


# --- signature, amendments and audit (docs/adr/0006-signed-records.md) ---------------------

MAX_AMENDMENTS = 200
MAX_CORRECTIONS = 50
MAX_AUDIT = 10_000
"""Audit entries kept in a file; past this the oldest after the first are dropped (a log)."""

Sha256Hex = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
"""A SHA-256 digest as 64 lower-case hexadecimal digits."""
CheckedText = Annotated[str, Field(max_length=200), AfterValidator(_line)]
"""A digest, key or signature that ``bodymap.signing`` checks when it verifies, not here: a
damaged signature block is then reported as a broken signature, not as an unreadable file.
Hashes and fingerprints are SHA-256 in lower-case hex; keys (32 bytes) and signatures
(64 bytes) are Ed25519 in standard base64."""
NonEmptyText = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_line)]
"""Short text that must not be empty (a signer's name, a reason)."""
DEFAULT_MEANING = "performed and documented by"
"""What a signature says the signer did (the meaning printed with it)."""
AuditAction = Literal["created", "edited", "signed", "amended", "printed", "exported"]


class Signature(_Value):
    """The signer's electronic signature over the session's canonical content.

    ``signature`` is Ed25519 over the RFC 8785 form of every other field of this block, so the
    name, credentials, meaning and time are signed along with the content hash.
    """

    signer: NonEmptyText
    credentials: ShortText = ""
    meaning: NonEmptyText = DEFAULT_MEANING
    signed_at: AwareDatetime
    """When the signer's computer says it signed (UTC); a claim, not a trusted timestamp."""
    content_sha256: CheckedText
    """SHA-256 of the canonical content (``storage.canonical_content``) that was signed."""
    public_key: CheckedText
    """The signer's raw Ed25519 public key, so that any copy can check the signature."""
    key_fingerprint: CheckedText
    """SHA-256 of the raw public key: it names the key registered in the clinic folder."""
    algorithm: Literal["Ed25519"] = "Ed25519"
    signature: CheckedText


class Correction(_Value):
    """One value an amendment corrects: where (RFC 6901 pointer into the content), old, new."""

    path: Annotated[
        str, Field(pattern=r"^(/([^~/]|~[01])*)+$", max_length=200), AfterValidator(_line)
    ]
    old: JsonValue
    new: JsonValue

    @field_validator("old", "new")
    @classmethod
    def _finite(cls, value: JsonValue) -> JsonValue:
        pending = [value]
        while pending:
            item = pending.pop()
            if isinstance(item, float) and not math.isfinite(item):
                raise ValueError("a corrected value is not a finite number")
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                pending.extend(item.values())
        return value


class Amendment(_Value):
    """A signed, dated addition to a signed session; the signed content itself never changes.

    ``amends_sha256`` names what it amends: the signed content's hash for the first amendment,
    the previous amendment's hash (``signing.amendment_sha256``) after that, forming a chain.
    """

    author: NonEmptyText
    credentials: ShortText = ""
    amended_at: AwareDatetime
    reason: NonEmptyText
    text: LongText
    corrections: Annotated[list[Correction], Field(max_length=MAX_CORRECTIONS)] = []
    amends_sha256: CheckedText
    public_key: CheckedText
    key_fingerprint: CheckedText
    algorithm: Literal["Ed25519"] = "Ed25519"
    signature: CheckedText


class AuditEntry(_Value):
    """One line of a session's audit log: who saved it, when, doing what, with which content.

    The log is not signed: it records what copies of bodymap said they did, it proves nothing.
    """

    at: AwareDatetime
    action: AuditAction
    clinician: ShortText = ""
    os_user: ShortText = ""
    content_sha256: Sha256Hex


# --- per session -----------------------------------------------------------------------------


class Patient(_Value):
    """Who is treated; the flags drive the clinical checks."""

    name: ShortText = ""
    identifier: ShortText = ""
    date_of_birth: dt.date | None = None
    sex: Literal["female", "male", "other", "unknown"] = "unknown"
    weight_kg: Annotated[float, Field(gt=0, le=400)] | None = None
    height_cm: Annotated[float, Field(ge=50, le=250)] | None = None
    """With the weight it gives BMI (needle advice) and lean body weight (dosing, §6.3)."""
    allergies: LongText = ""
    allergy_local_anaesthetic: bool = False
    fibromyalgia: bool = False
    anticoagulation: bool = False
    pregnant: bool = False
    """A relative contraindication; lowers the dose maximum (clinical-basis §6.4)."""
    history: LongText = ""


class Encounter(_Value):
    """When, by whom and why; consent and time-out (clinical-basis §8.4)."""

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


class Procedure(_Value):
    """The procedure as performed and what followed (clinical-basis §8)."""

    position: Literal["prone", "seated", "side_lying"] = "prone"
    skin_prep: Literal["alcohol", "chlorhexidine", "povidone_iodine", "none"] = "alcohol"
    vapocoolant: bool = False
    """Ethyl chloride spray used."""
    ultrasound_guidance: bool = False
    """Needles placed under ultrasound guidance (CPT 76942, clinical-basis §7.3)."""
    infection_at_site: bool = False
    """Skin infection at or near a needle site: a contraindication (clinical-basis §6.4)."""
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    immediate_response: LongText = ""
    complications: Annotated[list[Complication], Field(max_length=7)] = []
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
            raise ValueError("two points share the same id")
        numbers = [p.number for p in self.points]
        if len(set(numbers)) != len(numbers):
            raise ValueError("two points share the same number")
        areas = [a.id for a in self.pain_areas]
        if len(set(areas)) != len(areas):
            raise ValueError("two pain areas share the same id")
        kinds = [(a.quality, a.intensity) for a in self.pain_areas]
        if len(set(kinds)) != len(kinds):
            raise ValueError("two pain areas share the same quality and intensity")
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
