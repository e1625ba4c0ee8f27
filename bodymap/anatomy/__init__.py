"""Anatomy of the posterior upper-back diagram: shapes, landmarks, hit-testing, descriptions."""

from bodymap.anatomy.diagram import (
    DIAGRAM_FILE,
    LAYERS,
    MIDLINE_HALF_WIDTH_MM,
    NEXT_TO_MM,
    Area,
    Bone,
    BoneHit,
    BonePart,
    Diagram,
    MuscleHit,
    Region,
    asset_path,
    load_diagram,
    point_in_polygon,
    read_diagram,
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
    "load_diagram",
    "point_in_polygon",
    "read_diagram",
]
