"""How the history names patients and places: patient keys, folding, default folders.

Light on purpose (no SQLite): the window asks whether a session has a patient before it
decides to index the clinic folder at all.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

from bodymap.model import Patient, Session

CACHE_ENV = "BODYMAP_CACHE_DIR"
"""Environment variable that overrides the per-user cache folder (tests set it)."""


def default_cache_dir() -> Path:
    """The per-user cache folder of bodymap (``$BODYMAP_CACHE_DIR`` when set)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("bodymap"))


DEFAULT_FOLDER_NAME = "bodymap sessions"
"""The clinic folder offered on first start, in the user's documents."""


def default_clinic_folder() -> Path:
    """Where session files are kept unless the preferences say otherwise (the command line's
    default; the window asks Qt for the documents folder, with the same name)."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / DEFAULT_FOLDER_NAME


def fold(text: str) -> str:
    """Text as compared by the patient search: case-folded, accents removed, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def patient_key(patient: Patient) -> str | None:
    """The key under which the index groups a patient's sessions.

    The folded identifier when there is one (so "mrn-12" and "MRN-12 " are one patient),
    else ``"name:"`` and the folded name; None for a session with neither (such sessions are
    indexed but belong to no patient).
    """
    identifier = fold(patient.identifier)
    if identifier:
        return identifier
    name = fold(patient.name)
    return f"name:{name}" if name else None


def lookup_key(key: str) -> str:
    """The stored key for a ``PatientSummary.key`` or a patient identifier as typed."""
    return key if key.startswith("name:") else fold(key)


def sort_date(session: Session) -> dt.date:
    """The date a session is listed under: its encounter date, else the day it was created."""
    return session.encounter.date or session.created.date()
