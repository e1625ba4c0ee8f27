"""Anatomy of the posterior upper-back diagram: shapes, landmarks, hit-testing, descriptions."""

from bodymap.anatomy.diagram import (
    DIAGRAM_FILE,
    MIDLINE_HALF_WIDTH_MM,
    NEXT_TO_MM,
    Diagram,
    asset_path,
    load_diagram,
    read_diagram,
)
from bodymap.anatomy.location import landmark_name
from bodymap.anatomy.parts import (
    LAYERS,
    Area,
    Bone,
    BoneHit,
    BonePart,
    MuscleHit,
    Region,
    point_in_polygon,
)

__all__ = [
    "DIAGRAM_FILE",
    "LAYERS",
    "MIDLINE_HALF_WIDTH_MM",
    "NEXT_TO_MM",
    "Area",
    "Bone",
    "BoneHit",
    "BonePart",
    "Diagram",
    "MuscleHit",
    "Region",
    "asset_path",
    "landmark_name",
    "load_diagram",
    "point_in_polygon",
    "read_diagram",
]
