"""The local anaesthetic dose warnings (clinical-basis §5.4): weight missing, over a maximum
(over the absolute cap even without a weight), concentration missing, several agents together,
and agents whose dose cannot be checked."""

from __future__ import annotations

from bodymap.clinical.common import ClinicalWarning, _fmt, _ids, _numbers, _verb
from bodymap.clinical.doses import AgentTotal, _given, agent_totals
from bodymap.model import Session, TriggerPoint, isolate


def _unchecked_message(session: Session) -> list[ClinicalWarning]:
    several: dict[str, list[TriggerPoint]] = {}
    unknown: dict[str, list[TriggerPoint]] = {}
    for g in _given(session):
        c = g.component
        if c is None or c.agent is not None:
            continue
        target = several if len(c.named) > 1 else unknown
        points = target.setdefault(c.name, [])
        if g.point not in points:
            points.append(g.point)
    found: list[ClinicalWarning] = []
    for name, points in several.items():
        named = next(
            g.component.named
            for g in _given(session)
            if g.component is not None and g.component.name == name
        )
        agents = ", ".join(a.name.lower() for a in named)
        found.append(
            ClinicalWarning(
                "dose.not_checked",
                "warning",
                f'Dose not checked: "{isolate(name)}" at {_numbers(points)} names '
                f"{len(named)} local anaesthetics ({agents}). Enter it as a mixture, each agent "
                "with its concentration in the syringe, so that each dose is checked.",
                _ids(points),
            )
        )
    if unknown:
        names = ", ".join(f'"{isolate(n)}"' for n in unknown)
        points = sorted({p.id: p for ps in unknown.values() for p in ps}.values(), key=_num)
        found.append(
            ClinicalWarning(
                "dose.not_checked",
                "warning",
                f"Dose not checked: {names} at {_numbers(points)} "
                f"{_verb(list(unknown), 'is a mixture or a name', 'are mixtures or names')} the "
                "app does not recognise. Check the dose against its label, choose the agent by "
                "name, or enter a mixture agent by agent.",
                _ids(points),
            )
        )
    return found


def _num(point: TriggerPoint) -> int:
    return point.number


def _over_message(t: AgentTotal) -> str | None:
    if not t.exceeds_max or t.total_mg is None:
        return None
    amount = f"{t.name} total {_fmt(t.total_mg)} mg ({_fmt(t.total_ml)} mL)"
    if t.max_mg is not None and t.weight is not None:
        return (
            f"{amount} exceeds the maximum of {_fmt(t.max_mg)} mg for {t.weight.text} "
            f"({t.maximum_text})."
        )
    if t.cap_mg is not None:
        return (
            f"{amount} exceeds the maximum of {_fmt(t.cap_mg)} mg whatever the weight "
            f"({t.maximum_text}). The weight is not recorded."
        )
    return None


def dose_warnings(session: Session) -> list[ClinicalWarning]:
    """Warnings on the local anaesthetic dose (clinical-basis §5.4): weight missing, one drug
    over its maximum (over its absolute cap even when the weight is missing), concentration
    missing, drugs together over the maximum (toxicity adds up), and agents the app cannot
    identify (dose not checked)."""
    totals = agent_totals(session)
    found: list[ClinicalWarning] = []
    local = [t for t in totals if t.local_anaesthetic]
    if local and session.patient.weight_kg is None:
        names = ", ".join(t.name.lower() for t in local)
        found.append(
            ClinicalWarning(
                "dose.weight_missing",
                "warning",
                f"Patient weight is not recorded, so the maximum safe dose of local anaesthetic "
                f"({names}) is checked only against the absolute caps. Enter the weight in "
                "kilograms.",
                tuple(dict.fromkeys(i for t in local for i in t.point_ids)),
            )
        )
    for t in local:
        over = _over_message(t)
        if over is not None:
            found.append(
                ClinicalWarning(f"dose.over_max.{t.agent_id}", "warning", over, t.point_ids)
            )
        if t.mg_incomplete:
            missing = tuple(
                dict.fromkeys(
                    i for r in t.rows if r.concentration_percent is None for i in r.point_ids
                )
            )
            found.append(
                ClinicalWarning(
                    f"dose.concentration_missing.{t.agent_id}",
                    "warning",
                    f"{t.name}: concentration missing at {_numbers_of(session, missing)}, so "
                    "that dose is not checked. Record the concentration.",
                    missing,
                )
            )
    found += _combined_warning(local)
    found += _unchecked_message(session)
    return found


def _combined_warning(local: list[AgentTotal]) -> list[ClinicalWarning]:
    shares = [t for t in local if t.share is not None]
    combined = sum(t.share or 0.0 for t in shares)
    if len(shares) < 2 or combined <= 1.0 + 1e-9:
        return []
    parts = ", ".join(f"{t.name.lower()} {(t.share or 0.0) * 100:.0f}%" for t in shares)
    whatever = "" if all(t.fraction_of_max is not None for t in shares) else " whatever the weight"
    return [
        ClinicalWarning(
            "dose.combined_over_max",
            "warning",
            f"Local anaesthetics together reach {combined * 100:.0f}% of the maximum dose"
            f"{whatever} ({parts}): their toxicity adds up, so the sum must stay under 100%.",
            tuple(dict.fromkeys(i for t in shares for i in t.point_ids)),
        )
    ]


def _numbers_of(session: Session, ids: tuple[str, ...]) -> str:
    return _numbers([session.point(i) for i in ids])
