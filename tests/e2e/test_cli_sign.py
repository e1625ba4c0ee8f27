"""``bodymap sign``, ``verify`` and ``amend``: in place, atomic, one line per file, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

import pytest

from bodymap import cli, signing, storage

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parents[1] / "data" / "sessions"
EXAMPLE = DATA / "v1_0_example.bodymap.json"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A clinic folder with two unsigned session files and a private passphrase file."""
    folder = tmp_path / "clinic"
    folder.mkdir()
    for name in ("a", "b"):
        shutil.copyfile(EXAMPLE, folder / f"{name}.bodymap.json")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    os.chmod(secret, 0o600)
    return folder


def _secret(clinic: Path) -> str:
    return str(clinic.parent / "passphrase.txt")


def _sign(clinic: Path, name: str = "a", *extra: str) -> int:
    return cli.main(
        [
            "sign",
            str(clinic / f"{name}.bodymap.json"),
            "--signer",
            "Dr A. Example",
            "--credentials",
            "MD",
            "--passphrase-file",
            _secret(clinic),
            "--clinic-folder",
            str(clinic),
            *extra,
        ]
    )


def _verify(clinic: Path, *names: str) -> int:
    files = [str(clinic / f"{name}.bodymap.json") for name in names]
    return cli.main(["verify", *files, "--clinic-folder", str(clinic)])


def test_sign_then_verify(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _sign(clinic) == 0
    out, err = capsys.readouterr()
    assert "a.bodymap.json: signed by Dr A. Example on " in out
    assert "A new signing key was made for Dr A. Example" in err
    assert len(list((clinic / "keys").glob("*.pub.json"))) == 1
    assert _verify(clinic, "a") == 0
    out, _ = capsys.readouterr()
    assert out.count("\n") == 1
    assert "a.bodymap.json: valid: signed by Dr A. Example, MD on " in out


def test_signing_a_signed_file_is_refused_and_leaves_it_alone(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _sign(clinic) == 0
    before = (clinic / "a.bodymap.json").read_bytes()
    assert _sign(clinic) == 1
    assert "already signed" in capsys.readouterr().err
    assert (clinic / "a.bodymap.json").read_bytes() == before


def test_a_wrong_passphrase_signs_nothing(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _sign(clinic, "a") == 0
    before = (clinic / "b.bodymap.json").read_bytes()
    (clinic.parent / "passphrase.txt").write_text("not the passphrase at all", encoding="utf-8")
    assert _sign(clinic, "b") == 1
    assert "passphrase does not open" in capsys.readouterr().err
    assert (clinic / "b.bodymap.json").read_bytes() == before


def test_a_passphrase_file_others_may_read_is_refused(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    os.chmod(_secret(clinic), 0o644)
    assert _sign(clinic) == 1
    assert "read by other users" in capsys.readouterr().err
    assert not signing.has_key("Dr A. Example")


def test_the_passphrase_is_never_taken_from_the_command_line(clinic: Path) -> None:
    with pytest.raises(SystemExit):
        cli.main(["sign", str(clinic / "a.bodymap.json"), "--signer", "X", "--passphrase", "p"])


def test_without_a_terminal_or_passphrase_file_nothing_is_signed(
    clinic: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    before = (clinic / "a.bodymap.json").read_bytes()
    args = ["sign", str(clinic / "a.bodymap.json"), "--signer", "Dr A. Example"]
    assert cli.main([*args, "--clinic-folder", str(clinic)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    assert (clinic / "a.bodymap.json").read_bytes() == before


def test_on_a_terminal_a_new_key_asks_the_passphrase_twice(
    clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", getpass)
    args = ["sign", str(clinic / "a.bodymap.json"), "--signer", "Dr A. Example"]
    assert cli.main([*args, "--clinic-folder", str(clinic)]) == 0
    assert len(prompts) == 2
    args = ["sign", str(clinic / "b.bodymap.json"), "--signer", "Dr A. Example"]
    assert cli.main([*args, "--clinic-folder", str(clinic)]) == 0
    assert len(prompts) == 3  # an existing key: asked once


def test_a_file_open_for_editing_elsewhere_is_not_signed(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = clinic / "a.bodymap.json"
    owner = {"user": "bob", "host": "reception-pc", "pid": 4242, "created": "2026-11-20T09:00:00"}
    assert owner["host"] != socket.gethostname()
    storage.lock_path(path).write_text(json.dumps(owner), encoding="utf-8")
    before = path.read_bytes()
    assert _sign(clinic) == 1
    assert "Opened by bob on reception-pc" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_amend_then_verify(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _sign(clinic) == 0
    args = [
        "amend",
        str(clinic / "a.bodymap.json"),
        "--signer",
        "Dr A. Example",
        "--reason",
        "pain score entered wrongly",
        "--text",
        "Pain after treatment at point 1 was 3/10.",
        "--correct",
        "/points/0/findings/pain_after",
        "3",
        "--passphrase-file",
        _secret(clinic),
        "--clinic-folder",
        str(clinic),
    ]
    assert cli.main(args) == 0
    assert "amendment 1 added by Dr A. Example" in capsys.readouterr().out
    session = storage.load_session(clinic / "a.bodymap.json")
    (amendment,) = session.amendments
    assert amendment.corrections[0].new == 3
    assert _verify(clinic, "a") == 0
    assert "1 amendment" in capsys.readouterr().out


def test_an_unsigned_file_is_not_amended(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (clinic / "a.bodymap.json").read_bytes()
    args = ["amend", str(clinic / "a.bodymap.json"), "--signer", "Dr A. Example"]
    args += ["--reason", "r", "--text", "t", "--passphrase-file", _secret(clinic)]
    assert cli.main([*args, "--clinic-folder", str(clinic)]) == 1
    assert "not signed" in capsys.readouterr().err
    assert (clinic / "a.bodymap.json").read_bytes() == before


def _tamper(path: Path) -> None:
    document = json.loads(path.read_text("utf-8"))
    document["session"]["points"][0]["x"] += 1.0
    path.write_text(json.dumps(document), encoding="utf-8")


def test_verify_exit_codes_follow_the_worst_file(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _sign(clinic, "a") == 0
    shutil.copyfile(clinic / "a.bodymap.json", clinic / "altered.bodymap.json")
    _tamper(clinic / "altered.bodymap.json")
    (clinic / "garbage.bodymap.json").write_bytes(b"\x00not json")
    capsys.readouterr()
    assert _verify(clinic, "a") == 0
    assert _verify(clinic, "a", "b") == 3  # intact, but one is unsigned
    assert _verify(clinic, "a", "b", "altered") == 1
    assert _verify(clinic, "b", "altered", "garbage") == 2
    out, _ = capsys.readouterr()
    assert "altered.bodymap.json: altered: the record was changed after it was signed" in out
    assert "b.bodymap.json: unsigned: not signed" in out
    assert "garbage.bodymap.json: unreadable: " in out


def test_verify_without_the_clinic_keys_says_unknown_key(
    clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _sign(clinic) == 0
    other = tmp_path / "other clinic"
    other.mkdir()
    files = [str(clinic / "a.bodymap.json")]
    assert cli.main(["verify", *files, "--clinic-folder", str(other)]) == 1
    assert "unknown key: the signing key" in capsys.readouterr().out


def test_a_new_key_in_a_registered_name_signs_but_is_not_registered(
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _sign(clinic, "a") == 0
    monkeypatch.setenv("BODYMAP_DATA_DIR", str(tmp_path / "another-computer"))
    capsys.readouterr()
    assert _sign(clinic, "b") == 0
    _, err = capsys.readouterr()
    assert "is registered there for this name" in err
    assert len(list((clinic / "keys").glob("*.pub.json"))) == 1
    assert _verify(clinic, "a") == 0
    assert _verify(clinic, "b") == 1
    out, _ = capsys.readouterr()
    assert "b.bodymap.json: unknown key" in out


def test_a_signer_s_name_cannot_reorder_or_forge_a_terminal_line(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A right-to-left override would show the date and key of the line reversed (control
    # characters are refused in a name by the model itself).
    hostile = "Dr \u202eOk"
    args = ["sign", str(clinic / "a.bodymap.json"), "--signer", hostile]
    args += ["--passphrase-file", _secret(clinic), "--clinic-folder", str(clinic)]
    assert cli.main(args) == 0
    assert _verify(clinic, "a") == 0
    out, err = capsys.readouterr()
    for text in (out, err):
        assert "\u202e" not in text
    assert "signed by Dr \\u202eOk on" in out.splitlines()[-1]


def test_verify_with_a_clinic_folder_that_does_not_exist_verifies_nothing(
    clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _sign(clinic, "a") == 0
    capsys.readouterr()
    missing = tmp_path / "clinc"  # mistyped
    target = str(clinic / "a.bodymap.json")
    assert cli.main(["verify", target, "--clinic-folder", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"{missing}: the clinic folder does not exist; nothing was verified\n"


def test_a_file_without_its_encounter_date_is_not_signed(
    clinic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = clinic / "a.bodymap.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["session"]["encounter"]["date"] = None
    path.write_text(json.dumps(document), encoding="utf-8")
    before = path.read_bytes()
    assert _sign(clinic, "a") == 1
    _, err = capsys.readouterr()
    assert "the encounter date is not recorded" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("populated", [True, False])
def test_a_key_file_s_name_cannot_forge_a_terminal_line(
    clinic: Path, tmp_path: Path, populated: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    # Anyone who may write in the shared keys folder can choose a file's name: one that
    # erases the line and writes "valid" must be printed as it is, escaped.
    assert _sign(clinic) == 0
    folder = clinic if populated else tmp_path / "empty clinic"
    (folder / "keys").mkdir(parents=True, exist_ok=True)
    (folder / "keys" / "\x1b[2K\ra.bodymap.json: valid\x1b[8m.pub.json").write_text("{}")
    capsys.readouterr()
    files = [str(clinic / "a.bodymap.json")]
    # With the signer's key beside it the record is valid and the bad file a warning;
    # alone, the key is unknown and the bad file the reason.
    assert cli.main(["verify", *files, "--clinic-folder", str(folder)]) == (0 if populated else 1)
    out, err = capsys.readouterr()
    for text in (out, err):
        assert "\x1b" not in text
        assert "\r" not in text
    assert "\\x1b[2K\\x0da.bodymap.json: valid\\x1b[8m.pub.json" in out + err


def test_export_says_final_only_for_a_signer_the_clinic_confirms(
    clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import base64
    import io

    import pypdf

    assert _sign(clinic) == 0
    elsewhere = tmp_path / "another clinic"
    elsewhere.mkdir()
    statuses = {}
    for name, folder in (("here", clinic), ("elsewhere", elsewhere)):
        out = tmp_path / f"{name}.fhir.json"
        args = ["export", str(clinic / "a.bodymap.json"), "--format", "fhir", "-o", str(out)]
        assert cli.main([*args, "--clinic-folder", str(folder)]) == 0
        bundle = json.loads(out.read_text(encoding="utf-8"))
        [document] = [
            e["resource"]
            for e in bundle["entry"]
            if e["resource"]["resourceType"] == "DocumentReference"
        ]
        pdf = base64.b64decode(document["content"][0]["attachment"]["data"])
        pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
        text = " ".join(" ".join(page.extract_text().split()) for page in pages)
        statuses[name] = (document["docStatus"], "SIGNER NOT CONFIRMED" in text)
    assert statuses == {"here": ("final", False), "elsewhere": ("preliminary", True)}
