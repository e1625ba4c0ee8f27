"""What the printed record says: a Session turned into plain text fields, rows and sections.

Pure Python (no Qt), so every word of the record can be tested without painting it. The layout
module decides where the words go; nothing here knows about pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from bodymap import clinical, i18n, signing
from bodymap.anatomy import Diagram, names
from bodymap.anatomy.regions import region_name
from bodymap.clinical import pain_drawing, wording
from bodymap.i18n import QT_TRANSLATE_NOOP, date_text, translate
from bodymap.model import Findings, PainArea, Session, TriggerPoint
from bodymap.report import signed
from bodymap.report.record import (
    DASH,
    NOT_RECORDED,
    TITLE,
    TREATMENT_KINDS,
    Footer,
    Marker,
    PainKey,
    PainRecord,
    Piece,
    PointRow,
    Record,
    file_identity,
    localised,
    printed_text,
    user_text,
)
from bodymap.report.sections import (
    aftercare_section,
    cautions_section,
    codes_section,
    complications_section,
    encounter_items,
    notes_section,
    patient_items,
    procedure_section,
    totals_section,
    warnings_section,
)

if TYPE_CHECKING:
    from bodymap.history import Recurrence, VisitArea

_SHORT_CAUTIONS: Final = {
    "needling.suboccipital": QT_TRANSLATE_NOOP("record", "high-risk zone, suboccipital"),
    "needling.cervical": QT_TRANSLATE_NOOP("record", "high-risk zone, paramedian neck"),
    "needling.thoracic_spine": QT_TRANSLATE_NOOP(
        "record", "spinal canal, between spinous processes"
    ),
    "needling.thoracic_paraspinal": QT_TRANSLATE_NOOP(
        "record", "spinal canal medially, thoracic paraspinal"
    ),
    "pneumothorax.apex": QT_TRANSLATE_NOOP("record", "pneumothorax risk, lung apex"),
    "pneumothorax.thorax": QT_TRANSLATE_NOOP("record", "pneumothorax risk, over the thorax"),
    "pneumothorax.over_scapula": QT_TRANSLATE_NOOP(
        "record", "lower pneumothorax risk, over scapula"
    ),
}
"""Caution titles shortened for the table (the full titles are in the cautions section)."""

# --------------------------------------------------------------------------- points


def _findings_text(findings: Findings) -> str:
    text = wording.findings_text(findings, user_text(findings.referral_area))
    return i18n.sentence(text) if text else DASH


def _pain_text(findings: Findings) -> str:
    if findings.pain_before is None and findings.pain_after is None:
        return DASH
    before = DASH if findings.pain_before is None else str(findings.pain_before)
    after = DASH if findings.pain_after is None else str(findings.pain_after)
    return f"{before} \u2192 {after}"


def treatment_text(point: TriggerPoint) -> str:
    """Agent, concentration, mL, mg and needle; or dry needling and needle; or examined only
    (the wording of :func:`bodymap.clinical.wording.treatment_text`)."""
    return wording.treatment_text(point.treatment)


def _muscle_name(point: TriggerPoint, diagram: Diagram) -> str:
    return wording.muscle_name(point.muscle, diagram.muscle_names)


def location_text(point: TriggerPoint, diagram: Diagram, site: clinical.Site | None = None) -> str:
    """Landmark-relative location; the leading side and muscle are left out when they repeat
    the row's own muscle and side."""
    text = (site or clinical.point_site(point, diagram)).location
    muscle = wording.muscle_in_text(point.muscle, diagram.muscle_names)
    prefix = f"{names.sided(point.side, muscle)}, "
    if point.side != "midline" and text.startswith(prefix) and len(text) > len(prefix):
        text = text[len(prefix) :]
    return i18n.sentence(text) if text else DASH


def point_row(
    point: TriggerPoint,
    diagram: Diagram,
    recurrence: Recurrence | None = None,
    site: clinical.Site | None = None,
    corrected: str = "",
) -> PointRow:
    """The table row of one point; ``recurrence`` says how it recurs from earlier visits;
    ``site`` is the point's :class:`bodymap.clinical.Site` when already computed."""
    site = site or clinical.point_site(point, diagram)
    return PointRow(
        number=point.number,
        kind=point.treatment.kind,
        muscle=_muscle_name(point, diagram),
        side=wording.side_word(point.side),
        location=location_text(point, diagram, site),
        caution="; ".join(
            localised(_SHORT_CAUTIONS[c.code]) if c.code in _SHORT_CAUTIONS else c.title_text
            for c in site.cautions
        ),
        findings=_findings_text(point.findings),
        pain=_pain_text(point.findings),
        treatment=treatment_text(point),
        recurrence=recurrence.text if recurrence is not None else "",
        corrected=corrected,
    )


def marker(point: TriggerPoint, diagram: Diagram, site: clinical.Site | None = None) -> Marker:
    """The diagram marker of one point."""
    caution = (site or clinical.point_site(point, diagram)).pneumothorax_caution
    return Marker(point.number, point.x, point.y, point.treatment.kind, caution)


# --------------------------------------------------------------------------- all together


def build_record(
    session: Session,
    diagram: Diagram,
    *,
    printed_at: dt.datetime | None = None,
    clinic_name: str | None = None,
    recurrences: Mapping[str, Recurrence] | None = None,
    previous_area: VisitArea | None = None,
    key_ring: signing.KeyRing | None = None,
) -> Record:
    """Everything the printed record of ``session`` says.

    Args:
        session: the session as saved.
        diagram: the diagram the point coordinates belong to (locations, cautions).
        printed_at: the time of printing (default: now); printed in local time.
        clinic_name: used when the session's encounter names no clinic.
        recurrences: how points recur from the patient's earlier visits, by point id
            (``history.recurrences``); None when the history was not consulted.
        previous_area: the painted area of the patient's last earlier visit
            (``history.earlier_painted_areas``), for the change since then.
        key_ring: the clinic's registered keys, when known: a signer they do not confirm is
            said on every page (:func:`signed.seal`).
    """
    recurs = recurrences or {}
    points = sorted(session.points, key=lambda p: p.number)
    version, digest = file_identity(session)
    patient = session.patient
    sealed = signed.seal(session, key_ring)
    # Only a record that verifies has corrections to point to (a broken one says so instead).
    corrected = signed.point_corrections(session, diagram.muscle_names) if sealed.intact else {}
    footer = Footer(
        patient=patient.name.strip() or localised(NOT_RECORDED),
        identifier=patient.identifier.strip() or localised(NOT_RECORDED),
        record_id=session.id,
        format_version=version,
        sha256=digest,
        printed=translate("record", "Printed {time}").format(time=printed_text(printed_at)),
        seal=sealed.pieces,
        seal_alert=sealed.alert,
        seal_bold=not sealed.intact,
    )
    clinic = user_text(session.encounter.clinic) or user_text(clinic_name or "")
    sites = clinical.session_sites(session, diagram)
    totals = totals_section(session)
    dose_codes = {w.code for w in clinical.dose_warnings(session)}
    sections = [
        totals,
        warnings_section(session, diagram, dose_codes, sites),
        procedure_section(session),
        complications_section(session),
        cautions_section(session, sites),
        aftercare_section(session),
        codes_section(session),
        notes_section(session),
    ]
    counts = tuple(
        (kind, sum(p.treatment.kind == kind for p in points)) for kind in TREATMENT_KINDS
    )
    alert = None
    if patient.allergy_local_anaesthetic:
        alert = translate("record", "ALLERGY TO LOCAL ANAESTHETICS")
    head = [
        Piece(f"{localised(TITLE)} \u00b7 "),
        Piece(footer.patient, user=True),
        Piece(f" \u00b7 {translate('record', 'ID', 'identifier of the patient')} "),
        Piece(footer.identifier, user=True),
    ]
    if session.encounter.date is not None:
        head.append(Piece(f" \u00b7 {date_text(session.encounter.date)}"))
    return Record(
        clinic=clinic,
        title=localised(TITLE),
        patient=patient_items(session),
        encounter=encounter_items(session),
        allergy_alert=alert,
        markers=tuple(marker(p, diagram, sites[p.id]) for p in points),
        rows=tuple(
            point_row(p, diagram, recurs.get(p.id), sites[p.id], corrected.get(p.id, ""))
            for p in points
        ),
        kind_counts=counts,
        sections=tuple(s for s in sections if s is not None),
        footer=footer,
        running_head=tuple(head),
        signed=(
            signed.signed_block(session.signature, digest, sealed.unconfirmed)
            if session.signature is not None and sealed.intact
            else None
        ),
        amendments=signed.amendment_entries(
            session, valid=sealed.intact, names=diagram.muscle_names, key_ring=key_ring
        ),
        pain=pain_record(session, diagram, previous_area),
    )


# --------------------------------------------------------------------------- pain drawing


def _area_text(area: PainArea) -> str:
    return pain_drawing.cm2_text(pain_drawing.area_cm2(area))


def pain_record(
    session: Session, diagram: Diagram, previous: VisitArea | None = None
) -> PainRecord | None:
    """The pain drawing as printed (clinical-basis §10): key per area, area per region, and
    the change since ``previous`` (the patient's last earlier visit with its painted area).

    None when nothing is painted and there is no earlier drawing to compare with.
    """
    areas = tuple(session.pain_areas)
    if not areas and (previous is None or not previous.drawn):
        return None
    measured = pain_drawing.measure(areas, diagram)
    key = tuple(
        PainKey(area.quality, f"{pain_drawing.area_label(area)}: {_area_text(area)}")
        for area in areas
    )
    if areas:
        regions = "; ".join(
            f"{region_name(r, in_text=True)} {pain_drawing.cm2_text(cm2)}"
            for r, cm2 in measured.regions_painted()
        )
        summary = translate("record", "Painted area {area}: {regions}.").format(
            area=pain_drawing.cm2_text(measured.total_cm2), regions=regions
        )
    else:
        summary = translate("record", "No pain drawn at this visit.")
    change = ""
    if previous is not None and previous.drawn and areas:
        # Not drawn at this visit is not "no pain": no change is claimed.
        change = pain_drawing.change_text(measured.total_cm2, previous.painted_cm2, previous.date)
    return PainRecord(areas=areas, key=key, summary=summary, change=change)
