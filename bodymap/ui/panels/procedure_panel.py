"""ProcedurePanel: checklist, dose totals, warnings, suggested codes and aftercare.

Warnings, totals and codes come from :mod:`bodymap.clinical` and are recomputed whenever the
session changes; codes are shown, never written into the session.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap import clinical
from bodymap.model import Complication
from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.fields import (
    ERROR_COLOUR,
    WARNING_COLOUR,
    date_field,
    field_errors,
    iso,
    plain_text,
    set_plain_text,
    time_field,
)
from bodymap.ui.panels.widgets import (
    DocumentPanel,
    combo,
    multi_line,
    rich_label,
    scrolling_column,
)

POSITIONS = {"prone": "Prone", "seated": "Seated", "side_lying": "Side-lying"}
SKIN_PREPS = {
    "alcohol": "Alcohol",
    "chlorhexidine": "Chlorhexidine",
    "povidone_iodine": "Povidone-iodine",
    "none": "None",
}
COMPLICATIONS: dict[Complication, str] = {
    "none": "None",
    "bleeding": "Bleeding",
    "vasovagal": "Vasovagal",
    "other": "Other",
}
_SEVERITY_COLOURS = {"warning": ERROR_COLOUR, "caution": WARNING_COLOUR, "info": "#555555"}
_BOX_STYLE = (
    "QFrame#warnings { background: #fdf0e6; border: 1px solid #d9822b; border-radius: 4px; }"
)
_QUIET_STYLE = "QFrame#warnings { border: 1px solid #cccccc; border-radius: 4px; }"


def _fmt(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


class ProcedurePanel(DocumentPanel):
    """The procedure as performed and what followed, with the session's clinical warnings."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.warnings = rich_label()
        self.warnings.setAccessibleName("Warnings")
        self.position = combo(POSITIONS, "Position")
        self.skin_prep = combo(SKIN_PREPS, "Skin preparation")
        self.vapocoolant = QCheckBox("Vapocoolant spray (ethyl chloride) used")
        self.start_now = QPushButton("Now")
        self.end_now = QPushButton("Now")
        self.start_time = time_field("Start time", self.start_now)
        self.end_time = time_field("End time", self.end_now)
        self.elapsed = QLabel()
        self.elapsed.setWordWrap(True)
        self.totals = rich_label()
        self.totals.setAccessibleName("Totals per agent")
        self.codes = rich_label()
        self.codes.setAccessibleName("Suggested procedure codes")
        self.response = multi_line("Immediate response (e.g. pain 6/10 → 2/10, tolerated well)")
        self.complications = {value: QCheckBox(label) for value, label in COMPLICATIONS.items()}
        self.complication_notes = multi_line("Complication details")
        self.aftercare = QCheckBox("Aftercare advice given")
        self.aftercare_text = QLabel(_reflow(clinical.AFTERCARE_TEXT))
        self.aftercare_text.setWordWrap(True)
        self.aftercare_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.aftercare_text.setStyleSheet("color: #333333; margin-left: 18px;")
        self.follow_up = date_field("Follow-up date")
        self.fibromyalgia_note = QLabel(clinical.FIBROMYALGIA_NOTE)
        self.fibromyalgia_note.setWordWrap(True)
        self.fibromyalgia_note.setStyleSheet(f"color: {WARNING_COLOUR};")
        self._build_layout()
        self._connect()
        self.refresh()

    # --- public -------------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        """Messages of the fields currently refusing their input, by field label."""
        return field_errors((self.start_time, self.end_time, self.follow_up))

    def warning_messages(self) -> list[str]:
        """The clinical warnings currently shown."""
        return [w.message for w in self._warnings()]

    # --- layout and wiring --------------------------------------------------------------------

    def _build_layout(self) -> None:
        checklist = QGroupBox("Procedure")
        form = QFormLayout(checklist)
        form.addRow("&Position", self.position)
        form.addRow("S&kin prep", self.skin_prep)
        form.addRow("", self.vapocoolant)
        form.addRow("&Start", self.start_time)
        form.addRow("&End", self.end_time)
        form.addRow("Elapsed", self.elapsed)
        totals = QGroupBox("Totals per agent")
        QVBoxLayout(totals).addWidget(self.totals)
        codes = QGroupBox("Suggested procedure codes (not applied)")
        QVBoxLayout(codes).addWidget(self.codes)
        after = QGroupBox("After the procedure")
        form = QFormLayout(after)
        form.addRow("&Response", self.response)
        grid = QGridLayout()
        for i, box in enumerate(self.complications.values()):
            grid.addWidget(box, i // 2, i % 2)
        form.addRow("Complications", grid)
        form.addRow("", self.complication_notes)
        form.addRow(self.aftercare)
        form.addRow(self.aftercare_text)
        form.addRow("&Follow-up", self.follow_up)
        form.addRow(self.fibromyalgia_note)
        self.warnings_box = QFrame()
        self.warnings_box.setObjectName("warnings")
        QVBoxLayout(self.warnings_box).addWidget(self.warnings)
        scrolling_column(self, (self.warnings_box, checklist, totals, codes, after))

    def _connect(self) -> None:
        def edit(attr: str) -> Callable[[object], None]:
            return lambda value: self._set(attr, value)

        self.position.activated.connect(lambda i: self._set("position", self.position.itemData(i)))
        self.skin_prep.activated.connect(
            lambda i: self._set("skin_prep", self.skin_prep.itemData(i))
        )
        self.vapocoolant.toggled.connect(edit("vapocoolant"))
        self.start_time.committed.connect(edit("start_time"))
        self.end_time.committed.connect(edit("end_time"))
        self.response.textChanged.connect(
            lambda: self._set("immediate_response", plain_text(self.response))
        )
        for value, box in self.complications.items():
            box.toggled.connect(lambda on, v=value: self._complication(v, on))
        self.complication_notes.textChanged.connect(
            lambda: self._set("complication_notes", plain_text(self.complication_notes))
        )
        self.aftercare.toggled.connect(edit("aftercare_given"))
        self.follow_up.committed.connect(edit("follow_up"))
        self._refresh_on_every_change()

    def _set(self, attr: str, value: object) -> None:
        self._edit(lambda: self._doc.edit_details("procedure", attr, value))

    def _complication(self, value: Complication, on: bool) -> None:
        chosen = set(self._doc.session.procedure.complications)
        if on:
            chosen = {value} if value == "none" else (chosen - {"none"}) | {value}
        else:
            chosen.discard(value)
        self._set("complications", [c for c in COMPLICATIONS if c in chosen])

    # --- model → widgets ----------------------------------------------------------------------

    def _warnings(self) -> list[clinical.ClinicalWarning]:
        return clinical.session_warnings_on_diagram(self._doc.session, self._doc.diagram)

    def _refresh(self) -> None:
        session = self._doc.session
        procedure = session.procedure
        self.position.setCurrentIndex(self.position.findData(procedure.position))
        self.skin_prep.setCurrentIndex(self.skin_prep.findData(procedure.skin_prep))
        self.vapocoolant.setChecked(procedure.vapocoolant)
        for field, value in (
            (self.start_time, procedure.start_time),
            (self.end_time, procedure.end_time),
        ):
            field.show_value(value, "" if value is None else value.strftime("%H:%M"))
        self._show_elapsed()
        set_plain_text(self.response, procedure.immediate_response)
        for complication, box in self.complications.items():
            box.setChecked(complication in procedure.complications)
        set_plain_text(self.complication_notes, procedure.complication_notes)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QCheckBox | QComboBox | QPushButton):
                widget.setEnabled(not self._doc.read_only)
        self.complication_notes.setEnabled(
            bool(set(procedure.complications) - {"none"}) and not self._doc.read_only
        )
        self.aftercare.setChecked(procedure.aftercare_given)
        self.follow_up.show_value(procedure.follow_up, iso(procedure.follow_up))
        self.fibromyalgia_note.setVisible(session.patient.fibromyalgia)
        self._show_warnings()
        self._show_totals()
        self._show_codes()

    def _show_elapsed(self) -> None:
        procedure = self._doc.session.procedure
        minutes = clinical.elapsed_minutes(procedure)
        if procedure.start_time is None or procedure.end_time is None:
            self.elapsed.setText("Enter the start and end times.")
            self.elapsed.setStyleSheet("color: #555555;")
        elif minutes is None:
            self.elapsed.setText("End is before start: correct the times")
            self.elapsed.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        elif minutes > clinical.LONG_PROCEDURE_MINUTES:
            limit = clinical.LONG_PROCEDURE_MINUTES
            self.elapsed.setText(f"{minutes} min: over {limit} min, check the times")
            self.elapsed.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        else:
            self.elapsed.setText(f"{minutes} min")
            self.elapsed.setStyleSheet("")

    def _show_warnings(self) -> None:
        found = self._warnings()
        if not found:
            self.warnings.setText("No clinical warnings.")
            self.warnings_box.setStyleSheet(_QUIET_STYLE)
            return
        items = "".join(
            f'<li style="color: {_SEVERITY_COLOURS[w.severity]};">'
            f"<b>{w.severity.capitalize()}:</b> {escape(w.message)}</li>"
            for w in found
        )
        self.warnings.setText(f"<b>Check before saving</b><ul style='margin: 0;'>{items}</ul>")
        self.warnings_box.setStyleSheet(_BOX_STYLE)

    def _show_totals(self) -> None:
        session = self._doc.session
        totals = clinical.agent_totals(session)
        if not totals:
            self.totals.setText("No injections recorded.")
            return
        weight = session.patient.weight_kg
        basis = f"{_fmt(weight)} kg" if weight else "weight not recorded"
        # One line per drug: a rich-text table in a wrapping label is clipped to its first row.
        lines = []
        for t in totals:
            style = f" style='color: {ERROR_COLOUR}; font-weight: bold;'" if t.exceeds_max else ""
            amount = f"{_fmt(t.total_ml)} mL"
            if t.total_mg is not None:
                amount += f" = {_fmt(t.total_mg)} mg"
            limit = ""
            if t.max_mg is not None and t.fraction_of_max is not None:
                limit = f"; max {_fmt(t.max_mg)} mg ({t.fraction_of_max * 100:.0f}% of max)"
            lines.append(f"<span{style}><b>{escape(t.name)}</b>: {amount}{limit}</span>")
            if len(t.rows) > 1:
                lines += [
                    f"&nbsp;&nbsp;&nbsp;{escape(r.label)}: {_fmt(r.total_ml)} mL" for r in t.rows
                ]
        self.totals.setText(
            "<br>".join(lines) + f"<br><small>Maximum for {basis}, plain solutions.</small>"
        )

    def _show_codes(self) -> None:
        suggestions = clinical.suggest_procedure_codes(self._doc.session)
        if not suggestions:
            self.codes.setText("No treated points with a named muscle yet.")
            return
        parts = []
        for s in suggestions:
            muscles = ", ".join(escape(m.label) for m in s.muscles)
            parts.append(
                f"<p><b>{s.code}</b> {escape(s.descriptor)}<br>"
                f"{s.muscle_count} muscle{'s' if s.muscle_count != 1 else ''}: {muscles}</p>"
            )
        self.codes.setText("".join(parts))


def _reflow(text: str) -> str:
    """Join the indented continuation lines of the advice so the label can wrap it."""
    lines: list[str] = []
    for line in text.strip().splitlines():
        if line.startswith("  ") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return "\n".join(lines)
