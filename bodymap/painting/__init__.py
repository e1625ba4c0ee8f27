"""QtGui painting in diagram millimetres (the caller sets the painter transform).

The diagram (:mod:`.diagram`), the markers' colours (:mod:`.markers`), and the pain drawing
and referral zones (:mod:`.pain`), the same in the window and on the printed record. This is
the one package of the drawing that needs Qt; it sits in its own layer, between the record and
the Qt-free layers below it.
"""

from bodymap.painting.diagram import (
    BONE,
    BONE_EDGE,
    BONE_FAINT,
    CAPTION,
    HIGHLIGHT,
    MUSCLE_COLOURS,
    SKIN,
    SKIN_EDGE,
    TEXT,
    Label,
    blended,
    body_path,
    label_layout,
    muscle_colour,
    paint_diagram,
    paint_highlight,
    polygon_path,
    region_path,
)
from bodymap.painting.markers import BADGE, BADGE_EDGE, MARKER_COLOURS
from bodymap.painting.pain import (
    HATCH_ANGLES,
    HATCH_SPACING_MM,
    PAIN_COLOURS,
    REFERRAL,
    hatch,
    pain_area_path,
    paint_pain_area,
    paint_pain_drawing,
    paint_referral_zone,
    paint_swatch,
    painted_path,
    referral_path,
)

__all__ = [
    "BADGE",
    "BADGE_EDGE",
    "BONE",
    "BONE_EDGE",
    "BONE_FAINT",
    "CAPTION",
    "HATCH_ANGLES",
    "HATCH_SPACING_MM",
    "HIGHLIGHT",
    "MARKER_COLOURS",
    "MUSCLE_COLOURS",
    "PAIN_COLOURS",
    "REFERRAL",
    "SKIN",
    "SKIN_EDGE",
    "TEXT",
    "Label",
    "blended",
    "body_path",
    "hatch",
    "label_layout",
    "muscle_colour",
    "pain_area_path",
    "paint_diagram",
    "paint_highlight",
    "paint_pain_area",
    "paint_pain_drawing",
    "paint_referral_zone",
    "paint_swatch",
    "painted_path",
    "polygon_path",
    "referral_path",
    "region_path",
]
