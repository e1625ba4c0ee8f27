"""PainPanel: the pain drawing's tools, its areas with their size, and the fitting muscles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.anatomy.regions import region_name
from bodymap.clinical import pain_drawing
from bodymap.clinical.pain_drawing import MAX_RADIUS_MM, MIN_RADIUS_MM, QUALITY_NAMES
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.ui.document import SessionDocument
from bodymap.ui.drawing import Tool
from bodymap.ui.panels.widgets import Choice, DocumentPanel, reflowing_form
from bodymap.ui.referral_fits import ReferralFits

if TYPE_CHECKING:
    from bodymap.history import VisitArea
    from bodymap.model import PainQuality

_HELP = QT_TRANSLATE_NOOP(
    "pain_panel",
    "Brush and eraser: hold the left button and paint. Polygon: click each corner, then the "
    "first corner again or double-click to close; a right click drops it. Each stroke is one "
    "undo step.",
)


class PainPanel(DocumentPanel):
    """The pen (tool, size, quality, intensity), the painted areas and their size in cm².

    The pen's settings are read by the drawing controller; the areas are edited through the
    document's verbs (apply the pen's quality and intensity to an area, delete an area).
    """

    pen_changed = Signal()
    """The tool, brush size, quality or intensity changed."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.tool = Choice(
            translate("pain_panel", "Tool"),
            [
                (Tool.BRUSH, translate("pain_panel", "Brush")),
                (Tool.POLYGON, translate("pain_panel", "Polygon")),
                (Tool.ERASER, translate("pain_panel", "Eraser")),
            ],
            clearable=False,
        )
        self.tool.set_value(Tool.BRUSH)
        self.brush_size = QSlider(Qt.Orientation.Horizontal)
        self.brush_size.setAccessibleName(translate("pain_panel", "Brush size"))
        self.brush_size.setRange(int(MIN_RADIUS_MM), int(MAX_RADIUS_MM))
        self.brush_size.setValue(10)
        self.size_label = QLabel()
        size_row = QHBoxLayout()
        size_row.addWidget(self.brush_size, 1)
        size_row.addWidget(self.size_label)
        self.quality = Choice(
            translate("pain_panel", "Quality"),
            [(quality, pain_drawing.quality_name(quality)) for quality in QUALITY_NAMES],
            clearable=False,
        )
        self.quality.set_value("aching")
        self.intensity = QSpinBox()
        self.intensity.setRange(0, 10)
        self.intensity.setValue(5)
        self.intensity.setAccessibleName(translate("pain_panel", "Intensity"))
        self.intensity.setSuffix(" / 10")
        form = reflowing_form()  # fields under their labels when the details are narrow
        form.addRow(translate("pain_panel", "Tool"), self.tool)
        form.addRow(translate("pain_panel", "Brush size"), size_row)
        form.addRow(translate("pain_panel", "Quality"), self.quality)
        form.addRow(translate("pain_panel", "Intensity"), self.intensity)
        hint = QLabel(translate("pain_panel", _HELP))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)

        self.areas = QListWidget()
        self.areas.setAccessibleName(translate("pain_panel", "Painted areas"))
        self.areas.setMaximumHeight(110)
        self.apply_button = QPushButton(
            translate("pain_panel", "Give Area the Pen's Quality and Intensity")
        )
        self.delete_button = QPushButton(translate("pain_panel", "Delete Area"))
        # One above the other: side by side they set the panel's narrowest width, and their
        # words are longer in German and Spanish.
        buttons = QVBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.delete_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(translate("pain_panel", "Painted area"))
        self.change = QLabel()
        self.change.setWordWrap(True)
        self.change.setTextFormat(Qt.TextFormat.PlainText)
        self.change.setAccessibleName(translate("pain_panel", "Change since the last visit"))
        self.change.hide()
        self._earlier: VisitArea | None = None
        self.fits = ReferralFits(doc.diagram)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(QLabel(translate("pain_panel", "Painted areas")))
        layout.addWidget(self.areas)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.change)
        layout.addWidget(self.fits)
        layout.addStretch(1)

        self.tool.chosen.connect(lambda _v: self.pen_changed.emit())
        self.quality.chosen.connect(lambda _v: self.pen_changed.emit())
        self.intensity.valueChanged.connect(lambda _v: self.pen_changed.emit())
        self.brush_size.valueChanged.connect(self._size_changed)
        self.areas.currentRowChanged.connect(self._area_chosen)
        self.apply_button.clicked.connect(self._apply_pen)
        self.delete_button.clicked.connect(self._delete)
        doc.pain_changed.connect(self._refresh_if_shown)
        doc.session_reset.connect(self._refresh_if_shown)
        doc.path_changed.connect(self._refresh_if_shown)  # read-only comes and goes with files
        self._size_changed(self.brush_size.value())
        self.refresh()

    # --- the pen --------------------------------------------------------------------------

    def pen_tool(self) -> Tool:
        """The chosen tool."""
        value = self.tool.value()
        return value if isinstance(value, Tool) else Tool.BRUSH

    def pen_quality(self) -> PainQuality:
        """The chosen quality."""
        value = self.quality.value()
        return value if value in QUALITY_NAMES else "aching"  # type: ignore[return-value]

    def radius_mm(self) -> float:
        """The brush and eraser radius in diagram mm."""
        return float(self.brush_size.value())

    def _size_changed(self, value: int) -> None:
        self.size_label.setText(translate("pain_panel", "{width} mm wide").format(width=2 * value))
        self.pen_changed.emit()

    # --- the areas ------------------------------------------------------------------------

    def _refresh(self) -> None:
        session = self._doc.session
        current = self.areas.currentRow()
        self.areas.clear()
        for area in session.pain_areas:
            size = pain_drawing.cm2_text(pain_drawing.area_cm2(area))
            text = translate("pain_panel", "{area}: {size}").format(
                area=pain_drawing.area_label(area), size=size
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            self.areas.addItem(item)
        if 0 <= current < self.areas.count():
            self.areas.setCurrentRow(current)
        editable = not self._doc.read_only
        for pen_widget in (self.tool, self.brush_size, self.quality, self.intensity):
            pen_widget.setEnabled(editable)
        has = self.areas.currentRow() >= 0 and editable
        self.apply_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.summary.setText(summary_text(self._doc))
        change = change_text(self._doc, self._earlier)
        self.change.setText(change)
        self.change.setVisible(bool(change))
        self.fits.show_areas(session.pain_areas)

    def show_earlier(self, area: VisitArea | None) -> None:
        """The painted area of the patient's last earlier visit with a pain drawing (from the
        clinic index), for the change since then; None when there is none."""
        if area != self._earlier:
            self._earlier = area
            self._refresh_if_shown()

    def _selected_id(self) -> str | None:
        item = self.areas.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _area_chosen(self, row: int) -> None:
        editable = row >= 0 and not self._doc.read_only
        self.apply_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        if self._updating or row < 0:
            return
        area = self._doc.session.pain_areas[row]
        self.quality.set_value(area.quality)
        self.intensity.setValue(area.intensity)

    def _apply_pen(self) -> None:
        area_id = self._selected_id()
        if area_id is not None:
            quality, intensity = self.pen_quality(), self.intensity.value()
            self._edit(
                lambda: self._doc.edit_pain_area(area_id, quality=quality, intensity=intensity)
            )

    def _delete(self) -> None:
        area_id = self._selected_id()
        if area_id is not None:
            self._edit(lambda: self._doc.delete_pain_areas([area_id]))


def summary_text(doc: SessionDocument) -> str:
    """ "Painted: 84 cm² in all; Neck, right 12 cm²; …" (areas of different qualities that
    overlap count once)."""
    measured = pain_drawing.measure(doc.session.pain_areas, doc.diagram)
    if measured.total_cm2 <= 0:
        return translate("pain_panel", "Nothing painted yet.")
    parts = [
        translate("pain_panel", "{region} {area}").format(
            region=region_name(r), area=pain_drawing.cm2_text(cm2)
        )
        for r, cm2 in measured.regions_painted()
    ]
    return translate("pain_panel", "Painted: {total} in all; {regions}.").format(
        total=pain_drawing.cm2_text(measured.total_cm2), regions="; ".join(parts)
    )


def change_text(doc: SessionDocument, earlier: VisitArea | None) -> str:
    """How the painted area changed since the patient's last visit with a pain drawing, as the
    printed record says it ("Painted area 8 cm²; at the last visit (2026-10-02) 48 cm²: 40 cm²
    smaller (-84%)."); "" without an earlier drawing or without one at this visit."""
    if earlier is None or not earlier.drawn or not doc.session.pain_areas:
        return ""  # a visit with no drawing is not a visit without pain
    measured = pain_drawing.measure(doc.session.pain_areas, doc.diagram)
    return pain_drawing.change_text(measured.total_cm2, earlier.painted_cm2, earlier.date)
