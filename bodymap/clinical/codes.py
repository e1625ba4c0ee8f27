"""Suggested procedure (CPT) and diagnosis (ICD-10-CM) codes: shown, never applied (§7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from bodymap.anatomy import names
from bodymap.clinical.common import ClinicalWarning, TreatmentKind, _ids, _numbers, _treated
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.model import DryNeedling, Injection, Session, TriggerPoint

codes = Context("codes")

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
    # Muscle names inside running text (translated where shown, as anatomy.names does).
    "trapezius": QT_TRANSLATE_NOOP("muscles", "trapezius"),
    "levator_scapulae": QT_TRANSLATE_NOOP("muscles", "levator scapulae"),
    "rhomboid_minor": QT_TRANSLATE_NOOP("muscles", "rhomboid minor"),
    "rhomboid_major": QT_TRANSLATE_NOOP("muscles", "rhomboid major"),
    "serratus_posterior_superior": QT_TRANSLATE_NOOP("muscles", "serratus posterior superior"),
    "supraspinatus": QT_TRANSLATE_NOOP("muscles", "supraspinatus"),
    "infraspinatus": QT_TRANSLATE_NOOP("muscles", "infraspinatus"),
    "teres_minor": QT_TRANSLATE_NOOP("muscles", "teres minor"),
    "teres_major": QT_TRANSLATE_NOOP("muscles", "teres major"),
    "latissimus_dorsi": QT_TRANSLATE_NOOP("muscles", "latissimus dorsi"),
    "deltoid": QT_TRANSLATE_NOOP("muscles", "deltoid"),
    "splenius_capitis": QT_TRANSLATE_NOOP("muscles", "splenius capitis"),
    "splenius_cervicis": QT_TRANSLATE_NOOP("muscles", "splenius cervicis"),
    "semispinalis_capitis": QT_TRANSLATE_NOOP("muscles", "semispinalis capitis"),
    "suboccipitals": QT_TRANSLATE_NOOP("muscles", "suboccipital group"),
    "thoracic_paraspinals": QT_TRANSLATE_NOOP("muscles", "thoracic paraspinals (erector spinae)"),
    "thoracic_multifidus": QT_TRANSLATE_NOOP("muscles", "thoracic multifidi"),
    "sternocleidomastoid": QT_TRANSLATE_NOOP("muscles", "sternocleidomastoid"),
    "triceps_long_head": QT_TRANSLATE_NOOP("muscles", "triceps brachii"),
}
_UNNAMED_MUSCLE: Final = "multifocal"
"""Points of an unspecified muscle are not counted: payers want each muscle named (§7.1)."""

ULTRASOUND_GUIDANCE: Final = (
    "76942",
    QT_TRANSLATE_NOOP(
        "codes",
        "Ultrasonic guidance for needle placement (eg, biopsy, aspiration, injection, "
        "localization device), imaging supervision and interpretation",
    ),
)
"""Suggested once per session when ultrasound guidance is recorded (clinical-basis §7.3)."""
GUIDANCE_CAVEAT: Final = QT_TRANSLATE_NOOP(
    # clinical-basis §7.3: Medicare TPI coverage; the LCD text was read only in summary.
    "codes",
    "Some payers do not cover imaging guidance with trigger point injections (Medicare's "
    "trigger point injection LCDs, such as L36859, are summarised as excluding it): check the "
    "payer's policy.",
)
DRY_NEEDLING_CAVEAT: Final = QT_TRANSLATE_NOOP(
    # clinical-basis §7.1: NCD 30.3.3 covers acupuncture (and dry needling) for chronic low back
    # pain only.
    "codes",
    "Medicare covers dry needling only as acupuncture for chronic low back pain (NCD 30.3.3), "
    "not for the neck, upper back or shoulder.",
)
_BROAD_MUSCLES: Final[Mapping[str, str]] = {
    # clinical-basis §7.1: payers want the specific muscle, not a broad term [7-2].
    "thoracic_paraspinals": QT_TRANSLATE_NOOP("codes", "iliocostalis, longissimus or spinalis"),
    "suboccipitals": QT_TRANSLATE_NOOP(
        "codes", "rectus capitis posterior major or minor, obliquus capitis inferior or superior"
    ),
}

# CPT codes (clinical-basis §7.1), counted by muscles, not points; reported once per session.
_CPT: Final[Mapping[TreatmentKind, tuple[tuple[str, str], tuple[str, str]]]] = {
    "injection": (
        (
            "20552",
            QT_TRANSLATE_NOOP(
                "codes", "Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)"
            ),
        ),
        (
            "20553",
            QT_TRANSLATE_NOOP(
                "codes", "Injection(s); single or multiple trigger point(s), 3 or more muscles"
            ),
        ),
    ),
    "dry_needling": (
        (
            "20560",
            QT_TRANSLATE_NOOP(
                "codes", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"
            ),
        ),
        (
            "20561",
            QT_TRANSLATE_NOOP(
                "codes", "Needle insertion(s) without injection(s); 3 or more muscles"
            ),
        ),
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
    The descriptor, the caveat and the labels are in the installed language.
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
            text = translate("codes", "{code} {descriptor}. Once per session.").format(
                code=self.code, descriptor=self.descriptor
            )
        else:
            text = codes.tr("{code} {descriptor}. %n muscles: {muscles}.", None, self.muscle_count)
            text = text.format(
                code=self.code,
                descriptor=self.descriptor,
                muscles=", ".join(m.label for m in self.muscles),
            )
        return f"{text} {self.caveat}" if self.caveat else text


def billing_muscle(point: TriggerPoint) -> CountedMuscle | None:
    """The muscle a point counts as for billing; None for an unspecified ("multifocal") muscle."""
    if point.muscle == _UNNAMED_MUSCLE:
        return None
    muscle = _BILLING_MUSCLE.get(point.muscle, point.muscle)
    name = translate("muscles", _BILLING_NAMES[muscle])
    return CountedMuscle(muscle, point.side, names.sided(point.side, name))


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
        caveat = translate("codes", DRY_NEEDLING_CAVEAT) if kind == "dry_needling" else ""
        found.append(
            CodeSuggestion(
                code,
                translate("codes", text),
                kind,
                len(muscles),
                tuple(muscles.values()),
                _ids(points),
                caveat,
            )
        )
    if session.procedure.ultrasound_guidance and (injected or needled):
        code, text = ULTRASOUND_GUIDANCE
        treated = [p for p in ordered if _treated(p)]
        found.append(
            CodeSuggestion(
                code,
                translate("codes", text),
                "guidance",
                0,
                (),
                _ids(treated),
                translate("codes", GUIDANCE_CAVEAT),
            )
        )
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
                codes.tr(
                    "Points {numbers} treated without a named muscle: they are not counted for "
                    "the procedure code. Name each muscle.",
                    None,
                    len(unnamed),
                ).format(numbers=_numbers(unnamed)),
                _ids(unnamed),
            )
        )
    for muscle, specific in _BROAD_MUSCLES.items():
        broad = [p for p in session.points if _treated(p) and p.muscle == muscle]
        if broad:
            found.append(
                ClinicalWarning(
                    "billing.muscle_broad",
                    "info",
                    codes.tr(
                        "Points {numbers} name a muscle group ({group}): payers want the "
                        "specific muscle ({specific}). Name it in the point's notes; each "
                        "distinct muscle counts for the code.",
                        None,
                        len(broad),
                    ).format(
                        numbers=_numbers(broad),
                        group=translate("muscles", _BILLING_NAMES[muscle]),
                        specific=translate("codes", specific),
                    ),
                    _ids(broad),
                )
            )
    return found


# --------------------------------------------------------------------------- diagnoses

ICD10_CHOICES: Final[tuple[tuple[str, str], ...]] = (
    # ICD-10-CM billable codes (clinical-basis §7.4); M79.1 itself is not billable.
    ("M79.10", QT_TRANSLATE_NOOP("codes", "Myalgia, unspecified site")),
    ("M79.11", QT_TRANSLATE_NOOP("codes", "Myalgia of mastication muscle")),
    ("M79.12", QT_TRANSLATE_NOOP("codes", "Myalgia of auxiliary muscles, head and neck")),
    ("M79.18", QT_TRANSLATE_NOOP("codes", "Myalgia, other site")),
    ("M79.7", QT_TRANSLATE_NOOP("codes", "Fibromyalgia")),
    ("M62.830", QT_TRANSLATE_NOOP("codes", "Muscle spasm of back")),
    ("M62.838", QT_TRANSLATE_NOOP("codes", "Other muscle spasm")),
    ("M54.2", QT_TRANSLATE_NOOP("codes", "Cervicalgia")),
    ("M54.6", QT_TRANSLATE_NOOP("codes", "Pain in thoracic spine")),
    (
        "G44.209",
        QT_TRANSLATE_NOOP("codes", "Tension-type headache, unspecified, not intractable"),
    ),
    ("M25.511", QT_TRANSLATE_NOOP("codes", "Pain in right shoulder")),
    ("M25.512", QT_TRANSLATE_NOOP("codes", "Pain in left shoulder")),
    ("M25.519", QT_TRANSLATE_NOOP("codes", "Pain in unspecified shoulder")),
)
"""The diagnosis picker's (code, title) choices; the titles in English (see
:func:`icd10_title`)."""

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


def icd10_title(code: str) -> str:
    """The title of a code of :data:`ICD10_CHOICES` in the installed language ("" for
    another code)."""
    title = _ICD10_TITLES.get(code)
    return translate("codes", title) if title is not None else ""


@dataclass(frozen=True)
class DiagnosisSuggestion:
    """A suggested ICD-10-CM code with its title and why it is suggested (both in the
    installed language)."""

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
        wanted.append(
            ("M79.18", translate("codes", "myofascial pain of the trunk or shoulder girdle"))
        )
    if muscles & _NECK_MUSCLES:
        wanted.append(
            (
                "M79.12",
                translate(
                    "codes",
                    "trigger points in neck muscles (splenius, semispinalis capitis, "
                    "suboccipitals, sternocleidomastoid); upper trapezius and levator scapulae "
                    "count under M79.18 here, a coding judgement",
                ),
            )
        )
    if session.patient.fibromyalgia:
        wanted.append(("M79.7", translate("codes", "fibromyalgia is recorded for the patient")))
    chosen = set(session.encounter.diagnoses)
    return [
        DiagnosisSuggestion(code, icd10_title(code), reason)
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
                translate(
                    "codes",
                    "Diagnosis {codes} is a category code, not billable in ICD-10-CM. Choose a "
                    "specific code such as M79.18 ({title}).",
                ).format(codes=", ".join(bad), title=icd10_title("M79.18")),
            )
        )
    if not session.encounter.diagnoses and any(_treated(p) for p in session.points):
        found.append(
            ClinicalWarning(
                "diagnosis.missing",
                "info",
                translate("codes", "No diagnosis is recorded for the procedure."),
            )
        )
    return found
