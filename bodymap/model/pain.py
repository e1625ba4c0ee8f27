"""The pain drawing: painted areas of one quality and intensity, as polygons (clinical-basis §10).

The polygons lie in diagram millimetres, in the same landmark frame as the points
(docs/adr/0008-pain-drawing.md).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from bodymap.model.values import COORDINATE_LIMIT_MM, UUID_PATTERN, PainScore, Value, new_id

PainQuality = Literal["aching", "burning", "numbness_tingling"]
"""What the painted pain feels like (the qualities a pain drawing offers, clinical-basis §10.1)."""

MAX_PAIN_AREAS = 33
"""One area per quality and intensity: 3 qualities x 11 intensities."""
MAX_POLYGONS_PER_AREA = 200
MAX_RING_POINTS = 20_000
MAX_HOLES = 200

Vertex = tuple[
    Annotated[float, Field(ge=-COORDINATE_LIMIT_MM, le=COORDINATE_LIMIT_MM, strict=True)],
    Annotated[float, Field(ge=-COORDINATE_LIMIT_MM, le=COORDINATE_LIMIT_MM, strict=True)],
]
"""A vertex (x, y) in diagram millimetres, written ``[x, y]``."""
Ring = Annotated[list[Vertex], Field(min_length=3, max_length=MAX_RING_POINTS)]
"""A closed ring of vertices, given without repeating the first one."""


class PaintedPolygon(Value):
    """One painted patch: an outer ring and the holes erased inside it (diagram mm)."""

    exterior: Ring
    holes: Annotated[list[Ring], Field(max_length=MAX_HOLES)] = []


class PainArea(Value):
    """Painted pain of one quality and intensity: the union of its polygons (diagram mm).

    The polygons are the result of the strokes painted and erased so far, in the same
    landmark frame as the points, so drawings of different visits compare exactly.
    """

    id: Annotated[str, Field(pattern=UUID_PATTERN)] = Field(default_factory=new_id)
    quality: PainQuality
    intensity: PainScore
    polygons: Annotated[list[PaintedPolygon], Field(max_length=MAX_POLYGONS_PER_AREA)] = []
