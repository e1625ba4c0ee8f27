"""What the printed record says: a Session turned into plain text fields, rows and sections.

Pure Python (no Qt), so every word of the record can be tested without painting it. The layout
module decides where the words go; nothing here knows about pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal

from bodymap import clinical, storage
from bodymap.anatomy import Diagram
from bodymap.model import DryNeedling, Findings, Injection, Session, TriggerPoint

if TYPE_CHECKING:
    from bodymap.history import Recurrence

TITLE: Final = "Trigger point procedure record"
NO_POINTS: Final = "No points marked"
NOT_RECORDED: Final = "not recorded"
DASH: Final = "\u2013"

SIDE_WORDS: Final = {"left": "Left", "right": "Right", "midline": "Midline"}
TREATMENT_KINDS: Final = ("injection", "dry_needling", "examined")
KIND_LABELS: Final = {
    "injection": "Injection",
    "dry_needling": "Dry needling",
    "examined": "Examined only",
}
_POSITIONS: Final = {"prone": "Prone", "seated": "Seated", "side_lying": "Side-lying"}
_PREPS: Final = {
    "alcohol": "Alcohol",
    "chlorhexidine": "Chlorhexidine",
    "povidone_iodine": "Povidone-iodine",
    "none": "None",
}
_COMPLICATIONS: Final = {
    "none": "None",
    "bleeding": "Bleeding",
    "vasovagal": "Vasovagal reaction",
    "other": "Other",
}
_SHORT_CAUTIONS: Final = {
    "needling.suboccipital": "high-risk zone, suboccipital",
    "pneumothorax.apex": "pneumothorax risk, lung apex",
    "pneumothorax.thorax": "pneumothorax risk, over the thorax",
    "pneumothorax.over_scapula": "lower pneumothorax risk, over scapula",
}
"""Caution titles shortened for the table (the full titles are in the cautions section)."""
_CAUTION_CODES: Final = (
    "needling.suboccipital",
    "pneumothorax.apex",
    "pneumothorax.thorax",
    "pneumothorax.over_scapula",
)

Style = Literal["body", "alert", "note", "bullet", "strong"]


@dataclass(frozen=True)
class Item:
    """One label/value pair of the header or the checklist; ``alert`` prints it prominently."""

    label: str
    value: str
    alert: bool = False


@dataclass(frozen=True)
class Marker:
    """A numbered marker on the diagram, in diagram mm."""

    number: int
    x: float
    y: float
    kind: str
    """"injection", "dry_needling" or "examined" (the marker colour)."""
    caution: bool
    """A pneumothorax caution applies at this position (badge on the marker)."""


@dataclass(frozen=True)
class PointRow:
    """One row of the points table, every cell already in words."""

    number: int
    kind: str
    muscle: str
    side: str
    location: str
    caution: str
    findings: str
    pain: str
    treatment: str
    recurrence: str = ""
    """E.g. "recurring: 3rd visit, last treated 2026-10-02 with …"; empty for a new point."""


@dataclass(frozen=True)
class TotalRow:
    """One line of the totals per agent; ``alert`` when over the maximum for the weight."""

    agent: str
    volume: str
    dose: str
    maximum: str
    share: str
    alert: bool = False


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a section."""

    text: str
    style: Style = "body"


@dataclass(frozen=True)
class Section:
    """A titled block after the table: a few label/value items, then paragraphs."""

    title: str
    items: tuple[Item, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    totals: tuple[TotalRow, ...] = ()


@dataclass(frozen=True)
class Footer:
    """What every page's footer says (page numbers are added when the page count is known)."""

    patient: str
    identifier: str
    record_id: str
    format_version: str
    sha256_short: str
    printed: str

    @property
    def left_lines(self) -> tuple[str, str]:
        """Patient line and file line, as printed on the left of the footer."""
        return (
            f"{self.patient} \u00b7 ID {self.identifier}",
            f"Record {self.record_id} \u00b7 Format {self.format_version} "
            f"\u00b7 SHA-256 {self.sha256_short}",
        )

    @staticmethod
    def page_text(page: int, pages: int) -> str:
        """``Page N of M``."""
        return f"Page {page} of {pages}"


@dataclass(frozen=True)
class Record:
    """Everything the printed record says, in reading order."""

    clinic: str
    title: str
    patient: tuple[Item, ...]
    encounter: tuple[Item, ...]
    allergy_alert: str | None
    markers: tuple[Marker, ...]
    rows: tuple[PointRow, ...]
    kind_counts: tuple[tuple[str, int], ...]
    sections: tuple[Section, ...]
    footer: Footer
    running_head: str
    signature: tuple[str, ...] = field(default=("Clinician signature", "Date"))


# --------------------------------------------------------------------------- numbers and words


def number(value: float) -> str:
    """A number for the record: at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else NOT_RECORDED


def _time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value is not None else NOT_RECORDED


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def _or_missing(text: str) -> str:
    return text.strip() or NOT_RECORDED


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def printed_text(printed_at: dt.datetime | None) -> str:
    """The local date and time of printing, e.g. ``2025-03-14 10:05``."""
    moment = printed_at if printed_at is not None else dt.datetime.now()
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- file identity


def file_identity(session: Session) -> tuple[str, str]:
    """The session file's format version and the SHA-256 (hex) of its saved content."""
    return storage.FORMAT_VERSION, storage.content_sha256(session)


# --------------------------------------------------------------------------- points


def _findings_text(findings: Findings) -> str:
    parts: list[str] = []
    if findings.status is not None:
        parts.append(findings.status.capitalize())
    if findings.taut_band is not None:
        parts.append("taut band" if findings.taut_band else "no taut band")
    if findings.twitch is not None:
        parts.append("no twitch" if findings.twitch == "none" else f"{findings.twitch} twitch")
    if findings.jump_sign is not None:
        parts.append("jump sign" if findings.jump_sign else "no jump sign")
    area = findings.referral_area.strip()
    if findings.referred_pain is True or (findings.referred_pain is None and area):
        parts.append(f"referral to {area}" if area else "referred pain")
    elif findings.referred_pain is False:
        parts.append("no referral")
    if not parts:
        return DASH
    text = "; ".join(parts)
    return text[0].upper() + text[1:]


def _pain_text(findings: Findings) -> str:
    if findings.pain_before is None and findings.pain_after is None:
        return DASH
    before = DASH if findings.pain_before is None else str(findings.pain_before)
    after = DASH if findings.pain_after is None else str(findings.pain_after)
    return f"{before} \u2192 {after}"


def _needle(gauge: int | None, length_mm: float | None) -> str:
    parts = []
    if gauge is not None:
        parts.append(f"{gauge} G")
    if length_mm is not None:
        parts.append(f"{number(length_mm)} mm")
    return " \u00d7 ".join(parts)


def treatment_text(point: TriggerPoint) -> str:
    """Agent, concentration, mL, mg and needle; or dry needling and needle; or examined only."""
    treatment = point.treatment
    if isinstance(treatment, Injection):
        dose = clinical.mg(treatment)
        text = f"{clinical.agent_label(treatment)}, {number(treatment.volume_ml)} mL"
        if dose is not None:
            text += f" = {number(dose)} mg"
        needle = _needle(treatment.needle_gauge, treatment.needle_length_mm)
        return f"{text}; needle {needle}" if needle else text
    if isinstance(treatment, DryNeedling):
        sizes = []
        if treatment.needle_diameter_mm is not None:
            sizes.append(f"{number(treatment.needle_diameter_mm)} mm")
        if treatment.needle_length_mm is not None:
            sizes.append(f"{number(treatment.needle_length_mm)} mm")
        needle = " \u00d7 ".join(sizes)
        return f"Dry needling; needle {needle}" if needle else "Dry needling"
    return "Examined only"


def _muscle_name(point: TriggerPoint, diagram: Diagram) -> str:
    return diagram.muscle_names.get(point.muscle, point.muscle.replace("_", " ").capitalize())


def _cautions(point: TriggerPoint, diagram: Diagram) -> list[clinical.Caution]:
    return clinical.point_cautions_on_diagram(point, diagram)


def location_text(point: TriggerPoint, diagram: Diagram) -> str:
    """Landmark-relative location; the leading side and muscle are left out when they repeat
    the row's own muscle and side."""
    text = diagram.describe(point.x, point.y, muscle=point.muscle, side=point.side)
    prefix = f"{point.side} {_muscle_name(point, diagram).lower()}, "
    if text.startswith(prefix) and len(text) > len(prefix):
        text = text[len(prefix) :]
    return text[0].upper() + text[1:] if text else DASH


def point_row(
    point: TriggerPoint, diagram: Diagram, recurrence: Recurrence | None = None
) -> PointRow:
    """The table row of one point; ``recurrence`` says how it recurs from earlier visits."""
    cautions = _cautions(point, diagram)
    return PointRow(
        number=point.number,
        kind=point.treatment.kind,
        muscle=_muscle_name(point, diagram),
        side=SIDE_WORDS[point.side],
        location=location_text(point, diagram),
        caution="; ".join(_SHORT_CAUTIONS.get(c.code, c.title) for c in cautions),
        findings=_findings_text(point.findings),
        pain=_pain_text(point.findings),
        treatment=treatment_text(point),
        recurrence=recurrence.text if recurrence is not None else "",
    )


def marker(point: TriggerPoint, diagram: Diagram) -> Marker:
    """The diagram marker of one point."""
    caution = clinical.has_pneumothorax_caution(point, diagram)
    return Marker(point.number, point.x, point.y, point.treatment.kind, caution)


# --------------------------------------------------------------------------- header


def _diagnosis_text(codes: Sequence[str]) -> str:
    titles = dict(clinical.ICD10_CHOICES)
    return "; ".join(f"{c} {titles[c]}" if c in titles else c for c in codes)


def _patient_items(session: Session) -> tuple[Item, ...]:
    patient = session.patient
    dob = _date(patient.date_of_birth)
    if patient.date_of_birth is not None and session.encounter.date is not None:
        dob += f" (age {_age(patient.date_of_birth, session.encounter.date)})"
    weight = f"{number(patient.weight_kg)} kg" if patient.weight_kg is not None else NOT_RECORDED
    allergies = patient.allergies.strip()
    if patient.allergy_local_anaesthetic:
        allergies = "LOCAL ANAESTHETICS" + (f"; {allergies}" if allergies else "")
    items = [
        Item("Patient", _or_missing(patient.name)),
        Item("Identifier", _or_missing(patient.identifier)),
        Item("Date of birth", dob),
        Item("Weight", weight, alert=patient.weight_kg is None),
        Item(
            "Allergies",
            allergies or "none recorded",
            alert=patient.allergy_local_anaesthetic,
        ),
    ]
    flags = []
    if patient.anticoagulation:
        flags.append("anticoagulated")
    if patient.fibromyalgia:
        flags.append("fibromyalgia")
    if flags:
        items.append(Item("Flags", ", ".join(flags).capitalize(), alert=patient.anticoagulation))
    return tuple(items)


def _encounter_items(session: Session) -> tuple[Item, ...]:
    encounter = session.encounter
    return (
        Item("Encounter date", _date(encounter.date)),
        Item("Clinician", _or_missing(encounter.clinician)),
        Item("Indication", _or_missing(encounter.indication)),
        Item(
            "Diagnoses",
            _diagnosis_text(encounter.diagnoses) if encounter.diagnoses else NOT_RECORDED,
        ),
    )


# --------------------------------------------------------------------------- sections


def _totals_section(session: Session) -> Section:
    totals = clinical.agent_totals(session)
    weight = session.patient.weight_kg
    rows: list[TotalRow] = []
    for total in totals:
        local = clinical.is_local_anaesthetic(total.agent)
        if total.max_mg is not None and weight is not None:
            maximum = f"{number(total.max_mg)} mg for {number(weight)} kg"
        elif local:
            maximum = "weight not recorded"
        else:
            maximum = "no weight-based maximum"
        share = f"{total.fraction_of_max * 100:.0f}%" if total.fraction_of_max is not None else DASH
        dose = DASH if total.total_mg is None else f"{number(total.total_mg)} mg"
        if total.mg_incomplete:
            dose += " (incomplete)"
        rows.append(
            TotalRow(
                total.name,
                f"{number(total.total_ml)} mL",
                dose,
                maximum,
                share,
                alert=total.exceeds_max,
            )
        )
        if len(total.rows) > 1:
            for part in total.rows:
                part_dose = DASH if part.total_mg is None else f"{number(part.total_mg)} mg"
                rows.append(
                    TotalRow(
                        f"   of which {part.label}",
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


def _warnings_section(session: Session, diagram: Diagram, dose_codes: set[str]) -> Section | None:
    warnings = [
        w
        for w in clinical.session_warnings_on_diagram(session, diagram)
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


def _procedure_section(session: Session) -> Section:
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
            _yes_no(encounter.consent_obtained),
            alert=not encounter.consent_obtained,
        ),
        Item("Time-out done", _yes_no(encounter.timeout_done), alert=not encounter.timeout_done),
        Item("Position", _POSITIONS[procedure.position]),
        Item("Skin preparation", _PREPS[procedure.skin_prep]),
        Item("Vapocoolant spray", _yes_no(procedure.vapocoolant)),
        Item("Start", _time(procedure.start_time)),
        Item("End", _time(procedure.end_time)),
        Item("Elapsed", elapsed),
    )
    paragraphs: tuple[Paragraph, ...] = ()
    if procedure.immediate_response.strip():
        paragraphs = (Paragraph(f"Immediate response: {procedure.immediate_response.strip()}"),)
    return Section("Procedure", items=items, paragraphs=paragraphs)


def _complications_section(session: Session) -> Section:
    procedure = session.procedure
    if procedure.complications:
        listed = ", ".join(_COMPLICATIONS[c] for c in procedure.complications)
    else:
        listed = NOT_RECORDED
    paragraphs = [Paragraph(listed, "alert" if set(procedure.complications) - {"none"} else "body")]
    if procedure.complication_notes.strip():
        paragraphs.append(Paragraph(procedure.complication_notes.strip()))
    return Section("Complications", paragraphs=tuple(paragraphs))


def _aftercare_section(session: Session) -> Section:
    procedure = session.procedure
    paragraphs: list[Paragraph] = []
    if procedure.aftercare_given:
        paragraphs.append(Paragraph("Aftercare advice given to the patient:", "strong"))
        for line in _advice_paragraphs(clinical.AFTERCARE_TEXT):
            paragraphs.append(line)
    else:
        paragraphs.append(Paragraph("Aftercare advice not recorded as given."))
    for note in clinical.record_notes(session):
        paragraphs.append(Paragraph(note, "note"))
    paragraphs.append(Paragraph(f"Follow-up: {_date(procedure.follow_up)}", "strong"))
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


def _codes_section(session: Session) -> Section:
    paragraphs: list[Paragraph] = []
    for code in clinical.suggest_procedure_codes(session):
        muscles = ", ".join(m.label for m in code.muscles)
        paragraphs.append(
            Paragraph(
                f"CPT {code.code} (suggested): {code.descriptor}. {code.muscle_count} "
                f"muscle{'s' * (code.muscle_count != 1)}: {muscles}."
            )
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


def _cautions_section(session: Session, diagram: Diagram) -> Section | None:
    by_code: dict[str, tuple[clinical.Caution, list[int]]] = {}
    for point in sorted(session.points, key=lambda p: p.number):
        if point.treatment.kind == "examined":
            continue
        for caution in _cautions(point, diagram):
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
    return Section("Needling cautions that applied", paragraphs=tuple(paragraphs))


def _notes_section(session: Session) -> Section | None:
    notes = [
        Paragraph(f"Point {p.number}: {p.notes.strip()}")
        for p in sorted(session.points, key=lambda q: q.number)
        if p.notes.strip()
    ]
    if not session.patient.history.strip() and not notes:
        return None
    if session.patient.history.strip():
        notes.insert(0, Paragraph(f"History: {session.patient.history.strip()}"))
    return Section("Notes", paragraphs=tuple(notes))


# --------------------------------------------------------------------------- all together


def build_record(
    session: Session,
    diagram: Diagram,
    *,
    printed_at: dt.datetime | None = None,
    clinic_name: str | None = None,
    recurrences: Mapping[str, Recurrence] | None = None,
) -> Record:
    """Everything the printed record of ``session`` says.

    Args:
        session: the session as saved.
        diagram: the diagram the point coordinates belong to (locations, cautions).
        printed_at: the time of printing (default: now); printed in local time.
        clinic_name: used when the session's encounter names no clinic.
        recurrences: how points recur from the patient's earlier visits, by point id
            (``history.recurrences``); None when the history was not consulted.
    """
    recurs = recurrences or {}
    points = sorted(session.points, key=lambda p: p.number)
    version, digest = file_identity(session)
    patient = session.patient
    footer = Footer(
        patient=_or_missing(patient.name),
        identifier=_or_missing(patient.identifier),
        record_id=session.id,
        format_version=version,
        sha256_short=digest[:12],
        printed=f"Printed {printed_text(printed_at)}",
    )
    clinic = session.encounter.clinic.strip() or (clinic_name or "").strip()
    totals = _totals_section(session)
    dose_codes = {w.code for w in clinical.dose_warnings(session)}
    sections = [
        totals,
        _warnings_section(session, diagram, dose_codes),
        _procedure_section(session),
        _complications_section(session),
        _cautions_section(session, diagram),
        _aftercare_section(session),
        _codes_section(session),
        _notes_section(session),
    ]
    counts = tuple(
        (kind, sum(p.treatment.kind == kind for p in points)) for kind in TREATMENT_KINDS
    )
    alert = None
    if patient.allergy_local_anaesthetic:
        alert = "ALLERGY TO LOCAL ANAESTHETICS"
    head_parts = [TITLE, footer.patient, f"ID {footer.identifier}"]
    if session.encounter.date is not None:
        head_parts.append(session.encounter.date.isoformat())
    return Record(
        clinic=clinic,
        title=TITLE,
        patient=_patient_items(session),
        encounter=_encounter_items(session),
        allergy_alert=alert,
        markers=tuple(marker(p, diagram) for p in points),
        rows=tuple(point_row(p, diagram, recurs.get(p.id)) for p in points),
        kind_counts=counts,
        sections=tuple(s for s in sections if s is not None),
        footer=footer,
        running_head=" \u00b7 ".join(head_parts),
    )
