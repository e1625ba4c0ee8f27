"""Suggested procedure (CPT) and diagnosis (ICD-10-CM) codes: shown, never applied (§7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from bodymap.clinical.common import ClinicalWarning, TreatmentKind, _ids, _numbers, _treated
from bodymap.model import DryNeedling, Injection, Session, TriggerPoint

# --------------------------------------------------------------------------- procedure codes

_BILLING_MUSCLE: Final[Mapping[str, str]] = {
    # Billing counts muscles (clinical-basis §7.1): the parts of one side's trapezius are ONE
    # muscle, and so are the parts of one side's deltoid.
    "upper_trapezius": "trapezius",
    "middle_trapezius": "trapezius",
    "lower_trapezius": "trapezius",
    "posterior_deltoid": "deltoid",
    "middle_deltoid": "deltoid",
}
_BILLING_NAMES: Final[Mapping[str, str]] = {
    "trapezius": "trapezius",
    "levator_scapulae": "levator scapulae",
    "rhomboid_minor": "rhomboid minor",
    "rhomboid_major": "rhomboid major",
    "serratus_posterior_superior": "serratus posterior superior",
    "supraspinatus": "supraspinatus",
    "infraspinatus": "infraspinatus",
    "teres_minor": "teres minor",
    "teres_major": "teres major",
    "latissimus_dorsi": "latissimus dorsi",
    "deltoid": "deltoid",
    "splenius_capitis": "splenius capitis",
    "splenius_cervicis": "splenius cervicis",
    "semispinalis_capitis": "semispinalis capitis",
    "suboccipitals": "suboccipital group",
    "thoracic_paraspinals": "thoracic paraspinals (erector spinae)",
    "thoracic_multifidus": "thoracic multifidi",
    "sternocleidomastoid": "sternocleidomastoid",
    "triceps_long_head": "triceps brachii",
}
_UNNAMED_MUSCLE: Final = "multifocal"
"""Points of an unspecified muscle are not counted: payers want each muscle named (§7.1)."""

ULTRASOUND_GUIDANCE: Final = (
    "76942",
    "Ultrasonic guidance for needle placement (eg, biopsy, aspiration, injection, localization "
    "device), imaging supervision and interpretation",
)
"""Suggested once per session when ultrasound guidance is recorded (clinical-basis §7.3)."""
GUIDANCE_CAVEAT: Final = (
    # clinical-basis §7.3: Medicare TPI coverage; the LCD text was read only in summary.
    "Some payers do not cover imaging guidance with trigger point injections (Medicare's "
    "trigger point injection LCDs, such as L36859, are summarised as excluding it): check the "
    "payer's policy."
)
DRY_NEEDLING_CAVEAT: Final = (
    # clinical-basis §7.1: NCD 30.3.3 covers acupuncture (and dry needling) for chronic low back
    # pain only.
    "Medicare covers dry needling only as acupuncture for chronic low back pain (NCD 30.3.3), "
    "not for the neck, upper back or shoulder."
)
_BROAD_MUSCLES: Final[Mapping[str, str]] = {
    # clinical-basis §7.1: payers want the specific muscle, not a broad term [7-2].
    "thoracic_paraspinals": "iliocostalis, longissimus or spinalis",
    "suboccipitals": (
        "rectus capitis posterior major or minor, obliquus capitis inferior or superior"
    ),
}

# CPT codes (clinical-basis §7.1), counted by muscles, not points; reported once per session.
_CPT: Final[Mapping[TreatmentKind, tuple[tuple[str, str], tuple[str, str]]]] = {
    "injection": (
        ("20552", "Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)"),
        ("20553", "Injection(s); single or multiple trigger point(s), 3 or more muscles"),
    ),
    "dry_needling": (
        ("20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"),
        ("20561", "Needle insertion(s) without injection(s); 3 or more muscles"),
    ),
}


@dataclass(frozen=True)
class CountedMuscle:
    """One muscle counted for billing: billing muscle id, patient's side, label."""

    muscle: str
    side: str
    label: str


@dataclass(frozen=True)
class CodeSuggestion:
    """A suggested CPT code for the session, with the muscles that make up the count.

    ``treatment`` is "guidance" for 76942, which counts no muscles (one unit per session).
    """

    code: str
    descriptor: str
    treatment: TreatmentKind | Literal["guidance"]
    muscle_count: int
    muscles: tuple[CountedMuscle, ...]
    point_ids: tuple[str, ...]
    caveat: str = ""
    """A payer's coverage limit to know before billing (clinical-basis §7.1, §7.3), or ""."""

    @property
    def summary(self) -> str:
        """The suggestion in words, e.g. "20552 Injection(s); ... 2 muscles: left trapezius,
        right trapezius." or "76942 Ultrasonic guidance ... Once per session. Some payers ...",
        with the caveat when there is one."""
        if self.treatment == "guidance":
            text = f"{self.code} {self.descriptor}. Once per session."
        else:
            muscles = ", ".join(m.label for m in self.muscles)
            plural = "s" * (self.muscle_count != 1)
            text = f"{self.code} {self.descriptor}. {self.muscle_count} muscle{plural}: {muscles}."
        return f"{text} {self.caveat}" if self.caveat else text


def billing_muscle(point: TriggerPoint) -> CountedMuscle | None:
    """The muscle a point counts as for billing; None for an unspecified ("multifocal") muscle."""
    if point.muscle == _UNNAMED_MUSCLE:
        return None
    muscle = _BILLING_MUSCLE.get(point.muscle, point.muscle)
    name = _BILLING_NAMES[muscle]
    label = name if point.side == "midline" else f"{point.side} {name}"
    return CountedMuscle(muscle, point.side, label)


_Key = tuple[str, str]


def _count(points: list[TriggerPoint]) -> dict[_Key, CountedMuscle]:
    """The distinct muscles of these points; a midline point counts only for a muscle no side
    of which is counted already (clinical-basis §7.1)."""
    muscles: dict[_Key, CountedMuscle] = {}
    ordered = sorted(points, key=lambda p: (p.side == "midline", p.number))
    for p in ordered:
        counted = billing_muscle(p)
        if counted is None:
            continue
        if counted.side == "midline" and any(m == counted.muscle for m, _ in muscles):
            continue
        muscles.setdefault((counted.muscle, counted.side), counted)
    return muscles


def suggest_procedure_codes(session: Session) -> list[CodeSuggestion]:
    """CPT suggestions from the number of DISTINCT MUSCLES treated (clinical-basis §7).

    A muscle is muscle + side: left and right trapezius are two; the three parts of one side's
    trapezius are one; a midline point adds no muscle whose side is counted. Injections give
    20552 (1-2 muscles) or 20553 (3+). Dry needling gives 20560 or 20561 for the muscles that
    were not also injected: the injection code covers a muscle both injected and needled
    (§7.2). 76942 once when ultrasound guidance is recorded (§7.3). Untreated points do not
    count. A suggestion only: never written into the session.
    """
    ordered = sorted(session.points, key=lambda q: q.number)
    injected = [p for p in ordered if isinstance(p.treatment, Injection)]
    needled = [p for p in ordered if isinstance(p.treatment, DryNeedling)]
    injected_muscles = _count(injected)
    needled_muscles = _count(needled)
    injected_names = {m for m, _ in injected_muscles}
    for key in list(needled_muscles):
        muscle, side = key
        if key in injected_muscles or (side == "midline" and muscle in injected_names):
            del needled_muscles[key]
    needled = [p for p in needled if (c := billing_muscle(p)) is None or _kept(c, needled_muscles)]
    groups: tuple[tuple[TreatmentKind, list[TriggerPoint], dict[_Key, CountedMuscle]], ...] = (
        ("injection", injected, injected_muscles),
        ("dry_needling", needled, needled_muscles),
    )
    found: list[CodeSuggestion] = []
    for kind, points, muscles in groups:
        if not muscles:
            continue
        (small, small_text), (large, large_text) = _CPT[kind]
        code, text = (small, small_text) if len(muscles) <= 2 else (large, large_text)
        caveat = DRY_NEEDLING_CAVEAT if kind == "dry_needling" else ""
        found.append(
            CodeSuggestion(
                code, text, kind, len(muscles), tuple(muscles.values()), _ids(points), caveat
            )
        )
    if session.procedure.ultrasound_guidance and (injected or needled):
        code, text = ULTRASOUND_GUIDANCE
        treated = [p for p in ordered if _treated(p)]
        found.append(CodeSuggestion(code, text, "guidance", 0, (), _ids(treated), GUIDANCE_CAVEAT))
    return found


def _kept(counted: CountedMuscle, muscles: Mapping[_Key, CountedMuscle]) -> bool:
    """Whether a point's muscle is among ``muscles`` (a midline point: any side of it)."""
    if (counted.muscle, counted.side) in muscles:
        return True
    return counted.side == "midline" and any(m == counted.muscle for m, _ in muscles)


def _billing_warnings(session: Session) -> list[ClinicalWarning]:
    found: list[ClinicalWarning] = []
    unnamed = [p for p in session.points if _treated(p) and p.muscle == _UNNAMED_MUSCLE]
    if unnamed:
        found.append(
            ClinicalWarning(
                "billing.muscle_unnamed",
                "caution",
                f"{_numbers(unnamed).capitalize()} treated without a named muscle: they are not "
                "counted for the procedure code. Name each muscle.",
                _ids(unnamed),
            )
        )
    for muscle, names in _BROAD_MUSCLES.items():
        broad = [p for p in session.points if _treated(p) and p.muscle == muscle]
        if broad:
            found.append(
                ClinicalWarning(
                    "billing.muscle_broad",
                    "info",
                    f"{_numbers(broad).capitalize()} name a muscle group "
                    f"({_BILLING_NAMES[muscle]}): payers want the specific muscle ({names}). "
                    "Name it in the point's notes; each distinct muscle counts for the code.",
                    _ids(broad),
                )
            )
    return found


# --------------------------------------------------------------------------- diagnoses

ICD10_CHOICES: Final[tuple[tuple[str, str], ...]] = (
    # ICD-10-CM billable codes (clinical-basis §7.4); M79.1 itself is not billable.
    ("M79.10", "Myalgia, unspecified site"),
    ("M79.11", "Myalgia of mastication muscle"),
    ("M79.12", "Myalgia of auxiliary muscles, head and neck"),
    ("M79.18", "Myalgia, other site"),
    ("M79.7", "Fibromyalgia"),
    ("M62.830", "Muscle spasm of back"),
    ("M62.838", "Other muscle spasm"),
    ("M54.2", "Cervicalgia"),
    ("M54.6", "Pain in thoracic spine"),
    ("G44.209", "Tension-type headache, unspecified, not intractable"),
    ("M25.511", "Pain in right shoulder"),
    ("M25.512", "Pain in left shoulder"),
    ("M25.519", "Pain in unspecified shoulder"),
)
"""The diagnosis picker's (code, title) choices."""

_ICD10_TITLES: Final = dict(ICD10_CHOICES)
_NOT_BILLABLE: Final = frozenset({"M79.1"})  # clinical-basis §7.4
_NECK_MUSCLES: Final = frozenset(
    {
        "splenius_capitis",
        "splenius_cervicis",
        "semispinalis_capitis",
        "suboccipitals",
        "sternocleidomastoid",
    }
)


@dataclass(frozen=True)
class DiagnosisSuggestion:
    """A suggested ICD-10-CM code with its title and why it is suggested."""

    code: str
    title: str
    reason: str


def suggest_diagnoses(session: Session) -> list[DiagnosisSuggestion]:
    """ICD-10-CM suggestions from the marked points and patient flags; codes already chosen in
    the encounter are left out. Suggestions only, never applied (clinical-basis §7.4).

    M79.18 for trunk or shoulder-girdle myofascial pain, M79.12 for neck muscles, M79.7 when
    fibromyalgia is flagged. Shoulder pain (M25.51x) is never suggested from trigger point
    positions: pain is integral to myalgia (ICD-10-CM guideline I.B.5); the clinician may still
    choose it when the shoulder joint itself is a diagnosis.
    """
    muscles = {p.muscle for p in session.points}
    wanted: list[tuple[str, str]] = []
    if muscles - _NECK_MUSCLES:
        wanted.append(("M79.18", "myofascial pain of the trunk or shoulder girdle"))
    if muscles & _NECK_MUSCLES:
        wanted.append(
            (
                "M79.12",
                "trigger points in neck muscles (splenius, semispinalis capitis, suboccipitals, "
                "sternocleidomastoid); upper trapezius and levator scapulae count under M79.18 "
                "here, a coding judgement",
            )
        )
    if session.patient.fibromyalgia:
        wanted.append(("M79.7", "fibromyalgia is recorded for the patient"))
    chosen = set(session.encounter.diagnoses)
    return [
        DiagnosisSuggestion(code, _ICD10_TITLES[code], reason)
        for code, reason in wanted
        if code not in chosen
    ]


def _diagnosis_warnings(session: Session) -> list[ClinicalWarning]:
    found: list[ClinicalWarning] = []
    bad = [code for code in session.encounter.diagnoses if code in _NOT_BILLABLE]
    if bad:
        found.append(
            ClinicalWarning(
                "diagnosis.not_billable",
                "caution",
                f"Diagnosis {', '.join(bad)} is a category code, not billable in ICD-10-CM. "
                "Choose a specific code such as M79.18 (Myalgia, other site).",
            )
        )
    if not session.encounter.diagnoses and any(_treated(p) for p in session.points):
        found.append(
            ClinicalWarning(
                "diagnosis.missing", "info", "No diagnosis is recorded for the procedure."
            )
        )
    return found
