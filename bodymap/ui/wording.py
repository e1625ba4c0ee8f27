"""How the window words points and treatments, in one place.

The words come from the layers below where they exist: muscle names from the diagram
(:mod:`bodymap.anatomy`), treatment descriptions from :mod:`bodymap.history.records`. This
module only arranges them for the window's labels, lists and tooltips.
"""

from __future__ import annotations

from typing import Final

from bodymap.anatomy import Diagram, load_diagram
from bodymap.anatomy import names as anatomy_names
from bodymap.clinical import wording as clinical_wording
from bodymap.history import records
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import Side, Treatment, TriggerPoint

SIDE_LABELS: dict[Side, str] = {
    "left": QT_TRANSLATE_NOOP("wording", "Left (patient's)"),
    "right": QT_TRANSLATE_NOOP("wording", "Right (patient's)"),
    "midline": QT_TRANSLATE_NOOP("wording", "Midline"),
}
"""The patient's sides as offered in the side box (English; see :func:`side_label`)."""

TREATMENT_KINDS: dict[str, str] = {
    "examined": QT_TRANSLATE_NOOP("wording", "Examined only"),
    "injection": QT_TRANSLATE_NOOP("wording", "Injection"),
    "dry_needling": QT_TRANSLATE_NOOP("wording", "Dry needling"),
}
"""The kinds of treatment, as offered in the treatment panel (English; see
:func:`treatment_kind`)."""
_KINDS_IN_TEXT: dict[str, str] = {
    "examined": QT_TRANSLATE_NOOP("wording", "examined only"),
    "injection": QT_TRANSLATE_NOOP("wording", "injection"),
    "dry_needling": QT_TRANSLATE_NOOP("wording", "dry needling"),
}


FIELD_WORDS: Final[dict[str, str]] = {
    # The record's field names, and the values its fields hold, in words.
    "aftercare_given": QT_TRANSLATE_NOOP("fields", "aftercare given"),
    "agent": QT_TRANSLATE_NOOP("fields", "agent"),
    "agent_other": QT_TRANSLATE_NOOP("fields", "agent other"),
    "allergies": QT_TRANSLATE_NOOP("fields", "allergies"),
    "allergy_local_anaesthetic": QT_TRANSLATE_NOOP("fields", "allergy local anaesthetic"),
    "anticoagulation": QT_TRANSLATE_NOOP("fields", "anticoagulation"),
    "clinic": QT_TRANSLATE_NOOP("fields", "clinic"),
    "clinician": QT_TRANSLATE_NOOP("fields", "clinician"),
    "complication_notes": QT_TRANSLATE_NOOP("fields", "complication notes"),
    "concentration_percent": QT_TRANSLATE_NOOP("fields", "concentration percent"),
    "consent_obtained": QT_TRANSLATE_NOOP("fields", "consent obtained"),
    "date": QT_TRANSLATE_NOOP("fields", "date"),
    "date_of_birth": QT_TRANSLATE_NOOP("fields", "date of birth"),
    "end_time": QT_TRANSLATE_NOOP("fields", "end time"),
    "fibromyalgia": QT_TRANSLATE_NOOP("fields", "fibromyalgia"),
    "follow_up": QT_TRANSLATE_NOOP("fields", "follow up"),
    "height_cm": QT_TRANSLATE_NOOP("fields", "height cm"),
    "history": QT_TRANSLATE_NOOP("fields", "history"),
    "identifier": QT_TRANSLATE_NOOP("fields", "identifier"),
    "immediate_response": QT_TRANSLATE_NOOP("fields", "immediate response"),
    "indication": QT_TRANSLATE_NOOP("fields", "indication"),
    "infection_at_site": QT_TRANSLATE_NOOP("fields", "infection at site"),
    "jump_sign": QT_TRANSLATE_NOOP("fields", "jump sign"),
    "muscle": QT_TRANSLATE_NOOP("fields", "muscle"),
    "name": QT_TRANSLATE_NOOP("fields", "name"),
    "needle_diameter_mm": QT_TRANSLATE_NOOP("fields", "needle diameter mm"),
    "needle_gauge": QT_TRANSLATE_NOOP("fields", "needle gauge"),
    "needle_length_mm": QT_TRANSLATE_NOOP("fields", "needle length mm"),
    "notes": QT_TRANSLATE_NOOP("fields", "notes"),
    "pain_after": QT_TRANSLATE_NOOP("fields", "pain after"),
    "pain_before": QT_TRANSLATE_NOOP("fields", "pain before"),
    "position": QT_TRANSLATE_NOOP("fields", "position"),
    "pregnant": QT_TRANSLATE_NOOP("fields", "pregnant"),
    "referral_area": QT_TRANSLATE_NOOP("fields", "referral area"),
    "referred_pain": QT_TRANSLATE_NOOP("fields", "referred pain"),
    "sex": QT_TRANSLATE_NOOP("fields", "sex"),
    "side": QT_TRANSLATE_NOOP("fields", "side"),
    "skin_prep": QT_TRANSLATE_NOOP("fields", "skin prep"),
    "start_time": QT_TRANSLATE_NOOP("fields", "start time"),
    "status": QT_TRANSLATE_NOOP("fields", "status"),
    "taut_band": QT_TRANSLATE_NOOP("fields", "taut band"),
    "timeout_done": QT_TRANSLATE_NOOP("fields", "timeout done"),
    "twitch": QT_TRANSLATE_NOOP("fields", "twitch"),
    "ultrasound_guidance": QT_TRANSLATE_NOOP("fields", "ultrasound guidance"),
    "vapocoolant": QT_TRANSLATE_NOOP("fields", "vapocoolant"),
    "volume_ml": QT_TRANSLATE_NOOP("fields", "volume ml"),
    "weight_kg": QT_TRANSLATE_NOOP("fields", "weight kg"),
    "with_epinephrine": QT_TRANSLATE_NOOP("fields", "with epinephrine"),
    "female": QT_TRANSLATE_NOOP("fields", "female"),
    "male": QT_TRANSLATE_NOOP("fields", "male"),
    "other": QT_TRANSLATE_NOOP("fields", "other"),
    "unknown": QT_TRANSLATE_NOOP("fields", "unknown"),
    "prone": QT_TRANSLATE_NOOP("fields", "prone"),
    "seated": QT_TRANSLATE_NOOP("fields", "seated"),
    "side_lying": QT_TRANSLATE_NOOP("fields", "side lying"),
    "alcohol": QT_TRANSLATE_NOOP("fields", "alcohol"),
    "chlorhexidine": QT_TRANSLATE_NOOP("fields", "chlorhexidine"),
    "povidone_iodine": QT_TRANSLATE_NOOP("fields", "povidone iodine"),
    "none": QT_TRANSLATE_NOOP("fields", "none"),
    "active": QT_TRANSLATE_NOOP("fields", "active"),
    "latent": QT_TRANSLATE_NOOP("fields", "latent"),
    "visible": QT_TRANSLATE_NOOP("fields", "visible"),
    "palpable": QT_TRANSLATE_NOOP("fields", "palpable"),
    "lidocaine": QT_TRANSLATE_NOOP("fields", "lidocaine"),
    "bupivacaine": QT_TRANSLATE_NOOP("fields", "bupivacaine"),
    "ropivacaine": QT_TRANSLATE_NOOP("fields", "ropivacaine"),
    "saline": QT_TRANSLATE_NOOP("fields", "saline"),
}
"""The session's field names and values in words (English; see :func:`field_words`)."""


def field_words(name: str) -> str:
    """A field's name ("date_of_birth") or a value it holds ("side_lying") in words, in the
    installed language: "date of birth", "side lying"."""
    if name in FIELD_WORDS:
        return translate("fields", FIELD_WORDS[name])
    return name.replace("_", " ")


def side_label(side: str) -> str:
    """A side as the side box offers it: "Left (patient's)"."""
    return translate("wording", SIDE_LABELS[side]) if side in SIDE_LABELS else side


def side_labels() -> list[tuple[str, str]]:
    """(side, label) of every side, in the order the side box offers them."""
    return [(side, side_label(side)) for side in SIDE_LABELS]


def treatment_kind(kind: str, *, in_text: bool = False) -> str:
    """A kind of treatment in words: "Injection" (inside running text "injection")."""
    table = _KINDS_IN_TEXT if in_text else TREATMENT_KINDS
    return translate("wording", table[kind]) if kind in table else kind


def treatment_kinds() -> list[tuple[str, str]]:
    """(kind, label) of every kind of treatment, in the order the panel offers them."""
    return [(kind, treatment_kind(kind)) for kind in TREATMENT_KINDS]


def muscle_name(muscle: str, diagram: Diagram | None = None) -> str:
    """A muscle's name as the diagram gives it ("Upper trapezius"), in the installed
    language."""
    return clinical_wording.muscle_name(muscle, (diagram or load_diagram()).muscle_names)


def muscle_text(muscle: str, diagram: Diagram | None = None) -> str:
    """A muscle's name inside a sentence ("upper trapezius")."""
    return clinical_wording.muscle_in_text(muscle, (diagram or load_diagram()).muscle_names)


def point_title(point: TriggerPoint, diagram: Diagram | None = None) -> str:
    """Short label such as "3: Right upper trapezius" (the patient's side first, in words, as
    on paper: :func:`bodymap.clinical.wording.muscle_side_label`)."""
    names = (diagram or load_diagram()).muscle_names
    return f"{point.number}: {clinical_wording.muscle_side_label(point.muscle, point.side, names)}"


def spoken_name(point: TriggerPoint, diagram: Diagram | None = None) -> str:
    """A marker's name for screen readers: "Point 3, right levator scapulae, injection".

    The side is the patient's, as everywhere in bodymap.
    """
    muscle = muscle_text(point.muscle, diagram)
    if point.side == "midline":
        where = translate("wording", "midline {muscle}").format(muscle=muscle)
    else:
        where = anatomy_names.sided(point.side, muscle)
    return translate("wording", "Point {number}, {muscle}, {treatment}").format(
        number=point.number,
        muscle=where,
        treatment=treatment_kind(point.treatment.kind, in_text=True),
    )


def treatment_text(treatment: Treatment) -> str:
    """What was done at a point ("lidocaine 1% 0.5 mL", "dry needling")."""
    return records.describe_treatment(treatment)


def previous_point_tooltip(point: TriggerPoint, when: str) -> str:
    """The tooltip of an earlier visit's point offered on the map."""
    if point.side == "left":
        text = translate(
            "wording",
            "Previous visit {date}, point {number}: {muscle} (left), {treatment}.\n"
            "Click to add it to this session.",
        )
    elif point.side == "right":
        text = translate(
            "wording",
            "Previous visit {date}, point {number}: {muscle} (right), {treatment}.\n"
            "Click to add it to this session.",
        )
    else:
        text = translate(
            "wording",
            "Previous visit {date}, point {number}: {muscle} (midline), {treatment}.\n"
            "Click to add it to this session.",
        )
    return text.format(
        date=when,
        number=point.number,
        muscle=muscle_text(point.muscle),
        treatment=treatment_text(point.treatment),
    )
