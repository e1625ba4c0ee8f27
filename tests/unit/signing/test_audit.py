"""The audit log: each save says who, when, what and with which content; a log, not evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodymap import signing, storage
from bodymap.model import Session
from tests.unit.signing.helpers import write_session


def test_an_entry_records_who_when_what_and_the_content_hash(session: Session) -> None:
    at = dt.datetime(2026, 11, 20, 9, 50, tzinfo=dt.UTC)
    logged = signing.append_audit(
        session, "edited", clinician="Dr A. Example", user="aexample", at=at
    )
    (entry,) = logged.audit
    assert (entry.at, entry.action) == (at, "edited")
    assert (entry.clinician, entry.os_user) == ("Dr A. Example", "aexample")
    assert entry.content_sha256 == storage.content_sha256(session)


def test_the_operating_system_user_is_recorded_by_default(session: Session) -> None:
    (entry,) = signing.append_audit(session, "printed").audit
    assert entry.os_user == signing.os_user()
    assert entry.os_user


def test_entries_are_appended_in_order_and_survive_saving(tmp_path: Path, session: Session) -> None:
    logged = session
    for action in ("created", "edited", "exported"):
        logged = signing.append_audit(logged, action, clinician="Dr A. Example")  # type: ignore[arg-type]
    again = storage.load_session(write_session(tmp_path / "s.bodymap.json", logged))
    assert [entry.action for entry in again.audit] == ["created", "edited", "exported"]


def test_a_full_log_keeps_its_first_entry_and_the_newest(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bodymap.signing.audit.MAX_AUDIT", 4)
    logged = signing.append_audit(session, "created", clinician="first")
    for number in range(6):
        logged = signing.append_audit(logged, "edited", clinician=f"edit {number}")
    assert [entry.clinician for entry in logged.audit] == ["first", "edit 3", "edit 4", "edit 5"]
