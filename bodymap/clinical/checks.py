"""All the warnings of a session together, for the screen and the printed record.

Severity is the warning level (clinical-basis §8.6): every "warning" must be confirmed before
Save, Print or Export (``blocking_warnings``); "caution" and "info" are shown, not asked. Every
needling zone is a "caution", the lower-risk one over scapular bone included (§4.5).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bodymap.anatomy import Diagram, load_diagram
from bodymap.clinical.allergy import allergy_warnings
from bodymap.clinical.codes import _billing_warnings, _diagnosis_warnings
from bodymap.clinical.common import (
    _SEVERITY_RANK,
    ClinicalWarning,
    _ids,
    _numbers,
    _treated,
)
from bodymap.clinical.dose_checks import dose_warnings
from bodymap.clinical.needles import (
    bilateral_lung_warnings,
    needle_advice_text,
    needle_warnings,
)
from bodymap.clinical.procedure import contraindication_warnings, time_warnings
from bodymap.clinical.site import Site, point_site
from bodymap.clinical.zones import CAUTION_CODES, Caution
from bodymap.i18n import Context, translate
from bodymap.model import Session, TriggerPoint

checks = Context("checks")


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
                translate("checks", "Points are treated but consent is not recorded as obtained."),
            )
        )
    if not session.encounter.timeout_done:
        found.append(
            ClinicalWarning(
                "encounter.timeout_missing",
                "warning",
                translate(
                    "checks",
                    "Points are treated but the time-out (identity, procedure, site and side, "
                    "allergies, anticoagulants) is not recorded as done.",
                ),
            )
        )
    return found


def _laterality_warnings(session: Session, sides: Mapping[str, str]) -> list[ClinicalWarning]:
    """Points whose recorded side is the opposite of their position's side (§1)."""
    wrong = [p for p in session.points if {p.side, sides.get(p.id, p.side)} == {"left", "right"}]
    if not wrong:
        return []
    return [
        ClinicalWarning(
            "laterality.mismatch",
            "warning",
            checks.tr(
                "The recorded side of points {numbers} is the opposite of where the point lies "
                "on the map (posterior view: the patient's right is on the viewer's right). "
                "Check the side.",
                None,
                len(wrong),
            ).format(numbers=_numbers(wrong)),
            _ids(wrong),
        )
    ]


def _mismatch_warnings(session: Session, sites: Mapping[str, Site]) -> list[ClinicalWarning]:
    """One caution per point whose recorded muscle does not lie under it (§4.1)."""
    found: list[ClinicalWarning] = []
    for p in sorted(session.points, key=lambda q: q.number):
        site = sites.get(p.id)
        if site is not None and site.mismatch is not None:
            found.append(
                ClinicalWarning(
                    "muscle.mismatch",
                    "caution",
                    translate("checks", "Point {number}: {mismatch}. Check the muscle.").format(
                        number=p.number, mismatch=site.mismatch
                    ),
                    (p.id,),
                )
            )
    return found


def _caution_warnings(
    session: Session, cautions: Mapping[str, Sequence[Caution]]
) -> list[ClinicalWarning]:
    by_code: dict[str, tuple[Caution, list[TriggerPoint]]] = {}
    for p in sorted(session.points, key=lambda q: q.number):
        if not _treated(p):
            continue
        for c in cautions.get(p.id, ()):
            by_code.setdefault(c.code, (c, []))[1].append(p)
    found: list[ClinicalWarning] = []
    for code in CAUTION_CODES:
        if code not in by_code:
            continue
        caution, points = by_code[code]
        advice = needle_advice_text(caution, session.patient)
        found.append(
            ClinicalWarning(
                code,
                "caution",
                checks.tr(
                    "{caution} (points {numbers}). {technique} Advised: {advice}.",
                    None,
                    len(points),
                ).format(
                    caution=caution.title_text,
                    numbers=_numbers(points),
                    technique=" ".join(caution.technique_text),
                    advice=advice,
                ),
                _ids(points),
            )
        )
    return found


def _collect(
    session: Session,
    cautions: Mapping[str, Sequence[Caution]],
    sides: Mapping[str, str],
    sites: Mapping[str, Site],
) -> list[ClinicalWarning]:
    found = [
        *allergy_warnings(session),
        *dose_warnings(session),
        *_consent_warnings(session),
        *contraindication_warnings(session, cautions),
        *time_warnings(session.procedure),
        *_laterality_warnings(session, sides),
        *_mismatch_warnings(session, sites),
        *needle_warnings(session, cautions),
        *_caution_warnings(session, cautions),
        *bilateral_lung_warnings(session, cautions, sides),
        *_billing_warnings(session),
        *_diagnosis_warnings(session),
    ]
    return sorted(found, key=lambda w: _SEVERITY_RANK[w.severity])


def session_warnings(session: Session) -> list[ClinicalWarning]:
    """Every clinical warning for the session on the bundled diagram, "warning" first, then
    "caution", then "info": :func:`session_warnings_on_diagram` with ``load_diagram()``."""
    return session_warnings_on_diagram(session, load_diagram())


def session_sites(session: Session, diagram: Diagram) -> dict[str, Site]:
    """The site of every point, by point id (compute once per change, pass it on)."""
    return {p.id: point_site(p, diagram) for p in session.points}


def session_warnings_on_diagram(
    session: Session, diagram: Diagram, *, sites: Mapping[str, Site] | None = None
) -> list[ClinicalWarning]:
    """:func:`session_warnings` from each point's :class:`Site` on ``diagram`` (cautions,
    side of the position, muscle mismatch). ``sites`` may be passed when already computed."""
    if sites is None:
        sites = session_sites(session, diagram)
    else:
        missing = [p for p in session.points if p.id not in sites]
        sites = {**sites, **{p.id: point_site(p, diagram) for p in missing}}
    cautions = {i: s.cautions for i, s in sites.items()}
    sides = {i: s.side for i, s in sites.items()}
    return _collect(session, cautions, sides, sites)


def blocking_warnings(
    session: Session, diagram: Diagram, *, sites: Mapping[str, Site] | None = None
) -> list[ClinicalWarning]:
    """The warning-level problems to confirm before Save, Print or Export (clinical-basis
    §8.6): dose over a maximum or not checked, allergy conflicts, consent or time-out missing,
    a needle longer than advised, and the other "warning"s. Never a reason to refuse saving."""
    return [
        w
        for w in session_warnings_on_diagram(session, diagram, sites=sites)
        if w.severity == "warning"
    ]


def point_warnings(
    warnings: Sequence[ClinicalWarning],
) -> dict[str, tuple[ClinicalWarning, ...]]:
    """The warnings that name each point, by point id (for a warning shown at its point)."""
    by_point: dict[str, list[ClinicalWarning]] = {}
    for w in warnings:
        for point_id in w.point_ids:
            by_point.setdefault(point_id, []).append(w)
    return {k: tuple(v) for k, v in by_point.items()}


def has_pneumothorax_caution(point: TriggerPoint, diagram: Diagram) -> bool:
    """Whether a marker shows the pneumothorax badge (screen and paper use this one rule)."""
    return point_site(point, diagram).pneumothorax_caution
