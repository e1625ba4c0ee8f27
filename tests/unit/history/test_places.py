"""Where Save proposes a session: one folder per patient, a name per visit, safe everywhere."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bodymap import storage
from bodymap.history import patient_folder_name, proposed_path, session_file_name
from bodymap.history.places import MAX_FOLDER_CHARS, NO_PATIENT, safe_name
from bodymap.model import Patient
from tests.unit.history import factories as f

RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"
}


def _problems(name: str, limit: int) -> list[str]:
    """What would make ``name`` unusable, or hidden, on Windows, macOS or Linux."""
    found = []
    if any(c in '<>:"/\\|?*' for c in name):
        found.append("reserved character")
    if any(unicodedata.category(c) in {"Cc", "Cf", "Cs", "Co", "Cn"} for c in name):
        found.append("control or format character")
    if name != unicodedata.normalize("NFC", name):
        found.append("not NFC")
    if name.startswith(".") or name.endswith((".", " ")) or name.startswith(" "):
        found.append("leading dot or space, or trailing dot or space")
    if name.split(".", 1)[0].rstrip(" ").upper() in RESERVED:
        found.append("reserved device name")
    if len(name) > limit or len(name.encode("utf-8")) > 255:
        found.append("too long")
    return found


@given(st.text(max_size=300))
def test_any_text_becomes_a_name_every_system_accepts(text: str) -> None:
    name = safe_name(text, MAX_FOLDER_CHARS)
    assert _problems(name, MAX_FOLDER_CHARS) == []


@given(st.text(max_size=120), st.text(max_size=120))
def test_every_patient_gets_a_usable_folder_name(name: str, identifier: str) -> None:
    patient = Patient.model_construct(name=name, identifier=identifier)
    folder = patient_folder_name(patient)
    assert folder
    assert _problems(folder, MAX_FOLDER_CHARS) == []


@pytest.mark.parametrize(
    ("name", "identifier", "expected"),
    [
        ("Anna Müller", "MRN-12", "MRN-12 - Anna Müller"),
        ("Anna Müller", "", "Anna Müller"),
        ("", "MRN-12", "MRN-12"),
        ("", "", NO_PATIENT),
        ("Ben/Chen", "A\\B:C", "A_B_C - Ben_Chen"),
        ("..", "", NO_PATIENT),
        ("Eva\u202eDahl", "  E-1 ", "E-1 - EvaDahl"),
        ("Lotte", "nul", "_nul - Lotte"),
        ("Kim", "COM1.2", "_COM1.2 - Kim"),
        ("Anne-Marie ...", "", "Anne-Marie"),
        ("Ame\u0301lie", "", "Amélie"),
    ],
)
def test_patient_folder_names(name: str, identifier: str, expected: str) -> None:
    assert patient_folder_name(Patient(name=name, identifier=identifier)) == expected


def test_long_names_are_cut() -> None:
    folder = patient_folder_name(Patient(name="A" * 190, identifier="MRN-1"))
    assert folder == ("MRN-1 - " + "A" * 190)[:MAX_FOLDER_CHARS]


def test_the_file_is_named_after_the_visit_date_and_identifier() -> None:
    session = f.session("Anna", "MRN-12", dt.date(2026, 10, 2))
    assert session_file_name(session) == "2026-10-02 MRN-12.bodymap.json"
    assert session_file_name(session, 3) == "2026-10-02 MRN-12 (3).bodymap.json"
    undated = f.session("Anna", "", None)
    assert session_file_name(undated) == f"{undated.created.date()} session.bodymap.json"


def test_an_existing_file_or_one_being_saved_is_never_proposed(tmp_path: Path) -> None:
    session = f.session("Anna Müller", "MRN-12", dt.date(2026, 10, 2))
    first = proposed_path(tmp_path, session)
    assert first == tmp_path / "MRN-12 - Anna Müller" / "2026-10-02 MRN-12.bodymap.json"
    first.parent.mkdir()
    first.write_text("{}", encoding="utf-8")
    second = proposed_path(tmp_path, session)
    assert second.name == "2026-10-02 MRN-12 (2).bodymap.json"
    storage.lock_path(second).write_text("{}", encoding="utf-8")  # another workstation saving
    assert proposed_path(tmp_path, session).name == "2026-10-02 MRN-12 (3).bodymap.json"


def test_the_patient_s_existing_folder_is_kept_when_the_name_changed(tmp_path: Path) -> None:
    earlier = tmp_path / "mrn-12 - Anna Muller"
    earlier.mkdir()
    (tmp_path / "MRN-120 - Someone Else").mkdir()
    session = f.session("Anna Berg-Müller", "MRN-12", dt.date(2026, 10, 2))
    assert proposed_path(tmp_path, session).parent == earlier
    other = f.session("Ben", "MRN-13", dt.date(2026, 10, 2))
    assert proposed_path(tmp_path, other).parent == tmp_path / "MRN-13 - Ben"
