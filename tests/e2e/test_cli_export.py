"""``bodymap export``: a FHIR bundle of the example session and CSVs of a clinic folder."""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from fhir.resources.R4B.bundle import Bundle

from bodymap import cli
from tests.unit.export.factories import EXAMPLE, example_session, landmark_session, save

# In-process runs share the test session's QApplication; the FHIR export renders the record.
pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("qapp")]


def _env_without_display() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }


def test_example_session_exports_to_a_bundle_with_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bundle.json"
    assert cli.main(["export", str(EXAMPLE), "--format", "fhir", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: written\n"
    bundle = Bundle.model_validate_json(out.read_bytes())
    kinds = [entry.resource.get_resource_type() for entry in bundle.entry or []]
    session = example_session()
    treated = [p for p in session.points if p.treatment.kind != "examined"]
    assert kinds.count("Procedure") == len(treated)
    assert kinds[-1] == "DocumentReference"
    document = json.loads(out.read_bytes())["entry"][-1]["resource"]
    pdf = base64.b64decode(document["content"][0]["attachment"]["data"])
    assert pdf.startswith(b"%PDF")
    record = pypdf.PdfReader(io.BytesIO(pdf))
    assert "Jane Example" in " ".join(record.pages[0].extract_text().split())


def test_fhir_export_needs_no_display(tmp_path: Path) -> None:
    out = tmp_path / "bundle.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bodymap",
            "export",
            str(EXAMPLE),
            "--format",
            "fhir",
            "-o",
            str(out),
        ],
        env=_env_without_display(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_bytes())["resourceType"] == "Bundle"


def test_csv_export_does_not_load_qt(tmp_path: Path) -> None:
    out = tmp_path / "points.csv"
    code = (
        "import sys; from bodymap import cli; "
        f"status = cli.main(['export', {str(EXAMPLE)!r}, '--format', 'csv', '-o', {str(out)!r}]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'; "
        "sys.exit(status)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=_env_without_display(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_folder_with_a_bad_file_exports_the_rest_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "clinic"
    (folder / "old").mkdir(parents=True)
    save(example_session(), folder / "jane.bodymap.json")
    save(landmark_session(), folder / "old" / "ada.bodymap.json")
    bad = folder / "fake\r ok.bodymap.json"
    bad.write_text("{ not json", encoding="utf-8")
    out = tmp_path / "points.csv"
    assert cli.main(["export", str(folder), "--format", "csv", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith(f"{folder}/fake\\x0d ok.bodymap.json: ")
    assert line.endswith("(skipped)")
    assert "\r" not in captured.err
    expected = len(example_session().points) + len(landmark_session().points)
    assert captured.out == f"{out}: {expected} points of 2 sessions written\n"
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert len(rows) == expected
    assert {row["patient_name"] for row in rows} == {"Jane Example", "Ada Q. Tester"}


def test_deidentified_csv_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "clinic"
    folder.mkdir()
    save(example_session(), folder / "jane.bodymap.json")
    out = tmp_path / "research.csv"
    assert cli.main(["export", str(folder), "--format", "csv", "--deidentify", "-o", str(out)]) == 0
    text = out.read_bytes().decode("utf-8-sig")
    assert "Jane" not in text
    assert "EX-0001" not in text
    assert "1979" not in text
    assert text.startswith("patient_key,session_key,encounter_year,age,")


def test_output_equal_to_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = save(example_session(), tmp_path / "visit.bodymap.json")
    before = source.read_bytes()
    for fmt in ("fhir", "csv"):
        assert cli.main(["export", str(source), "--format", fmt, "-o", str(source)]) == 1
        assert "choose another" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_fhir_takes_one_session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bundle.json"
    args = ["export", str(EXAMPLE), str(EXAMPLE), "--format", "fhir", "-o", str(out)]
    assert cli.main(args) == 2
    assert "one session file" in capsys.readouterr().err
    assert not out.exists()


def test_bad_session_for_fhir_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.bodymap.json"
    bad.write_text("[]", encoding="utf-8")
    out = tmp_path / "bundle.json"
    assert cli.main(["export", str(bad), "--format", "fhir", "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith(f"export: {bad}: ")
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["fhir", "csv"])
def test_an_export_replaces_only_an_earlier_export(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    session = save(example_session(), tmp_path / "s.bodymap.json")
    notes = tmp_path / "notes.txt"
    notes.write_text("the clinic's own notes\n", encoding="utf-8")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere.json")
    for output, why in (
        (notes, "something other than an earlier export"),
        (pipe, "not a regular file"),
        (dangling, "a link to a file that does not exist"),
    ):
        assert cli.main(["export", str(session), "--format", fmt, "-o", str(output)]) == 1
        assert why in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "the clinic's own notes\n"
    assert not (tmp_path / "nowhere.json").exists()

    earlier = tmp_path / f"earlier.{fmt}"
    for _ in range(2):  # written, then replaced
        assert cli.main(["export", str(session), "--format", fmt, "-o", str(earlier)]) == 0
    empty = tmp_path / f"empty.{fmt}"
    empty.touch()
    assert cli.main(["export", str(session), "--format", fmt, "-o", str(empty)]) == 0
    assert empty.stat().st_size > 0


def test_the_clinic_s_identifier_system_names_the_patient_s_identifier(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An EHR matches the patient by identifier system and value; without the system it cannot.
    out = tmp_path / "bundle.json"
    system = "urn:oid:1.2.276.0.76.3.1.99"
    args = ["export", str(EXAMPLE), "--format", "fhir", "-o", str(out)]
    assert cli.main([*args, "--identifier-system", system]) == 0
    bundle = Bundle.model_validate_json(out.read_bytes())
    patient = next(
        e.resource for e in bundle.entry or [] if e.resource.get_resource_type() == "Patient"
    )
    assert patient.identifier[0].system == system
    assert patient.identifier[0].value
    out.unlink()
    assert cli.main([*args, "--identifier-system", "MRN of our clinic"]) == 1
    assert "must be a URI" in capsys.readouterr().err
    assert not out.exists()
