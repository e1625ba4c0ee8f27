"""The header items and the sections after the points table, in words (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from bodymap import clinical, i18n
from bodymap.anatomy import Diagram
from bodymap.clinical import wording
from bodymap.clinical.body import age_on
from bodymap.clinical.common import share_percent
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.model import DryNeedling, Session
from bodymap.report.record import (
    DASH,
    NOT_RECORDED,
    Item,
    Paragraph,
    Section,
    TotalRow,
    date_text,
    localised,
    number,
    or_missing,
    time_text,
    user_text,
    yes_no,
)

record = Context("record")

_POSITIONS: Final = {
    "prone": QT_TRANSLATE_NOOP("record", "Prone"),
    "seated": QT_TRANSLATE_NOOP("record", "Seated"),
    "side_lying": QT_TRANSLATE_NOOP("record", "Side-lying"),
}
_PREPS: Final = {
    "alcohol": QT_TRANSLATE_NOOP("record", "Alcohol"),
    "chlorhexidine": QT_TRANSLATE_NOOP("record", "Chlorhexidine"),
    "povidone_iodine": QT_TRANSLATE_NOOP("record", "Povidone-iodine"),
    "none": QT_TRANSLATE_NOOP("record", "None"),
}
_CAUTION_CODES: Final = clinical.CAUTION_CODES
_SEXES: Final = {
    "female": QT_TRANSLATE_NOOP("record", "Female"),
    "male": QT_TRANSLATE_NOOP("record", "Male"),
    "other": QT_TRANSLATE_NOOP("record", "Other"),
    "unknown": QT_TRANSLATE_NOOP("record", "Unknown"),
}
_SEVERITIES: Final = {
    "warning": QT_TRANSLATE_NOOP("record", "Warning: {message}"),
    "caution": QT_TRANSLATE_NOOP("record", "Caution: {message}"),
    "info": QT_TRANSLATE_NOOP("record", "Info: {message}"),
}

# --------------------------------------------------------------------------- header


def _diagnosis_text(codes: Sequence[str]) -> str:
    return "; ".join(
        f"{c} {clinical.icd10_title(c)}" if clinical.icd10_title(c) else c for c in codes
    )


def patient_items(session: Session) -> tuple[Item, ...]:
    patient = session.patient
    dob = date_text(patient.date_of_birth)
    if patient.date_of_birth is not None and session.encounter.date is not None:
        age = age_on(patient.date_of_birth, session.encounter.date)
        dob = translate("record", "{date} (age {age})").format(date=dob, age=age)
    if patient.weight_kg is not None:
        weight = f"{number(patient.weight_kg)} kg"
    else:
        weight = localised(NOT_RECORDED)
    allergies = user_text(patient.allergies)
    if patient.allergy_local_anaesthetic:
        local = translate("record", "LOCAL ANAESTHETICS")
        allergies = local + (f"; {allergies}" if allergies else "")
    items = [
        Item(translate("record", "Patient"), or_missing(patient.name)),
        Item(translate("record", "Identifier"), or_missing(patient.identifier)),
        Item(translate("record", "Date of birth"), dob),
        Item(translate("record", "Sex"), localised(_SEXES[patient.sex])),
        Item(translate("record", "Weight"), weight, alert=patient.weight_kg is None),
        Item(translate("record", "Height"), _height_text(session)),
        Item(
            translate("record", "Allergies"),
            allergies or translate("record", "none recorded"),
            # An allergies field that mentions a local anaesthetic counts (clinical-basis §6.1).
            alert=patient.allergy_local_anaesthetic or bool(clinical.text_allergy(patient)),
        ),
    ]
    flags = []
    if patient.anticoagulation:
        flags.append(translate("record", "anticoagulated"))
    if patient.fibromyalgia:
        flags.append(translate("record", "fibromyalgia"))
    if patient.pregnant:
        flags.append(translate("record", "pregnant"))
    if flags:
        alert = patient.anticoagulation or patient.pregnant
        listed = ", ".join(flags)
        items.append(Item(translate("record", "Flags"), i18n.sentence(listed), alert=alert))
    return tuple(items)


def _height_text(session: Session) -> str:
    height = session.patient.height_cm
    if height is None:
        return localised(NOT_RECORDED)
    index = clinical.bmi(session.patient)
    if index is None:
        return f"{number(height)} cm"
    return translate("record", "{height} cm (BMI {bmi})").format(
        height=number(height), bmi=f"{index:.0f}"
    )


def encounter_items(session: Session) -> tuple[Item, ...]:
    encounter = session.encounter
    return (
        Item(translate("record", "Encounter date"), date_text(encounter.date)),
        Item(translate("record", "Clinician"), or_missing(encounter.clinician)),
        Item(translate("record", "Indication"), or_missing(encounter.indication)),
        Item(
            translate("record", "Diagnoses"),
            _diagnosis_text(encounter.diagnoses)
            if encounter.diagnoses
            else localised(NOT_RECORDED),
        ),
    )


# --------------------------------------------------------------------------- sections


def totals_section(session: Session) -> Section:
    totals = clinical.agent_totals(session)
    rows: list[TotalRow] = []
    for total in totals:
        maximum = total.limit_text
        typed = total.agent == "other"  # the name is the one typed
        at_least = "\u2265" if total.mg_incomplete else ""  # only what is known is counted
        # As the window says it: of the maximum for the weight, else of the absolute cap.
        if total.fraction_of_max is not None:
            share = f"{at_least}{share_percent(total.fraction_of_max)}%"
        elif total.share is not None:
            share = translate("record", "{percent}% of the cap").format(
                percent=f"{at_least}{share_percent(total.share)}"
            )
        else:
            share = DASH
        dose = DASH if total.total_mg is None else f"{number(total.total_mg)} mg"
        if total.mg_incomplete:
            dose = translate("record", "{dose} (incomplete)").format(dose=dose)
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
                        "   " + translate("record", "of which {agent}").format(agent=label),
                        f"{number(part.total_ml)} mL",
                        part_dose,
                        "",
                        "",
                    )
                )
    paragraphs: list[Paragraph] = []
    if not rows:
        paragraphs.append(Paragraph(translate("record", "No injections recorded.")))
    needled = sum(isinstance(p.treatment, DryNeedling) for p in session.points)
    if needled:
        paragraphs.append(Paragraph(record.tr("Dry needling: %n points.", None, needled)))
    for warning in clinical.dose_warnings(session):
        paragraphs.append(Paragraph(warning.message, "alert"))
    return Section(
        translate("record", "Totals per agent"), paragraphs=tuple(paragraphs), totals=tuple(rows)
    )


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
        translate("record", "Warnings at the time of printing"),
        paragraphs=tuple(
            Paragraph(
                localised(_SEVERITIES[w.severity]).format(message=w.message),
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
        elapsed = translate("record", "{minutes} min").format(minutes=minutes)
    elif procedure.start_time is not None and procedure.end_time is not None:
        elapsed = translate("record", "end before start: check the times")
    else:
        elapsed = localised(NOT_RECORDED)
    items = (
        Item(
            translate("record", "Consent obtained"),
            yes_no(encounter.consent_obtained),
            alert=not encounter.consent_obtained,
        ),
        Item(
            translate("record", "Time-out done"),
            yes_no(encounter.timeout_done),
            alert=not encounter.timeout_done,
        ),
        Item(translate("record", "Position"), localised(_POSITIONS[procedure.position])),
        Item(
            translate("record", "Skin preparation"),
            localised(_PREPS[procedure.skin_prep]),
        ),
        Item(translate("record", "Vapocoolant spray"), yes_no(procedure.vapocoolant)),
        Item(translate("record", "Ultrasound guidance"), yes_no(procedure.ultrasound_guidance)),
        Item(
            translate("record", "Infection at a needle site"),
            yes_no(procedure.infection_at_site),
            alert=procedure.infection_at_site,
        ),
        Item(translate("record", "Start"), time_text(procedure.start_time)),
        Item(translate("record", "End"), time_text(procedure.end_time)),
        Item(translate("record", "Elapsed"), elapsed),
    )
    paragraphs: tuple[Paragraph, ...] = ()
    if procedure.immediate_response.strip():
        response = translate("record", "Immediate response: {response}").format(
            response=user_text(procedure.immediate_response)
        )
        paragraphs = (Paragraph(response),)
    return Section(translate("record", "Procedure"), items=items, paragraphs=paragraphs)


def complications_section(session: Session) -> Section:
    procedure = session.procedure
    if procedure.complications:
        listed = wording.complication_text(procedure.complications)
    else:
        listed = localised(NOT_RECORDED)
    paragraphs = [Paragraph(listed, "alert" if set(procedure.complications) - {"none"} else "body")]
    if procedure.complication_notes.strip():
        paragraphs.append(Paragraph(user_text(procedure.complication_notes)))
    return Section(translate("record", "Complications"), paragraphs=tuple(paragraphs))


def aftercare_section(session: Session) -> Section:
    procedure = session.procedure
    paragraphs: list[Paragraph] = []
    if procedure.aftercare_given:
        paragraphs.append(
            Paragraph(translate("record", "Aftercare advice given to the patient:"), "strong")
        )
        for line in _advice_paragraphs(clinical.aftercare_text(session.patient, session)):
            paragraphs.append(line)
    else:
        paragraphs.append(Paragraph(translate("record", "Aftercare advice not recorded as given.")))
    for note in clinical.record_notes(session):
        paragraphs.append(Paragraph(note, "note"))
    follow_up = translate("record", "Follow-up: {date}").format(date=date_text(procedure.follow_up))
    paragraphs.append(Paragraph(follow_up, "strong"))
    return Section(translate("record", "Aftercare and follow-up"), paragraphs=tuple(paragraphs))


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
            Paragraph(
                translate("record", "CPT {code} (suggested): {summary}").format(
                    code=code.code, summary=code.summary.removeprefix(code.code + " ")
                )
            )
        )
    for diagnosis in clinical.suggest_diagnoses(session):
        paragraphs.append(
            Paragraph(
                translate(
                    "record", "ICD-10-CM {code} (suggested): {title} \u2013 {reason}."
                ).format(code=diagnosis.code, title=diagnosis.title, reason=diagnosis.reason)
            )
        )
    if not paragraphs:
        paragraphs.append(Paragraph(translate("record", "No codes suggested.")))
    paragraphs.append(
        Paragraph(
            translate(
                "record", "Suggested codes are not billed until the clinician confirms them."
            ),
            "note",
        )
    )
    return Section(translate("record", "Suggested codes"), paragraphs=tuple(paragraphs))


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
        heading = record.tr("{caution}. Points {numbers}.", None, len(numbers)).format(
            caution=caution.title_text, numbers=", ".join(map(str, numbers))
        )
        paragraphs.append(Paragraph(heading, "strong"))
        paragraphs.extend(Paragraph("\u2022 " + rule, "bullet") for rule in caution.technique_text)
        advice = clinical.needle_advice_text(caution, session.patient)
        paragraphs.append(Paragraph("\u2022 " + i18n.sentence(advice) + ".", "bullet"))
    return Section(
        translate("record", "Needling cautions that applied"), paragraphs=tuple(paragraphs)
    )


def notes_section(session: Session) -> Section | None:
    notes = [
        Paragraph(
            translate("record", "Point {number}: {notes}").format(
                number=p.number, notes=user_text(p.notes)
            )
        )
        for p in sorted(session.points, key=lambda q: q.number)
        if p.notes.strip()
    ]
    if not session.patient.history.strip() and not notes:
        return None
    if session.patient.history.strip():
        history = translate("record", "History: {history}").format(
            history=user_text(session.patient.history)
        )
        notes.insert(0, Paragraph(history))
    return Section(translate("record", "Notes"), paragraphs=tuple(notes))
