"""A location is described after the muscle the clinician chose under the same spot."""

from __future__ import annotations

from bodymap.anatomy import load_diagram


def test_description_follows_the_chosen_deeper_muscle() -> None:
    diagram = load_diagram()
    c7 = diagram.landmarks["c7"]
    superior = diagram.landmarks["superior_angle_right"]
    # Just above-medial to the superior angle: upper trapezius over levator scapulae.
    x, y = superior[0] - 8.0, superior[1] - 12.0
    hits = [h.muscle for h in diagram.muscles_at(x, y)]
    assert hits[0] != "levator_scapulae"
    assert "levator_scapulae" in hits

    default = diagram.describe(x, y)
    chosen = diagram.describe(x, y, muscle="levator_scapulae", side="right")

    assert not default.startswith("right levator scapulae")
    assert chosen.startswith("right levator scapulae, ")
    assert x > c7[0]
    # A muscle that is not under the spot does not change the description.
    assert diagram.describe(x, y, muscle="teres_major") == default
