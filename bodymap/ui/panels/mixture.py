"""MixtureEditor: the further agents mixed into an injection's syringe (clinical-basis §5.2).

Each further agent has its name (typed for "other") and its concentration IN THE SYRINGE:
lidocaine 1 % and bupivacaine 0.25 % drawn 1:1 are lidocaine 0.5 % + bupivacaine 0.125 %. A
changed or new agent starts without a concentration ("missing"), never with a stock strength
that is not the one in the syringe. The editor only emits the new ``mixed_with`` value; the
treatment panel applies it through the document, one undo step per change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import MAX_MIXED, Injection, MixedAgent
from bodymap.ui import palette
from bodymap.ui.panels.agents import AGENT_CHOICES, OTHER, AgentChoice, StrengthSpin, choice_for
from bodymap.ui.panels.ranges import model_bounds
from bodymap.ui.panels.widgets import short_text

MIXABLE = tuple(c for c in AGENT_CHOICES if c.agent != "saline")
"""The agents a syringe may mix in: every local anaesthetic, and "other" by name."""
HINT = QT_TRANSLATE_NOOP(
    "mixture",
    "Enter each strength as it is in the syringe. Mixed 1:1, each halves: lidocaine 1% and "
    "bupivacaine 0.25% are 0.5% + 0.125%. Mixed 1:3, the first is a quarter, the second "
    "three quarters.",
)
"""How to work out a strength in the syringe (clinical-basis §5.2); English, translated where
shown."""
_PREFERRED = ("bupivacaine", "lidocaine", "ropivacaine")
"""The agent a new row starts with: the first of these the syringe does not hold yet."""


def _stored(choice: AgentChoice, name: str) -> tuple[str, str]:
    """(agent, agent_other) as the model stores a row's choice."""
    return choice.agent, (choice.name or name if choice.agent == "other" else "")


def new_agent(injection: Injection) -> MixedAgent:
    """The agent an added row starts with: a common one the syringe does not hold yet,
    without a concentration (it must be entered as the one in the syringe)."""
    held = {injection.agent, *(m.agent for m in injection.mixed_with)}
    agent = next((a for a in _PREFERRED if a not in held), None)
    if agent is None:
        return MixedAgent(agent="other", agent_other="mepivacaine")
    return MixedAgent.model_validate({"agent": agent})


class MixedRow(QWidget):
    """One further agent: its name, its concentration in the syringe, and a remove button."""

    changed = Signal(int, object, str, object)
    """(row, new MixedAgent or None to remove it, what for the undo step, merge key)."""
    refused = Signal(str)
    note = Signal(str)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self._updating = False
        self._value: MixedAgent | None = None
        number = index + 2
        self.agent = QComboBox()
        self.agent.setAccessibleName(
            translate("mixture", "Agent {number} of the mixture").format(number=number)
        )
        for choice in MIXABLE:
            self.agent.addItem(choice.text, choice)
        # Sized to a name, not to the longest entry, so the row fits the dock.
        self.agent.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.agent.setMinimumContentsLength(10)
        self.name = short_text(translate("mixture", "Name of the agent, e.g. mepivacaine"))
        self.name.setAccessibleName(
            translate("mixture", "Name of agent {number}").format(number=number)
        )
        self.concentration = StrengthSpin(
            translate("mixture", "Strength of agent {number} in the syringe").format(number=number),
            model_bounds(MixedAgent, "concentration_percent"),
        )
        self.remove = QPushButton(translate("mixture", "Remove"))
        self.remove.setAccessibleName(
            translate("mixture", "Remove agent {number} from the mixture").format(number=number)
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("+"))
        row.addWidget(self.agent, 1)
        row.addWidget(self.concentration)
        row.addWidget(self.remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.name)
        self.agent.activated.connect(self._agent_chosen)
        self.name.textChanged.connect(self._named)
        self.concentration.committed.connect(self._strength)
        self.concentration.refused.connect(self.refused)
        self.remove.clicked.connect(lambda: self.changed.emit(self.index, None, "Remove", None))

    def show_agent(self, mixed: MixedAgent) -> None:
        """Show ``mixed`` (no edit is made)."""
        self._value = mixed
        self._updating = True
        try:
            choice = choice_for(Injection(agent=mixed.agent, agent_other=mixed.agent_other))
            typed = self.name.text().strip()
            if self.agent.currentData() is OTHER and mixed.agent_other == typed != "":
                choice = OTHER  # the name being typed coming back: stay on "other"
            self.agent.setCurrentIndex(self.agent.findData(choice))
            if choice is OTHER and typed != mixed.agent_other:
                self.name.setText(mixed.agent_other)
            self.name.setVisible(choice is OTHER)
            self.concentration.show_value(mixed.concentration_percent)
        finally:
            self._updating = False

    def _emit(self, value: MixedAgent, what: str, key: str | None) -> None:
        if not self._updating:
            self.changed.emit(self.index, value, what, key)

    def _agent_chosen(self, position: int) -> None:
        choice: AgentChoice = self.agent.itemData(position)
        self.name.setVisible(choice is OTHER)
        if self._updating:
            return
        name = self.name.text().strip() if choice is OTHER else ""
        if choice is OTHER and not name:
            self.name.setFocus()
            self.note.emit(
                translate("mixture", "Type the name of the agent; it is recorded once named.")
            )
            return
        agent, other = _stored(choice, name)
        # Another agent: the strength in the syringe was the previous agent's.
        value = MixedAgent.model_validate({"agent": agent, "agent_other": other})
        self._emit(value, translate("mixture", "Set mixed agent"), None)

    def _named(self, text: str) -> None:
        if self._updating or self.agent.currentData() is not OTHER:
            return
        name = text.strip()
        if not name:
            self.note.emit(
                translate("mixture", "Type the name of the agent; it is recorded once named.")
            )
            return
        conc = self._value.concentration_percent if self._value else None
        value = MixedAgent(agent="other", agent_other=name, concentration_percent=conc)
        self._emit(value, translate("mixture", "Set mixed agent"), f"mixed_name_{self.index}")

    def _strength(self, value: object) -> None:
        if self._value is None:
            return
        updated = self._value.model_copy(update={"concentration_percent": value})
        self._emit(
            updated, translate("mixture", "Set mixed strength"), f"mixed_strength_{self.index}"
        )


class MixtureEditor(QWidget):
    """The further agents of an injection, with a button to add one and the strength hint."""

    edited = Signal(object, str, object)
    """(update of the Injection's fields, what for the undo step, merge key or None)."""
    refused = Signal(str)
    note = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mixed: tuple[MixedAgent, ...] = ()
        self._injection = Injection()
        self.rows: list[MixedRow] = []
        self.add = QPushButton(translate("mixture", "Add an agent to the syringe"))
        self.add.setAccessibleName(translate("mixture", "Add an agent to the mixture"))
        self.hint = QLabel(translate("mixture", HINT))
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        palette.restyle(self.hint, palette.text_style("muted"))
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._rows)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        self.add.clicked.connect(self._add)

    @property
    def mixed(self) -> tuple[MixedAgent, ...]:
        """The further agents shown."""
        return self._mixed

    def show_injection(self, injection: Injection) -> None:
        """Show the further agents of ``injection`` (no edit is made)."""
        self._injection = injection
        self._mixed = injection.mixed_with
        while len(self.rows) < len(self._mixed):
            row = MixedRow(len(self.rows))
            row.changed.connect(self._row_changed)
            row.refused.connect(self.refused)
            row.note.connect(self.note)
            self._rows.addWidget(row)
            self.rows.append(row)
        for row, mixed in zip(self.rows, self._mixed, strict=False):
            row.show_agent(mixed)
            row.show()
        for row in self.rows[len(self._mixed) :]:
            row.hide()
        full = len(self._mixed) >= MAX_MIXED
        self.add.setEnabled(not full and injection.agent != "saline")
        self.add.setToolTip(
            translate("mixture", "A syringe mixes at most {count} agents.").format(
                count=MAX_MIXED + 1
            )
            if full
            else translate(
                "mixture", "Add a further local anaesthetic drawn into the same syringe."
            )
        )
        self.hint.setVisible(bool(self._mixed))

    def _add(self) -> None:
        added = (*self._mixed, new_agent(self._injection))
        self.edited.emit(
            {"mixed_with": added}, translate("mixture", "Add an agent to the mixture"), None
        )

    def _row_changed(self, index: int, value: object, what: str, key: object) -> None:
        mixed = list(self._mixed)
        if index >= len(mixed):
            return
        if value is None:
            del mixed[index]
            self.edited.emit(
                {"mixed_with": tuple(mixed)},
                translate("mixture", "Remove an agent from the mixture"),
                None,
            )
            return
        assert isinstance(value, MixedAgent)
        mixed[index] = value
        self.edited.emit({"mixed_with": tuple(mixed)}, what, key)
