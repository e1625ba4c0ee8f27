"""All the warnings of a session together, for the screen and the printed record."""

from __future__ import annotations

from bodymap.anatomy import Diagram
from bodymap.clinical.cautions import (
    _caution_warnings,
    _laterality_warnings,
    diagram_bones,
    point_cautions_on_diagram,
)
from bodymap.clinical.codes import _billing_warnings, _diagnosis_warnings
from bodymap.clinical.common import (
    _SEVERITY_RANK,
    BoneOutlines,
    ClinicalWarning,
    Landmarks,
    _ids,
    _treated,
)
from bodymap.clinical.doses import _allergy_warnings, dose_warnings
from bodymap.clinical.procedure import time_warnings
from bodymap.model import Session, TriggerPoint

# --------------------------------------------------------------------------- all together


def _consent_warnings(session: Session) -> list[ClinicalWarning]:
    treated = [p for p in session.points if _treated(p)]
    if not treated:
        return []
    found: list[ClinicalWarning] = []
    if not session.encounter.consent_obtained:
        found.append(
            ClinicalWarning(
                "encounter.consent_missing",
                "warning",
                "Points are treated but consent is not recorded as obtained.",
            )
        )
    if not session.encounter.timeout_done:
        found.append(
            ClinicalWarning(
                "encounter.timeout_missing",
                "warning",
                "Points are treated but the time-out (identity, procedure, site and side, "
                "allergies, anticoagulants) is not recorded as done.",
            )
        )
    if session.patient.anticoagulation:
        found.append(
            ClinicalWarning(
                "contraindication.anticoagulation",
                "caution",
                "Patient is anticoagulated, a relative contraindication to needling (bleeding). "
                "Document the decision to treat.",
                _ids(treated),
            )
        )
    return found


def session_warnings(
    session: Session,
    *,
    landmarks: Landmarks | None = None,
    bones: BoneOutlines | None = None,
) -> list[ClinicalWarning]:
    """Every clinical warning for the session, "warning" first, then "caution", then "info".

    Within a severity the order is fixed: allergy, dose, consent and time-out, times,
    laterality, needling cautions (treated points only), billing, diagnosis. ``landmarks`` and
    ``bones`` are the diagram's (default: the standard diagram frame and reference outlines).
    """
    found = [
        *_allergy_warnings(session),
        *dose_warnings(session),
        *_consent_warnings(session),
        *time_warnings(session.procedure),
        *_laterality_warnings(session, landmarks),
        *_caution_warnings(session, landmarks, bones),
        *_billing_warnings(session),
        *_diagnosis_warnings(session),
    ]
    return sorted(found, key=lambda w: _SEVERITY_RANK[w.severity])


def session_warnings_on_diagram(session: Session, diagram: Diagram) -> list[ClinicalWarning]:
    """:func:`session_warnings` with the diagram's landmarks and bone outlines."""
    return session_warnings(session, landmarks=diagram.landmarks, bones=diagram_bones(diagram))


def has_pneumothorax_caution(point: TriggerPoint, diagram: Diagram) -> bool:
    """Whether a marker shows the pneumothorax badge (screen and paper use this one rule)."""
    return any(
        c.code.startswith("pneumothorax.") for c in point_cautions_on_diagram(point, diagram)
    )
