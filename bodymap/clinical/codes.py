"""Suggested procedure (CPT) and diagnosis (ICD-10-CM) codes: shown, never applied."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from bodymap.clinical.common import ClinicalWarning, TreatmentKind, _ids, _numbers, _treated
from bodymap.model import DryNeedling, Injection, Session, TriggerPoint

# --------------------------------------------------------------------------- procedure codes

_BILLING_MUSCLE: Final[Mapping[str, str]] = {
    # One SNOMED concept for the whole trapezius, no part concepts (clinical.md 1), and billing
    # counts muscles (4): upper, middle and lower trapezius of one side are ONE muscle.
    "upper_trapezius": "trapezius",
    "middle_trapezius": "trapezius",
    "lower_trapezius": "trapezius",
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
    "posterior_deltoid": "deltoid",
    "splenius_capitis": "splenius capitis",
    "splenius_cervicis": "splenius cervicis",
    "semispinalis_capitis": "semispinalis capitis",
    "suboccipitals": "suboccipital group",
    "thoracic_paraspinals": "thoracic paraspinals (erector spinae)",
    "thoracic_multifidus": "thoracic multifidi",
}
_UNNAMED_MUSCLE: Final = "multifocal"
"""Points of an unspecified muscle are not counted: payers want each muscle named (3b)."""

# CPT codes (clinical.md 4), counted by muscles, not points; reported once per session.
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
    """A suggested CPT code for the session, with the muscles that make up the count."""

    code: str
    descriptor: str
    treatment: TreatmentKind
    muscle_count: int
    muscles: tuple[CountedMuscle, ...]
    point_ids: tuple[str, ...]


def billing_muscle(point: TriggerPoint) -> CountedMuscle | None:
    """The muscle a point counts as for billing; None for an unspecified ("multifocal") muscle."""
    if point.muscle == _UNNAMED_MUSCLE:
        return None
    muscle = _BILLING_MUSCLE.get(point.muscle, point.muscle)
    name = _BILLING_NAMES[muscle]
    label = name if point.side == "midline" else f"{point.side} {name}"
    return CountedMuscle(muscle, point.side, label)


def suggest_procedure_codes(session: Session) -> list[CodeSuggestion]:
    """CPT suggestions from the number of DISTINCT MUSCLES treated (clinical.md 4).

    A muscle is muscle + side: left and right trapezius are two; the three parts of one side's
    trapezius are one. Injections give 20552 (1-2 muscles) or 20553 (3+); dry needling 20560 or
    20561; a session with both gets one code of each. Untreated points do not count. A
    suggestion only: never written into the session.
    """
    kinds: dict[TreatmentKind, type[Injection | DryNeedling]] = {
        "injection": Injection,
        "dry_needling": DryNeedling,
    }
    found: list[CodeSuggestion] = []
    for kind, cls in kinds.items():
        points = [
            p
            for p in sorted(session.points, key=lambda q: q.number)
            if isinstance(p.treatment, cls)
        ]
        muscles: dict[tuple[str, str], CountedMuscle] = {}
        for p in points:
            counted = billing_muscle(p)
            if counted is not None:
                muscles.setdefault((counted.muscle, counted.side), counted)
        if not muscles:
            continue
        (small, small_text), (large, large_text) = _CPT[kind]
        code, text = (small, small_text) if len(muscles) <= 2 else (large, large_text)
        found.append(
            CodeSuggestion(code, text, kind, len(muscles), tuple(muscles.values()), _ids(points))
        )
    return found


def _billing_warnings(session: Session) -> list[ClinicalWarning]:
    unnamed = [p for p in session.points if _treated(p) and p.muscle == _UNNAMED_MUSCLE]
    if not unnamed:
        return []
    return [
        ClinicalWarning(
            "billing.muscle_unnamed",
            "caution",
            f"{_numbers(unnamed).capitalize()} treated without a named muscle: they are not "
            "counted for the procedure code. Name each muscle.",
            _ids(unnamed),
        )
    ]


# --------------------------------------------------------------------------- diagnoses

ICD10_CHOICES: Final[tuple[tuple[str, str], ...]] = (
    # ICD-10-CM billable codes (clinical.md 4); M79.1 itself is not billable and is left out.
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
_NOT_BILLABLE: Final = frozenset({"M79.1"})  # clinical.md 4
_NECK_MUSCLES: Final = frozenset(
    {"splenius_capitis", "splenius_cervicis", "semispinalis_capitis", "suboccipitals"}
)
_SHOULDER_MUSCLES: Final = frozenset(
    # Muscles whose trigger points refer to the shoulder (clinical.md 1).
    {"posterior_deltoid", "infraspinatus", "supraspinatus", "teres_minor"}
)


@dataclass(frozen=True)
class DiagnosisSuggestion:
    """A suggested ICD-10-CM code with its title and why it is suggested."""

    code: str
    title: str
    reason: str


def suggest_diagnoses(session: Session) -> list[DiagnosisSuggestion]:
    """ICD-10-CM suggestions from the marked points and patient flags; codes already chosen in
    the encounter are left out. Suggestions only, never applied.

    M79.18 for trunk or shoulder-girdle myofascial pain, M79.12 for neck muscles, M79.7 when
    fibromyalgia is flagged, M25.511 / M25.512 for shoulder muscles on the right / left (both
    when both sides; there is no bilateral code) (clinical.md 4).
    """
    muscles = {p.muscle for p in session.points}
    wanted: list[tuple[str, str]] = []
    if muscles - _NECK_MUSCLES:
        wanted.append(("M79.18", "myofascial pain of the trunk or shoulder girdle"))
    if muscles & _NECK_MUSCLES:
        wanted.append(("M79.12", "trigger points in neck muscles"))
    if session.patient.fibromyalgia:
        wanted.append(("M79.7", "fibromyalgia is recorded for the patient"))
    for side, code in (("right", "M25.511"), ("left", "M25.512")):
        if any(p.muscle in _SHOULDER_MUSCLES and p.side == side for p in session.points):
            wanted.append((code, f"trigger points in {side} shoulder muscles"))
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
