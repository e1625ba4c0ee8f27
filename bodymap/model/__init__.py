"""Session data: the one in-memory and on-disk representation of a treatment session.

Pure pydantic v2, no Qt. Values are frozen; an edit builds a new value with
``model_copy(update=...)`` so undo commands can keep the old and the new value.
Clinical field choices and value ranges are explained in docs/clinical-basis.md; a value out of
range is refused with a validation error, never clipped (clinical-basis §6.5).

The session (:mod:`.session`) holds the marked points (:mod:`.points`), the pain drawing
(:mod:`.pain`) and the signature blocks (:mod:`.signatures`); its text fields follow the rules
of :mod:`.text`, and every value derives from :class:`.values.Value`.
"""

from bodymap.model.pain import (
    MAX_HOLES,
    MAX_PAIN_AREAS,
    MAX_POLYGONS_PER_AREA,
    MAX_RING_POINTS,
    PainArea,
    PainQuality,
    PaintedPolygon,
    Ring,
    Vertex,
)
from bodymap.model.points import (
    MAX_MIXED,
    MAX_POINTS,
    Agent,
    Concentration,
    DryNeedling,
    ExaminedOnly,
    Findings,
    Injection,
    MixedAgent,
    MuscleId,
    Side,
    Treatment,
    TriggerPoint,
)
from bodymap.model.session import (
    Complication,
    DiagramRef,
    Encounter,
    Patient,
    Procedure,
    Session,
)
from bodymap.model.signatures import (
    DEFAULT_MEANING,
    MAX_AMENDMENTS,
    MAX_AUDIT,
    MAX_CORRECTIONS,
    Amendment,
    AuditAction,
    AuditEntry,
    CheckedText,
    Correction,
    NonEmptyText,
    Sha256Hex,
    Signature,
    correction_value_problem,
)
from bodymap.model.text import MAX_TEXT, LongText, ShortText, isolate, text_problem
from bodymap.model.values import (
    COORDINATE_LIMIT_MM,
    UUID_PATTERN,
    PainScore,
    bare_annotation,
    field_at,
    new_id,
    pointer_parts,
    utc_now,
)

__all__ = [
    "COORDINATE_LIMIT_MM",
    "DEFAULT_MEANING",
    "MAX_AMENDMENTS",
    "MAX_AUDIT",
    "MAX_CORRECTIONS",
    "MAX_HOLES",
    "MAX_MIXED",
    "MAX_PAIN_AREAS",
    "MAX_POINTS",
    "MAX_POLYGONS_PER_AREA",
    "MAX_RING_POINTS",
    "MAX_TEXT",
    "UUID_PATTERN",
    "Agent",
    "Amendment",
    "AuditAction",
    "AuditEntry",
    "CheckedText",
    "Complication",
    "Concentration",
    "Correction",
    "DiagramRef",
    "DryNeedling",
    "Encounter",
    "ExaminedOnly",
    "Findings",
    "Injection",
    "LongText",
    "MixedAgent",
    "MuscleId",
    "NonEmptyText",
    "PainArea",
    "PainQuality",
    "PainScore",
    "PaintedPolygon",
    "Patient",
    "Procedure",
    "Ring",
    "Session",
    "Sha256Hex",
    "ShortText",
    "Side",
    "Signature",
    "Treatment",
    "TriggerPoint",
    "Vertex",
    "bare_annotation",
    "correction_value_problem",
    "field_at",
    "isolate",
    "new_id",
    "pointer_parts",
    "text_problem",
    "utc_now",
]
