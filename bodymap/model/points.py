"""A marked trigger point: where it is (diagram mm), which muscle, findings and treatment."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StrictBool, model_validator

from bodymap.i18n import translate
from bodymap.model.text import LongText, ShortText
from bodymap.model.values import COORDINATE_LIMIT_MM, PainScore, Value, new_id

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


class Findings(Value):
    """Examination findings at one trigger point, as the clinician observed them."""

    status: Literal["active", "latent"] | None = None
    taut_band: StrictBool | None = None
    twitch: Literal["none", "visible", "palpable"] | None = None
    jump_sign: StrictBool | None = None
    referred_pain: StrictBool | None = None
    referral_area: ShortText = ""
    pain_before: PainScore | None = None
    pain_after: PainScore | None = None


class ExaminedOnly(Value):
    """The point was examined and documented but not treated."""

    kind: Literal["examined"] = "examined"


Agent = Literal["lidocaine", "bupivacaine", "ropivacaine", "saline", "other"]
Concentration = Annotated[float, Field(gt=0, le=10, strict=True)]
"""Percent weight/volume; 1 % = 10 mg/mL (clinical-basis §5.1)."""
MAX_MIXED = 3
"""At most this many agents are mixed into an injection's own agent."""


class MixedAgent(Value):
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
            raise ValueError(
                translate("model", "saline is not mixed in as an agent: the concentrations say it")
            )
        if self.agent == "other" and not self.agent_other.strip():
            raise ValueError(translate("model", "a mixed agent 'other' needs the agent's name"))
        return self


class Injection(Value):
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
    volume_ml: Annotated[float, Field(gt=0, le=20, strict=True)] = 0.5
    with_epinephrine: StrictBool = False
    """Epinephrine (adrenaline) added; some agents then have a higher maximum (§5.3)."""
    needle_gauge: Annotated[int, Field(ge=16, le=34, strict=True)] | None = 27
    needle_length_mm: Annotated[float, Field(gt=0, le=150, strict=True)] | None = 32.0
    mixed_with: Annotated[tuple[MixedAgent, ...], Field(max_length=MAX_MIXED)] = ()
    """Further agents in the same syringe (format 1.3); empty for a single agent."""

    @model_validator(mode="after")
    def _other_needs_name(self) -> Injection:
        if self.agent == "other" and not self.agent_other.strip():
            raise ValueError(
                translate("model", "an injection with agent 'other' needs the agent's name")
            )
        if self.mixed_with and self.agent == "saline":
            raise ValueError(
                translate("model", "a mixture names its local anaesthetics, not saline, first")
            )
        known = [self.agent, *(m.agent for m in self.mixed_with)]
        known = [a for a in known if a != "other"]
        if len(set(known)) != len(known):
            raise ValueError(translate("model", "an agent is listed twice in one mixture"))
        return self


class DryNeedling(Value):
    """Dry needling (no injectate) at one point (clinical-basis §4)."""

    kind: Literal["dry_needling"] = "dry_needling"
    needle_diameter_mm: Annotated[float, Field(gt=0, le=1, strict=True)] | None = 0.25
    needle_length_mm: Annotated[float, Field(gt=0, le=150, strict=True)] | None = 40.0


Treatment = Annotated[ExaminedOnly | Injection | DryNeedling, Field(discriminator="kind")]


class TriggerPoint(Value):
    """One marked trigger point: where it is (diagram mm), which muscle, findings, treatment."""

    id: Annotated[
        str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
    ] = Field(default_factory=new_id)
    number: Annotated[int, Field(ge=1, le=MAX_POINTS, strict=True)]
    x: Annotated[float, Field(ge=-COORDINATE_LIMIT_MM, le=COORDINATE_LIMIT_MM, strict=True)]
    y: Annotated[float, Field(ge=-COORDINATE_LIMIT_MM, le=COORDINATE_LIMIT_MM, strict=True)]
    muscle: MuscleId
    side: Side
    muscle_chosen: StrictBool = False
    """True once the user picked the muscle by hand; moving the point then keeps it."""
    notes: LongText = ""
    findings: Findings = Findings()
    treatment: Treatment = ExaminedOnly()
