"""Sessions for the printed record tests: a documented visit and a fifty-point session."""

from __future__ import annotations

import datetime as dt
import functools
from typing import cast

from bodymap import model
from bodymap.anatomy import Diagram, load_diagram
from bodymap.model import (
    DryNeedling,
    Encounter,
    ExaminedOnly,
    Findings,
    Injection,
    MuscleId,
    Patient,
    Procedure,
    Session,
    Side,
    TriggerPoint,
)

RECORD_ID = "0b6c3f0e-5d1a-4c3e-9f7a-2b8d4e6f1a20"


@functools.cache
def _spot(diagram: Diagram, muscle: str, side: str) -> tuple[float, float]:
    """A position on ``muscle`` of ``side`` near the region's middle, topmost if possible."""
    region = next(r for r in diagram.regions if r.muscle == muscle and r.side == side)
    x0, y0, x1, y1 = region.bbox
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    best: tuple[float, float, float] | None = None
    steps = 12
    for i in range(steps + 1):
        for j in range(steps + 1):
            x = x0 + (x1 - x0) * i / steps
            y = y0 + (y1 - y0) * j / steps
            hits = [(h.muscle, h.side) for h in diagram.muscles_at(x, y)]
            if (muscle, side) in hits:
                # Prefer spots where the muscle is the topmost one.
                d = (x - cx) ** 2 + (y - cy) ** 2 + (0 if hits[0] == (muscle, side) else 1e6)
                if best is None or d < best[0]:
                    best = (d, x, y)
    assert best is not None, (muscle, side)
    return best[1], best[2]


def _point(
    diagram: Diagram,
    number: int,
    muscle: str,
    side: str,
    treatment: ExaminedOnly | Injection | DryNeedling,
    findings: Findings,
    notes: str = "",
) -> TriggerPoint:
    x, y = _spot(diagram, muscle, side)
    return TriggerPoint(
        id=f"00000000-0000-4000-8000-{number:012d}",
        number=number,
        x=x,
        y=y,
        muscle=cast(MuscleId, muscle),
        side=cast(Side, side),
        findings=findings,
        treatment=treatment,
        notes=notes,
    )


def documented_session(diagram: Diagram | None = None) -> Session:
    """An eight-point visit with injections, dry needling and an examined-only point."""
    diagram = diagram or load_diagram()
    lido = Injection(agent="lidocaine", concentration_percent=1.0, volume_ml=0.5)
    bupi = Injection(
        agent="bupivacaine",
        concentration_percent=0.25,
        volume_ml=1.0,
        needle_gauge=25,
        needle_length_mm=38.0,
    )
    active = Findings(
        status="active",
        taut_band=True,
        twitch="visible",
        jump_sign=True,
        referred_pain=True,
        referral_area="posterolateral neck and temple",
        pain_before=7,
        pain_after=2,
    )
    latent = Findings(
        status="latent",
        taut_band=True,
        twitch="none",
        jump_sign=False,
        referred_pain=False,
        pain_before=4,
        pain_after=1,
    )
    spec = [
        ("upper_trapezius", "right", lido, active, ""),
        ("upper_trapezius", "left", lido, active, ""),
        (
            "levator_scapulae",
            "right",
            lido,
            Findings(
                status="active",
                twitch="palpable",
                jump_sign=True,
                referred_pain=True,
                referral_area="angle of the neck",
                pain_before=6,
                pain_after=3,
            ),
            "",
        ),
        (
            "infraspinatus",
            "right",
            bupi,
            Findings(
                status="active",
                twitch="visible",
                referred_pain=True,
                referral_area="front of the shoulder",
                pain_before=8,
                pain_after=3,
            ),
            "Deep ache reproduced; patient reports relief on abduction after injection.",
        ),
        (
            "rhomboid_major",
            "left",
            DryNeedling(needle_diameter_mm=0.25, needle_length_mm=40.0),
            latent,
            "",
        ),
        (
            "middle_trapezius",
            "left",
            DryNeedling(needle_diameter_mm=0.3, needle_length_mm=30.0),
            latent,
            "",
        ),
        ("supraspinatus", "left", lido, Findings(status="latent", pain_before=3), ""),
        ("lower_trapezius", "right", ExaminedOnly(), Findings(status="latent", taut_band=True), ""),
    ]
    points = [
        _point(diagram, n, m, s, t, f, notes) for n, (m, s, t, f, notes) in enumerate(spec, 1)
    ]
    return Session(
        id=RECORD_ID,
        created=dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.UTC),
        patient=Patient(
            name="Jane Q. Sample",
            identifier="MRN-0042-7781",
            date_of_birth=dt.date(1971, 6, 2),
            sex="female",
            weight_kg=68.0,
            allergies="Penicillin (rash)",
            fibromyalgia=True,
        ),
        encounter=Encounter(
            date=dt.date(2025, 3, 14),
            clinician="Dr. A. Example",
            clinic="Northside Musculoskeletal Clinic",
            indication="Chronic neck and shoulder girdle pain with active trigger points; "
            "failed 6 weeks of physiotherapy.",
            diagnoses=["M79.18", "M54.2"],
            consent_obtained=True,
            timeout_done=True,
        ),
        procedure=Procedure(
            position="prone",
            skin_prep="chlorhexidine",
            vapocoolant=True,
            start_time=dt.time(9, 40),
            end_time=dt.time(10, 5),
            immediate_response="Local twitch responses elicited; pain reduced at all treated "
            "points.",
            complications=["none"],
            aftercare_given=True,
            follow_up=dt.date(2025, 4, 25),
        ),
        points=points,
    )


def fifty_point_session(diagram: Diagram | None = None, count: int = 50) -> Session:
    """``count`` points spread over the muscles of both sides, with long referral texts."""
    diagram = diagram or load_diagram()
    regions = [r for r in diagram.regions if r.side in ("left", "right")]
    treatments: list[ExaminedOnly | Injection | DryNeedling] = [
        Injection(agent="lidocaine", concentration_percent=0.5, volume_ml=0.5),
        DryNeedling(),
        ExaminedOnly(),
        Injection(agent="ropivacaine", concentration_percent=0.2, volume_ml=0.5),
    ]
    points = []
    for i in range(count):
        region = regions[i % len(regions)]
        findings = Findings(
            status="active" if i % 2 else "latent",
            twitch="visible" if i % 3 else "none",
            jump_sign=bool(i % 2),
            referred_pain=True,
            referral_area="occiput, temple and behind the eye" * (1 + i % 3),
            pain_before=i % 11,
            pain_after=(i // 2) % 11,
        )
        points.append(
            _point(diagram, i + 1, region.muscle, region.side, treatments[i % 4], findings)
        )
    return Session(
        id=RECORD_ID,
        patient=Patient(name="Many Points", identifier="MRN-50", weight_kg=90.0),
        encounter=Encounter(date=dt.date(2025, 3, 14), clinician="Dr. B. Busy"),
        points=points,
    )


def _filled(words: str, length: int) -> str:
    """``words`` repeated to exactly ``length`` characters."""
    return (words * (length // len(words) + 1))[:length].strip().ljust(length, "x")


def longest_session(
    diagram: Diagram | None = None, count: int = 40, longest_notes: int = 40
) -> Session:
    """Every text field at its maximum length, words and one unbroken run of letters, and
    ``count`` injected points each with the longest findings and agent name; the first
    ``longest_notes`` of them with the longest notes too (the others a line)."""
    diagram = diagram or load_diagram()
    regions = [r for r in diagram.regions if r.side in ("left", "right")]
    long = model.MAX_TEXT
    short = 200
    words = "penicillin (rash), latex, chlorhexidine (itch), iodine contrast (hives); "
    points = []
    for i in range(count):
        region = regions[i % len(regions)]
        agent = _filled(f"Agent{i:03d}" + "W" * 60 + " compound ", short)
        findings = Findings(
            status="active",
            taut_band=True,
            twitch="visible",
            jump_sign=True,
            referred_pain=True,
            referral_area=_filled("M" * 120 + " occiput and temple ", short),
            pain_before=9,
            pain_after=1,
        )
        treatment = Injection(
            agent="other", agent_other=agent, concentration_percent=1.0, volume_ml=0.5
        )
        point = _point(diagram, i + 1, region.muscle, region.side, treatment, findings)
        notes = _filled("needle felt gritty; ", long if i < longest_notes else 60)
        points.append(point.model_copy(update={"notes": notes}))
    return Session(
        id=RECORD_ID,
        patient=Patient(
            name=_filled("Maximilian-Alexander " + "W" * 50 + " ", short),
            identifier=_filled("MRN-" + "9" * 80 + "-", short),
            date_of_birth=dt.date(1960, 1, 1),
            weight_kg=80.0,
            allergies=_filled("W" * 300 + " " + words, long),
            allergy_local_anaesthetic=True,
            anticoagulation=True,
            fibromyalgia=True,
            history=_filled("Whiplash 2001; lumbar fusion 2014; ", long),
        ),
        encounter=Encounter(
            date=dt.date(2025, 3, 14),
            clinician=_filled("Dr. " + "W" * 40 + " Longname ", short),
            clinic=_filled("Clinic " + "W" * 30 + " of the long name ", short),
            indication=_filled("Chronic neck pain with active trigger points; ", long),
            diagnoses=["M79.18", "M54.2", "M79.7", "M62.838", "M54.6"],
            consent_obtained=True,
            timeout_done=True,
        ),
        procedure=Procedure(
            start_time=dt.time(9, 0),
            end_time=dt.time(10, 0),
            immediate_response=_filled("Twitch responses; pain eased. ", long),
            complications=["bleeding", "vasovagal", "other"],
            complication_notes=_filled("Brief light-headedness, resolved supine. ", long),
            aftercare_given=True,
            follow_up=dt.date(2025, 4, 1),
        ),
        points=points,
    )
