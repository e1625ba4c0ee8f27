"""``bodymap validate`` and ``bodymap schema``: exit codes, one clean line per bad file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap import cli, storage

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parents[1] / "data" / "sessions"
EXAMPLE = DATA / "v1_0_example.bodymap.json"
PATIENT = "Jane Example"


def _with_patient_in_the_way(tmp_path: Path, name: str, change: str) -> Path:
    """The example file with one edit that makes it invalid while the patient data stays."""
    text = EXAMPLE.read_text("utf-8")
    assert PATIENT in text
    bad = tmp_path / name
    bad.write_text(text.replace('"sex": "female"', change, 1), encoding="utf-8")
    return bad


BAD_FILES = {
    "truncated": lambda tmp: _write(tmp, "t.bodymap.json", EXAMPLE.read_bytes()[:900]),
    "wrong type": lambda tmp: _with_patient_in_the_way(tmp, "w.bodymap.json", '"sex": 3'),
    "unknown field": lambda tmp: _with_patient_in_the_way(
        tmp, "u.bodymap.json", '"sex": "female", "ssn": "123-45-6789"'
    ),
    # A number written as a flag or as text is not read as one (true is not a pain of 1).
    "flag for a number": lambda tmp: _write(
        tmp,
        "f.bodymap.json",
        EXAMPLE.read_bytes().replace(b'"pain_before": 7', b'"pain_before": true', 1),
    ),
    "text for a number": lambda tmp: _write(
        tmp, "n.bodymap.json", EXAMPLE.read_bytes().replace(b'"x": 389.6', b'"x": "389.6"', 1)
    ),
    "text for a flag": lambda tmp: _write(
        tmp,
        "y.bodymap.json",
        EXAMPLE.read_bytes().replace(b'"taut_band": true', b'"taut_band": "yes"', 1),
    ),
    "binary": lambda tmp: _write(tmp, "b.bodymap.json", b"\x00\x01\x02" * 40),
    "missing": lambda tmp: tmp / "missing.bodymap.json",
    "folder": lambda tmp: tmp,
}


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_validate_accepts_the_golden_files(capsys: pytest.CaptureFixture[str]) -> None:
    goldens = sorted(DATA.glob("v*.bodymap.json"))
    assert cli.main(["validate", *map(str, goldens)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.count(": ok (8 points)") == len(goldens)


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_validate_reports_a_bad_file_in_one_clean_line(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = BAD_FILES[kind](tmp_path)
    assert cli.main(["validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"{bad}: ")
    assert "Traceback" not in err
    assert PATIENT not in err
    assert "123-45-6789" not in err


def test_validate_checks_every_file_and_fails_if_any_is_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _with_patient_in_the_way(tmp_path, "w.bodymap.json", '"sex": 3')
    assert cli.main(["validate", str(EXAMPLE), str(bad), str(EXAMPLE)]) == 1
    out, err = capsys.readouterr()
    assert out.count(": ok") == 2
    assert err == f"{bad}: session.patient.sex has a value that is not allowed\n"


def test_validate_names_a_future_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(EXAMPLE.read_text("utf-8"))
    document["format_version"] = "2.0"
    future = _write(tmp_path, "f.bodymap.json", json.dumps(document).encode("utf-8"))
    assert cli.main(["validate", str(future)]) == 1
    assert "format 2.0" in capsys.readouterr().err


def test_schema_prints_the_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["schema"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    printed = json.loads(out)
    assert printed == storage.session_json_schema()
    assert printed["properties"]["format"]["const"] == "bodymap.session"
    assert set(printed["required"]) == {"format", "format_version", "saved_at", "session"}


def test_a_file_name_with_escape_codes_cannot_fake_ok(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Printed raw, "\r" returns to the line start and the colour codes repaint it as a pass.
    name = "bad\x1b[2K\r\x1b[32mvisit.bodymap.json: ok (8 points)\x1b[0m\u202e.bodymap.json"
    bad = _write(tmp_path, name, b"{}")
    assert cli.main(["validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "\x1b" not in err
    assert "\r" not in err
    assert "\u202e" not in err
    assert "\\x1b[32m" in err
    assert "\\u202e" in err


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes")
def test_a_file_name_that_is_not_utf8_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.bodymap.json")
    with open(raw, "wb") as handle:
        handle.write(EXAMPLE.read_bytes())
    assert cli.main(["validate", os.fsdecode(raw)]) == 0
    out = capsys.readouterr().out
    assert out.endswith("caf\\xe9.bodymap.json: ok (8 points)\n")


def test_unknown_keys_are_named_only_when_short_and_plain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = EXAMPLE.read_text("utf-8")
    key = "\x1b[32mok " + "Jane Example " * 10
    bad = _write(
        tmp_path,
        "k.bodymap.json",
        text.replace('"sex": "female"', f'"sex": "female", {json.dumps(key)}: 1', 1).encode(),
    )
    assert cli.main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err == f"{bad}: session.patient.<key> is not a known field\n"


_SPY_PLUGIN = """
import os
import subprocess
import sys

class Spy:
    def new_schema_validator(self, schema, schema_type, path, kind, config, settings):
        with open(os.environ["SPY_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{path}\\n")
        return None, None, None

plugin = Spy()
"""


def test_no_installed_pydantic_plugin_sees_a_session(tmp_path: Path) -> None:
    """Pydantic offers every value it validates to plugins any installed package may register;
    a session's patient data must not reach one."""
    site = tmp_path / "site"
    (site / "spy_plugin-1.0.dist-info").mkdir(parents=True)
    (site / "spy_plugin.py").write_text(_SPY_PLUGIN, encoding="utf-8")
    (site / "spy_plugin-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (site / "spy_plugin-1.0.dist-info" / "entry_points.txt").write_text(
        "[pydantic]\nspy = spy_plugin:plugin\n", encoding="utf-8"
    )
    log = tmp_path / "spy.log"
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    root = str(Path(__file__).resolve().parents[2])
    env.update(SPY_LOG=str(log), PYTHONPATH=os.pathsep.join([str(site), root]))

    # The planted plugin works: a program using pydantic without bodymap reports to it.
    other = "import pydantic\nclass M(pydantic.BaseModel):\n    x: int\nM(x=1)\n"
    subprocess.run([sys.executable, "-c", other], env=env, check=True, timeout=60)
    assert "M" in log.read_text("utf-8")
    log.unlink()

    run = subprocess.run(
        [sys.executable, "-m", "bodymap", "validate", str(EXAMPLE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "ok (8 points)" in run.stdout
    assert not log.exists()
