"""The FHIR resources of one marked point: BodyStructure, Procedure, pain Observations,
MedicationAdministration (fhir.resources R4B models; no Qt).

See docs/export.md for the mapping and the sources of every code.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from fhir.resources.R4B.annotation import Annotation
from fhir.resources.R4B.bodystructure import BodyStructure
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.extension import Extension
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.medication import Medication, MedicationIngredient
from fhir.resources.R4B.medicationadministration import (
    MedicationAdministration,
    MedicationAdministrationDosage,
    MedicationAdministrationPerformer,
)
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.period import Period
from fhir.resources.R4B.procedure import Procedure, ProcedurePerformer
from fhir.resources.R4B.quantity import Quantity
from fhir.resources.R4B.ratio import Ratio
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.resource import Resource

from bodymap import clinical
from bodymap.anatomy import Diagram
from bodymap.export import wording
from bodymap.export.codes import Code, CodeTable
from bodymap.model import DryNeedling, Injection, Session, TriggerPoint

LATERALITY_EXTENSION = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier"
"""mCODE's laterality qualifier, allowed on Procedure.bodySite (codes.json: mcode-laterality)."""
TARGET_BODY_STRUCTURE = "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure"
"""FHIR R4 core extension: the BodyStructure a Procedure was performed on."""

Timing = dt.datetime | dt.date
"""A FHIR dateTime: an aware datetime, or a date when no time of day was recorded."""


@dataclass(frozen=True)
class Context:
    """What every point's resources refer to: references, times, codes and the diagram."""

    patient: Reference
    encounter: Reference
    practitioner: Reference | None
    start: Timing
    end: Timing | None
    codes: CodeTable
    diagram: Diagram
    procedure_codes: dict[str, clinical.CodeSuggestion]
    """The CPT suggestion covering each treated point, by point id."""
    status: str = "final"
    """The observations' status: "preliminary" for a draft, "final" once signed, "amended"
    when a signed record's amendments corrected a value (:func:`record_status`)."""


@dataclass(frozen=True)
class Entry:
    """One bundle entry: its stable ``urn:uuid`` full URL and the resource."""

    full_url: str
    resource: Resource


def record_status(session: Session, *, signer_confirmed: bool = True) -> str:
    """How final the record is, in FHIR's words (DocumentReference.docStatus, and the status
    of its observations): "preliminary" unsigned, "final" signed, "amended" signed and
    corrected by an amendment. A signed record whose signer the clinic's keys do not confirm
    (``signer_confirmed`` False) is not claimed final either: "preliminary"."""
    if session.signature is None or not signer_confirmed:
        return "preliminary"
    corrected = any(amendment.corrections for amendment in session.amendments)
    return "amended" if corrected else "final"


def coding(code: Code) -> Coding:
    """A Coding from a row of the code table."""
    return Coding(system=code.system, code=code.code, display=code.display)


_MARKDOWN_MARKS = frozenset("\\`*_{}[]<>()#+-.!|~&=")
"""ASCII punctuation that can start markup, a link, an entity or HTML in (GFM) CommonMark."""


_LINE_BREAKS = frozenset("\u2028\u2029\x85")


def fhir_string(text: str) -> str:
    """``text`` as a FHIR string holds it: FHIR allows no whitespace but space, tab, CR and LF,
    and no other control character. Other spaces (no-break, ideographic, ...) become a space,
    Unicode line and paragraph separators a line feed, control characters U+FFFD; the ends
    are trimmed. The result may be empty: callers leave an empty text out."""
    out: list[str] = []
    for ch in text:
        if ch in " \t\r\n" or not (ch.isspace() or unicodedata.category(ch) == "Cc"):
            out.append(ch)
        elif ch in _LINE_BREAKS:
            out.append("\n")
        elif ch.isspace():
            out.append(" ")
        else:
            out.append("\ufffd")
    return "".join(out).strip()


def markdown_literal(text: str) -> str:
    """``text`` for a FHIR markdown element, shown as typed: every mark that could start
    markup is backslash-escaped (CommonMark shows an escaped punctuation mark as itself)."""
    return "".join(f"\\{ch}" if ch in _MARKDOWN_MARKS else ch for ch in text)


def body_site(point: TriggerPoint, ctx: Context) -> CodeableConcept:
    """The muscle (SNOMED CT where cited), the side as a laterality qualifier, and the
    position in words as text (naming the exact muscle)."""
    muscle = ctx.codes.muscle(point.muscle)
    side = ctx.codes.side(point.side)
    return CodeableConcept(
        coding=[coding(muscle.code)] if muscle.code is not None else None,
        text=fhir_string(wording.site_text(point, ctx.diagram)),
        extension=(
            [
                Extension(
                    url=LATERALITY_EXTENSION,
                    valueCodeableConcept=CodeableConcept(coding=[coding(side)]),
                )
            ]
            if side is not None
            else None
        ),
    )


def body_structure(point: TriggerPoint, ctx: Context) -> BodyStructure:
    """The point as a body structure: muscle, laterality qualifier, description, stable id."""
    muscle = ctx.codes.muscle(point.muscle)
    side = ctx.codes.side(point.side)
    name = fhir_string(wording.muscle_name(point, ctx.diagram))
    return BodyStructure(
        identifier=[Identifier(system="urn:ietf:rfc:3986", value=f"urn:uuid:{point.id}")],
        location=CodeableConcept(
            coding=[coding(muscle.code)] if muscle.code is not None else None, text=name
        ),
        locationQualifier=[CodeableConcept(coding=[coding(side)])] if side is not None else None,
        description=fhir_string(
            f"Trigger point {point.number}: {wording.site_text(point, ctx.diagram)}"
        ),
        patient=ctx.patient,
    )


def _performed(ctx: Context) -> dict[str, object]:
    if ctx.end is not None:
        return {"Period": Period(start=ctx.start, end=ctx.end)}
    return {"DateTime": ctx.start}


def procedure(point: TriggerPoint, structure_url: str, ctx: Context) -> Procedure:
    """The treatment of one point: CPT where suggested, site, time, performer, findings."""
    kind = point.treatment.kind
    suggestion = ctx.procedure_codes.get(point.id)
    code = CodeableConcept(
        coding=(
            [
                Coding(
                    system=ctx.codes.systems["cpt"],
                    code=suggestion.code,
                    display=suggestion.descriptor,
                )
            ]
            if suggestion is not None
            else None
        ),
        text=wording.TREATMENT_WORDS[kind].capitalize(),
    )
    findings = wording.findings_text(point.findings)
    notes = [text for text in map(fhir_string, (findings, point.notes)) if text]
    performed = _performed(ctx)
    return Procedure(
        extension=[
            Extension(url=TARGET_BODY_STRUCTURE, valueReference=Reference(reference=structure_url))
        ],
        status="completed",
        code=code,
        subject=ctx.patient,
        encounter=ctx.encounter,
        performedDateTime=performed.get("DateTime"),
        performedPeriod=performed.get("Period"),
        performer=[ProcedurePerformer(actor=ctx.practitioner)] if ctx.practitioner else None,
        bodySite=[body_site(point, ctx)],
        note=[Annotation(text=markdown_literal(text)) for text in notes] or None,
    )


def pain_observation(
    point: TriggerPoint, score: int, when: str, procedure_url: str | None, ctx: Context
) -> Observation:
    """One pain score (0-10) of the point, before or after treatment."""
    loinc = ctx.codes.pain_score
    at = ctx.start if when == "before" or ctx.end is None else ctx.end
    return Observation(
        status=ctx.status,
        code=CodeableConcept(coding=[coding(loinc)], text=f"Pain at the point {when} treatment"),
        subject=ctx.patient,
        encounter=ctx.encounter,
        effectiveDateTime=at,
        performer=[ctx.practitioner] if ctx.practitioner else None,
        valueInteger=score,
        bodySite=body_site(point, ctx),
        partOf=[Reference(reference=procedure_url)] if procedure_url else None,
    )


def _strength(part: clinical.Component, ucum: str) -> Ratio | None:
    """mg per mL of one agent in the syringe (1 % = 10 mg/mL), for a local anaesthetic whose
    concentration is recorded."""
    if part.agent is None or part.concentration_percent is None:
        return None
    return Ratio(
        numerator=Quantity(
            value=clinical.mg_per_ml(part.concentration_percent),
            unit="mg",
            system=ucum,
            code="mg",
        ),
        denominator=Quantity(value=1, unit="mL", system=ucum, code="mL"),
    )


def injectate(injection: Injection, ucum: str) -> Medication:
    """The syringe's content as a contained Medication: one ingredient per agent of a mixture
    (each with its strength in the syringe), or saline alone."""
    parts = clinical.components(injection)
    ingredients = [
        MedicationIngredient(
            itemCodeableConcept=CodeableConcept(text=fhir_string(part.name)),
            isActive=True,
            strength=_strength(part, ucum),
        )
        for part in parts
    ] or [
        MedicationIngredient(
            itemCodeableConcept=CodeableConcept(text=fhir_string(clinical.agent_name(injection)))
        )
    ]
    return Medication(
        id="agent",
        code=CodeableConcept(text=fhir_string(clinical.agent_label(injection, shown=False))),
        ingredient=ingredients,
    )


def medication_administration(
    point: TriggerPoint, injection: Injection, procedure_url: str, ctx: Context
) -> MedicationAdministration:
    """The injectate of one point: agent and strength (every agent of a mixture), volume in
    mL, dose in mg in the text, intramuscular route, site."""
    ucum = ctx.codes.systems["ucum"]
    medication = injectate(injection, ucum)
    performed = _performed(ctx)
    return MedicationAdministration(
        contained=[medication],
        status="completed",
        medicationReference=Reference(reference="#agent"),
        subject=ctx.patient,
        context=ctx.encounter,
        effectiveDateTime=performed.get("DateTime"),
        effectivePeriod=performed.get("Period"),
        performer=(
            [MedicationAdministrationPerformer(actor=ctx.practitioner)]
            if ctx.practitioner
            else None
        ),
        partOf=[Reference(reference=procedure_url)],
        dosage=MedicationAdministrationDosage(
            text=fhir_string(wording.dose_text(injection)),
            site=body_site(point, ctx),
            route=CodeableConcept(coding=[coding(ctx.codes.route_intramuscular)]),
            dose=Quantity(value=injection.volume_ml, unit="mL", system=ucum, code="mL"),
        ),
    )


def point_entries(point: TriggerPoint, urls: dict[str, str], ctx: Context) -> list[Entry]:
    """Every resource of one point, in bundle order.

    Args:
        point: the marked point.
        urls: the point's stable full URLs by role (``body``, ``procedure``, ``before``,
            ``after``, ``medication``).
        ctx: the session's references, times and tables.
    """
    entries = [Entry(urls["body"], body_structure(point, ctx))]
    procedure_url = None
    if isinstance(point.treatment, Injection | DryNeedling):
        procedure_url = urls["procedure"]
        entries.append(Entry(procedure_url, procedure(point, urls["body"], ctx)))
    for when, score in (
        ("before", point.findings.pain_before),
        ("after", point.findings.pain_after),
    ):
        if score is not None:
            entries.append(
                Entry(urls[when], pain_observation(point, score, when, procedure_url, ctx))
            )
    if isinstance(point.treatment, Injection) and procedure_url is not None:
        entries.append(
            Entry(
                urls["medication"],
                medication_administration(point, point.treatment, procedure_url, ctx),
            )
        )
    return entries
