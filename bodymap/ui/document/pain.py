"""The document's edit verbs of the pain drawing: paint, erase, change or delete an area.

Each verb works out the drawing's new areas (Qt-free geometry in
:mod:`bodymap.clinical.pain_drawing`) and pushes one undo command through the document's one
gateway, or raises :class:`EditRefused`. A whole stroke is one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bodymap.clinical import pain_drawing
from bodymap.clinical.pain_drawing import Stroke
from bodymap.i18n import translate
from bodymap.model import MAX_PAIN_AREAS, PainArea, PainQuality, Session
from bodymap.ui.document import _commands
from bodymap.ui.document.errors import EditRefused

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from bodymap.anatomy import Diagram


class PainVerbs:
    """The pain drawing's verbs of :class:`SessionDocument` (which provides what is declared)."""

    diagram: Diagram

    @property
    def session(self) -> Session:
        raise NotImplementedError

    def _push(self, command: QUndoCommand) -> None:
        raise NotImplementedError

    def paint_stroke(self, stroke: Stroke, quality: PainQuality, intensity: int) -> PainArea:
        """Paint ``stroke`` into the area of this quality and intensity (made if need be).

        Returns:
            The area as painted.

        Raises:
            EditRefused: the stroke lies off the body, the drawing would be too complex or
                hold too many areas, or the session is read-only.
        """
        areas = list(self.session.pain_areas)
        index = next(
            (i for i, a in enumerate(areas) if (a.quality, a.intensity) == (quality, intensity)),
            None,
        )
        if index is None and len(areas) >= MAX_PAIN_AREAS:
            raise EditRefused(
                translate("document", "A drawing holds at most {count} areas: not painted.").format(
                    count=MAX_PAIN_AREAS
                )
            )
        old = areas[index] if index is not None else None
        polygons = pain_drawing.painted(old.polygons if old else [], stroke, self.diagram)
        if not polygons:
            raise EditRefused(
                translate("document", "Nothing painted: the stroke lies outside the body outline.")
            )
        try:
            if old is None:
                new = PainArea(quality=quality, intensity=intensity, polygons=polygons)
                areas.append(new)
            else:
                new = PainArea.model_validate({**old.model_dump(), "polygons": polygons})
                areas[index] = new  # type: ignore[index]
        except ValidationError:
            raise EditRefused(
                translate("document", "The drawing is too detailed to keep: not painted.")
            ) from None
        if old is not None and new == old:
            return new
        if stroke.kind == "brush":
            what = translate("document", "Paint ({area})")
        else:
            what = translate("document", "Draw polygon ({area})")
        self._set_areas(areas, what.format(area=pain_drawing.area_label(new, in_text=True)))
        return new

    def erase_stroke(self, stroke: Stroke) -> bool:
        """Erase ``stroke`` from every area; areas left empty go. False when nothing changed.

        Raises:
            EditRefused: the session is read-only.
        """
        areas: list[PainArea] = []
        for area in self.session.pain_areas:
            polygons = pain_drawing.erased(area.polygons, stroke)
            if polygons:
                areas.append(area.model_copy(update={"polygons": polygons}))
        if areas == list(self.session.pain_areas):
            return False
        self._set_areas(areas, translate("document", "Erase"))
        return True

    def edit_pain_area(
        self, area_id: str, *, quality: PainQuality | None = None, intensity: int | None = None
    ) -> None:
        """Change an area's quality or intensity; an area that then matches another's is
        joined to it (one area per quality and intensity).

        Raises:
            EditRefused: the intensity is not 0 to 10, or the session is read-only.
            KeyError: no area has this id.
        """
        areas = list(self.session.pain_areas)
        index = next(i for i, a in enumerate(areas) if a.id == area_id)
        old = areas[index]
        change: dict[str, object] = {
            "quality": quality or old.quality,
            "intensity": old.intensity if intensity is None else intensity,
        }
        try:
            new = PainArea.model_validate({**old.model_dump(), **change})
        except ValidationError:
            raise EditRefused(
                translate("document", "Intensity: a whole number from 0 to 10. Not recorded.")
            ) from None
        if new == old:
            return
        twin = next(
            (
                i
                for i, a in enumerate(areas)
                if i != index and (a.quality, a.intensity) == (new.quality, new.intensity)
            ),
            None,
        )
        if twin is not None:
            shape = pain_drawing.to_shape([*areas[twin].polygons, *new.polygons])
            joined = areas[twin].model_copy(update={"polygons": pain_drawing.to_polygons(shape)})
            areas[twin] = joined
            del areas[index]
            text = translate("document", "Join into {area}").format(
                area=pain_drawing.area_label(joined, in_text=True)
            )
        else:
            areas[index] = new
            text = translate("document", "Set area to {area}").format(
                area=pain_drawing.area_label(new, in_text=True)
            )
        self._set_areas(areas, text)

    def delete_pain_areas(self, area_ids: Sequence[str]) -> None:
        """Delete painted areas as one undo step.

        Raises:
            EditRefused: the session is read-only.
        """
        wanted = set(area_ids)
        areas = [a for a in self.session.pain_areas if a.id not in wanted]
        if len(areas) != len(self.session.pain_areas):
            self._set_areas(areas, translate("document", "Delete painted area"))

    def _set_areas(self, areas: list[PainArea], text: str) -> None:
        self._push(_commands.SetPainAreas(self, list(self.session.pain_areas), areas, text))  # type: ignore[arg-type]
