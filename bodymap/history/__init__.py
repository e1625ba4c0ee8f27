"""A patient's trigger point history across visits, from an index of the clinic folder.

No Qt. Sits above ``storage`` (it reads session files) and below ``report`` and ``ui``.
The SQLite index (``ClinicIndex`` and the look-ups built on it) loads on first use: a window
that never consults the history never loads SQLite.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bodymap.history.carry import (
    CONFIRM_AT_NEXT_VISIT,
    point_from_previous,
    points_to_accept,
    session_from_previous,
)
from bodymap.history.keys import (
    DEFAULT_FOLDER_NAME,
    default_cache_dir,
    default_clinic_folder,
    patient_key,
)
from bodymap.history.matching import (
    TOLERANCE_MM,
    PainVisit,
    Recurrence,
    earlier_points,
    matching_point,
    pain_series,
    recurrence,
    recurrences,
    same_point,
)
from bodymap.history.places import patient_folder_name, proposed_path, session_file_name
from bodymap.history.records import (
    FileProblem,
    HistoricPoint,
    PatientSummary,
    RefreshReport,
    SessionSummary,
    as_amended,
    historic_points,
    treatment_text,
)

if TYPE_CHECKING:
    from bodymap.history.index import ClinicIndex
    from bodymap.history.lookup import (
        HistoryUnavailable,
        folder_recurrences,
        refreshed_recurrences,
        session_recurrences,
    )
    from bodymap.history.painted import VisitArea, earlier_painted_areas

_LAZY = {
    "ClinicIndex": "bodymap.history.index",
    "HistoryUnavailable": "bodymap.history.lookup",
    "folder_recurrences": "bodymap.history.lookup",
    "refreshed_recurrences": "bodymap.history.lookup",
    "session_recurrences": "bodymap.history.lookup",
    "VisitArea": "bodymap.history.painted",
    "earlier_painted_areas": "bodymap.history.painted",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
    "CONFIRM_AT_NEXT_VISIT",
    "DEFAULT_FOLDER_NAME",
    "TOLERANCE_MM",
    "ClinicIndex",
    "FileProblem",
    "HistoricPoint",
    "HistoryUnavailable",
    "PainVisit",
    "PatientSummary",
    "Recurrence",
    "RefreshReport",
    "SessionSummary",
    "VisitArea",
    "as_amended",
    "default_cache_dir",
    "default_clinic_folder",
    "earlier_painted_areas",
    "earlier_points",
    "folder_recurrences",
    "historic_points",
    "matching_point",
    "pain_series",
    "patient_folder_name",
    "patient_key",
    "point_from_previous",
    "points_to_accept",
    "proposed_path",
    "recurrence",
    "recurrences",
    "refreshed_recurrences",
    "same_point",
    "session_file_name",
    "session_from_previous",
    "session_recurrences",
    "treatment_text",
]
