"""A patient's trigger point history across visits, from an index of the clinic folder.

No Qt. Sits above ``storage`` (it reads session files) and below ``report`` and ``ui``.
"""

from __future__ import annotations

from bodymap.history.carry import point_from_previous, session_from_previous
from bodymap.history.index import (
    ClinicIndex,
    default_cache_dir,
    default_clinic_folder,
    patient_key,
)
from bodymap.history.lookup import (
    HistoryUnavailable,
    folder_recurrences,
    refreshed_recurrences,
    session_recurrences,
)
from bodymap.history.matching import (
    TOLERANCE_MM,
    PainVisit,
    Recurrence,
    earlier_points,
    pain_series,
    recurrence,
    recurrences,
    same_point,
)
from bodymap.history.records import (
    FileProblem,
    HistoricPoint,
    PatientSummary,
    RefreshReport,
    SessionSummary,
    treatment_text,
)

__all__ = [
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
    "default_cache_dir",
    "default_clinic_folder",
    "earlier_points",
    "folder_recurrences",
    "pain_series",
    "patient_key",
    "point_from_previous",
    "recurrence",
    "recurrences",
    "refreshed_recurrences",
    "same_point",
    "session_from_previous",
    "session_recurrences",
    "treatment_text",
]
