"""The local anaesthetic dose warnings (clinical-basis §5.4): weight missing, over a maximum
(over the absolute cap even without a weight), concentration missing, several agents together,
and agents whose dose cannot be checked."""

from __future__ import annotations

from bodymap.clinical.agents import AMIDE_ONLY_NAMES, ESTER_ONLY_NAMES, KnownAgent, words
from bodymap.clinical.common import ClinicalWarning, _fmt, _ids, _numbers, share_percent
from bodymap.clinical.doses import AgentTotal, _given, agent_totals
from bodymap.i18n import Context, translate
from bodymap.model import Session, TriggerPoint, isolate

doses = Context("doses")


def _unlisted_agent(name: str) -> str | None:
    """The local anaesthetic a typed name names that bodymap knows only from allergies (no
    maximum for infiltration: tetracaine, etidocaine, ..., clinical-basis §6.1), or None."""
    return next((w for w in words(name) if w in ESTER_ONLY_NAMES or w in AMIDE_ONLY_NAMES), None)


def _unchecked_message(session: Session) -> list[ClinicalWarning]:
    # Points by id, in first-seen order; a typed name is identified the same wherever it
    # stands, so its first component says which agents it names.
    several: dict[str, dict[str, TriggerPoint]] = {}
    unknown: dict[str, dict[str, TriggerPoint]] = {}
    named_by: dict[str, tuple[KnownAgent, ...]] = {}
    for g in _given(session):
        c = g.component
        if c is None or c.agent is not None:
            continue
        target = several if len(c.named) > 1 else unknown
        target.setdefault(c.name, {}).setdefault(g.point.id, g.point)
        named_by.setdefault(c.name, c.named)
    found: list[ClinicalWarning] = []
    for name, by_id in several.items():
        points = list(by_id.values())
        named = named_by[name]
        agents = ", ".join(a.name_in_text for a in named)
        found.append(
            ClinicalWarning(
                "dose.not_checked",
                "warning",
                doses.tr(
                    'Dose not checked: "{name}" at points {numbers} names {count} local '
                    "anaesthetics ({agents}). Enter it as a mixture, each agent with its "
                    "concentration in the syringe, so that each dose is checked.",
                    None,
                    len(points),
                ).format(
                    name=isolate(name), numbers=_numbers(points), count=len(named), agents=agents
                ),
                _ids(points),
            )
        )
    for name in list(unknown):
        unlisted = _unlisted_agent(name)
        if unlisted is None:
            continue
        points = sorted(unknown.pop(name).values(), key=_num)
        found.append(
            ClinicalWarning(
                "dose.not_checked",
                "warning",
                doses.tr(
                    'Dose not checked: "{name}" at points {numbers} names {agent}, a local '
                    "anaesthetic with no maximum dose for infiltration in bodymap's table. "
                    "Check the dose against its label.",
                    None,
                    len(points),
                ).format(name=isolate(name), numbers=_numbers(points), agent=unlisted),
                _ids(points),
            )
        )
    if unknown:
        names = ", ".join(f'"{isolate(n)}"' for n in unknown)
        every = {p.id: p for by_id in unknown.values() for p in by_id.values()}
        points = sorted(every.values(), key=_num)
        if len(unknown) == 1:
            text = doses.tr(
                "Dose not checked: {names} at points {numbers} is a mixture or a name the app "
                "does not recognise. Check the dose against its label, choose the agent by "
                "name, or enter a mixture agent by agent.",
                None,
                len(points),
            )
        else:
            text = doses.tr(
                "Dose not checked: {names} at points {numbers} are mixtures or names the app "
                "does not recognise. Check the dose against its label, choose the agent by "
                "name, or enter a mixture agent by agent.",
                None,
                len(points),
            )
        found.append(
            ClinicalWarning(
                "dose.not_checked",
                "warning",
                text.format(names=names, numbers=_numbers(points)),
                _ids(points),
            )
        )
    return found


def _num(point: TriggerPoint) -> int:
    return point.number


def _over_message(t: AgentTotal) -> str | None:
    if not t.exceeds_max or t.total_mg is None:
        return None
    amount = {"agent": t.name, "mg": _fmt(t.total_mg), "ml": _fmt(t.total_ml)}
    if t.max_mg is not None and t.weight is not None:
        return translate(
            "doses",
            "{agent} total {mg} mg ({ml} mL) exceeds the maximum of {maximum} mg for {weight} "
            "({rule}).",
        ).format(**amount, maximum=_fmt(t.max_mg), weight=t.weight.text, rule=t.maximum_text)
    if t.cap_mg is not None:
        return translate(
            "doses",
            "{agent} total {mg} mg ({ml} mL) exceeds the maximum of {maximum} mg whatever the "
            "weight ({rule}). The weight is not recorded.",
        ).format(**amount, maximum=_fmt(t.cap_mg), rule=t.maximum_text)
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
        names = ", ".join(t.name_in_text for t in local)
        found.append(
            ClinicalWarning(
                "dose.weight_missing",
                "warning",
                translate(
                    "doses",
                    "Patient weight is not recorded, so the maximum safe dose of local "
                    "anaesthetic ({agents}) is checked only against the absolute caps. Enter the "
                    "weight in kilograms.",
                ).format(agents=names),
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
                    doses.tr(
                        "{agent}: concentration missing at points {numbers}, so that dose is not "
                        "checked. Record the concentration.",
                        None,
                        len(missing),
                    ).format(agent=t.name, numbers=_numbers_of(session, missing)),
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
    parts = ", ".join(f"{t.name_in_text} {share_percent(t.share or 0.0)}%" for t in shares)
    if all(t.fraction_of_max is not None for t in shares):
        text = translate(
            "doses",
            "Local anaesthetics together reach {percent}% of the maximum dose ({parts}): their "
            "toxicity adds up, so the sum must stay under 100%.",
        )
    else:
        text = translate(
            "doses",
            "Local anaesthetics together reach {percent}% of the maximum dose whatever the "
            "weight ({parts}): their toxicity adds up, so the sum must stay under 100%.",
        )
    return [
        ClinicalWarning(
            "dose.combined_over_max",
            "warning",
            text.format(percent=share_percent(combined), parts=parts),
            tuple(dict.fromkeys(i for t in shares for i in t.point_ids)),
        )
    ]


def _numbers_of(session: Session, ids: tuple[str, ...]) -> str:
    return _numbers([session.point(i) for i in ids])
