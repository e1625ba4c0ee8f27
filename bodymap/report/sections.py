"""The header items and the sections after the points table, in words (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from bodymap import clinical
from bodymap.anatomy import Diagram
from bodymap.clinical import wording
from bodymap.model import DryNeedling, Session
from bodymap.report.record import (
    DASH,
    NOT_RECORDED,
    Item,
    Paragraph,
    Section,
    TotalRow,
    age_on,
    date_text,
    number,
    or_missing,
    time_text,
    user_text,
    yes_no,
)

_POSITIONS: Final = {"prone": "Prone", "seated": "Seated", "side_lying": "Side-lying"}
_PREPS: Final = {
    "alcohol": "Alcohol",
    "chlorhexidine": "Chlorhexidine",
    "povidone_iodine": "Povidone-iodine",
    "none": "None",
}
_CAUTION_CODES: Final = clinical.CAUTION_CODES
_SEXES: Final = {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"}

# --------------------------------------------------------------------------- header


def _diagnosis_text(codes: Sequence[str]) -> str:
    titles = dict(clinical.ICD10_CHOICES)
    return "; ".join(f"{c} {titles[c]}" if c in titles else c for c in codes)


def patient_items(session: Session) -> tuple[Item, ...]:
    patient = session.patient
    dob = date_text(patient.date_of_birth)
    if patient.date_of_birth is not None and session.encounter.date is not None:
        dob += f" (age {age_on(patient.date_of_birth, session.encounter.date)})"
    weight = f"{number(patient.weight_kg)} kg" if patient.weight_kg is not None else NOT_RECORDED
    allergies = user_text(patient.allergies)
    if patient.allergy_local_anaesthetic:
        allergies = "LOCAL ANAESTHETICS" + (f"; {allergies}" if allergies else "")
    items = [
        Item("Patient", or_missing(patient.name)),
        Item("Identifier", or_missing(patient.identifier)),
        Item("Date of birth", dob),
        Item("Sex", _SEXES[patient.sex]),
        Item("Weight", weight, alert=patient.weight_kg is None),
        Item("Height", _height_text(session)),
        Item(
            "Allergies",
            allergies or "none recorded",
            # An allergies field that mentions a local anaesthetic counts (clinical-basis §6.1).
            alert=patient.allergy_local_anaesthetic or bool(clinical.text_allergy(patient)),
        ),
    ]
    flags = []
    if patient.anticoagulation:
        flags.append("anticoagulated")
    if patient.fibromyalgia:
        flags.append("fibromyalgia")
    if patient.pregnant:
        flags.append("pregnant")
    if flags:
        alert = patient.anticoagulation or patient.pregnant
        items.append(Item("Flags", ", ".join(flags).capitalize(), alert=alert))
    return tuple(items)


def _height_text(session: Session) -> str:
    height = session.patient.height_cm
    if height is None:
        return NOT_RECORDED
    index = clinical.bmi(session.patient)
    return f"{number(height)} cm" + (f" (BMI {index:.0f})" if index is not None else "")


def encounter_items(session: Session) -> tuple[Item, ...]:
    encounter = session.encounter
    return (
        Item("Encounter date", date_text(encounter.date)),
        Item("Clinician", or_missing(encounter.clinician)),
        Item("Indication", or_missing(encounter.indication)),
        Item(
            "Diagnoses",
            _diagnosis_text(encounter.diagnoses) if encounter.diagnoses else NOT_RECORDED,
        ),
    )


# --------------------------------------------------------------------------- sections


def totals_section(session: Session) -> Section:
    totals = clinical.agent_totals(session)
    rows: list[TotalRow] = []
    for total in totals:
        maximum = total.limit_text
        typed = total.agent == "other"  # the name is the one typed
        share = f"{total.fraction_of_max * 100:.0f}%" if total.fraction_of_max is not None else DASH
        dose = DASH if total.total_mg is None else f"{number(total.total_mg)} mg"
        if total.mg_incomplete:
            dose += " (incomplete)"
        rows.append(
            TotalRow(
                user_text(total.name) if typed else total.name,
                f"{number(total.total_ml)} mL",
                dose,
                maximum,
                share,
                alert=total.exceeds_max,
            )
        )
        if len(total.rows) > 1:
            for part in total.rows:
                label = part.label  # a typed name is isolated in it already
                part_dose = DASH if part.total_mg is None else f"{number(part.total_mg)} mg"
                rows.append(
                    TotalRow(
                        f"   of which {label}",
                        f"{number(part.total_ml)} mL",
                        part_dose,
                        "",
                        "",
                    )
                )
    paragraphs: list[Paragraph] = []
    if not rows:
        paragraphs.append(Paragraph("No injections recorded."))
    needled = sum(isinstance(p.treatment, DryNeedling) for p in session.points)
    if needled:
        paragraphs.append(Paragraph(f"Dry needling: {needled} point{'s' * (needled != 1)}."))
    for warning in clinical.dose_warnings(session):
        paragraphs.append(Paragraph(warning.message, "alert"))
    return Section("Totals per agent", paragraphs=tuple(paragraphs), totals=tuple(rows))


def warnings_section(
    session: Session,
    diagram: Diagram,
    dose_codes: set[str],
    sites: Mapping[str, clinical.Site] | None = None,
) -> Section | None:
    warnings = [
        w
        for w in clinical.session_warnings_on_diagram(session, diagram, sites=sites)
        if w.code not in _CAUTION_CODES and w.code not in dose_codes
    ]
    if not warnings:
        return None
    return Section(
        "Warnings at the time of printing",
        paragraphs=tuple(
            Paragraph(
                f"{w.severity.capitalize()}: {w.message}",
                "alert" if w.severity == "warning" else "bullet",
            )
            for w in warnings
        ),
    )


def procedure_section(session: Session) -> Section:
    procedure = session.procedure
    encounter = session.encounter
    minutes = clinical.elapsed_minutes(procedure)
    if minutes is not None:
        elapsed = f"{minutes} min"
    elif procedure.start_time is not None and procedure.end_time is not None:
        elapsed = "end before start: check the times"
    else:
        elapsed = NOT_RECORDED
    items = (
        Item(
            "Consent obtained",
            yes_no(encounter.consent_obtained),
            alert=not encounter.consent_obtained,
        ),
        Item("Time-out done", yes_no(encounter.timeout_done), alert=not encounter.timeout_done),
        Item("Position", _POSITIONS[procedure.position]),
        Item("Skin preparation", _PREPS[procedure.skin_prep]),
        Item("Vapocoolant spray", yes_no(procedure.vapocoolant)),
        Item("Ultrasound guidance", yes_no(procedure.ultrasound_guidance)),
        Item(
            "Infection at a needle site",
            yes_no(procedure.infection_at_site),
            alert=procedure.infection_at_site,
        ),
        Item("Start", time_text(procedure.start_time)),
        Item("End", time_text(procedure.end_time)),
        Item("Elapsed", elapsed),
    )
    paragraphs: tuple[Paragraph, ...] = ()
    if procedure.immediate_response.strip():
        paragraphs = (Paragraph(f"Immediate response: {user_text(procedure.immediate_response)}"),)
    return Section("Procedure", items=items, paragraphs=paragraphs)


def complications_section(session: Session) -> Section:
    procedure = session.procedure
    if procedure.complications:
        listed = wording.complication_text(procedure.complications)
    else:
        listed = NOT_RECORDED
    paragraphs = [Paragraph(listed, "alert" if set(procedure.complications) - {"none"} else "body")]
    if procedure.complication_notes.strip():
        paragraphs.append(Paragraph(user_text(procedure.complication_notes)))
    return Section("Complications", paragraphs=tuple(paragraphs))


def aftercare_section(session: Session) -> Section:
    procedure = session.procedure
    paragraphs: list[Paragraph] = []
    if procedure.aftercare_given:
        paragraphs.append(Paragraph("Aftercare advice given to the patient:", "strong"))
        for line in _advice_paragraphs(clinical.aftercare_text(session.patient, session)):
            paragraphs.append(line)
    else:
        paragraphs.append(Paragraph("Aftercare advice not recorded as given."))
    for note in clinical.record_notes(session):
        paragraphs.append(Paragraph(note, "note"))
    paragraphs.append(Paragraph(f"Follow-up: {date_text(procedure.follow_up)}", "strong"))
    return Section("Aftercare and follow-up", paragraphs=tuple(paragraphs))


def _advice_paragraphs(text: str) -> list[Paragraph]:
    """The advice text as paragraphs: headings, and bullets with their wrapped lines joined."""
    paragraphs: list[Paragraph] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("- "):
            paragraphs.append(Paragraph("\u2022 " + line[2:], "bullet"))
        elif raw.startswith(" ") and paragraphs:
            last = paragraphs[-1]
            paragraphs[-1] = Paragraph(f"{last.text} {line}", last.style)
        else:
            paragraphs.append(Paragraph(line, "strong"))
    return paragraphs


def codes_section(session: Session) -> Section:
    paragraphs: list[Paragraph] = []
    for code in clinical.suggest_procedure_codes(session):
        paragraphs.append(
            Paragraph(f"CPT {code.code} (suggested): {code.summary.removeprefix(code.code + ' ')}")
        )
    for diagnosis in clinical.suggest_diagnoses(session):
        paragraphs.append(
            Paragraph(
                f"ICD-10-CM {diagnosis.code} (suggested): {diagnosis.title} \u2013 "
                f"{diagnosis.reason}."
            )
        )
    if not paragraphs:
        paragraphs.append(Paragraph("No codes suggested."))
    paragraphs.append(
        Paragraph("Suggested codes are not billed until the clinician confirms them.", "note")
    )
    return Section("Suggested codes", paragraphs=tuple(paragraphs))


def cautions_section(session: Session, sites: Mapping[str, clinical.Site]) -> Section | None:
    by_code: dict[str, tuple[clinical.Caution, list[int]]] = {}
    for point in sorted(session.points, key=lambda p: p.number):
        if point.treatment.kind == "examined":
            continue
        for caution in sites[point.id].cautions:
            by_code.setdefault(caution.code, (caution, []))[1].append(point.number)
    if not by_code:
        return None
    paragraphs: list[Paragraph] = []
    for code in _CAUTION_CODES:
        if code not in by_code:
            continue
        caution, numbers = by_code[code]
        label = "Point" if len(numbers) == 1 else "Points"
        paragraphs.append(
            Paragraph(f"{caution.title}. {label} {', '.join(map(str, numbers))}.", "strong")
        )
        paragraphs.extend(Paragraph("\u2022 " + rule, "bullet") for rule in caution.technique)
        advice = clinical.needle_advice_text(caution, session.patient)
        paragraphs.append(Paragraph("\u2022 " + advice[0].upper() + advice[1:] + ".", "bullet"))
    return Section("Needling cautions that applied", paragraphs=tuple(paragraphs))


def notes_section(session: Session) -> Section | None:
    notes = [
        Paragraph(f"Point {p.number}: {user_text(p.notes)}")
        for p in sorted(session.points, key=lambda q: q.number)
        if p.notes.strip()
    ]
    if not session.patient.history.strip() and not notes:
        return None
    if session.patient.history.strip():
        notes.insert(0, Paragraph(f"History: {user_text(session.patient.history)}"))
    return Section("Notes", paragraphs=tuple(notes))
