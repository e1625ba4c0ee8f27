"""PointPanel: muscle, side, location and notes of the selected trigger point.

Everything about the point's place comes from the document's one site computation
(``doc.location``): the muscles offered, the location text, and the line that flags a muscle
chosen by hand that no longer lies under the point. The warnings that name the point (a dose
over its maximum, an allergy conflict, a needle too long, the zone's cautions) are shown here,
at the point that causes them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bodymap import clinical, i18n
from bodymap.anatomy import names
from bodymap.clinical.wording import number
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import MAX_TEXT, Injection, MuscleId, Side, TriggerPoint
from bodymap.ui import palette
from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.checks import SessionChecks, WarningList
from bodymap.ui.panels.widgets import DocumentPanel, reflowing_form
from bodymap.ui.plain_text import FittingLabel, plain_tooltip
from bodymap.ui.text_editors import TextEditor, text_rule
from bodymap.ui.wording import point_title, side_labels

OVER_MAXIMUM = "dose.over_max."
_LAYER_WORDS = {
    "superficial": QT_TRANSLATE_NOOP("point_panel", "superficial"),
    "intermediate": QT_TRANSLATE_NOOP("point_panel", "intermediate"),
    "deep": QT_TRANSLATE_NOOP("point_panel", "deep"),
}
"""Each layer in a word, in the muscle list (English; translated where shown)."""
_SIDE_WORDS = {
    "left": QT_TRANSLATE_NOOP("point_panel", "left"),
    "right": QT_TRANSLATE_NOOP("point_panel", "right"),
    "midline": QT_TRANSLATE_NOOP("point_panel", "midline"),
}
"""The patient's side in a word, in the muscle list (English; translated where shown)."""
"""The code of a drug's dose over its maximum starts so; the drug's id follows."""


class PointPanel(DocumentPanel):
    """Edits one point at a time, through the document's verbs."""

    def __init__(
        self,
        doc: SessionDocument,
        checks: SessionChecks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, parent)
        self._diagram = doc.diagram
        self._checks = checks or SessionChecks(doc, self)
        self._point_id: str | None = None

        self.title = QLabel(translate("point_panel", "No point selected"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)

        self.muscle = QComboBox()
        self.muscle.setAccessibleName(translate("point_panel", "Muscle"))
        self._muscle_tip = translate(
            "point_panel",
            "Muscle of this point. The muscles under the point come first (superficial to "
            "deep); choosing one by hand keeps it when the point is moved.",
        )
        self.muscle.setToolTip(self._muscle_tip)
        # The box may be narrower than a long name (German, Spanish, large text): its
        # tooltip names the muscle chosen in full.
        self.muscle.currentTextChanged.connect(
            lambda text: self.muscle.setToolTip(
                plain_tooltip(f"{text}\n\n{self._muscle_tip}" if text else self._muscle_tip)
            )
        )
        self.side = QComboBox()
        self.side.setAccessibleName(translate("point_panel", "Side"))
        for value, label in side_labels():
            self.side.addItem(label, value)
        self.location = QLabel()
        self.location.setWordWrap(True)
        # Room for two lines, so that most descriptions do not re-lay-out the panel as the
        # selection moves from point to point.
        self.location.setMinimumHeight(2 * self.location.fontMetrics().lineSpacing())
        self.location.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mismatch = QLabel()
        self.mismatch.setWordWrap(True)
        self.mismatch.setTextFormat(Qt.TextFormat.PlainText)
        palette.restyle(self.mismatch, palette.text_style("warning", bold=True))
        self.mismatch.setAccessibleName(translate("point_panel", "Muscle check"))
        self.corrected = FittingLabel()
        palette.restyle(self.corrected, palette.text_style("warning", bold=True))
        self.corrected.setAccessibleName(translate("point_panel", "Corrected by an amendment"))
        self.warnings = WarningList(translate("point_panel", "Warnings at this point"))
        self.notes = TextEditor(
            text_rule(TriggerPoint, "notes"), translate("point_panel", "Notes on this point")
        )
        self.notes.setAccessibleName(translate("point_panel", "Notes"))
        self.notes.setMaximumHeight(90 + self.notes.counter_height)

        form = reflowing_form()
        form.addRow(translate("point_panel", "&Muscle"), self.muscle)
        form.addRow(translate("point_panel", "&Side"), self.side)
        form.addRow(translate("point_panel", "Location"), self.location)
        form.addRow("", self.mismatch)
        form.addRow(self.corrected)
        form.addRow(translate("point_panel", "&Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.warnings)
        layout.addLayout(form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addStretch(1)

        self.muscle.activated.connect(self._muscle_chosen)
        self.side.activated.connect(self._side_chosen)
        self.notes.textChanged.connect(self._notes_changed)
        doc.point_changed.connect(self._on_point_changed)
        doc.point_removed.connect(self._on_point_removed)
        doc.session_reset.connect(lambda: self.show_point(None))
        self._checks.changed.connect(self._show_warnings)
        self._warned: str | None = None
        """The point whose warnings the list shows."""
        self.show_point(None)

    @property
    def point_id(self) -> str | None:
        """The point shown, if any."""
        return self._point_id

    def show_point(self, point_id: str | None) -> None:
        """Show ``point_id`` (or nothing) in the panel."""
        self._point_id = point_id
        self.refresh()

    def _current(self) -> TriggerPoint | None:
        if self._point_id is None:
            return None
        try:
            return self._doc.point(self._point_id)
        except KeyError:
            return None

    def _refresh(self) -> None:
        point = self._current()
        enabled = point is not None and not self._doc.read_only
        for widget in (self.muscle, self.side, self.notes):
            widget.setEnabled(enabled)
        if point is None:
            self.title.setText(
                translate("point_panel", "No point selected. Click on the body to mark a point.")
            )
            self.muscle.clear()
            self.side.setCurrentIndex(-1)
            self.location.clear()
            self.mismatch.hide()
            self.corrected.hide()
            self.notes.setPlainText("")
            self._warn_when_known()
            return
        self.title.setText(
            translate("point_panel", "Point {title}").format(
                title=point_title(point, self._diagram)
            )
        )
        self._fill_muscles(point)
        self.side.setCurrentIndex(self.side.findData(point.side))
        where = self._doc.location(point.id)
        self.location.setText(where.description)
        if where.mismatch is not None:
            self.mismatch.setText(
                translate("point_panel", "Check the muscle: {mismatch}.").format(
                    mismatch=where.mismatch
                )
            )
        self.mismatch.setVisible(where.mismatch is not None)
        corrected = self._corrections(point)
        self.corrected.setText(corrected)
        self.corrected.setVisible(bool(corrected))
        if self.notes.toPlainText() != point.notes:
            self.notes.setPlainText(point.notes)
        self._warn_when_known()

    def _corrections(self, point: TriggerPoint) -> str:
        """What the signed record's amendments corrected at ``point``, as the printed record
        says it under the point's row; "" for a draft or an uncorrected point (the panel shows
        the values as signed)."""
        session = self._doc.session
        if not any(amendment.corrections for amendment in session.amendments):
            return ""
        from bodymap.report.signed import point_corrections  # only for an amended record

        text = point_corrections(session, self._diagram.muscle_names).get(point.id, "")
        return i18n.sentence(text)

    def _warn_when_known(self) -> None:
        """Show the point's warnings now if they are known; else when they are (``changed``),
        meanwhile keeping the lines of the same point so the panel does not jump."""
        if self._checks.is_current():
            self._show_warnings()
        elif self._warned != self._point_id:
            self.warnings.set_warnings([])
            self._warned = None

    def _show_warnings(self) -> None:
        """The warnings that name the point shown (its muscle check has its own line); a dose
        over a drug's maximum says what this point gives of the session's total."""
        point = self._current()
        found = () if point is None else self._checks.for_point(point.id)
        shown = []
        for w in found:
            if w.code == "muscle.mismatch":
                continue
            if point is not None and w.code.startswith(OVER_MAXIMUM):
                line = self._dose_line(point, w.code.removeprefix(OVER_MAXIMUM))
                if line:
                    w = dataclasses.replace(w, message=line)
            shown.append(w)
        self.warnings.set_warnings(shown)
        self._warned = None if point is None else point.id

    def _dose_line(self, point: TriggerPoint, agent_id: str) -> str | None:
        """A drug over its maximum, as seen from one of its points: what this point gives of
        the session's total, which is what exceeds the maximum (clinical-basis §5.4)."""
        total = next((t for t in self._checks.totals() if t.agent_id == agent_id), None)
        if total is None or total.total_mg is None or not isinstance(point.treatment, Injection):
            return None
        here = sum(
            c.mg or 0.0
            for c in clinical.components(point.treatment)
            if c.agent is not None and c.agent.id == agent_id
        )
        if total.max_mg is not None and total.weight is not None:
            limit = translate("point_panel", "{mg} mg for {weight}").format(
                mg=number(total.max_mg), weight=total.weight.text
            )
            unweighed = ""
        elif total.cap_mg is not None:
            limit = translate("point_panel", "{mg} mg whatever the weight").format(
                mg=number(total.cap_mg)
            )
            unweighed = " " + translate("point_panel", "The weight is not recorded.")
        else:
            return None
        if len(total.point_ids) == 1:
            line = translate(
                "point_panel",
                "{agent} over the maximum: the {mg} mg at this point exceed {limit} ({rule}).",
            ).format(agent=total.name, mg=number(here), limit=limit, rule=total.maximum_text)
            return line + unweighed
        others = [self._doc.point(i).number for i in total.point_ids]
        line = translate(
            "point_panel",
            "{agent} over the maximum: this point gives {mg} mg of the session's {total} mg "
            "(points {points}), and that total exceeds {limit} ({rule}). Lower the dose at any "
            "of these points.",
        ).format(
            agent=total.name,
            mg=number(here),
            total=number(total.total_mg),
            points=", ".join(map(str, others)),
            limit=limit,
            rule=total.maximum_text,
        )
        return line + unweighed

    def _fill_muscles(self, point: TriggerPoint) -> None:
        self.muscle.clear()
        hits = self._doc.location(point.id).muscles
        seen: set[str] = set()
        for hit in hits:
            if hit.muscle in seen:
                continue
            seen.add(hit.muscle)
            text = translate("point_panel", "{muscle} ({layer}, {side})").format(
                muscle=names.muscle(hit.name),
                layer=translate("point_panel", _LAYER_WORDS[hit.layer]),
                side=translate("point_panel", _SIDE_WORDS.get(hit.side, hit.side)),
            )
            self.muscle.addItem(text, (hit.muscle, hit.side))
        if hits:
            self.muscle.insertSeparator(self.muscle.count())
        shown = {muscle_id: names.muscle(n) for muscle_id, n in self._diagram.muscle_names.items()}
        for muscle_id, name in sorted(shown.items(), key=lambda kv: kv[1]):
            self.muscle.addItem(name, (muscle_id, None))
        for index in range(self.muscle.count()):
            data = self.muscle.itemData(index)
            if data and data[0] == point.muscle:
                self.muscle.setCurrentIndex(index)
                break

    def _change(
        self, what: str, change: Callable[[TriggerPoint], TriggerPoint], key: str | None = None
    ) -> None:
        if self._point_id is not None:
            point_id = self._point_id
            self._edit(lambda: self._doc.edit_points([point_id], what, change, key))

    def _muscle_chosen(self, index: int) -> None:
        data = self.muscle.itemData(index)
        if not data:
            return
        muscle: MuscleId = data[0]
        hit_side: Side | None = data[1]

        def choose(p: TriggerPoint) -> TriggerPoint:
            update = {"muscle": muscle, "side": hit_side or p.side, "muscle_chosen": True}
            return p.model_copy(update=update)

        self._change(translate("point_panel", "Set muscle"), choose)

    def _side_chosen(self, index: int) -> None:
        side: Side = self.side.itemData(index)
        self._change(
            translate("point_panel", "Set side"),
            lambda p: p.model_copy(update={"side": side, "muscle_chosen": True}),
        )

    def _notes_changed(self) -> None:
        text = self.notes.toPlainText()[:MAX_TEXT]
        self._change(
            translate("point_panel", "Edit notes"),
            lambda p: p.model_copy(update={"notes": text}),
            "notes",
        )

    def _on_point_changed(self, point_id: str) -> None:
        if point_id == self._point_id:
            self.refresh()

    def _on_point_removed(self, point_id: str) -> None:
        if point_id == self._point_id:
            self.show_point(None)
