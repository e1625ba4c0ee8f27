"""One CSV row per marked point, identified or de-identified (HIPAA Safe Harbor), Excel-safe.

No Qt. The columns are documented in docs/export.md; de-identification follows
45 CFR 164.514(b)(2): no names, identifiers or free text, no date finer than the year, the
age at the visit instead of the birth date (90 or older as "90+"), and random keys that group
one patient's visits within one export without being derived from any identifier.
"""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import Iterable, Sequence
from typing import Final

from bodymap import clinical
from bodymap.anatomy import Diagram
from bodymap.anatomy.regions import REGION_IDS
from bodymap.clinical.body import age_on
from bodymap.clinical.pain_drawing import measure
from bodymap.export import wording
from bodymap.model import Injection, Session, TriggerPoint

PAINTED_COLUMNS: Final = (
    "painted_area_cm2",
    *(f"painted_{region}_cm2" for region in REGION_IDS),
)
"""The session's pain drawing: painted area in cm² in total and per region (clinical-basis
§10.3); repeated on each of the session's rows, empty when no pain was drawn."""
IDENTIFIED_COLUMNS: Final = (
    "session_id",
    "encounter_date",
    "clinician",
    "patient_name",
    "patient_identifier",
    "birth_date",
    "sex",
    "age",
    "point",
    "muscle",
    "side",
    "x_mm",
    "y_mm",
    "location",
    "findings",
    "notes",
    "pain_before",
    "pain_after",
    "treatment",
    "agent",
    "concentration_percent",
    "volume_ml",
    "dose_mg",
    "needle",
    *PAINTED_COLUMNS,
)
DEIDENTIFIED_COLUMNS: Final = (
    "patient_key",
    "session_key",
    "encounter_year",
    "age",
    "sex",
    "point",
    "muscle",
    "side",
    "x_mm",
    "y_mm",
    "location",
    "findings",
    "pain_before",
    "pain_after",
    "treatment",
    "agent",
    "concentration_percent",
    "volume_ml",
    "dose_mg",
    "needle",
    *PAINTED_COLUMNS,
)
OLDEST_AGE: Final = 90
"""Ages from here up are written as "90+" when de-identified (45 CFR 164.514(b)(2)(i)(C))."""
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
_OTHER_AGENT: Final = "Other"


def defuse(cell: str) -> str:
    """A text cell a spreadsheet shows as text: one that could start a formula gets a ``'``."""
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell


class Keys:
    """Random keys for one export: the same patient (or session) gets the same key.

    A key is drawn at random, not computed from the identifier, so it cannot be reversed;
    the mapping lives only in this object, for the length of one export.
    """

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._keys: dict[object, str] = {}

    def key(self, identity: object) -> str:
        """The key of ``identity``, drawn on first use."""
        found = self._keys.get(identity)
        if found is None:
            taken = set(self._keys.values())
            while found is None or found in taken:
                found = f"{self._prefix}{secrets.token_hex(4).upper()}"
            self._keys[identity] = found
        return found


def patient_identity(session: Session) -> object:
    """What makes two sessions one patient: the identifier, else the name and birth date.

    A session with neither identifier nor name is a patient of its own.
    """
    patient = session.patient
    identifier = " ".join(patient.identifier.split()).casefold()
    if identifier:
        return ("identifier", identifier)
    name = " ".join(patient.name.split()).casefold()
    if name:
        return ("name", name, patient.date_of_birth)
    return ("session", session.id)


def age_text(session: Session, *, top: bool) -> str:
    """Whole years at the visit; "" when the birth date is unknown; "90+" from 90 if ``top``."""
    birth = session.patient.date_of_birth
    if birth is None:
        return ""
    age = age_on(birth, wording.visit_date(session))
    return f"{OLDEST_AGE}+" if top and age >= OLDEST_AGE else str(age)


def _score(value: int | None) -> str:
    return "" if value is None else str(value)


MIXTURE_JOIN: Final = " + "
"""Joins the agents of a mixture in the ``agent``, ``concentration_percent`` and ``dose_mg``
cells, in the order of the syringe's record (docs/export.md)."""
MISSING: Final = "missing"
"""A mixture's part without a recorded concentration (never "0")."""
NOT_CHECKED: Final = "not checked"
"""The dose part of a mixture's agent the app cannot identify."""


def _mixture_cells(injection: Injection, *, free_text: bool) -> dict[str, str]:
    """The agent, concentration and dose cells of a mixture, one part per agent."""
    names, strengths, doses = [], [], []
    for part in clinical.components(injection):
        names.append(_OTHER_AGENT if part.choice == "other" and not free_text else part.name)
        conc = part.concentration_percent
        strengths.append(MISSING if conc is None else wording.number(conc))
        if conc is None:
            doses.append(MISSING)
        elif part.agent is None or part.mg is None:
            doses.append(NOT_CHECKED)
        else:
            doses.append(wording.number(part.mg))
    return {
        "agent": MIXTURE_JOIN.join(names),
        "concentration_percent": MIXTURE_JOIN.join(strengths),
        "dose_mg": MIXTURE_JOIN.join(doses),
    }


def _treatment_cells(point: TriggerPoint, *, free_text: bool) -> dict[str, str]:
    treatment = point.treatment
    cells = {
        "treatment": wording.TREATMENT_WORDS[treatment.kind],
        "agent": "",
        "concentration_percent": "",
        "volume_ml": "",
        "dose_mg": "",
        "needle": wording.needle_text(point),
    }
    if isinstance(treatment, Injection):
        dose = clinical.mg(treatment)
        agent = clinical.agent_name(treatment)
        if treatment.agent == "other" and not free_text:
            agent = _OTHER_AGENT
        cells.update(
            agent=agent,
            concentration_percent=(
                ""
                if treatment.concentration_percent is None
                else wording.number(treatment.concentration_percent)
            ),
            volume_ml=wording.number(treatment.volume_ml),
            dose_mg="" if dose is None else wording.number(dose),
        )
        if treatment.mixed_with:
            cells.update(_mixture_cells(treatment, free_text=free_text))
    return cells


def _point_cells(point: TriggerPoint, diagram: Diagram, *, free_text: bool) -> dict[str, str]:
    cells = {
        "point": str(point.number),
        "muscle": wording.muscle_name(point, diagram),
        "side": point.side,
        "x_mm": wording.number(point.x),
        "y_mm": wording.number(point.y),
        "location": wording.location(point, diagram),
        "findings": wording.findings_text(point.findings, free_text=free_text),
        "pain_before": _score(point.findings.pain_before),
        "pain_after": _score(point.findings.pain_after),
    }
    if free_text:
        cells["notes"] = point.notes
    cells.update(_treatment_cells(point, free_text=free_text))
    return cells


def painted_cells(session: Session, diagram: Diagram) -> dict[str, str]:
    """The pain drawing's columns: area in cm² (one decimal), all empty without a drawing."""
    if not session.pain_areas:
        return dict.fromkeys(PAINTED_COLUMNS, "")
    measured = measure(session.pain_areas, diagram)
    cells = {"painted_area_cm2": f"{measured.total_cm2:.1f}"}
    for region, cm2 in measured.by_region.items():
        cells[f"painted_{region}_cm2"] = f"{cm2:.1f}"
    return cells


def _rows(
    common: dict[str, str], session: Session, diagram: Diagram, *, free_text: bool
) -> list[dict[str, str]]:
    """One row per point; a session with a drawing and no point gets one row of its own."""
    common = common | painted_cells(session, diagram)
    points = sorted(session.points, key=lambda p: p.number)
    if not points:
        return [common] if session.pain_areas else []
    return [common | _point_cells(point, diagram, free_text=free_text) for point in points]


def identified_rows(session: Session, diagram: Diagram) -> list[dict[str, str]]:
    """The rows of one session with the patient's and clinician's details."""
    patient = session.patient
    birth = patient.date_of_birth
    common = {
        "session_id": session.id,
        "encounter_date": wording.visit_date(session).isoformat(),
        "clinician": session.encounter.clinician,
        "patient_name": patient.name,
        "patient_identifier": patient.identifier,
        "birth_date": "" if birth is None else birth.isoformat(),
        "sex": patient.sex,
        "age": age_text(session, top=False),
    }
    return _rows(common, session, diagram, free_text=True)


def deidentified_rows(
    session: Session, diagram: Diagram, patients: Keys, sessions: Keys
) -> list[dict[str, str]]:
    """The rows of one session under Safe Harbor: random keys, year, age, no free text."""
    common = {
        "patient_key": patients.key(patient_identity(session)),
        "session_key": sessions.key(session.id),
        "encounter_year": str(wording.visit_date(session).year),
        "age": age_text(session, top=True),
        "sex": session.patient.sex,
    }
    return _rows(common, session, diagram, free_text=False)


def table_rows(
    sessions: Iterable[Session], diagram: Diagram, *, deidentify: bool
) -> tuple[Sequence[str], list[dict[str, str]]]:
    """The columns and every row of ``sessions``: identified, in the order given, points by
    number; de-identified, in the order of the random keys (patient, then session), points by
    number, so that the rows' order tells nothing the keys hide (the files' order follows
    their names, which may hold a record number and the visit's date)."""
    if not deidentify:
        rows = [row for session in sessions for row in identified_rows(session, diagram)]
        return IDENTIFIED_COLUMNS, rows
    patients, visits = Keys("P-"), Keys("S-")
    rows = [
        row for session in sessions for row in deidentified_rows(session, diagram, patients, visits)
    ]
    # A session with a pain drawing and no points has one row without a point: first.
    rows.sort(key=lambda row: (row["patient_key"], row["session_key"], int(row.get("point", 0))))
    return DEIDENTIFIED_COLUMNS, rows


def csv_bytes(columns: Sequence[str], rows: Iterable[dict[str, str]]) -> bytes:
    """The CSV file: UTF-8 with a byte order mark, CRLF lines, every cell defused."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([defuse(row.get(column, "")) for column in columns])
    return buffer.getvalue().encode("utf-8-sig")
