"""Anatomy of the posterior upper-back diagram: shapes, landmarks, hit-testing, descriptions."""

from bodymap.anatomy.diagram import (
    DIAGRAM_FILE,
    LAYERS,
    Bone,
    Diagram,
    MuscleHit,
    Region,
    asset_path,
    landmark_name,
    load_diagram,
    point_in_polygon,
    read_diagram,
)

__all__ = [
    "DIAGRAM_FILE",
    "LAYERS",
    "Bone",
    "Diagram",
    "MuscleHit",
    "Region",
    "asset_path",
    "landmark_name",
    "load_diagram",
    "point_in_polygon",
    "read_diagram",
]
