"""How the window words points and treatments, in one place.

The words come from the layers below where they exist: muscle names from the diagram
(:mod:`bodymap.anatomy`), treatment descriptions from :mod:`bodymap.history.records`. This
module only arranges them for the window's labels, lists and tooltips.
"""

from __future__ import annotations

from bodymap.anatomy import Diagram, load_diagram
from bodymap.clinical import wording as clinical_wording
from bodymap.history import records
from bodymap.model import Side, Treatment, TriggerPoint

SIDE_LABELS: dict[Side, str] = {
    "left": "Left (patient's)",
    "right": "Right (patient's)",
    "midline": "Midline",
}
"""The patient's sides as offered in the side box."""

TREATMENT_KINDS: dict[str, str] = {
    "examined": "Examined only",
    "injection": "Injection",
    "dry_needling": "Dry needling",
}
"""The kinds of treatment, as offered in the treatment panel."""


def muscle_name(muscle: str, diagram: Diagram | None = None) -> str:
    """A muscle's name as the diagram gives it ("Upper trapezius")."""
    names = (diagram or load_diagram()).muscle_names
    return names.get(muscle, muscle.replace("_", " ").capitalize())


def muscle_text(muscle: str, diagram: Diagram | None = None) -> str:
    """A muscle's name inside a sentence ("upper trapezius")."""
    name = muscle_name(muscle, diagram)
    return name[0].lower() + name[1:]


def point_title(point: TriggerPoint, diagram: Diagram | None = None) -> str:
    """Short label such as "3: Right upper trapezius" (the patient's side first, in words, as
    on paper: :func:`bodymap.clinical.wording.muscle_side_label`)."""
    names = (diagram or load_diagram()).muscle_names
    return f"{point.number}: {clinical_wording.muscle_side_label(point.muscle, point.side, names)}"


def treatment_text(treatment: Treatment) -> str:
    """What was done at a point ("lidocaine 1% 0.5 mL", "dry needling")."""
    return records.describe_treatment(treatment)


def previous_point_tooltip(point: TriggerPoint, when: str) -> str:
    """The tooltip of an earlier visit's point offered on the map."""
    return (
        f"Previous visit {when}, point {point.number}: {muscle_text(point.muscle)} "
        f"({point.side}), {treatment_text(point.treatment)}.\nClick to add it to this session."
    )
