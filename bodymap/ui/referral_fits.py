"""Referral zones in the details panel: a point's zone toggle, and the muscles whose zone fits.

:class:`ReferralToggle` (under the selected point's details) shows the typical referral zone
of the point's muscle on the map, dashed, with the published description it follows and the
parts outside the view in words. :class:`ReferralFits` lists, for the drawn pain, the muscles
whose zone covers most of it, as a palpation guide (clinical-basis §10.5); a click on one
shows its zone and highlights the muscle on the map. Text is plain, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy import Diagram, names
from bodymap.clinical import referral
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import PainArea
from bodymap.ui.plain_text import plain_label

_FIT_LINES = {
    "left": QT_TRANSLATE_NOOP(
        "referral_fits", "{muscle}, patient's left: {percent}% of the drawn pain"
    ),
    "right": QT_TRANSLATE_NOOP(
        "referral_fits", "{muscle}, patient's right: {percent}% of the drawn pain"
    ),
}
"""A fitting muscle's line, by the patient's side (English; translated where shown)."""


def zone_text(diagram: Diagram, zones: Sequence[referral.ReferralZone]) -> str:
    """What the zone follows: its description, the parts out of view, and the section."""
    if not zones:
        return translate(
            "referral_fits", "No referral zone is recorded for this muscle (clinical-basis §10.4)."
        )
    zone = zones[0]
    lines = [
        translate("referral_fits", "Typical referral: {description}").format(
            description=zone.description_text
        )
    ]
    if zone.also_text:
        lines.append(
            translate("referral_fits", "Beyond this view, {also}.").format(also=zone.also_text)
        )
    lines.append(
        translate("referral_fits", "Source: {title} (clinical-basis {section}).").format(
            title=zone.sources[0].title, section=zone.section
        )
    )
    return "\n".join(lines)


class ReferralToggle(QWidget):
    """Show the selected point's muscle's referral zone on the map (checked), with its words."""

    zone_wanted = Signal(list)
    """The outlines (diagram mm) of the zone to show; [] to show none."""

    def __init__(self, diagram: Diagram, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diagram = diagram
        self._muscle: tuple[str, str] | None = None
        # Short words (a check box does not wrap: a long text would widen the details).
        self.check = QCheckBox(translate("referral_fits", "Show referral zone"))
        self.check.setAccessibleName(translate("referral_fits", "Show referral zone"))
        self.check.setToolTip(
            translate("referral_fits", "Show the muscle's typical referral zone on the map")
        )
        # What the map shows, not what the record says: it stays usable on a read-only record.
        self.check.setProperty("view_option", True)
        self.text = plain_label(wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.text)
        self.check.toggled.connect(lambda _on: self._update())
        self._update()

    def show_muscle(self, muscle: str | None, side: str | None) -> None:
        """The selected point's muscle and side (None: no point selected)."""
        self._muscle = (muscle, side) if muscle is not None and side is not None else None
        self._update()

    def _update(self) -> None:
        zones = referral.zones_for(self._diagram, *self._muscle) if self._muscle else []
        shown = self.check.isChecked() and bool(zones)
        self.text.setVisible(self.check.isChecked() and self._muscle is not None)
        self.text.setText(zone_text(self._diagram, zones) if self._muscle else "")
        self.zone_wanted.emit([o for z in zones for o in z.outlines] if shown else [])


class ReferralFits(QWidget):
    """The muscles whose referral zone fits the drawn pain, most overlap first."""

    muscle_chosen = Signal(str, str, list)
    """A muscle was clicked: its id, the patient's side and its zone's outlines."""

    def __init__(self, diagram: Diagram, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diagram = diagram
        self._fits: list[referral.Fit] = []
        title = plain_label(
            translate("referral_fits", "Muscles whose referral fits the drawn pain"), wrap=True
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.note = plain_label(translate("referral", referral.GUIDE_NOTE), wrap=True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("referral_fits", "Muscles whose referral fits"))
        # Each muscle wraps inside the panel's width instead of scrolling sideways: its share
        # and the parts of its zone outside the view are at the end of the line.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMaximumHeight(220)
        self.empty = plain_label(
            translate("referral_fits", "Draw the pain to see which muscles' referral fits it."),
            wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.list.itemClicked.connect(self._clicked)
        self.show_areas([])

    def fits(self) -> list[referral.Fit]:
        """The muscles listed."""
        return list(self._fits)

    def show_areas(self, areas: Sequence[PainArea]) -> None:
        """List the muscles fitting these painted areas."""
        self._fits = referral.fitting_muscles(areas, self._diagram)
        self.list.clear()
        for fit in self._fits:
            name = names.muscle(self._diagram.muscle_names.get(fit.muscle, fit.muscle))
            text = translate("referral_fits", _FIT_LINES[fit.side]).format(
                muscle=name, percent=f"{fit.share_of_pain * 100:.0f}"
            )
            if fit.zone.also:
                text += f" ({fit.zone.also_text})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, self.list.count())
            self.list.addItem(item)
        self.list.setVisible(bool(self._fits))
        self.empty.setVisible(not self._fits)

    def choose(self, row: int) -> None:
        """Show the muscle of ``row``: its zone and its highlight on the map."""
        fit = self._fits[row]
        self.muscle_chosen.emit(fit.muscle, fit.side, list(fit.zone.outlines))

    def _clicked(self, item: QListWidgetItem) -> None:
        self.choose(int(item.data(Qt.ItemDataRole.UserRole)))
