"""The CSV of points: the right rows, Excel-safe cells, and de-identification that holds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bodymap import export
from bodymap.anatomy import load_diagram
from bodymap.export import csv_rows
from bodymap.model import Injection, Session
from tests.unit.export.factories import example_session, landmark_session, mixture_session


def _read(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _csv(sessions: list[Session], *, deidentify: bool) -> bytes:
    columns, rows = export.table_rows(sessions, load_diagram(), deidentify=deidentify)
    return export.csv_bytes(columns, rows)


def test_one_row_per_point_with_the_documented_columns() -> None:
    session = example_session()
    rows = _read(_csv([session], deidentify=False))
    assert list(rows[0]) == list(export.IDENTIFIED_COLUMNS)
    assert [int(r["point"]) for r in rows] == sorted(p.number for p in session.points)
    first = rows[0]
    point = min(session.points, key=lambda p: p.number)
    assert first["session_id"] == session.id
    assert first["patient_name"] == "Jane Example"
    assert first["patient_identifier"] == "EX-0001"
    assert first["birth_date"] == "1979-04-12"
    assert first["encounter_date"] == "2026-11-20"
    assert first["clinician"] == "Dr A. Example"
    assert first["age"] == "47"
    assert (first["muscle"], first["side"]) == ("upper trapezius", point.side)
    assert (float(first["x_mm"]), float(first["y_mm"])) == (point.x, point.y)
    assert first["location"].startswith(f"{point.side} upper trapezius, ")
    assert (first["pain_before"], first["pain_after"]) == ("7", "2")
    assert first["treatment"] == "trigger point injection"
    assert (first["agent"], first["concentration_percent"]) == ("Lidocaine", "1")
    assert (first["volume_ml"], first["dose_mg"]) == ("0.5", "5")
    assert isinstance(point.treatment, Injection)
    gauge, length = point.treatment.needle_gauge, point.treatment.needle_length_mm
    assert first["needle"] == f"{gauge} G \u00d7 {length:g} mm"
    assert "referral to right temple" in first["findings"]


def test_untreated_and_dry_needled_points() -> None:
    rows = _read(_csv([landmark_session()], deidentify=False))
    needled, examined = rows[1], rows[2]
    assert needled["treatment"] == "dry needling"
    assert needled["agent"] == needled["volume_ml"] == needled["dose_mg"] == ""
    assert needled["needle"] == "0.25 mm \u00d7 40 mm"
    assert examined["treatment"] == "examined only"
    assert examined["pain_after"] == ""


def test_lines_are_crlf_and_cells_with_commas_quoted() -> None:
    data = _csv([example_session()], deidentify=False)
    text = data.decode("utf-8-sig")
    assert text.count("\r\n") == len(example_session().points) + 1
    assert '"right upper trapezius, ' in text


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formulas_are_defused(start: str) -> None:
    session = landmark_session()
    payload = f'{start}HYPERLINK("http://x","y")'
    first = session.points[0].model_copy(update={"notes": payload})
    patient = session.patient.model_copy(update={"name": payload})
    session = session.model_copy(update={"points": [first], "patient": patient})
    row = _read(_csv([session], deidentify=False))[0]
    assert row["notes"] == f"'{payload}"
    assert row["patient_name"] == f"'{payload}"


def test_no_cell_of_a_real_export_starts_like_a_formula() -> None:
    rows = _read(_csv([example_session(), landmark_session()], deidentify=False))
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


# --------------------------------------------------------------------------- de-identified


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    else:
        yield path, node


def _set(node: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _free_text_paths(session: Session) -> list[tuple[Any, ...]]:
    """Every string of the session that accepts any text: the fields a user types into."""
    dump = session.model_dump(mode="json")
    found = []
    for path, value in _leaves(dump):
        if not isinstance(value, str):
            continue
        trial = session.model_dump(mode="json")
        _set(trial, path, "Any text 1/2 typed by a user")
        try:
            Session.model_validate(trial)
        except ValidationError:
            continue  # a choice, a pattern or a date: not free text
        found.append(path)
    return found


def _full_session() -> Session:
    """The landmark session with every optional text filled and an 'other' agent."""
    session = landmark_session()
    first = session.points[0]
    other = Injection(agent="other", agent_other="x", concentration_percent=2.0, volume_ml=1.0)
    points = [
        first.model_copy(
            update={
                "treatment": other,
                "notes": "x",
                "findings": first.findings.model_copy(
                    update={"referred_pain": True, "referral_area": "x"}
                ),
            }
        ),
        *session.points[1:],
    ]
    return session.model_copy(
        update={
            "points": points,
            "patient": session.patient.model_copy(update={"allergies": "x", "history": "x"}),
            "encounter": session.encounter.model_copy(update={"clinic": "x", "indication": "x"}),
            "procedure": session.procedure.model_copy(
                update={
                    "immediate_response": "x",
                    "complication_notes": "x",
                    "follow_up": dt.date(2026, 3, 16),
                }
            ),
        }
    )


def test_deidentified_csv_holds_no_text_identifier_or_full_date() -> None:
    session = _full_session()
    paths = _free_text_paths(session)
    named = {path[-1] for path in paths}
    # Every field a user types into was found (and the session id, an identifier).
    assert {
        "id",
        "name",
        "identifier",
        "allergies",
        "history",
        "clinician",
        "clinic",
        "indication",
        "immediate_response",
        "complication_notes",
        "notes",
        "referral_area",
        "agent_other",
    } <= named
    dump = session.model_dump(mode="json")
    markers = []
    for index, path in enumerate(paths):
        marker = f"Qz{index}Marker"
        markers.append(marker)
        _set(dump, path, marker)
    marked = Session.model_validate(dump)
    text = _csv([marked], deidentify=True).decode("utf-8-sig")

    for marker in markers:
        assert marker not in text
    for point in marked.points:
        assert point.id not in text
    for path, value in _leaves(marked.model_dump(mode="json")):
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
            assert value[:10] not in text, path  # birth date, visit, follow-up, created
    assert not re.search(r"\d{4}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}", text)
    rows = _read(text.encode("utf-8-sig"))
    assert list(rows[0]) == list(export.DEIDENTIFIED_COLUMNS)
    assert rows[0]["encounter_year"] == "2026"
    assert rows[0]["age"] == "65"
    assert rows[0]["agent"] == "Other"
    assert rows[0]["findings"].endswith("referred pain")


def test_identified_csv_does_carry_the_patient() -> None:
    text = _csv([landmark_session()], deidentify=False).decode("utf-8-sig")
    assert "Ada Q. Tester" in text
    assert "MRN-778899" in text
    assert "1960-07-15" in text


@pytest.mark.parametrize(
    ("birth", "age"),
    [(dt.date(1936, 3, 2), "90+"), (dt.date(1936, 3, 3), "89"), (dt.date(1920, 1, 1), "90+")],
)
def test_age_from_90_is_90_plus(birth: dt.date, age: str) -> None:
    session = landmark_session()  # visit on 2026-03-02
    old = session.model_copy(
        update={"patient": session.patient.model_copy(update={"date_of_birth": birth})}
    )
    rows = _read(_csv([old], deidentify=True))
    assert {row["age"] for row in rows} == {age}
    identified = _read(_csv([old], deidentify=False))
    assert identified[0]["birth_date"] == birth.isoformat()


def _visit(session: Session, session_id: str, **patient: Any) -> Session:
    return session.model_copy(
        update={"id": session_id, "patient": session.patient.model_copy(update=patient)}
    )


def test_patient_key_groups_one_patients_visits_within_an_export() -> None:
    base = landmark_session()
    first = _visit(base, "visit-1")
    second = _visit(base, "visit-2", name="ADA Q. TESTER")  # same identifier
    other = _visit(base, "visit-3", identifier="MRN-000001", name="Bo Other")
    nameless = _visit(base, "visit-4", identifier="", name="")
    rows = _read(_csv([first, second, other, nameless], deidentify=True))
    # Rows come in the keys' order, not the sessions': which visit is which is not told, only
    # that two of the four visits are one patient's.
    keys = {}
    for row in rows:
        keys.setdefault(row["session_key"], row["patient_key"])
    assert len(keys) == 4
    assert sorted(Counter(keys.values()).values()) == [1, 1, 2]
    again = _read(_csv([first], deidentify=True))
    assert again[0]["patient_key"] not in keys.values(), "keys are drawn anew per export"


def test_patient_without_identifier_is_grouped_by_name_and_birth_date() -> None:
    base = landmark_session()
    a = _visit(base, "a", identifier="")
    b = _visit(base, "b", identifier="", name=" ada  q. tester ")
    c = _visit(base, "c", identifier="", date_of_birth=dt.date(1961, 1, 1))
    rows = _read(_csv([a, b, c], deidentify=True))
    by_session = {row["session_key"]: row["patient_key"] for row in rows}
    assert sorted(Counter(by_session.values()).values()) == [1, 2]


def test_deidentified_rows_follow_the_random_keys_not_the_files() -> None:
    # Files are named after the record number and the visit's date: in that order the rows
    # would line the random keys up with the clinic's list of record numbers.
    base = landmark_session()
    visits = [_visit(base, f"visit-{n}", identifier=f"MRN-{n:03}") for n in range(12)]
    rows = _read(_csv(visits, deidentify=True))
    order = [(r["patient_key"], r["session_key"], int(r["point"])) for r in rows]
    assert order == sorted(order)


def test_keys_are_random_not_derived() -> None:
    keys = csv_rows.Keys("P-")
    drawn = {keys.key(("identifier", str(n))) for n in range(200)}
    assert len(drawn) == 200
    assert all(re.fullmatch(r"P-[0-9A-F]{8}", key) for key in drawn)
    assert keys.key(("identifier", "7")) in drawn


def test_written_file_is_the_bytes(tmp_path: Path) -> None:
    out = tmp_path / "points.csv"
    rows = export.write_csv([example_session()], out, deidentify=False)
    assert rows == len(example_session().points)
    assert out.read_bytes() == _csv([example_session()], deidentify=False)
    assert not (tmp_path / "points.csv.bak").exists()


def test_every_agent_of_a_mixture_is_in_its_row() -> None:
    rows = _read(_csv([mixture_session()], deidentify=False))
    mixed, typed = rows[0], rows[1]
    assert (mixed["agent"], mixed["concentration_percent"]) == (
        "Lidocaine + Bupivacaine",
        "0.5 + 0.125",
    )
    assert (mixed["volume_ml"], mixed["dose_mg"]) == ("2", "10 + 2.5")
    assert (typed["agent"], typed["concentration_percent"]) == (
        "Lidocaine + Sarapin",
        "0.5 + missing",
    )
    assert typed["dose_mg"] == "5 + missing"
    assert rows[2]["agent"] == rows[2]["dose_mg"] == ""  # examined only


def test_a_mixture_s_typed_agent_is_other_when_de_identified() -> None:
    rows = _read(_csv([mixture_session()], deidentify=True))
    assert [r["agent"] for r in rows[:2]] == ["Lidocaine + Bupivacaine", "Lidocaine + Other"]
    assert "Sarapin" not in _csv([mixture_session()], deidentify=True).decode("utf-8-sig")


def test_a_typed_mixed_agent_with_a_concentration_is_not_checked() -> None:
    session = mixture_session()
    first = session.points[1]
    assert isinstance(first.treatment, Injection)
    mixed = first.treatment.mixed_with[0].model_copy(update={"concentration_percent": 1.0})
    treatment = first.treatment.model_copy(update={"mixed_with": (mixed,)})
    changed = session.model_copy(
        update={"points": [session.points[0], first.model_copy(update={"treatment": treatment})]}
    )
    rows = _read(_csv([changed], deidentify=False))
    assert (rows[1]["concentration_percent"], rows[1]["dose_mg"]) == ("0.5 + 1", "5 + not checked")
