"""What the printed record says, checked without painting it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodymap import clinical, storage
from bodymap.anatomy import Diagram, load_diagram
from bodymap.history import HistoricPoint, recurrence
from bodymap.model import (
    DryNeedling,
    Encounter,
    Findings,
    Injection,
    Session,
    TriggerPoint,
    isolate,
)
from bodymap.report import content
from bodymap.report.record import Footer, Paragraph, Record, Section, printed_text
from tests.unit.report.sessions import documented_session, fifty_point_session


@pytest.fixture(scope="module")
def diagram() -> Diagram:
    return load_diagram()


@pytest.fixture(scope="module")
def session(diagram: Diagram) -> Session:
    return documented_session(diagram)


@pytest.fixture(scope="module")
def record(session: Session, diagram: Diagram) -> Record:
    return content.build_record(session, diagram, printed_at=dt.datetime(2025, 3, 14, 10, 30))


def _section(record: Record, title: str) -> Section:
    return next(s for s in record.sections if s.title == title)


def _texts(section: Section) -> str:
    return "\n".join(p.text for p in section.paragraphs)


def test_one_row_per_point_in_number_order(record: Record, session: Session) -> None:
    assert [r.number for r in record.rows] == sorted(p.number for p in session.points)
    assert [m.number for m in record.markers] == [r.number for r in record.rows]


def test_side_is_in_words(record: Record) -> None:
    assert {r.side for r in record.rows} == {"Left", "Right"}


def test_muscle_uses_the_diagram_names(record: Record, diagram: Diagram) -> None:
    assert record.rows[0].muscle == diagram.muscle_names["upper_trapezius"]


def test_location_comes_from_describe_without_repeating_muscle(
    record: Record, session: Session, diagram: Diagram
) -> None:
    point = session.points[0]
    described = diagram.describe(point.x, point.y)
    assert described.startswith("right upper trapezius, ")
    rest = described.removeprefix("right upper trapezius, ")
    assert record.rows[0].location == rest[0].upper() + rest[1:]


def test_injection_treatment_gives_agent_concentration_volume_mg_and_needle(
    record: Record,
) -> None:
    assert record.rows[0].treatment == "Lidocaine 1%, 0.5 mL = 5 mg; needle 27 G \u00d7 32 mm"
    assert record.rows[3].treatment == (
        "Bupivacaine 0.25%, 1 mL = 2.5 mg; needle 25 G \u00d7 38 mm"
    )


def test_dry_needling_and_examined_only(record: Record) -> None:
    assert record.rows[4].treatment == "Dry needling; needle 0.25 mm \u00d7 40 mm"
    assert record.rows[7].treatment == "Examined only"
    assert [m.kind for m in record.markers][4] == "dry_needling"


def test_saline_has_no_mg(diagram: Diagram, session: Session) -> None:
    point = session.points[0].model_copy(
        update={"treatment": Injection(agent="saline", concentration_percent=0.9)}
    )
    assert content.treatment_text(point) == ("Normal saline 0.9%, 0.5 mL; needle 27 G \u00d7 32 mm")


def test_findings_in_words(record: Record) -> None:
    assert record.rows[0].findings == (
        "Active; taut band; visible twitch; jump sign; referral to "
        + isolate("posterolateral neck and temple")
    )
    assert record.rows[4].findings == "Latent; taut band; no twitch; no jump sign; no referral"
    assert record.rows[0].pain == "7 \u2192 2"
    assert record.rows[6].pain == "3 \u2192 \u2013"
    assert record.rows[7].pain == "\u2013"


def test_no_findings_is_a_dash(session: Session, diagram: Diagram) -> None:
    point = session.points[0].model_copy(update={"findings": Findings()})
    row = content.point_row(point, diagram)
    assert (row.findings, row.pain) == ("\u2013", "\u2013")


def test_pneumothorax_caution_marks_marker_and_row(record: Record) -> None:
    first = record.rows[0]
    assert "pneumothorax" in first.caution
    assert record.markers[0].caution
    cautions = _texts(_section(record, "Needling cautions that applied"))
    # The levator scapulae point (3) lies higher up the neck, above the apex zone.
    assert "Near the lung apex (angle of the neck): pneumothorax risk. Points 1, 2." in cautions


def test_totals_per_agent_with_maximum_for_weight(record: Record) -> None:
    totals = _section(record, "Totals per agent").totals
    lido = next(t for t in totals if t.agent == "Lidocaine")
    assert (lido.volume, lido.dose) == ("2 mL", "20 mg")
    assert lido.maximum == "200 mg for 68 kg"
    assert lido.share == "10%"
    assert not lido.alert


def test_overdose_is_flagged_with_the_warning(session: Session, diagram: Diagram) -> None:
    heavy = Injection(agent="lidocaine", concentration_percent=2.0, volume_ml=10.0)
    points = [p.model_copy(update={"treatment": heavy}) for p in session.points]
    record = content.build_record(session.model_copy(update={"points": points}), diagram)
    totals = _section(record, "Totals per agent")
    assert totals.totals[0].alert
    assert any(p.style == "alert" and "exceeds the maximum" in p.text for p in totals.paragraphs)


def test_missing_weight_is_said(session: Session, diagram: Diagram) -> None:
    patient = session.patient.model_copy(update={"weight_kg": None})
    record = content.build_record(session.model_copy(update={"patient": patient}), diagram)
    lido = _section(record, "Totals per agent").totals[0]
    assert lido.maximum == "weight not recorded; at most 200 mg whatever the weight"
    assert next(i for i in record.patient if i.label == "Weight").alert


def test_local_anaesthetic_allergy_is_flagged(session: Session, diagram: Diagram) -> None:
    patient = session.patient.model_copy(update={"allergy_local_anaesthetic": True})
    record = content.build_record(session.model_copy(update={"patient": patient}), diagram)
    assert record.allergy_alert == "ALLERGY TO LOCAL ANAESTHETICS"
    allergies = next(i for i in record.patient if i.label == "Allergies")
    assert allergies.alert
    assert allergies.value == f"LOCAL ANAESTHETICS; {isolate('Penicillin (rash)')}"


def test_no_allergy_banner_without_the_flag(record: Record) -> None:
    assert record.allergy_alert is None


def test_clinic_from_the_encounter_else_the_argument(session: Session, diagram: Diagram) -> None:
    assert content.build_record(session, diagram, clinic_name="Other").clinic == (
        isolate("Northside Musculoskeletal Clinic")
    )
    bare = session.model_copy(update={"encounter": Encounter()})
    assert content.build_record(bare, diagram, clinic_name="Settings Clinic").clinic == (
        isolate("Settings Clinic")
    )
    assert content.build_record(bare, diagram).clinic == ""


def test_footer_matches_the_saved_file(record: Record, session: Session) -> None:
    footer = record.footer
    assert footer.record_id == session.id
    assert footer.format_version == storage.FORMAT_VERSION
    assert footer.sha256 == storage.content_sha256(session)
    assert footer.printed == "Printed 2025-03-14 10:30"
    seal, patient, file, content_hash = footer.left_lines
    assert (seal, footer.seal_alert) == ("DRAFT \u2014 not signed", True)
    assert patient == f"{isolate('Jane Q. Sample')} \u00b7 ID {isolate('MRN-0042-7781')}"
    assert file == f"Record {session.id} \u00b7 Format {storage.FORMAT_VERSION}"
    assert content_hash == f"Content SHA-256 {storage.content_sha256(session)}"
    assert Footer.page_text(2, 5) == "Page 2 of 5"


def test_printed_time_is_local() -> None:
    moment = dt.datetime(2025, 3, 14, 10, 30, tzinfo=dt.UTC)
    assert printed_text(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")


def test_procedure_checklist(record: Record) -> None:
    items = {i.label: i.value for i in _section(record, "Procedure").items}
    assert items["Position"] == "Prone"
    assert items["Skin preparation"] == "Chlorhexidine"
    assert items["Vapocoolant spray"] == "Yes"
    assert (items["Start"], items["End"], items["Elapsed"]) == ("09:40", "10:05", "25 min")


def test_aftercare_text_fibromyalgia_note_and_follow_up(record: Record) -> None:
    text = _texts(_section(record, "Aftercare and follow-up"))
    assert "Aftercare advice given to the patient:" in text
    assert "collapsed lung (pneumothorax) is rare" in text
    assert clinical.FIBROMYALGIA_NOTE in text
    assert "Follow-up: 2025-04-25" in text


def test_no_fibromyalgia_note_unless_flagged(session: Session, diagram: Diagram) -> None:
    patient = session.patient.model_copy(update={"fibromyalgia": False})
    record = content.build_record(session.model_copy(update={"patient": patient}), diagram)
    assert clinical.FIBROMYALGIA_NOTE not in _texts(_section(record, "Aftercare and follow-up"))


def test_codes_are_marked_suggested(record: Record) -> None:
    text = _texts(_section(record, "Suggested codes"))
    assert "CPT 20553 (suggested)" in text
    assert "CPT 20560 (suggested)" in text
    assert "ICD-10-CM M79.7 (suggested)" in text


def test_complications(record: Record, session: Session, diagram: Diagram) -> None:
    assert _texts(_section(record, "Complications")) == "None"
    procedure = session.procedure.model_copy(
        update={"complications": ["vasovagal"], "complication_notes": "Recovered supine."}
    )
    other = content.build_record(session.model_copy(update={"procedure": procedure}), diagram)
    section = _section(other, "Complications")
    assert section.paragraphs[0] == Paragraph("Vasovagal reaction", "alert")
    assert section.paragraphs[1].text == isolate("Recovered supine.")


def test_empty_session(diagram: Diagram) -> None:
    record = content.build_record(Session(), diagram)
    assert record.rows == ()
    assert record.markers == ()
    assert _texts(_section(record, "Totals per agent")) == "No injections recorded."
    assert record.footer.patient == "not recorded"


def test_dry_needling_only_counts_points(diagram: Diagram, session: Session) -> None:
    points = [p.model_copy(update={"treatment": DryNeedling()}) for p in session.points[:3]]
    record = content.build_record(Session(points=points), diagram)
    assert "Dry needling: 3 points." in _texts(_section(record, "Totals per agent"))


def test_fifty_points_make_fifty_rows(diagram: Diagram) -> None:
    record = content.build_record(fifty_point_session(diagram), diagram)
    assert [r.number for r in record.rows] == list(range(1, 51))


def test_patient_details(record: Record) -> None:
    items = {i.label: i.value for i in record.patient}
    assert items["Date of birth"] == "1971-06-02 (age 53)"
    assert items["Weight"] == "68 kg"
    encounter = {i.label: i.value for i in record.encounter}
    assert encounter["Diagnoses"] == "M79.18 Myalgia, other site; M54.2 Cervicalgia"
    assert encounter["Clinician"] == isolate("Dr. A. Example")


def test_recurring_point_row_says_so(diagram: Diagram) -> None:
    earlier = HistoricPoint(
        session_id="s-1",
        path=Path("a.bodymap.json"),
        date=dt.date(2026, 10, 2),
        point_id="p-1",
        number=1,
        muscle="upper_trapezius",
        side="left",
        x=100.0,
        y=80.0,
        kind="injection",
        agent="lidocaine",
        concentration_percent=1.0,
        volume_ml=0.5,
        pain_before=None,
        pain_after=None,
    )
    point = TriggerPoint(number=1, x=104.0, y=82.0, muscle="upper_trapezius", side="left")
    other = TriggerPoint(number=2, x=500.0, y=82.0, muscle="upper_trapezius", side="right")
    found = recurrence(point, [earlier])
    assert found is not None
    record = content.build_record(
        Session(points=[point, other]), diagram, recurrences={point.id: found}
    )
    assert record.rows[0].recurrence == (
        "recurring: 2nd visit, last treated 2026-10-02 with lidocaine 1% 0.5 mL"
    )
    assert record.rows[1].recurrence == ""
    assert content.build_record(Session(points=[point]), diagram).rows[0].recurrence == ""


def test_an_allergy_written_only_as_text_is_flagged_in_the_header(
    session: Session, diagram: Diagram
) -> None:
    patient = session.patient.model_copy(update={"allergies": "NKDA except lidocaine"})
    record = content.build_record(session.model_copy(update={"patient": patient}), diagram)
    allergies = next(i for i in record.patient if i.label == "Allergies")
    assert allergies.alert
    plain = session.patient.model_copy(update={"allergies": "Penicillin (rash)"})
    record = content.build_record(session.model_copy(update={"patient": plain}), diagram)
    assert not next(i for i in record.patient if i.label == "Allergies").alert
