"""Clinical logic over a session: sites, cautions, doses, allergy, codes, times, aftercare.

Pure functions over :mod:`bodymap.model`; no Qt. Every clinical rule and number is explained,
with its published source, in docs/clinical-basis.md, and the code cites its sections
(``clinical-basis §4.2``). Nothing here changes a session: codes and diagnoses are suggestions
to show, and warnings are a list for the screen and the printed record.

Positions are diagram millimetres (x towards the PATIENT'S RIGHT, y towards the feet). One
position gives one :class:`Site` (:func:`site_of`, :func:`point_site`): muscles, side,
location text and cautions, computed once and used by every caller. Display wording lives in
:mod:`bodymap.clinical.wording`.
"""

from __future__ import annotations

from bodymap.clinical import wording
from bodymap.clinical.agents import (
    KNOWN_AGENTS,
    AgentClass,
    Component,
    KnownAgent,
    Maximum,
    agents_named_in,
    components,
    identify_agent,
    is_unidentified,
    known_agent,
)
from bodymap.clinical.allergy import (
    AllergyMention,
    AllergyReading,
    allergy_conflicts,
    allergy_mentions,
    check_treatment_allowed,
    read_allergies,
    says_no_allergy,
    text_allergy,
)
from bodymap.clinical.body import (
    DosingWeight,
    bmi,
    dosing_weight,
    lean_body_weight,
    session_age,
)
from bodymap.clinical.cautions import (
    BodyFrame,
    diagram_bones,
    over_scapular_bone,
    position_cautions,
)
from bodymap.clinical.checks import (
    blocking_warnings,
    has_pneumothorax_caution,
    point_warnings,
    session_sites,
    session_warnings,
    session_warnings_on_diagram,
)
from bodymap.clinical.codes import (
    ICD10_CHOICES,
    CodeSuggestion,
    CountedMuscle,
    DiagnosisSuggestion,
    billing_muscle,
    icd10_title,
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
from bodymap.clinical.dose_checks import dose_warnings
from bodymap.clinical.doses import (
    AGENT_PRESETS,
    AgentPreset,
    AgentTotal,
    PresetVolume,
    agent_totals,
    cap_dose_mg,
    component_doses,
    dose_basis_text,
    is_local_anaesthetic,
    max_dose_mg,
    max_volume_ml,
    mg,
    mg_per_ml,
    preset_for,
)
from bodymap.clinical.needles import (
    advised_depth_mm,
    needle_advice_text,
    too_long_for,
    treatment_for_site,
)
from bodymap.clinical.procedure import (
    AFTERCARE_TEXT,
    FIBROMYALGIA_NOTE,
    LONG_PROCEDURE_MINUTES,
    aftercare_text,
    elapsed_minutes,
    fibromyalgia_note,
    record_notes,
    steroid_given,
    time_warnings,
)
from bodymap.clinical.site import Site, point_site, site_of
from bodymap.clinical.wording import agent_label, agent_name, treatment_text
from bodymap.clinical.zones import CAUTION_CODES, CAUTIONS, Caution, NeedleAdvice

__all__ = [
    "AFTERCARE_TEXT",
    "AGENT_PRESETS",
    "CAUTIONS",
    "CAUTION_CODES",
    "FIBROMYALGIA_NOTE",
    "ICD10_CHOICES",
    "KNOWN_AGENTS",
    "LONG_PROCEDURE_MINUTES",
    "AgentClass",
    "AgentPreset",
    "AgentTotal",
    "AllergyMention",
    "AllergyReading",
    "BodyFrame",
    "BoneOutlines",
    "Caution",
    "ClinicalWarning",
    "CodeSuggestion",
    "Component",
    "CountedMuscle",
    "DiagnosisSuggestion",
    "DosingWeight",
    "KnownAgent",
    "Landmarks",
    "Maximum",
    "NeedleAdvice",
    "Point",
    "PresetVolume",
    "Severity",
    "Site",
    "TreatmentKind",
    "advised_depth_mm",
    "aftercare_text",
    "agent_label",
    "agent_name",
    "agent_totals",
    "agents_named_in",
    "allergy_conflicts",
    "allergy_mentions",
    "billing_muscle",
    "blocking_warnings",
    "bmi",
    "cap_dose_mg",
    "check_treatment_allowed",
    "component_doses",
    "components",
    "diagram_bones",
    "dose_basis_text",
    "dose_warnings",
    "dosing_weight",
    "elapsed_minutes",
    "fibromyalgia_note",
    "has_pneumothorax_caution",
    "icd10_title",
    "identify_agent",
    "is_local_anaesthetic",
    "is_unidentified",
    "known_agent",
    "lean_body_weight",
    "max_dose_mg",
    "max_volume_ml",
    "mg",
    "mg_per_ml",
    "needle_advice_text",
    "over_scapular_bone",
    "point_site",
    "point_warnings",
    "position_cautions",
    "preset_for",
    "read_allergies",
    "record_notes",
    "says_no_allergy",
    "session_age",
    "session_sites",
    "session_warnings",
    "session_warnings_on_diagram",
    "site_of",
    "steroid_given",
    "suggest_diagnoses",
    "suggest_procedure_codes",
    "text_allergy",
    "time_warnings",
    "too_long_for",
    "treatment_for_site",
    "treatment_text",
    "wording",
]
