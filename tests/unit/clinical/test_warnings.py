"""All warnings together: order, what must be confirmed before saving, per-point lookup."""

from __future__ import annotations

import datetime as dt

import pytest

from bodymap import clinical
from bodymap.model import DryNeedling, Procedure
from tests.unit.clinical.places import (
    ANGLE_OF_NECK,
    ARM,
    BESIDE_T5,
    DIAGRAM,
    INFRASPINOUS_FOSSA,
    lido,
    point,
    session,
)


def times(start: str | None, end: str | None, **changes: object) -> Procedure:
    def parse(value: str | None) -> dt.time | None:
        return dt.time.fromisoformat(value) if value else None

    return Procedure(start_time=parse(start), end_time=parse(end), **changes)  # type: ignore[arg-type]


def codes(warnings: list[clinical.ClinicalWarning]) -> list[str]:
    return [w.code for w in warnings]


def test_complete_session_has_no_warnings() -> None:
    s = session(
        point(1, ARM, "posterior_deltoid", treatment=lido()),
        procedure=times("10:00", "10:20"),
    )
    assert clinical.session_warnings_on_diagram(s, DIAGRAM) == []


def test_blocking_warnings_are_the_warning_level_problems() -> None:
    s = session(
        point(1, ARM, "posterior_deltoid", treatment=lido(10.0)),
        point(2, ANGLE_OF_NECK, treatment=DryNeedling(needle_length_mm=40.0)),
        point(3, BESIDE_T5, "rhomboid_major", treatment=lido(1.0, needle_length_mm=13.0)),
        weight=20.0,
        consent=False,
        timeout=False,
        allergies="bupivacaine",
    )
    blocking = clinical.blocking_warnings(s, DIAGRAM)
    assert codes(blocking) == [
        "allergy.local_anaesthetic",
        "allergy.text_unticked",
        "dose.over_max.lidocaine",
        "encounter.consent_missing",
        "encounter.timeout_missing",
        "needle.too_long",
    ]
    everything = clinical.session_warnings_on_diagram(s, DIAGRAM)
    assert {w.severity for w in everything if w not in blocking} <= {"caution", "info"}


def test_a_dose_warning_is_found_at_the_points_that_cause_it() -> None:
    s = session(
        point(1, ARM, "posterior_deltoid", treatment=lido(10.0)),
        point(2, ARM, "posterior_deltoid", treatment=DryNeedling()),
        weight=20.0,
    )
    warnings = clinical.session_warnings_on_diagram(s, DIAGRAM)
    at = clinical.point_warnings(warnings)
    assert [w.code for w in at[s.points[0].id]] == ["dose.over_max.lidocaine"]
    assert s.points[1].id not in at


def test_a_moved_point_whose_chosen_muscle_is_gone_is_flagged() -> None:
    p = point(1, INFRASPINOUS_FOSSA, "levator_scapulae", chosen=True)
    (warning,) = clinical.session_warnings_on_diagram(session(p), DIAGRAM)
    assert warning.code == "muscle.mismatch"
    assert warning.message.startswith("Point 1: levator scapulae chosen; the position lies over")


def test_sites_computed_once_give_the_same_warnings() -> None:
    s = session(point(1, ANGLE_OF_NECK, treatment=lido()), point(2, BESIDE_T5))
    sites = clinical.session_sites(s, DIAGRAM)
    assert clinical.session_warnings_on_diagram(s, DIAGRAM, sites=sites) == (
        clinical.session_warnings_on_diagram(s, DIAGRAM)
    )


def test_consent_and_timeout_needed_only_when_treating() -> None:
    examined = session(point(1, ARM), consent=False, timeout=False)
    assert clinical.session_warnings(examined) == []
    treated = session(point(1, ARM, treatment=DryNeedling()), consent=False, timeout=False)
    assert {"encounter.consent_missing", "encounter.timeout_missing"} <= set(
        codes(clinical.session_warnings(treated))
    )


@pytest.mark.parametrize(
    ("flags", "code", "severity"),
    [
        ({"anticoagulation": True}, "contraindication.anticoagulation", "caution"),
        ({"pregnant": True}, "contraindication.pregnancy", "caution"),
    ],
)
def test_patient_contraindication_flags(flags: dict[str, bool], code: str, severity: str) -> None:
    s = session(point(1, ARM, treatment=DryNeedling()), **flags)
    (warning,) = clinical.session_warnings(s)
    assert (warning.code, warning.severity) == (code, severity)
    assert clinical.session_warnings(session(point(1, ARM), **flags)) == []


def test_infection_at_the_site_must_be_confirmed() -> None:
    s = session(point(1, ARM, treatment=DryNeedling()), procedure=Procedure(infection_at_site=True))
    (warning,) = clinical.blocking_warnings(s, DIAGRAM)
    assert warning.code == "contraindication.infection_at_site"


@pytest.mark.parametrize(
    ("start", "end", "minutes", "warning"),
    [
        ("10:00", "10:45", 45, None),
        ("10:00", "11:00", 60, None),
        ("10:00", "11:01", 61, "time.long"),
        ("09:10", "10:35:30", 85, "time.long"),
        ("23:50", "00:10", None, "time.end_before_start"),
        ("10:00", None, None, None),
    ],
)
def test_elapsed_minutes_and_warnings(
    start: str | None, end: str | None, minutes: int | None, warning: str | None
) -> None:
    procedure = times(start, end)
    assert clinical.elapsed_minutes(procedure) == minutes
    assert codes(clinical.time_warnings(procedure)) == ([warning] if warning else [])


def test_warnings_come_in_a_stable_severity_order() -> None:
    s = session(
        point(1, ANGLE_OF_NECK, treatment=lido(needle_length_mm=25.0)),
        point(2, BESIDE_T5, "multifocal", treatment=DryNeedling(needle_length_mm=15.0)),
        weight=None,
        consent=False,
        diagnoses=(),
        procedure=times("10:00", "11:30"),
    )
    warnings = clinical.session_warnings_on_diagram(s, DIAGRAM)
    assert codes(warnings) == [
        "dose.weight_missing",
        "encounter.consent_missing",
        "time.long",
        "pneumothorax.apex",
        "pneumothorax.thorax",
        "billing.muscle_unnamed",
        "diagnosis.missing",
    ]
    assert warnings == clinical.session_warnings_on_diagram(s, DIAGRAM)
    assert all(w.message.strip() for w in warnings)


# --- age, body size, anticoagulation near the spine -------------------------------------------


def aged(years_old: int, **changes: object) -> clinical.ClinicalWarning | None:
    s = session(point(1, ARM, treatment=lido()), date_of_birth=dt.date(2026 - years_old, 1, 1))
    s = s.model_copy(
        update={"encounter": s.encounter.model_copy(update={"date": dt.date(2026, 6, 1)})}
    )
    found = [
        w for w in clinical.session_warnings(s) if w.code in {"patient.under_18", "dose.elderly"}
    ]
    return found[0] if found else None


def test_a_patient_under_18_is_warned_that_the_adult_tables_do_not_apply() -> None:
    warning = aged(16)
    assert warning is not None
    assert (warning.code, warning.severity) == ("patient.under_18", "warning")
    assert "are for adults and do not apply" in warning.message


def test_an_older_patient_is_advised_a_lower_dose() -> None:
    caution = aged(72)
    assert caution is not None
    assert (caution.code, caution.severity) == ("dose.elderly", "caution")
    assert "10-20% below the maximum" in caution.message
    assert aged(40) is None
    assert aged(64) is None


def test_the_age_is_taken_on_the_encounter_date() -> None:
    s = session(point(1, ARM, treatment=lido()), date_of_birth=dt.date(2008, 6, 2))
    on = s.model_copy(
        update={"encounter": s.encounter.model_copy(update={"date": dt.date(2026, 6, 1)})}
    )
    assert clinical.session_age(on) == 17
    assert "patient.under_18" in codes(clinical.session_warnings(on))


def test_a_heavy_patient_without_a_height_is_asked_for_it() -> None:
    heavy = session(point(1, ARM, treatment=lido()), weight=120.0)
    (found,) = [w for w in clinical.session_warnings(heavy) if w.code == "patient.height_missing"]
    assert found.severity == "caution"
    assert "Record the height" in found.message
    measured = session(point(1, ARM, treatment=lido()), weight=120.0, height_cm=180.0)
    assert "patient.height_missing" not in codes(clinical.session_warnings(measured))


def test_anticoagulation_with_a_point_over_the_spinal_canal_must_be_confirmed() -> None:
    from tests.unit.clinical.places import NECK_PARAMEDIAN_C4

    neck = session(
        point(1, NECK_PARAMEDIAN_C4, "splenius_capitis", treatment=lido(needle_length_mm=16.0)),
        anticoagulation=True,
    )
    blocking = clinical.blocking_warnings(neck, DIAGRAM)
    assert "contraindication.anticoagulation_spine" in codes(blocking)
    shoulder = session(point(1, ARM, treatment=lido()), anticoagulation=True)
    assert "contraindication.anticoagulation_spine" not in codes(
        clinical.session_warnings_on_diagram(shoulder, DIAGRAM)
    )
