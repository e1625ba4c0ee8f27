"""File → Sign… and Amend… in the window: keys, signatures written atomically, read-only after."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bodymap import clinical, signing, storage
from bodymap.model import isolate
from bodymap.ui import MainWindow
from bodymap.ui.signing_forms import AmendForm, SignForm
from tests.ui.conftest import FakeDialogs
from tests.ui.helpers import click_at, midpoint
from tests.ui.signing_helpers import (
    PASSPHRASE,
    SIGNER,
    amend_request,
    clinic_folder,
    content,
    example_file,
    registered_key,
    sign_request,
    signed_file,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def clinic(tmp_path: Path, dialogs: type[FakeDialogs]) -> Path:
    return clinic_folder(tmp_path)


def test_first_signing_makes_the_key_registers_it_and_reopens_read_only(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    clinic: Path,
    tmp_path: Path,
) -> None:
    path = example_file(tmp_path)
    assert window.open_file(path)
    lm = window.diagram.landmarks
    click_at(qtbot, window, *midpoint(lm["t7"], lm["inferior_angle_left"]))
    assert window.parts is not None
    assert window.parts.files.save()
    assert window.doc.undo_stack.canUndo(), "the edit could still be undone before signing"
    saved = window.session
    dialogs.sign_answers = [sign_request(repeated=PASSPHRASE)]

    assert window.parts.signing.sign()

    on_disk = storage.load_session(path)
    assert on_disk == window.session
    assert content(on_disk) == content(saved), "what was saved is what was signed"
    result = signing.verify(path, clinic)
    assert result.state is signing.VerifyState.VALID
    assert [e.action for e in on_disk.audit][-1] == "signed"
    assert window.doc.read_only
    assert not window.doc.undo_stack.canUndo(), "undo cannot cross the signature"
    window.parts.edit.undo.trigger()
    assert window.session == on_disk
    assert window.signature_line.text().startswith("✔ Signed by")
    title, text = dialogs.infos[-1]
    assert title == "Signed"
    assert f"A new signing key was made for {isolate('Dr A. Example')}" in text
    fingerprint = signing.grouped_fingerprint(on_disk.signature.key_fingerprint)  # type: ignore[union-attr]
    assert fingerprint in text
    assert "It is registered in the clinic folder." in text
    assert not window.parts.signing.can_sign()
    assert window.parts.signing.can_amend()


def test_a_key_not_registered_in_the_clinic_signs_and_says_what_to_do(
    window: MainWindow, dialogs: type[FakeDialogs], tmp_path: Path
) -> None:
    from bodymap.ui import preferences

    preferences.set_clinic_folder(tmp_path / "no such folder")
    path = example_file(tmp_path)
    assert window.open_file(path)
    dialogs.sign_answers = [sign_request(repeated=PASSPHRASE)]

    assert window.parts.signing.sign()

    _title, text = dialogs.infos[-1]
    assert "is not registered in the clinic folder" in text
    assert 'verifying says "unknown key"' in text
    assert window.signature_line.text().startswith("⚠ Signed by")
    assert "cannot be confirmed" in window.signature_line.text()


def test_warnings_are_confirmed_before_the_sign_dialog_asks_for_the_clinician(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    path = example_file(tmp_path)
    session = storage.load_session(path)
    without_consent = session.model_copy(
        update={"encounter": session.encounter.model_copy(update={"consent_obtained": False})}
    )
    storage.save_session(without_consent, path)
    registered_key(clinic)
    assert window.open_file(path)
    before = path.read_bytes()
    expected = [w.message for w in clinical.blocking_warnings(window.session, window.diagram)]
    assert expected, "consent missing is a warning to confirm"
    dialogs.warning_answers = [False, True]
    dialogs.sign_answers = [None]

    assert not window.parts.signing.sign()  # "Go back"
    assert dialogs.warnings_asked == [("sign", expected)]
    assert dialogs.forms == [], "no passphrase asked for"
    assert not window.parts.signing.sign()  # "Sign anyway", then the dialog is cancelled

    form = dialogs.forms[-1]
    assert isinstance(form, SignForm)
    assert form.signer == session.encounter.clinician
    assert form.key_exists(SIGNER)
    assert not form.key_exists("Dr Nobody")
    assert path.read_bytes() == before, "nothing written"


@pytest.mark.parametrize("case", ["untitled", "unsaved", "no points"])
def test_an_unsaved_or_empty_session_is_not_signed_and_says_why(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: type[FakeDialogs],
    clinic: Path,
    tmp_path: Path,
    case: str,
) -> None:
    lm = window.diagram.landmarks
    if case == "untitled":
        click_at(qtbot, window, *lm["t4"])
    elif case == "unsaved":
        assert window.open_file(example_file(tmp_path))
        click_at(qtbot, window, *midpoint(lm["t7"], lm["inferior_angle_left"]))
    else:
        dialogs.save_answers = [tmp_path / "empty.bodymap.json"]
        window.doc.edit_details("patient", "name", "Jane Example")
        assert window.parts.files.save()
    before = window.session

    assert not window.parts.signing.sign()

    _title, text = dialogs.errors[-1]
    assert ("no points" in text) if case == "no points" else ("Save the session" in text)
    assert dialogs.forms == [], "no passphrase asked for"
    assert window.session == before
    assert not window.doc.read_only


def test_a_wrong_passphrase_signs_nothing(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    registered_key(clinic)
    path = example_file(tmp_path)
    assert window.open_file(path)
    before = path.read_bytes()
    dialogs.sign_answers = [sign_request(passphrase="not the passphrase")]

    assert not window.parts.signing.sign()

    assert "does not open" in dialogs.errors[-1][1]
    assert path.read_bytes() == before
    assert not window.doc.read_only


def test_a_new_key_needs_the_passphrase_twice(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    path = example_file(tmp_path)
    assert window.open_file(path)
    before = path.read_bytes()
    dialogs.sign_answers = [sign_request(repeated=None), sign_request(repeated=PASSPHRASE + "!")]

    assert not window.parts.signing.sign()
    assert "type a new passphrase twice" in dialogs.errors[-1][1]
    assert not window.parts.signing.sign()
    assert "differ" in dialogs.errors[-1][1]

    assert path.read_bytes() == before
    assert not signing.has_key(SIGNER)


def test_a_file_changed_on_disk_since_it_was_opened_is_not_signed(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    registered_key(clinic)
    path = example_file(tmp_path)
    assert window.open_file(path)
    changed = storage.load_session(path).model_copy(update={"points": []})
    storage.save_session(changed, path)
    before = path.read_bytes()
    dialogs.sign_answers = [sign_request()]

    assert not window.parts.signing.sign()

    assert "changed by another program or user" in dialogs.errors[-1][1]
    assert path.read_bytes() == before


def test_an_amendment_with_a_correction_is_signed_appended_and_saved(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    path = signed_file(tmp_path, registered_key(clinic))
    assert window.open_file(path)
    original = storage.load_session(path)
    pointer = "/points/0/findings/pain_after"
    dialogs.amend_answers = [amend_request(((pointer, 3),))]

    assert window.parts.signing.amend()

    form = dialogs.forms[-1]
    assert isinstance(form, AmendForm)
    field = next(f for f in form.fields if f.pointer == pointer)
    assert field.old == original.points[0].findings.pain_after
    assert form.check(pointer, 11) is not None, "the model refuses a pain score of 11"
    assert form.check(pointer, 4) is None
    on_disk = storage.load_session(path)
    assert on_disk == window.session
    assert on_disk.signature == original.signature, "the signed record itself never changes"
    assert content(on_disk) == content(original)
    amendment = on_disk.amendments[0]
    assert (amendment.author, amendment.reason) == (SIGNER, "pain score taken too early")
    assert amendment.corrections[0].new == 3
    assert signing.corrected_session(on_disk).points[0].findings.pain_after == 3
    assert signing.verify(path, clinic).state is signing.VerifyState.VALID
    assert "1 amendment" in window.signature_line.text()
    assert window.doc.read_only
    assert dialogs.infos[-1][0] == "Amended"


def test_a_record_changed_after_signing_opens_read_only_in_red_and_cannot_be_amended(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    path = signed_file(tmp_path, registered_key(clinic))
    document = json.loads(path.read_text("utf-8"))
    document["session"]["points"][0]["notes"] = "added later, with an editor"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    before = path.read_bytes()

    assert window.open_file(path)

    line = window.signature_line.text()
    assert line == "✖ This record was changed after it was signed. It is open read-only."
    assert "(this record was changed after it was signed, read-only)" in window.windowTitle()
    assert window.doc.read_only
    assert not window.parts.signing.can_amend()
    assert not window.parts.signing.can_sign()
    assert not window.parts.signing.amend()
    assert "does not verify" in dialogs.errors[-1][1]
    assert path.read_bytes() == before


def test_a_record_whose_signature_was_removed_opens_read_only_in_red(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    path = signed_file(tmp_path, registered_key(clinic))
    stripped = storage.load_session(path).model_copy(update={"signature": None})
    storage.save_session(stripped, path)

    assert window.open_file(path)

    assert window.signature_line.text().startswith("✖ This record was changed after it was")
    assert "records a signing but it has no signature" in window.signature_line.text()
    assert window.doc.read_only
    assert not window.parts.signing.can_sign()


def test_a_draft_shows_no_signature_line(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_file(example_file(tmp_path))
    assert not window.signature_line.isVisible()
    assert "signed" not in window.windowTitle()


def test_properties_list_the_file_hashes_signature_amendments_and_audit(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    path = signed_file(tmp_path, registered_key(clinic))
    assert window.open_file(path)
    dialogs.amend_answers = [amend_request()]
    assert window.parts.signing.amend()

    window.parts.signing.show_properties()

    text = dialogs.properties_shown[-1]
    session = window.session
    assert f"File: {isolate(str(path))}" in text
    assert f"Format: bodymap.session {storage.FORMAT_VERSION}" in text
    assert f"Content SHA-256: {storage.content_sha256(session)}" in text
    assert session.signature is not None
    assert signing.grouped_fingerprint(session.signature.key_fingerprint) in text
    assert "Verification: valid" in text
    assert "Amendments: 1" in text
    assert "Reason: \u2068pain score taken too early\u2069" in text
    assert f"Audit log: {len(session.audit)}" in text
    for entry in session.audit:
        assert f"{entry.action:<8}  \u2068{entry.clinician}\u2069" in text
        assert entry.content_sha256 in text


def test_a_record_without_its_date_is_not_signed_and_the_window_says_where_to_enter_it(
    window: MainWindow, dialogs: type[FakeDialogs], clinic: Path, tmp_path: Path
) -> None:
    path = example_file(tmp_path)
    assert window.open_file(path)
    window.doc.edit_details("encounter", "date", None)
    assert window.parts.files.save()
    assert not window.parts.signing.sign()
    title, text = dialogs.errors[-1]
    assert title == "Not signed"
    assert "the encounter date is not recorded: enter it (Patient tab) before signing" in text
    assert not text.endswith(".."), "one full stop"
    assert storage.load_session(path).signature is None
