"""The audit log of a session: who saved it, when, doing what, and the content hash then.

The log is kept in the file but is not part of the signed content: every save appends to it,
also after signing, which a signed log would forbid. It is a log, not evidence: anyone who can
write the file can rewrite it (docs/adr/0006-signed-records.md).
"""

from __future__ import annotations

import datetime as dt
import getpass

from bodymap import storage
from bodymap.model import MAX_AUDIT, AuditAction, AuditEntry, Session, utc_now

KEEP_FIRST = 1
"""Entries kept from the start of a full log (the creation), the rest are the newest."""


def os_user() -> str:
    """The operating system's name of the user running bodymap ("unknown" when it has none)."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"
    return name[:200] or "unknown"


def append_audit(
    session: Session,
    action: AuditAction,
    *,
    clinician: str = "",
    user: str | None = None,
    at: dt.datetime | None = None,
) -> Session:
    """The session with one more audit entry: ``action`` by ``clinician`` now.

    Call it with the session about to be saved. The entry records the operating system user
    (``user``, else the one running bodymap) and the content hash of the session as saved. A
    full log (:data:`bodymap.model.MAX_AUDIT`) keeps its first entry and drops the oldest
    after it.
    """
    entry = AuditEntry(
        at=at or utc_now(),
        action=action,
        clinician=clinician.strip()[:200],
        os_user=(user if user is not None else os_user())[:200],
        content_sha256=storage.content_sha256(session),
    )
    audit = [*session.audit, entry]
    if len(audit) > MAX_AUDIT:
        audit = audit[:KEEP_FIRST] + audit[len(audit) - (MAX_AUDIT - KEEP_FIRST) :]
    return session.model_copy(update={"audit": audit})
