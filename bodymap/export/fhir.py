"""A session as a FHIR R4 Bundle (type collection), built with fhir.resources' R4B models.

No Qt here: the printed record's PDF, which the DocumentReference carries, is made by the
caller (:func:`bodymap.export.record_pdf`) and passed in as bytes. Full URLs are ``urn:uuid``
values derived from the session and point ids, so exporting the same session twice names
every resource the same. The mapping is documented in docs/export.md.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import uuid
from typing import Final

from fhir.resources.R4B.allergyintolerance import AllergyIntolerance
from fhir.resources.R4B.attachment import Attachment
from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.documentreference import (
    DocumentReference,
    DocumentReferenceContent,
    DocumentReferenceContext,
)
from fhir.resources.R4B.encounter import Encounter, EncounterParticipant
from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.period import Period
from fhir.resources.R4B.practitioner import Practitioner
from fhir.resources.R4B.reference import Reference

from bodymap import clinical
from bodymap.anatomy import Diagram, load_diagram
from bodymap.export.codes import CodeTable, load_table
from bodymap.export.fhir_pain import pain_drawing_observation
from bodymap.export.fhir_points import (
    Context,
    Entry,
    Timing,
    fhir_string,
    point_entries,
    record_status,
)
from bodymap.i18n import translate
from bodymap.model import Session

NAMESPACE: Final = uuid.UUID("0d6f7a52-3c1e-4b8e-9a57-5c2f2d1e8b40")
"""Namespace of the name-based (version 5) UUIDs that name the exported resources."""
RECORD_TITLE: Final = "Trigger point session record"
_MRN_TYPE: Final = Coding(
    system="http://terminology.hl7.org/CodeSystem/v2-0203",
    code="MR",
    display="Medical record number",
)
_AMBULATORY: Final = Coding(
    system="http://terminology.hl7.org/CodeSystem/v3-ActCode", code="AMB", display="ambulatory"
)
_POINT_ROLES: Final = ("body", "procedure", "before", "after", "medication")
_ACTIVE: Final = Coding(
    system="http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
    code="active",
    display="Active",
)
LOCAL_ANAESTHETICS: Final = "Local anaesthetics (amide and ester)"
"""The text of the allergy the patient's box records (no code: none is cited for it)."""


def _allergies(
    session: Session, patient: Reference, encounter: Reference
) -> list[tuple[str, AllergyIntolerance]]:
    """The patient's allergies as recorded, with their roles: the box ("allergic to local
    anaesthetics") and the allergies field as written, unless it records no allergy. Text
    only: the field is free text, and no code is invented for it."""
    found: list[tuple[str, AllergyIntolerance]] = []
    common = {"clinicalStatus": CodeableConcept(coding=[_ACTIVE]), "patient": patient}
    if session.patient.allergy_local_anaesthetic:
        found.append(
            (
                "local-anaesthetics",
                AllergyIntolerance(
                    **common,
                    type="allergy",
                    category=["medication"],
                    code=CodeableConcept(text=LOCAL_ANAESTHETICS),
                    encounter=encounter,
                ),
            )
        )
    written = fhir_string(session.patient.allergies)
    if written and not clinical.says_no_allergy(session.patient.allergies):
        found.append(
            (
                "as-written",
                AllergyIntolerance(
                    **common, code=CodeableConcept(text=written), encounter=encounter
                ),
            )
        )
    return found


def full_url(session: Session, *parts: str) -> str:
    """The stable ``urn:uuid`` of one resource of ``session`` (a UUID 5 of its ids and role)."""
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, '/'.join((session.id, *parts)))}"


def session_times(session: Session) -> tuple[Timing, Timing | None]:
    """When the procedure started and ended, as FHIR dateTimes.

    The encounter's date with the procedure's start and end time of day, read in this
    computer's time zone; the date alone when no time was recorded; the moment the session
    was created when no date was entered. The end is None when unknown or not after the start.
    """
    day = session.encounter.date
    procedure = session.procedure
    if day is None:
        return session.created, None
    if procedure.start_time is None:
        return day, None
    start = dt.datetime.combine(day, procedure.start_time).astimezone()
    end = None
    if procedure.end_time is not None:
        candidate = dt.datetime.combine(day, procedure.end_time).astimezone()
        end = candidate if candidate > start else None
    return start, end


IDENTIFIER_SYSTEM: Final = re.compile(r"(?:urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:|https?://)\S+")
"""An identifier system as FHIR takes one: an absolute URI (``urn:oid:…``, ``https://…``)."""


def identifier_system_problem(system: str) -> str | None:
    """Why ``system`` cannot name the clinic's patient identifiers in a bundle, or None."""
    if IDENTIFIER_SYSTEM.fullmatch(system.strip()):
        return None
    return translate(
        "export",
        "the patient identifier system must be a URI such as urn:oid:1.2.3 or "
        "https://clinic.example/patients",
    )


def _patient(session: Session, identifier_system: str | None = None) -> Patient:
    patient = session.patient
    name = fhir_string(patient.name)
    identifier = fhir_string(patient.identifier)
    return Patient(
        identifier=(
            [
                Identifier(
                    use="usual",
                    type=CodeableConcept(coding=[_MRN_TYPE]),
                    system=identifier_system or None,
                    value=identifier,
                )
            ]
            if identifier
            else None
        ),
        name=[HumanName(text=name)] if name else None,
        gender=patient.sex,
        birthDate=patient.date_of_birth,
    )


def _encounter(
    session: Session, ctx_patient: Reference, practitioner: Reference | None
) -> Encounter:
    start, end = session_times(session)
    titles = dict(clinical.ICD10_CHOICES)
    icd = load_table().systems["icd10cm"]
    return Encounter(
        status="finished",
        class_fhir=_AMBULATORY,
        subject=ctx_patient,
        participant=[EncounterParticipant(individual=practitioner)] if practitioner else None,
        period=Period(start=start, end=end),
        reasonCode=[
            CodeableConcept(coding=[Coding(system=icd, code=code, display=titles.get(code))])
            for code in session.encounter.diagnoses
        ]
        or None,
    )


def _document(
    session: Session,
    pdf: bytes,
    refs: tuple[Reference, Reference, Reference | None],
    now: dt.datetime,
    signer_confirmed: bool,
) -> DocumentReference:
    patient, encounter, practitioner = refs
    description = "The printed record of the session (PDF)"
    if session.signature is not None and not signer_confirmed:
        description += "; the clinic's keys do not confirm who signed it"
    return DocumentReference(
        status="current",
        docStatus=record_status(session, signer_confirmed=signer_confirmed),
        type=CodeableConcept(text=RECORD_TITLE),
        subject=patient,
        date=now,
        author=[practitioner] if practitioner else None,
        description=description,
        content=[
            DocumentReferenceContent(
                attachment=Attachment(
                    contentType="application/pdf",
                    data=base64.b64encode(pdf),
                    size=len(pdf),
                    # FHIR R4 Attachment.hash: base64 of the SHA-1 of the data.
                    hash=base64.b64encode(hashlib.sha1(pdf, usedforsecurity=False).digest()),
                    title=RECORD_TITLE,
                    creation=now,
                )
            )
        ],
        context=DocumentReferenceContext(encounter=[encounter]),
    )


def build_bundle(
    session: Session,
    *,
    record_pdf: bytes | None = None,
    diagram: Diagram | None = None,
    codes: CodeTable | None = None,
    now: dt.datetime | None = None,
    identifier_system: str | None = None,
    signer_confirmed: bool = True,
) -> Bundle:
    """The session as a FHIR R4 collection bundle.

    Args:
        session: the session as saved.
        record_pdf: the printed record; a DocumentReference carries it when given.
        diagram: the diagram of the points (default: the bundled one).
        codes: the code table (default: codes.json).
        now: the bundle's timestamp (default: now).
        identifier_system: the URI of the clinic's patient identifiers (the Patient's
            ``identifier.system``, by which an EHR matches its patient); none when None.
        signer_confirmed: whether the clinic's keys confirm who signed the record and its
            amendments; if not, a signed record is "preliminary" (:func:`record_status`).

    Entries: Patient, Practitioner (when a clinician is named), Encounter, then per point in
    number order its BodyStructure, Procedure (treated points), pain Observations and
    MedicationAdministration (injections), the pain drawing's Observation (when pain was
    drawn), and last the DocumentReference.
    """
    diagram = diagram if diagram is not None else load_diagram()
    codes = codes if codes is not None else load_table()
    now = now if now is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)
    patient_url = full_url(session, "patient")
    encounter_url = full_url(session, "encounter")
    practitioner_url = full_url(session, "practitioner")
    clinician = fhir_string(session.encounter.clinician)
    patient_ref = Reference(reference=patient_url)
    encounter_ref = Reference(reference=encounter_url)
    practitioner_ref = Reference(reference=practitioner_url) if clinician else None

    entries = [Entry(patient_url, _patient(session, identifier_system))]
    if clinician:
        entries.append(Entry(practitioner_url, Practitioner(name=[HumanName(text=clinician)])))
    entries.append(Entry(encounter_url, _encounter(session, patient_ref, practitioner_ref)))
    for role, allergy in _allergies(session, patient_ref, encounter_ref):
        entries.append(Entry(full_url(session, "allergy", role), allergy))

    start, end = session_times(session)
    # Each point's Procedure is coded with its treatment's code; 76942 (ultrasound guidance)
    # is one unit for the session, not a point's procedure, and names every treated point.
    suggestions = {
        point_id: suggestion
        for suggestion in clinical.suggest_procedure_codes(session)
        if suggestion.treatment != "guidance"
        for point_id in suggestion.point_ids
    }
    ctx = Context(
        patient=patient_ref,
        encounter=encounter_ref,
        practitioner=practitioner_ref,
        start=start,
        end=end,
        codes=codes,
        diagram=diagram,
        procedure_codes=suggestions,
        status=record_status(session, signer_confirmed=signer_confirmed),
    )
    for point in sorted(session.points, key=lambda p: p.number):
        urls = {role: full_url(session, "point", point.id, role) for role in _POINT_ROLES}
        entries.extend(point_entries(point, urls, ctx))
    if session.pain_areas:
        observation = pain_drawing_observation(session, diagram, ctx)
        entries.append(Entry(full_url(session, "pain-drawing"), observation))

    if record_pdf is not None:
        document = _document(
            session,
            record_pdf,
            (patient_ref, encounter_ref, practitioner_ref),
            now,
            signer_confirmed,
        )
        entries.append(Entry(full_url(session, "record"), document))
    return Bundle(
        identifier=Identifier(system="urn:ietf:rfc:3986", value=full_url(session, "bundle")),
        type="collection",
        timestamp=now,
        entry=[BundleEntry(fullUrl=entry.full_url, resource=entry.resource) for entry in entries],
    )


def bundle_bytes(bundle: Bundle) -> bytes:
    """The bundle as the file holds it: UTF-8 JSON, indented, final newline."""
    return bundle.model_dump_json(indent=2).encode("utf-8") + b"\n"
