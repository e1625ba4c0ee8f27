"""Where a session is saved in the clinic folder: one folder per patient, a name per visit.

``<clinic folder>/<identifier> - <name>/<date> <identifier>.bodymap.json``, e.g.
``MRN-12 - Anna Müller/2026-10-02 MRN-12.bodymap.json``. Names are safe on Windows, macOS and
Linux alike: no path separators or characters Windows reserves, no control or invisible
formatting characters, no reserved device names (``CON``, ``NUL``, ``COM1``, ...), no
leading dot (a hidden file, which the index skips) and no trailing dot or space, in NFC
(the form macOS keeps names in), and short enough for Windows paths. An existing file is
never proposed: a counter is added instead ("(2)", "(3)", ...).
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from bodymap.history.keys import fold, sort_date
from bodymap.model import Patient, Session
from bodymap.storage import SUFFIX, lock_path

MAX_FOLDER_CHARS = 64
"""Longest patient folder name."""
MAX_STEM_CHARS = 64
"""Longest session file name before the counter and the suffix."""
MAX_COUNTER = 9999
"""Files of one patient on one day before a name cannot be proposed."""
NO_PATIENT = "No patient details"
"""The folder of sessions that name no patient."""
SEPARATOR = " - "
"""Between a patient's identifier and name in their folder's name."""

_RESERVED_CHARACTERS = re.compile(r'[<>:"/\\|?*]')
_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"}
)
"""Device names Windows reserves, with or without an extension (``NUL.txt`` too)."""


def safe_name(text: str, max_chars: int) -> str:
    """``text`` as one file or folder name that every desktop system accepts; may be empty.

    Reserved characters become "_", control and formatting characters (bidi controls,
    zero-width characters) are left out, runs of white space become one space, leading dots
    and trailing dots and spaces are removed, a reserved device name gets a leading "_", and
    the result is cut to ``max_chars`` characters.
    """
    text = unicodedata.normalize("NFC", text)
    kept = "".join(
        " " if c.isspace() else c
        for c in _RESERVED_CHARACTERS.sub("_", text)
        if c.isspace() or unicodedata.category(c) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )
    name = " ".join(kept.split()).lstrip(". ")
    name = name[:max_chars].rstrip(". ")
    if name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED_NAMES:
        name = ("_" + name)[:max_chars].rstrip(". ")
    return name


def patient_folder_name(patient: Patient) -> str:
    """The folder of a patient's sessions: "MRN-12 - Anna Müller", the identifier or the name
    alone when only one is known, ``NO_PATIENT`` when neither is."""
    identifier = safe_name(patient.identifier, MAX_FOLDER_CHARS)
    name = safe_name(patient.name, MAX_FOLDER_CHARS)
    joined = SEPARATOR.join(part for part in (identifier, name) if part)
    return safe_name(joined, MAX_FOLDER_CHARS) or NO_PATIENT


def session_file_name(session: Session, counter: int = 1) -> str:
    """The file of one visit: "2026-10-02 MRN-12.bodymap.json", "... (2).bodymap.json".

    The date is the encounter date, or the day the session was created (as the patient
    browser lists it); the identifier, or "session" when there is none.
    """
    identifier = safe_name(session.patient.identifier, MAX_STEM_CHARS) or "session"
    stem = safe_name(f"{sort_date(session).isoformat()} {identifier}", MAX_STEM_CHARS)
    if counter > 1:
        stem = f"{stem} ({counter})"
    return stem + SUFFIX


def patient_folder(clinic_folder: Path, patient: Patient) -> Path:
    """The patient's folder in the clinic folder (it need not exist yet).

    A folder that already holds this patient's sessions under another name (the name was
    spelled differently then) is kept: one whose name is the same identifier, followed by
    the separator or nothing, compared case- and accent-insensitively.
    """
    name = patient_folder_name(patient)
    exact = clinic_folder / name
    identifier = safe_name(patient.identifier, MAX_FOLDER_CHARS)
    if exact.is_dir() or not identifier:
        return exact
    wanted = fold(identifier)
    try:
        with os.scandir(clinic_folder) as entries:
            for entry in entries:
                head = entry.name.split(SEPARATOR, 1)[0]
                if fold(head) == wanted and entry.is_dir(follow_symlinks=False):
                    return Path(entry.path)
    except OSError:
        pass
    return exact


def _taken(path: Path) -> bool:
    """Whether a file, or a lock of one being written, is at ``path`` (or a broken link)."""
    return path.exists() or path.is_symlink() or lock_path(path).exists()


def proposed_path(clinic_folder: Path, session: Session) -> Path:
    """Where to save ``session`` in the clinic folder: a file that does not exist yet.

    Raises:
        FileExistsError: the patient has ``MAX_COUNTER`` files of that day already.
    """
    folder = patient_folder(clinic_folder, session.patient)
    for counter in range(1, MAX_COUNTER + 1):
        path = folder / session_file_name(session, counter)
        if not _taken(path):
            return path
    raise FileExistsError("too many sessions of this patient on this day")
