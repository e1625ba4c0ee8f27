"""Clinical logic over a session: doses, allergy, needling cautions, codes, times, aftercare.

Pure functions over :mod:`bodymap.model`; no Qt. Every number that comes from the clinical
reference (../shared/reference/clinical.md) cites its section. Nothing here changes a session:
codes and diagnoses are suggestions to show, and warnings are a list for the screen and the
printed record.

Positions are diagram millimetres (C7 spinous process at (300, 230), 280 mm from C7 to T12,
x towards the PATIENT'S RIGHT, y towards the feet). Functions that need positions take the
diagram's landmarks (and optionally its bone outlines) as plain mappings; the ``*_on_diagram``
wrappers read them from a :class:`bodymap.anatomy.Diagram`.
"""

from __future__ import annotations

from bodymap.clinical.cautions import (
    BodyFrame,
    Caution,
    diagram_bones,
    over_scapular_bone,
    pneumothorax_caution,
    point_cautions,
    point_cautions_on_diagram,
    suboccipital_caution,
)
from bodymap.clinical.checks import (
    has_pneumothorax_caution,
    session_warnings,
    session_warnings_on_diagram,
)
from bodymap.clinical.codes import (
    ICD10_CHOICES,
    CodeSuggestion,
    CountedMuscle,
    DiagnosisSuggestion,
    billing_muscle,
    suggest_diagnoses,
    suggest_procedure_codes,
)
from bodymap.clinical.common import (
    BoneOutlines,
    ClinicalWarning,
    Landmarks,
    Point,
    Severity,
    TreatmentKind,
)
from bodymap.clinical.doses import (
    AGENT_PRESETS,
    AgentPreset,
    AgentTotal,
    PresetVolume,
    agent_label,
    agent_name,
    agent_totals,
    allergy_conflicts,
    check_treatment_allowed,
    dose_warnings,
    is_local_anaesthetic,
    max_dose_mg,
    max_volume_ml,
    mg,
    mg_per_ml,
    preset_for,
)
from bodymap.clinical.procedure import (
    AFTERCARE_TEXT,
    FIBROMYALGIA_NOTE,
    LONG_PROCEDURE_MINUTES,
    elapsed_minutes,
    record_notes,
    time_warnings,
)

__all__ = [
    "AFTERCARE_TEXT",
    "AGENT_PRESETS",
    "FIBROMYALGIA_NOTE",
    "ICD10_CHOICES",
    "LONG_PROCEDURE_MINUTES",
    "AgentPreset",
    "AgentTotal",
    "BodyFrame",
    "BoneOutlines",
    "Caution",
    "ClinicalWarning",
    "CodeSuggestion",
    "CountedMuscle",
    "DiagnosisSuggestion",
    "Landmarks",
    "Point",
    "PresetVolume",
    "Severity",
    "TreatmentKind",
    "agent_label",
    "agent_name",
    "agent_totals",
    "allergy_conflicts",
    "billing_muscle",
    "check_treatment_allowed",
    "diagram_bones",
    "dose_warnings",
    "elapsed_minutes",
    "has_pneumothorax_caution",
    "is_local_anaesthetic",
    "max_dose_mg",
    "max_volume_ml",
    "mg",
    "mg_per_ml",
    "over_scapular_bone",
    "pneumothorax_caution",
    "point_cautions",
    "point_cautions_on_diagram",
    "preset_for",
    "record_notes",
    "session_warnings",
    "session_warnings_on_diagram",
    "suboccipital_caution",
    "suggest_diagnoses",
    "suggest_procedure_codes",
    "time_warnings",
]
