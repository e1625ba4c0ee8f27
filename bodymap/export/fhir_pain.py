"""The pain drawing as one FHIR Observation: the painted area, per region and per area.

No Qt. ``valueQuantity`` is the total painted area in cm² (UCUM ``cm2``) on the diagram's
scale; one component per body region with paint in it (the patient's side in its name) and
one per painted area (quality and intensity). See docs/export.md and clinical-basis §10.
"""

from __future__ import annotations

from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.observation import Observation, ObservationComponent
from fhir.resources.R4B.quantity import Quantity

from bodymap.anatomy import Diagram
from bodymap.anatomy.regions import REGION_NAMES
from bodymap.clinical import pain_drawing
from bodymap.export.fhir_points import Context
from bodymap.model import Session

PAIN_DRAWING_TEXT = "Painted pain area (pain drawing, posterior upper body)"


def _cm2(value: float, ucum: str) -> Quantity:
    return Quantity(value=round(value, 1), unit="cm²", system=ucum, code="cm2")


def pain_drawing_observation(session: Session, diagram: Diagram, ctx: Context) -> Observation:
    """The session's pain drawing: total painted area, its regions and its areas."""
    ucum = ctx.codes.systems["ucum"]
    measured = pain_drawing.measure(session.pain_areas, diagram)
    components = [
        ObservationComponent(
            code=CodeableConcept(text=f"Painted area, {REGION_NAMES[region].lower()}"),
            valueQuantity=_cm2(cm2, ucum),
        )
        for region, cm2 in measured.regions_painted()
    ]
    components += [
        ObservationComponent(
            code=CodeableConcept(text=f"Painted area: {pain_drawing.area_label(area).lower()}"),
            valueQuantity=_cm2(pain_drawing.area_cm2(area), ucum),
        )
        for area in session.pain_areas
    ]
    return Observation(
        status=ctx.status,
        code=CodeableConcept(text=PAIN_DRAWING_TEXT),
        subject=ctx.patient,
        encounter=ctx.encounter,
        effectiveDateTime=ctx.start,
        performer=[ctx.practitioner] if ctx.practitioner else None,
        valueQuantity=_cm2(measured.total_cm2, ucum),
        component=components or None,
        note=None,
    )
