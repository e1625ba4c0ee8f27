"""How the window words points and treatments, in one place.

The words come from the layers below where they exist: muscle names from the diagram
(:mod:`bodymap.anatomy`), treatment descriptions from :mod:`bodymap.history.records`. This
module only arranges them for the window's labels, lists and tooltips.
"""

from __future__ import annotations

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
