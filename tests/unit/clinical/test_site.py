"""One position -> site: muscles, side, location text, cautions and a muscle mismatch."""

from __future__ import annotations

from bodymap import clinical
from tests.unit.clinical.places import (
    ANGLE_OF_NECK,
    ARM,
    DIAGRAM,
    INFRASPINOUS_FOSSA,
    mirrored,
    point,
    session,
)


def test_site_gathers_what_the_diagram_says_about_the_position() -> None:
    x, y = INFRASPINOUS_FOSSA
    site = clinical.site_of(DIAGRAM, x, y)
    assert site.muscles == tuple(DIAGRAM.muscles_at(x, y))
    assert site.side == DIAGRAM.side_at(x) == "right"
    assert site.location == DIAGRAM.describe(x, y)
    assert site.caution_codes == ("pneumothorax.over_scapula",)
    assert site.inside
    assert site.mismatch is None


def test_the_patients_left_is_the_viewers_left() -> None:
    site = clinical.site_of(DIAGRAM, *mirrored(INFRASPINOUS_FOSSA))
    assert site.side == "left"
    assert site.caution_codes == ("pneumothorax.over_scapula",)


def test_a_chosen_muscle_that_is_not_under_the_point_is_flagged() -> None:
    x, y = INFRASPINOUS_FOSSA
    top = DIAGRAM.muscle_names[DIAGRAM.muscles_at(x, y)[0].muscle].lower()
    site = clinical.site_of(DIAGRAM, x, y, muscle="levator_scapulae", side="right")
    assert site.mismatch == f"levator scapulae chosen; the position lies over {top}"


def test_a_chosen_muscle_under_the_point_names_the_location() -> None:
    x, y = ANGLE_OF_NECK
    under = [h.muscle for h in DIAGRAM.muscles_at(x, y)]
    chosen = under[-1]
    site = clinical.site_of(DIAGRAM, x, y, muscle=chosen, side="right")
    assert site.mismatch is None
    assert site.location == DIAGRAM.describe(x, y, muscle=chosen, side="right")


def test_an_unnamed_muscle_is_never_a_mismatch() -> None:
    assert clinical.site_of(DIAGRAM, *INFRASPINOUS_FOSSA, muscle="multifocal").mismatch is None


def test_point_site_uses_the_recorded_muscle_and_says_whether_it_was_chosen() -> None:
    chosen = point(1, INFRASPINOUS_FOSSA, "levator_scapulae", chosen=True)
    recorded = chosen.model_copy(update={"muscle_chosen": False})
    assert "chosen;" in (clinical.point_site(chosen, DIAGRAM).mismatch or "")
    assert "recorded;" in (clinical.point_site(recorded, DIAGRAM).mismatch or "")


def test_outside_the_body_there_is_nothing() -> None:
    site = clinical.site_of(DIAGRAM, 1.0, 1.0, muscle="infraspinatus")
    assert not site.inside
    assert site.muscles == ()
    assert site.cautions == ()
    assert site.mismatch == "infraspinatus chosen; no muscle is drawn at this position"


def test_session_sites_and_the_marker_badge_agree() -> None:
    apex = point(1, ANGLE_OF_NECK)
    arm = point(2, ARM, "posterior_deltoid")
    sites = clinical.session_sites(session(apex, arm), DIAGRAM)
    assert sites[apex.id].pneumothorax_caution
    assert clinical.has_pneumothorax_caution(apex, DIAGRAM)
    assert not sites[arm.id].pneumothorax_caution
    assert not clinical.has_pneumothorax_caution(arm, DIAGRAM)
