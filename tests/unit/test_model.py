"""Session model: what it accepts, what it refuses, and that it round-trips through JSON."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from pydantic import ValidationError

from bodymap import storage
from bodymap.model import (
    DryNeedling,
    Injection,
    MixedAgent,
    Patient,
    Procedure,
    Session,
    TriggerPoint,
    field_at,
    pointer_parts,
)
from bodymap.storage import parsing as storage_format

DATA = Path(__file__).resolve().parents[1] / "data" / "sessions"


def point(**changes: object) -> TriggerPoint:
    values: dict[str, object] = {
        "number": 1,
        "x": 210.0,
        "y": 226.0,
        "muscle": "upper_trapezius",
        "side": "left",
        "notes": "",
    }
    values.update(changes)
    return TriggerPoint.model_validate(values)


def test_empty_session_is_valid() -> None:
    session = Session()
    assert session.points == []
    assert session.created.tzinfo is not None


def test_point_needs_only_the_issue_fields() -> None:
    p = TriggerPoint(number=1, x=210.0, y=226.0, muscle="infraspinatus", side="right", notes="x")
    assert p.treatment.kind == "examined"
    assert len(p.id) == 36


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_coordinates_are_rejected(bad: float) -> None:
    with pytest.raises(ValidationError):
        point(x=bad)


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError, match="extra"):
        TriggerPoint.model_validate(
            {"number": 1, "x": 1, "y": 1, "muscle": "teres_major", "side": "left", "colour": 3}
        )


@pytest.mark.parametrize(
    ("field", "value"),
    [("muscle", "biceps"), ("side", "viewer_left"), ("number", 0)],
)
def test_invalid_values_are_rejected(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        point(**{field: value})


def test_points_are_immutable_values() -> None:
    p = point()
    with pytest.raises(ValidationError):
        p.x = 3.0  # type: ignore[misc]


def test_duplicate_ids_or_numbers_are_rejected() -> None:
    a = point()
    with pytest.raises(ValidationError, match="same id"):
        Session(points=[a, a.model_copy(update={"number": 2})])
    with pytest.raises(ValidationError, match="same number"):
        Session(points=[a, point()])


def test_session_round_trips_through_json() -> None:
    session = Session(
        points=[
            point(
                treatment=Injection(agent="bupivacaine", concentration_percent=0.25, volume_ml=1)
            ),
            point(number=2, side="right", x=390.0, treatment=DryNeedling()),
        ]
    )
    assert Session.model_validate_json(session.model_dump_json()) == session


def test_injection_with_other_agent_needs_a_name() -> None:
    with pytest.raises(ValidationError, match="name"):
        Injection(agent="other")
    assert Injection(agent="other", agent_other="procaine").agent_other == "procaine"


def test_none_complication_is_exclusive() -> None:
    with pytest.raises(ValidationError, match="none"):
        Procedure(complications=["none", "bleeding"])


def test_next_number_follows_the_highest() -> None:
    session = Session(points=[point(), point(number=2, x=300)])
    assert session.next_number() == 3
    assert session.point(session.points[1].id).number == 2


# --- format 1.1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Injection(volume_ml=25), "volume_ml"),
        (lambda: Injection(volume_ml=0), "volume_ml"),
        (lambda: Injection(concentration_percent=12), "concentration_percent"),
        (lambda: Injection(needle_length_mm=200), "needle_length_mm"),
        (lambda: Patient(height_cm=300), "height_cm"),
        (lambda: Patient(height_cm=20), "height_cm"),
        (lambda: Patient(weight_kg=0), "weight_kg"),
        (lambda: Patient(weight_kg=500), "weight_kg"),
    ],
)
def test_values_out_of_range_are_refused_not_clipped(make: object, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        make()  # type: ignore[operator]
    (error,) = refused.value.errors()
    assert error["loc"] == (field,)
    assert error["msg"].startswith("Input should be")


def test_new_fields_default_to_not_recorded() -> None:
    assert Patient().height_cm is None
    assert not Patient().pregnant
    assert not Injection().with_epinephrine
    assert not Procedure().ultrasound_guidance
    assert not Procedure().infection_at_site
    assert (
        Procedure(
            complications=["pneumothorax_suspected", "anaesthetic_toxicity", "allergic_reaction"]
        ).complications[0]
        == "pneumothorax_suspected"
    )


@pytest.mark.parametrize("muscle", ["middle_deltoid", "sternocleidomastoid", "triceps_long_head"])
def test_the_new_muscles_are_valid(muscle: str) -> None:
    assert point(muscle=muscle).muscle == muscle


def test_a_1_0_file_only_changes_its_version() -> None:
    raw = json.loads((DATA / "v1_0_example.bodymap.json").read_text("utf-8"))
    upgraded = storage_format.migrate(raw)
    assert upgraded == {**raw, "format_version": storage_format.FORMAT_VERSION}


def test_the_1_0_and_1_1_golden_files_load() -> None:
    old = storage.load_session(DATA / "v1_0_example.bodymap.json")
    new = storage.load_session(DATA / "v1_1_example.bodymap.json")
    assert old.patient.height_cm is None
    assert new.patient.height_cm == 168.0
    assert old.id == new.id
    assert [p.id for p in old.points] == [p.id for p in new.points]


def test_the_example_session_shows_the_new_features_sensibly() -> None:
    from bodymap import clinical
    from bodymap.anatomy import asset_path, load_diagram

    session = storage.load_session(asset_path("examples", "example-session.bodymap.json"))
    assert session.patient.weight_kg
    assert session.patient.height_cm
    diagram = load_diagram()
    sites = clinical.session_sites(session, diagram)
    apex = [p for p in session.points if "pneumothorax.apex" in sites[p.id].caution_codes]
    assert apex
    codes = [w.code for w in clinical.session_warnings_on_diagram(session, diagram)]
    assert "needle.too_long" not in codes
    assert clinical.blocking_warnings(session, diagram) == []


# --- format 1.3: mixtures -----------------------------------------------------------------------


def test_a_mixture_names_each_agent_with_its_concentration_in_the_syringe() -> None:
    mixture = Injection(
        agent="lidocaine",
        concentration_percent=0.5,
        volume_ml=2.0,
        mixed_with=(MixedAgent(agent="bupivacaine", concentration_percent=0.125),),
    )
    assert mixture.mixed_with[0].concentration_percent == 0.125
    again = Injection.model_validate_json(mixture.model_dump_json())
    assert again == mixture
    assert Injection().mixed_with == ()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: MixedAgent(agent="saline"), "saline"),
        (lambda: MixedAgent(agent="other"), "name"),
        (lambda: MixedAgent(agent="bupivacaine", concentration_percent=12), "less than or equal"),
        (
            lambda: Injection(agent="lidocaine", mixed_with=(MixedAgent(agent="lidocaine"),)),
            "twice",
        ),
        (
            lambda: Injection(agent="saline", mixed_with=(MixedAgent(agent="lidocaine"),)),
            "saline",
        ),
        (
            lambda: Injection(
                mixed_with=tuple(MixedAgent(agent="other", agent_other=n) for n in "abcd")
            ),
            "at most 3",
        ),
    ],
)
def test_a_mixture_that_makes_no_sense_is_refused(make: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        make()  # type: ignore[operator]


def test_a_1_2_file_only_changes_its_version() -> None:
    raw = json.loads((DATA / "v1_2_example.bodymap.json").read_text("utf-8"))
    upgraded = storage_format.migrate(raw)
    assert upgraded == {**raw, "format_version": storage_format.FORMAT_VERSION}


def test_the_1_3_golden_file_holds_mixtures_and_keeps_the_1_2_content_hash() -> None:
    mixed = storage.load_session(DATA / "v1_3_mixtures.bodymap.json")
    first = mixed.points[0].treatment
    assert isinstance(first, Injection)
    assert first.mixed_with == (MixedAgent(agent="bupivacaine", concentration_percent=0.125),)
    # A session without mixtures hashes as before: the empty default is left out (ADR 6).
    old = storage.load_session(DATA / "v1_2_example.bodymap.json")
    assert "mixed_with" not in storage.canonical_content(old).decode()


def test_a_pointer_names_the_field_of_the_kind_of_treatment_the_point_holds() -> None:
    injected = point(treatment=Injection(volume_ml=1.0))
    needled = point(number=2, treatment=DryNeedling())
    session = Session(points=[injected, needled], patient=Patient(name="A. Patient"))
    assert field_at(session, "/points/0/treatment/volume_ml") is Injection.model_fields["volume_ml"]
    # The same place on a dry-needled point holds no volume.
    assert field_at(session, "/points/1/treatment/volume_ml") is None
    assert field_at(session, "/patient/name") is Patient.model_fields["name"]
    assert field_at(session, "/points") is Session.model_fields["points"]
    for nowhere in ("/points/2/notes", "/points/x/notes", "/points/0", "", "/nope/x"):
        assert field_at(session, nowhere) is None, nowhere
    assert pointer_parts("/a~1b/c~0d/0") == ["a/b", "c~d", "0"]
