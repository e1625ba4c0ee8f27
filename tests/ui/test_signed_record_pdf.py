"""Signed records on paper: the seal on every page, the signature and amendments at the end,
DRAFT on unsigned records, nothing left alone or split, and the archival PDF/A-1b file."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from bodymap import report, signing, storage
from bodymap.anatomy import load_diagram
from bodymap.model import Session
from bodymap.report import layout
from bodymap.report.blocks import UNIT, Spacer, TextBlock
from bodymap.report.page_style import Geometry
from bodymap.report.seal_blocks import SignatureBlock
from bodymap.report.tables import SHORT_PARAGRAPH_LINES
from tests.unit.report.sessions import documented_session, fifty_point_session

pytestmark = pytest.mark.gui

PRINTED = dt.datetime(2025, 3, 14, 10, 30)
SIGNED_AT = dt.datetime(2026, 11, 20, 9, 50, tzinfo=dt.UTC)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def signer() -> signing.SignerKey:
    return signing.create_key("Dr A. Example", PASSPHRASE, credentials="MD")


@pytest.fixture
def colleague() -> signing.SignerKey:
    return signing.create_key("Dr B. Colleague", PASSPHRASE, credentials="DO")


def _pages(path: Path) -> list[str]:
    """Each page's text without white space: isolated names come out as runs of their own,
    with breaks around them that were never printed."""
    reader = pypdf.PdfReader(path)
    return [_squeezed(page.extract_text()) for page in reader.pages]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _write(session: Session, path: Path, *, archival: bool = False) -> list[str]:
    report.write_pdf(session, path, printed_at=PRINTED, archival=archival)
    return _pages(path)


def _amended(session: Session, signer: signing.SignerKey, colleague: signing.SignerKey) -> Session:
    signed = signing.sign(session, signer, at=SIGNED_AT)
    old = signed.points[0].findings.pain_after
    fix = signing.correction(signed, "/points/0/findings/pain_after", (old or 0) + 1)
    once = signing.amend(
        signed,
        colleague,
        reason="pain score taken too early",
        text="Re-scored after ten minutes at rest.",
        corrections=[fix],
        at=SIGNED_AT + dt.timedelta(days=1),
    )
    return signing.amend(
        once,
        signer,
        reason="late entry",
        text="No bruising the next day.",
        at=SIGNED_AT + dt.timedelta(days=2),
    )


def test_every_page_of_a_signed_record_names_the_signer_the_time_the_key_and_the_hash(
    qtbot: QtBot, tmp_path: Path, signer: signing.SignerKey
) -> None:
    signed = signing.sign(documented_session(), signer, at=SIGNED_AT)
    pages = _write(signed, tmp_path / "signed.pdf")
    key = " ".join(signing.grouped_fingerprint(signer.fingerprint).split()[:4])
    seal = f"Electronically signed by Dr A. Example, MD on 2026-11-20 09:50 UTC · key {key}…"
    content_hash = storage.content_sha256(signed)
    assert len(pages) >= 2
    for text in pages:
        assert _squeezed(seal) in text
        assert _squeezed(f"Content SHA-256 {content_hash}") in text
        assert "DRAFT" not in text
    last = pages[-1]
    expected = "Electronic signature Performed and documented by Dr A. Example, MD"
    assert _squeezed(expected) in last
    full_key = signing.grouped_fingerprint(signer.fingerprint)
    assert _squeezed(full_key) in last, "the full key at the end"
    assert _squeezed("Clinician signature") not in last


def test_a_signer_the_clinic_s_keys_do_not_confirm_is_said_on_every_page(
    qtbot: QtBot, tmp_path: Path, signer: signing.SignerKey, colleague: signing.SignerKey
) -> None:
    # A forger re-signs with a key of their own under the signer's name: the clinic that
    # knows its keys says so on paper; registered, or with no keys given, nothing is added.
    signed = signing.sign(documented_session(), signer, at=SIGNED_AT)
    warning = _squeezed("SIGNER NOT CONFIRMED · signed by Dr A. Example, MD on")
    clinic = signing.KeyRing({colleague.fingerprint: colleague.record})
    path = tmp_path / "unconfirmed.pdf"
    report.write_pdf(signed, path, printed_at=PRINTED, key_ring=clinic)
    pages = _pages(path)
    key = signing.grouped_fingerprint(signer.fingerprint)
    for text in pages:
        assert warning in text
    assert (
        _squeezed(f"Not confirmed The signing key {key} is not registered in the clinic")
        in pages[-1]
    )

    registered = signing.KeyRing({signer.fingerprint: signer.record})
    for ring in (registered, None):
        report.write_pdf(signed, path, printed_at=PRINTED, key_ring=ring)
        pages = _pages(path)
        assert not any("NOTCONFIRMED" in text or "Notconfirmed" in text for text in pages)
        assert all(_squeezed("Electronically signed by Dr A. Example, MD on") in t for t in pages)


def test_every_page_of_an_unsigned_record_says_draft(qtbot: QtBot, tmp_path: Path) -> None:
    pages = _write(documented_session(), tmp_path / "draft.pdf")
    assert all(_squeezed("DRAFT — not signed") in text for text in pages)
    assert not any("Electronicallysigned" in text for text in pages)
    assert "Cliniciansignature" in pages[-1], "a draft is signed by hand"


def test_a_record_changed_after_signing_claims_no_signature(
    qtbot: QtBot, tmp_path: Path, signer: signing.SignerKey, colleague: signing.SignerKey
) -> None:
    record = _amended(documented_session(), signer, colleague)
    path = tmp_path / "s.bodymap.json"
    storage.save_session(record, path)
    document = json.loads(path.read_text("utf-8"))
    document["session"]["points"][0]["notes"] = "added with an editor"
    path.write_text(json.dumps(document), encoding="utf-8")

    pages = _write(storage.load_session(path), tmp_path / "altered.pdf")

    for text in pages:
        assert _squeezed("NOT VALID — this record was changed after it was signed") in text
        assert "Electronicallysigned" not in text
    assert "Electronicsignature" not in pages[-1]
    assert "Amendment2" in pages[-1], "the amendments are still printed"


def test_amendments_print_after_the_record_each_with_its_signature_line(
    qtbot: QtBot, tmp_path: Path, signer: signing.SignerKey, colleague: signing.SignerKey
) -> None:
    record = _amended(documented_session(), signer, colleague)
    text = "".join(_write(record, tmp_path / "amended.pdf"))
    first = record.amendments[0]
    old, new = first.corrections[0].old, first.corrections[0].new
    order = [
        "Electronic signature",
        "Amendments",
        "Amendment 1 · 2026-11-21 09:50 UTC",
        "Author Dr B. Colleague, DO",
        "Reason pain score taken too early",
        "Re-scored after ten minutes at rest.",
        f"Corrects Point 1 · findings · pain after: {old} → {new}",
        "Electronically signed by Dr B. Colleague, DO on 2026-11-21 09:50 UTC",
        "Amendment 2 · 2026-11-22 09:50 UTC",
        "Reason late entry",
        "Electronically signed by Dr A. Example, MD on 2026-11-22 09:50 UTC",
    ]
    places = [text.index(_squeezed(part)) for part in order]
    assert places == sorted(places)
    assert "2amendments" in text.split("Amendments")[0], "every page says there are some"


def test_a_corrected_point_s_row_names_its_correction(
    qtbot: QtBot, tmp_path: Path, signer: signing.SignerKey, colleague: signing.SignerKey
) -> None:
    # The table prints the record as signed; a reader of the row must not miss that an
    # amendment corrected it.
    record = _amended(documented_session(), signer, colleague)
    fix = record.amendments[0].corrections[0]
    pages = _write(record, tmp_path / "amended.pdf")
    line = _squeezed(f"Corrected by amendment 1: findings · pain after: {fix.old} → {fix.new}")
    assert any(line in page for page in pages[:-1]), "under the point's row, in the table"
    unsigned = _write(documented_session(), tmp_path / "draft.pdf")
    assert not any("Correctedbyamendment" in page for page in unsigned)


def test_the_patient_s_sex_is_printed(qtbot: QtBot, tmp_path: Path) -> None:
    session = documented_session()
    sex = session.patient.sex.capitalize()
    assert f"Sex{sex}" in _write(session, tmp_path / "r.pdf")[0]


def _signature_page_starts(session: Session, paper: tuple[float, float]) -> list[str]:
    """What comes before the signature on its page, for ``session`` laid out on ``paper``."""
    diagram = load_diagram()
    geo = Geometry(paper[0] * UNIT, paper[1] * UNIT)
    record = report.build_record(session, diagram, printed_at=PRINTED)
    pages = layout.lay_out(record, diagram, geo, "Dr A. Example")
    for page in pages:
        blocks = [b for _, b in page.blocks if not isinstance(b, Spacer)]
        signature = [i for i, b in enumerate(blocks) if isinstance(b, SignatureBlock)]
        if signature:
            return [type(b).__name__ for b in blocks[: signature[0]]]
    raise AssertionError("no signature block")


@pytest.mark.parametrize("paper", [(595, 842), (612, 792)])
def test_the_signature_never_starts_a_page_alone(
    qtbot: QtBot, paper: tuple[float, float], signer: signing.SignerKey
) -> None:
    full = fifty_point_session(count=14)
    alone_without_the_rule = 0
    for count in range(4, 15):
        session = full.model_copy(update={"points": full.points[:count]})
        for record in (session, signing.sign(session, signer, at=SIGNED_AT)):
            before = _signature_page_starts(record, paper)
            assert before, f"{count} points: the signature is alone at the top of its page"
            alone_without_the_rule += before == ["TextBlock"]
    assert alone_without_the_rule, "some layouts moved the section's last lines along"


@pytest.mark.parametrize("paper", [(595, 842), (612, 792)])
def test_short_paragraphs_are_never_split_across_pages(
    qtbot: QtBot, paper: tuple[float, float]
) -> None:
    diagram = load_diagram()
    geo = Geometry(paper[0] * UNIT, paper[1] * UNIT)
    full = fifty_point_session()
    short_paragraphs = 0
    for count in range(20, 51, 3):
        session = full.model_copy(update={"points": full.points[:count]})
        record = report.build_record(session, diagram, printed_at=PRINTED)
        for page in layout.lay_out(record, diagram, geo, "Dr A. Example"):
            for _, block in page.blocks:
                if isinstance(block, TextBlock) and block.keep_together:
                    short_paragraphs += 1
                if isinstance(block, TextBlock) and (
                    block.text.line_count <= SHORT_PARAGRAPH_LINES and block.text.line_count > 1
                ):
                    assert (block.first, block.last) == (0, block.text.line_count), count
    assert short_paragraphs


# --- the archival PDF/A-1b file ------------------------------------------------------------


def _opacities(path: Path) -> set[float]:
    """Every fill or stroke opacity the PDF's graphics states set."""
    reader = pypdf.PdfReader(path)
    found: set[float] = set()
    for page in reader.pages:
        resources = page["/Resources"]
        states = resources.get("/ExtGState", {})
        for state in states.values():
            state = state.get_object()
            found |= {float(state[key]) for key in ("/ca", "/CA") if key in state}
    return found


def test_the_archival_pdf_is_pdf_a_1b_without_transparency(
    qtbot: QtBot, tmp_path: Path, signer: signing.SignerKey
) -> None:
    signed = signing.sign(documented_session(), signer, at=SIGNED_AT)
    ordinary = tmp_path / "ordinary.pdf"
    archival = tmp_path / "archival.pdf"
    ordinary_pages = _write(signed, ordinary)
    archival_pages = _write(signed, archival, archival=True)

    assert min(_opacities(ordinary)) < 1.0, "the ordinary PDF draws the diagram translucent"
    assert _opacities(archival) <= {1.0}
    reader = pypdf.PdfReader(archival)
    catalog = reader.trailer["/Root"]
    intents = catalog["/OutputIntents"]
    assert any(intent.get_object()["/S"] == "/GTS_PDFA1" for intent in intents)
    metadata = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part(>|=\")1", metadata)
    assert re.search(r"pdfaid:conformance(>|=\")B", metadata)
    soft_masks = re.findall(rb"/SMask\s*(/\w+|\d+ \d+ R)", archival.read_bytes())
    assert set(soft_masks) <= {b"/None"}, "no soft mask (transparency) anywhere"
    assert archival_pages == ordinary_pages, "the same words on the same pages"


def test_an_amendment_the_clinic_s_keys_do_not_confirm_is_said_as_the_amendment_s(
    qtbot: QtBot, tmp_path: Path, signer: signing.SignerKey, colleague: signing.SignerKey
) -> None:
    # The signer is registered, the colleague who amended is not: the signer stays confirmed,
    # every page says an amendment is not, and the amendment names its own author's key.
    record = _amended(documented_session(), signer, colleague)
    clinic = signing.KeyRing({signer.fingerprint: signer.record})
    path = tmp_path / "amended.pdf"
    report.write_pdf(record, path, printed_at=PRINTED, key_ring=clinic)
    pages = _pages(path)
    for text in pages:
        assert _squeezed("Signed by Dr A. Example, MD on") in text
        assert _squeezed("AMENDMENT NOT CONFIRMED") in text
        assert _squeezed("SIGNER NOT CONFIRMED · signed by Dr A.") not in text
    whole = "".join(pages)
    key = signing.grouped_fingerprint(colleague.fingerprint)
    assert _squeezed(f"Not confirmed Amendment 1's key {key} is not registered") in whole
    assert _squeezed("SIGNER NOT CONFIRMED · signed by Dr B. Colleague, DO on") in whole
    assert _squeezed("Electronically signed by Dr A. Example, MD on 2026-11-22") in whole
    assert whole.count("Notconfirmed") == 1, "the signature and amendment 2 are confirmed"


def test_a_correction_prints_the_diagram_s_muscle_names_and_every_digit(
    qtbot: QtBot, tmp_path: Path, signer: signing.SignerKey
) -> None:
    signed = signing.sign(documented_session(), signer, at=SIGNED_AT)
    muscle = signing.correction(signed, "/points/0/muscle", "suboccipitals")
    weight = signing.correction(signed, "/patient/weight_kg", 72.123456789)
    amended = signing.amend(
        signed, signer, reason="entered wrongly", text="Corrected.", corrections=[muscle, weight]
    )
    last = _write(amended, tmp_path / "corrected.pdf")[-1]
    diagram = load_diagram()
    assert diagram.muscle_names["suboccipitals"] == "Suboccipital group"
    assert _squeezed("· muscle:") in last
    assert "suboccipitalgroup" in last.lower()
    assert "suboccipitals" not in last.lower(), "the diagram's name, not the muscle's id"
    assert _squeezed("· weight kg: 72 → 72.123456789") in last or "72.123456789" in last
