"""Procedure time, contraindication flags, age, and the aftercare notes of the record."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from bodymap.clinical.agents import components, fold
from bodymap.clinical.body import ADULT_YEARS, ELDERLY_YEARS, HEAVY_KG, session_age
from bodymap.clinical.common import ClinicalWarning, _ids, _numbers, _treated
from bodymap.clinical.zones import Caution
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, time_text, translate
from bodymap.model import Injection, Patient, Procedure, Session, TriggerPoint

procedure = Context("procedure")

# --------------------------------------------------------------------------- time

LONG_PROCEDURE_MINUTES: Final = 60
"""A procedure longer than this gets a caution to check the times: a plausibility check on data
entry, not a clinical limit (clinical-basis §8.5)."""


def elapsed_minutes(procedure: Procedure) -> int | None:
    """Whole minutes from start to end; None when a time is missing or the end is before the
    start (reported by :func:`session_warnings`, not assumed to cross midnight)."""
    if procedure.start_time is None or procedure.end_time is None:
        return None
    start = procedure.start_time.hour * 3600 + procedure.start_time.minute * 60
    end = procedure.end_time.hour * 3600 + procedure.end_time.minute * 60
    start += procedure.start_time.second
    end += procedure.end_time.second
    if end < start:
        return None
    return (end - start) // 60


def time_warnings(procedure: Procedure) -> list[ClinicalWarning]:
    """End before start (an error in the times) and a procedure longer than 60 minutes."""
    if procedure.start_time is None or procedure.end_time is None:
        return []
    minutes = elapsed_minutes(procedure)
    if minutes is None:
        return [
            ClinicalWarning(
                "time.end_before_start",
                "warning",
                translate(
                    "procedure",
                    "The procedure end time ({end}) is before its start time ({start}). "
                    "Correct the times.",
                ).format(end=time_text(procedure.end_time), start=time_text(procedure.start_time)),
            )
        ]
    if minutes > LONG_PROCEDURE_MINUTES:
        return [
            ClinicalWarning(
                "time.long",
                "caution",
                translate(
                    "procedure",
                    "The procedure took {minutes} minutes, more than {limit}. Check the start and "
                    "end times.",
                ).format(minutes=minutes, limit=LONG_PROCEDURE_MINUTES),
            )
        ]
    return []


# --------------------------------------------------------------------------- contraindications


def contraindication_warnings(
    session: Session, cautions: Mapping[str, Sequence[Caution]] | None = None
) -> list[ClinicalWarning]:
    """Infection at the site, anticoagulation (a warning when a treated point lies over the
    spinal canal or the vertebral artery, given ``cautions`` by point id), pregnancy, age and a
    missing height in a heavy patient, when points are treated (§6.2-§6.6)."""
    treated = [p for p in session.points if _treated(p)]
    if not treated:
        return []
    found: list[ClinicalWarning] = []
    if session.procedure.infection_at_site:
        found.append(
            ClinicalWarning(
                "contraindication.infection_at_site",
                "warning",
                translate(
                    "procedure",
                    "Infection is recorded at a needle site: never needle through infected skin. "
                    "Choose another site or postpone the treatment.",
                ),
                _ids(treated),
            )
        )
    if session.patient.anticoagulation:
        found += _anticoagulation_warnings(treated, cautions or {})
    if session.patient.pregnant:
        found.append(
            ClinicalWarning(
                "contraindication.pregnancy",
                "caution",
                translate(
                    "procedure",
                    "Patient is pregnant, a relative contraindication: local anaesthetic maxima "
                    "are lowered by 20%. Document the decision to treat.",
                ),
                _ids(treated),
            )
        )
    found += _age_warnings(session)
    weight = session.patient.weight_kg
    if weight is not None and weight >= HEAVY_KG and session.patient.height_cm is None:
        found.append(
            ClinicalWarning(
                "patient.height_missing",
                "caution",
                translate(
                    "procedure",
                    "Patient weighs {kg} kg but the height is not recorded: dose maxima are on "
                    "total weight and the needle advice assumes an average build. Record the "
                    "height.",
                ).format(kg=f"{weight:g}"),
                _ids(treated),
            )
        )
    return found


def _anticoagulation_warnings(
    treated: list[TriggerPoint], cautions: Mapping[str, Sequence[Caution]]
) -> list[ClinicalWarning]:
    near_spine = [p for p in treated if any(c.near_spine for c in cautions.get(p.id, ()))]
    found = [
        ClinicalWarning(
            "contraindication.anticoagulation",
            "caution",
            translate(
                "procedure",
                "Patient is anticoagulated, a relative contraindication to needling (bleeding). "
                "Document the decision to treat.",
            ),
            _ids(treated),
        )
    ]
    if near_spine:
        found.append(
            ClinicalWarning(
                "contraindication.anticoagulation_spine",
                "warning",
                procedure.tr(
                    "Patient is anticoagulated and points {numbers} lie over the spinal canal or "
                    "vertebral artery, where epidural haematoma has followed needling. Document "
                    "the decision to treat there.",
                    None,
                    len(near_spine),
                ).format(numbers=_numbers(near_spine)),
                _ids(near_spine),
            )
        )
    return found


def _age_warnings(session: Session) -> list[ClinicalWarning]:
    age = session_age(session)
    if age is None:
        return []
    treated = [p for p in session.points if _treated(p)]
    injected = [
        p for p in treated if isinstance(p.treatment, Injection) and components(p.treatment)
    ]
    if age < ADULT_YEARS:
        return [
            ClinicalWarning(
                "patient.under_18",
                "warning",
                translate(
                    "procedure",
                    "Patient is {age} years old: the maximum doses and needle depths bodymap "
                    "uses are for adults and do not apply. Check each dose and depth for this "
                    "patient.",
                ).format(age=age),
                _ids(treated),
            )
        ]
    if age >= ELDERLY_YEARS and injected:
        return [
            ClinicalWarning(
                "dose.elderly",
                "caution",
                translate(
                    "procedure",
                    "Patient is {age} years old: older patients are at higher risk of local "
                    "anaesthetic toxicity, and a dose 10-20% below the maximum is advised.",
                ).format(age=age),
                _ids(injected),
            )
        ]
    return []


# --------------------------------------------------------------------------- aftercare

# The advice is a heading and bullets ("- "); a line starting with spaces continues its bullet
# (the screen and the record join them), so a translation need not break its lines. {pain} and
# {steroid} take the blocks below, which end without a line break.
_PAIN_RELIEF: Final = QT_TRANSLATE_NOOP(
    "aftercare",
    """- Put ice (or heat) on sore areas. You may take paracetamol (acetaminophen), or ibuprofen if
  it is suitable for you.""",
)
_PAIN_RELIEF_ANTICOAGULATED: Final = QT_TRANSLATE_NOOP(
    "aftercare",
    """- Put ice on sore areas. For pain, take paracetamol (acetaminophen) if it is suitable for
  you.
- Keep taking your usual blood thinner and any aspirin your doctor prescribed. For pain, do not
  take extra aspirin, ibuprofen or other anti-inflammatory painkillers (NSAIDs): with your blood
  thinner they raise the risk of bleeding.""",
)
_STEROID: Final = QT_TRANSLATE_NOOP(
    "aftercare",
    """- Where a steroid was injected, the fat under the skin may shrink and leave a small dent
  (dimple).""",
)
_AFTERCARE: Final = QT_TRANSLATE_NOOP(
    "aftercare",
    """After your trigger point treatment

- The treated areas may be sore for up to a day or two (typically 24 to 48 hours). This is normal.
{pain}
- Stretch gently and move the treated areas the same day. Avoid heavy use of the treated muscles
  for a day or two, then continue your exercise programme.
- Rare problems: infection, bleeding or bruising.
{steroid}

When to get help
- Call emergency services if you become short of breath or have chest pain, especially pain on
  breathing in. A collapsed lung (pneumothorax) is rare. It can start during the treatment,
  hours later, or up to 2 days after it.
- Call emergency services for new weakness, numbness or tingling in an arm or leg, difficulty
  walking, or a severe neck or back pain or headache after the treatment.
- Call emergency services for swelling of the face or throat, hives or difficulty breathing, or
  after an injection for numbness around the mouth, a metallic taste, ringing in the ears,
  confusion or a fit. These usually start within minutes of the injection, occasionally later.
- Call the clinic if you have a fever, or redness, warmth or swelling that spreads from a
  needle site, or bleeding that does not stop with pressure.
""",
)


def _advice(template: str, pain: str, steroid: str) -> str:
    """The advice with its blocks in place; an empty block leaves no empty line."""
    return re.sub(r"\n{3,}", "\n\n", template.format(pain=pain, steroid=steroid))


AFTERCARE_TEXT: Final = _advice(_AFTERCARE, _PAIN_RELIEF, "")
"""Patient advice after trigger point injection or dry needling (clinical-basis §8.1), for a
patient who is not anticoagulated and had no steroid; :func:`aftercare_text` picks the right
one."""

_STEROIDS: Final = re.compile(
    # The international names with their English, German (no final e) and Spanish (-a)
    # endings: Triamcinolon, triamcinolona (clinical-basis §8.1).
    r"\b(?:triamcinolon[ea]?|kenalog|methylprednisolon[ea]?|metilprednisolona|"
    r"depo-?medrone?|dexamethason[ea]?|dexametasona|betamethason[ea]?|betametasona|"
    r"celestone|hydrocortison[ea]?|hidrocortisona|prednisolon[ea]?|"
    r"steroids?|corticosteroids?|kortikosteroide?|corticosteroides?|[ck]ortison|cortisona)\b"
)


def steroid_given(session: Session) -> bool:
    """Whether an injection of the session names a corticosteroid in a typed agent name (the
    only place one can be recorded), also beside the local anaesthetic the name identifies
    ("Lidocaine 1% + triamcinolone 40 mg") (clinical-basis §8.1)."""
    for p in session.points:
        if not isinstance(p.treatment, Injection):
            continue
        names = [c.name for c in components(p.treatment) if c.choice == "other"]
        if any(_STEROIDS.search(fold(n)) for n in names):
            return True
    return False


def aftercare_text(patient: Patient, session: Session | None = None) -> str:
    """The aftercare advice for this patient (clinical-basis §8.1): no ibuprofen or other
    NSAID advice when anticoagulation is flagged, and never advice to stop a prescribed blood
    thinner or aspirin; the steroid line only when ``session`` records a steroid. Screen and
    paper use this one text."""
    pain = _PAIN_RELIEF_ANTICOAGULATED if patient.anticoagulation else _PAIN_RELIEF
    steroid = _STEROID if session is not None and steroid_given(session) else ""
    return _advice(
        translate("aftercare", _AFTERCARE),
        translate("aftercare", pain),
        translate("aftercare", steroid) if steroid else "",
    )


FIBROMYALGIA_NOTE: Final = QT_TRANSLATE_NOOP(
    # Medicare's TPI coverage asks for relief of at least 50 % lasting at least 6 weeks before
    # a repeat (clinical-basis §8.3, [9-2]).
    "aftercare",
    "Fibromyalgia: trigger points may recur, and treated points may need treatment again. "
    "Medicare coverage expects a repeat injection only after relief of at least 50% that "
    "lasted at least 6 weeks.",
)
"""Note for the record when the patient has fibromyalgia (English: :func:`fibromyalgia_note`
gives it in the installed language)."""


def fibromyalgia_note() -> str:
    """:data:`FIBROMYALGIA_NOTE` in the installed language."""
    return translate("aftercare", FIBROMYALGIA_NOTE)


def record_notes(session: Session) -> list[str]:
    """Notes the printed record adds for this patient (currently the fibromyalgia note)."""
    return [fibromyalgia_note()] if session.patient.fibromyalgia else []
