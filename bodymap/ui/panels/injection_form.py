"""InjectionForm: the agent, strength, mixture, epinephrine, volume and needle of an injection.

The agent list (:mod:`bodymap.ui.panels.agents`) offers every local anaesthetic whose maximum
dose the app knows, saline and "other". Further agents drawn into the same syringe are edited
by :class:`MixtureEditor`, each with its concentration in the syringe (clinical-basis §5.2);
the dose reads agent by agent ("= 10 mg + 2.5 mg"), and a missing strength reads
"concentration missing", never "0 mg" (§5.1). Every number field takes its limits from the
model and refuses, never clips, a value out of range (§6.5). The form only emits edits; the
treatment panel applies them through the document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from bodymap import clinical
from bodymap.clinical import wording
from bodymap.i18n import translate
from bodymap.model import Injection
from bodymap.ui import palette
from bodymap.ui.panels.agents import (
    AGENT_CHOICES,
    OTHER,
    AgentChoice,
    StrengthSpin,
    choice_for,
    identification_text,
)
from bodymap.ui.panels.mixture import MixtureEditor
from bodymap.ui.panels.ranges import BoundedSpin, model_bounds
from bodymap.ui.panels.widgets import buddy, lit_style, short_text

STRENGTH_BUTTON_PX = 56
"""Width of a strength button, lit or not."""


class InjectionForm(QWidget):
    """The fields of one injection; :attr:`edited` carries each change as a model update."""

    edited = Signal(object, str, object)
    """(update of the Injection's fields, what for the undo step, merge key or None)."""
    refused = Signal(str)
    """A value out of range was typed: why (for the status bar)."""
    note = Signal(str)
    """Something to tell the user that is not an edit ("type the name …")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.agent = QComboBox()
        self.agent.setAccessibleName(translate("injection_form", "Agent"))
        for choice in AGENT_CHOICES:
            self.agent.addItem(choice.text, choice)
        self.agent_other = short_text(
            translate("injection_form", "Name of the other agent, e.g. mepivacaine")
        )
        self.agent_other.setAccessibleName(translate("injection_form", "Other agent"))
        self.identified = QLabel()
        self.identified.setWordWrap(True)
        self.identified.setTextFormat(Qt.TextFormat.PlainText)
        self.concentration = StrengthSpin(
            translate("injection_form", "Concentration"),
            model_bounds(Injection, "concentration_percent"),
        )
        self.strength_row = QHBoxLayout()
        self.strength_row.setContentsMargins(0, 0, 0, 0)
        self.strength_row.addWidget(self.concentration)
        self.strength_row.addStretch(1)
        self.strengths: list[QPushButton] = []
        self.strength_label = buddy(
            translate("injection_form", "&Concentration"), self.concentration
        )
        self.mixture = MixtureEditor()
        self.epinephrine = QCheckBox(translate("injection_form", "With epinephrine (adrenaline)"))
        bounds = model_bounds(Injection, "volume_ml")
        self.volume = BoundedSpin(
            translate("injection_form", "Volume"), bounds, step=0.1, decimals=2, unit="mL"
        )
        self.dose = QLabel()
        self.dose.setTextFormat(Qt.TextFormat.PlainText)
        self.dose.setWordWrap(True)  # a mixture's doses, agent by agent, may not fit one line
        self.dose.setAccessibleName(translate("injection_form", "Dose"))
        self.gauge = BoundedSpin(
            translate("injection_form", "Needle gauge"),
            model_bounds(Injection, "needle_gauge"),
            step=1,
            decimals=0,
            unit="G",
            none_text=translate("injection_form", "not recorded"),
            integer=True,
        )
        self.needle_length = BoundedSpin(
            translate("injection_form", "Needle length"),
            model_bounds(Injection, "needle_length_mm"),
            step=1,
            decimals=0,
            unit="mm",
            none_text=translate("injection_form", "not recorded"),
        )
        self._build_layout()
        self._connect()

    def spins(self) -> tuple[BoundedSpin, ...]:
        """The number fields."""
        return (self.concentration, self.volume, self.gauge, self.needle_length)

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("injection_form", "A&gent"), self.agent)
        form.addRow("", self.agent_other)
        form.addRow("", self.identified)
        form.addRow(self.strength_label, self.strength_row)
        form.addRow("", self.mixture)
        form.addRow("", self.epinephrine)
        volume = QHBoxLayout()
        volume.addWidget(self.volume)
        volume.addWidget(self.dose, 1)
        form.addRow(buddy(translate("injection_form", "V&olume"), self.volume), volume)
        form.addRow(buddy(translate("injection_form", "Needle ga&uge"), self.gauge), self.gauge)
        form.addRow(
            buddy(translate("injection_form", "Needle &length"), self.needle_length),
            self.needle_length,
        )
        self._form = form

    def _connect(self) -> None:
        self.agent.activated.connect(self._agent_chosen)
        self.agent_other.textChanged.connect(self._other_named)
        self.concentration.committed.connect(
            lambda v: self._emit(
                {"concentration_percent": v},
                translate("injection_form", "Set strength"),
                "concentration",
            )
        )
        self.epinephrine.toggled.connect(
            lambda on: self._emit(
                {"with_epinephrine": on}, translate("injection_form", "Set epinephrine"), None
            )
        )
        self.volume.committed.connect(
            lambda v: self._emit(
                {"volume_ml": v}, translate("injection_form", "Set volume"), "volume"
            )
        )
        self.gauge.committed.connect(
            lambda v: self._emit(
                {"needle_gauge": v}, translate("injection_form", "Set needle"), "needle_gauge"
            )
        )
        self.needle_length.committed.connect(
            lambda v: self._emit(
                {"needle_length_mm": v},
                translate("injection_form", "Set needle"),
                "needle_length_mm",
            )
        )
        for spin in self.spins():
            spin.refused.connect(self.refused)
        self.mixture.edited.connect(self._emit)
        self.mixture.refused.connect(self.refused)
        self.mixture.note.connect(self.note)

    # --- edits --------------------------------------------------------------------------------

    def _emit(self, update: dict[str, object], what: str, key: str | None) -> None:
        if not self._updating:
            self.edited.emit(update, what, key)

    def _agent_chosen(self, index: int) -> None:
        choice: AgentChoice = self.agent.itemData(index)
        self._show_other_rows(choice)
        if self._updating:
            return
        name = choice.name or (self.agent_other.text().strip() if choice is OTHER else "")
        if choice is OTHER and not name:
            self.agent_other.setFocus()
            self.note.emit(
                translate(
                    "injection_form", "Type the name of the other agent; it is recorded once named."
                )
            )
            return
        # A stock strength is the strength in the syringe only for a single agent: in a
        # mixture the new agent's strength must be entered (clinical-basis §5.2).
        mixed = bool(self.mixture.mixed)
        update: dict[str, object] = {
            "agent": choice.agent,
            "agent_other": name,
            "concentration_percent": (
                choice.strengths[0] if choice.strengths and not mixed else None
            ),
        }
        if choice.agent == "saline":
            update["with_epinephrine"] = False
            update["mixed_with"] = ()  # saline mixes nothing in
        self._emit(update, translate("injection_form", "Set agent"), None)

    def _other_named(self, text: str) -> None:
        if self.agent.currentData() is not OTHER or self._updating:
            return
        name = text.strip()
        if not name:
            self.note.emit(
                translate(
                    "injection_form", "Type the name of the other agent; it is recorded once named."
                )
            )
            return
        self._emit(
            {"agent": "other", "agent_other": name},
            translate("injection_form", "Set agent"),
            "agent_other",
        )

    def _strength_chosen(self, strength: float) -> None:
        self._emit(
            {"concentration_percent": strength}, translate("injection_form", "Set strength"), None
        )

    # --- model -> widgets ---------------------------------------------------------------------

    def show_injection(self, injection: Injection) -> None:
        """Show ``injection`` (no edit is made)."""
        self._updating = True
        try:
            choice = choice_for(injection)
            typed = self.agent_other.text().strip()
            if self.agent.currentData() is OTHER and injection.agent_other == typed != "":
                choice = OTHER  # the name being typed coming back: stay on "other"
            self.agent.setCurrentIndex(self.agent.findData(choice))
            if choice is OTHER and self.agent_other.text().strip() != injection.agent_other:
                self.agent_other.setText(injection.agent_other)
            self._show_other_rows(choice)
            self._show_strengths(choice, injection)
            self.concentration.show_value(injection.concentration_percent)
            self.mixture.show_injection(injection)
            self.epinephrine.setChecked(injection.with_epinephrine)
            self.volume.show_value(injection.volume_ml)
            self.gauge.show_value(injection.needle_gauge)
            self.needle_length.show_value(injection.needle_length_mm)
        finally:
            self._updating = False
        identification = identification_text(injection) if choice is OTHER else ""
        self.identified.setText(identification)
        unchecked = clinical.is_unidentified(injection)
        palette.restyle(self.identified, palette.text_style("error") if unchecked else "")
        dose = wording.dose_text(injection)
        self.dose.setText(f"= {dose}" if dose[:1].isdigit() else dose)
        problem = injection.agent != "saline" and not dose[:1].isdigit()
        palette.restyle(self.dose, palette.text_style("error", bold=True) if problem else "")

    def _show_other_rows(self, choice: AgentChoice) -> None:
        saline = choice.agent == "saline"
        self._form.setRowVisible(self.agent_other, choice is OTHER)
        self._form.setRowVisible(self.identified, choice is OTHER)
        self._form.setRowVisible(self.strength_row, not saline)
        self._form.setRowVisible(self.mixture, not saline)
        self._form.setRowVisible(self.epinephrine, not saline)

    def _show_strengths(self, choice: AgentChoice, injection: Injection) -> None:
        """One button per common strength of the chosen agent; the current one is lit.

        A mixture has none: a stock strength is not the strength in the syringe, and no preset
        describes a mixture (``preset_for`` is None). The strength is labelled "in the syringe".
        """
        mixed = bool(injection.mixed_with)
        current = injection.concentration_percent
        self.strength_label.setText(
            translate("injection_form", "&Concentration\nin syringe")
            if mixed
            else translate("injection_form", "&Concentration")
        )
        self.concentration.setToolTip(
            translate(
                "injection_form",
                "The concentration of the first agent in the syringe, after mixing.",
            )
            if mixed
            else ""
        )
        wanted = [] if choice.agent == "saline" or mixed else list(choice.strengths)
        if [b.property("strength") for b in self.strengths] != wanted:
            for button in self.strengths:
                self.strength_row.removeWidget(button)
                button.hide()
                button.setParent(None)
                button.deleteLater()
            self.strengths = []
            for index, strength in enumerate(wanted, start=1):
                button = QPushButton(wording.percent(strength))
                button.setCheckable(True)
                button.setStyleSheet(lit_style())
                button.setFixedWidth(STRENGTH_BUTTON_PX)
                button.setProperty("strength", strength)
                button.setAccessibleName(
                    translate("injection_form", "Strength {percent}").format(
                        percent=wording.percent(strength)
                    )
                )
                button.clicked.connect(lambda _on, s=strength: self._strength_chosen(s))
                self.strength_row.insertWidget(index, button)
                self.strengths.append(button)
        for button in self.strengths:
            button.setChecked(
                current is not None and abs(button.property("strength") - current) < 1e-9
            )
