"""TreatmentPanel: findings and treatment of the selected points; one undo step per change.

With several points selected every change applies to all of them at once. The document
refuses injections with a local anaesthetic for a patient allergic to them; the panel shows
why and offers dry needling or normal saline instead (clinical-basis §6.1).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap import clinical
from bodymap.model import DryNeedling, ExaminedOnly, Injection, TriggerPoint
from bodymap.ui.document import EditRefused, SessionDocument
from bodymap.ui.panels.fields import ERROR_COLOUR, common, revalidated
from bodymap.ui.panels.widgets import (
    Choice,
    DocumentPanel,
    PainSpin,
    buddy,
    double_spin,
    short_text,
)
from bodymap.ui.plain_text import plain_label
from bodymap.ui.wording import TREATMENT_KINDS

Treatment = ExaminedOnly | Injection | DryNeedling


class TreatmentPanel(DocumentPanel):
    """Findings and treatment of the points given to :meth:`show_points`."""

    treatment_used = Signal(object)
    """The treatment value just applied (carry it forward to the next new point)."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self._ids: list[str] = []
        self._refused: str | None = None
        self._last_injection = Injection()
        self._last_dry = DryNeedling()
        self.header = QLabel()
        self.header.setWordWrap(True)
        yes_no = [(True, "Yes"), (False, "No")]
        self.status = Choice("Status", [("active", "Active"), ("latent", "Latent")])
        self.taut_band = Choice("Taut band", yes_no)
        self.twitch = Choice(
            "Local twitch", [("none", "None"), ("visible", "Visible"), ("palpable", "Palpable")]
        )
        self.jump_sign = Choice("Jump sign", yes_no)
        self.referred = Choice("Referred pain", yes_no)
        self.referral_area = short_text("Referred to (e.g. temple, behind the eye)")
        self.pain_before = PainSpin("Pain before")
        self.pain_after = PainSpin("Pain after")
        self.kind = Choice("Treatment", list(TREATMENT_KINDS.items()), clearable=False)
        self.agent = QComboBox()
        self.agent.setAccessibleName("Agent")
        for preset in clinical.AGENT_PRESETS:
            self.agent.addItem(preset.label, preset)
        self.agent_other = short_text("Name and strength of the other agent")
        self.volume = double_spin(0.1, 20.0, 0.1, 1, " mL")
        self.dose = QLabel()
        self.gauge = QSpinBox()
        self.gauge.setRange(15, 34)
        self.gauge.setSpecialValueText("not recorded")
        self.gauge.setSuffix(" G")
        self.gauge.setMaximumWidth(130)
        self.needle_length = double_spin(0, 150, 1, 0, " mm", "not recorded")
        self.dn_diameter = double_spin(0, 1, 0.01, 2, " mm", "not recorded")
        self.dn_length = double_spin(0, 150, 1, 0, " mm", "not recorded")
        self.refusal = plain_label(wrap=True)  # it may quote a typed agent name
        self.refusal.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.use_dry_needling = QPushButton("Dry needling instead")
        self.use_saline = QPushButton("Normal saline instead")
        self._build_layout()
        self._connect()
        self.show_points([])

    # --- public -------------------------------------------------------------------------------

    @property
    def point_ids(self) -> list[str]:
        """The points being edited."""
        return list(self._ids)

    def show_points(self, point_ids: list[str]) -> None:
        """Edit these points (an empty list disables the panel)."""
        self._ids = list(point_ids)
        self._show_refusal(None)
        self.refresh()

    # --- layout and wiring --------------------------------------------------------------------

    def _build_layout(self) -> None:
        findings = QGroupBox("Findings")
        form = QFormLayout(findings)
        form.addRow("Status", self.status)
        form.addRow("Taut band", self.taut_band)
        form.addRow("Twitch (LTR)", self.twitch)
        form.addRow("Jump sign", self.jump_sign)
        form.addRow("Referred pain", self.referred)
        form.addRow("", self.referral_area)
        pain = QHBoxLayout()
        pain.addWidget(self.pain_before)
        pain.addWidget(QLabel("after"))
        pain.addWidget(self.pain_after)
        pain.addStretch(1)
        form.addRow(buddy("Pain &before", self.pain_before), pain)
        treatment = QGroupBox("Treatment")
        column = QVBoxLayout(treatment)
        column.addWidget(self.kind)
        self.injection_box = QWidget()
        form = QFormLayout(self.injection_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("&Agent", self.agent)
        form.addRow("", self.agent_other)
        self._other_row = form.rowCount() - 1
        self._injection_form = form
        form.setRowVisible(self._other_row, False)
        volume = QHBoxLayout()
        volume.addWidget(self.volume)
        volume.addWidget(self.dose, 1)
        form.addRow(buddy("&Volume", self.volume), volume)
        form.addRow("Needle &gauge", self.gauge)
        form.addRow("Needle &length", self.needle_length)
        self.dry_box = QWidget()
        form = QFormLayout(self.dry_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Needle &diameter", self.dn_diameter)
        form.addRow("Needle l&ength", self.dn_length)
        column.addWidget(self.injection_box)
        column.addWidget(self.dry_box)
        column.addWidget(self.refusal)
        alternatives = QHBoxLayout()
        alternatives.addWidget(self.use_dry_needling)
        alternatives.addWidget(self.use_saline)
        alternatives.addStretch(1)
        column.addLayout(alternatives)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(findings)
        layout.addWidget(treatment)

    def _connect(self) -> None:
        for choice, attr in (
            (self.status, "status"),
            (self.taut_band, "taut_band"),
            (self.twitch, "twitch"),
            (self.jump_sign, "jump_sign"),
            (self.referred, "referred_pain"),
        ):
            choice.chosen.connect(lambda v, a=attr: self._set_finding(a, v, merge=False))
        self.referral_area.textChanged.connect(
            lambda text: self._set_finding("referral_area", text, merge=True)
        )
        self.pain_before.valueChanged.connect(
            lambda _v: self._set_finding("pain_before", self.pain_before.score(), merge=True)
        )
        self.pain_after.valueChanged.connect(
            lambda _v: self._set_finding("pain_after", self.pain_after.score(), merge=True)
        )
        self.kind.chosen.connect(self._kind_chosen)
        self.agent.activated.connect(self._agent_chosen)
        self.agent_other.textChanged.connect(
            lambda _t: self._agent_chosen(self.agent.currentIndex())
        )
        self.volume.valueChanged.connect(lambda v: self._set_injection("volume_ml", round(v, 1)))
        self.gauge.valueChanged.connect(
            lambda v: self._set_injection("needle_gauge", None if v < 16 else v)
        )
        self.needle_length.valueChanged.connect(
            lambda v: self._set_injection("needle_length_mm", v or None)
        )
        self.dn_diameter.valueChanged.connect(
            lambda v: self._set_dry("needle_diameter_mm", round(v, 2) or None)
        )
        self.dn_length.valueChanged.connect(lambda v: self._set_dry("needle_length_mm", v or None))
        self.use_dry_needling.clicked.connect(lambda: self._kind_chosen("dry_needling"))
        self.use_saline.clicked.connect(self._use_saline)
        doc = self._doc
        doc.point_changed.connect(lambda pid: self.refresh() if pid in self._ids else None)
        doc.point_removed.connect(self._on_removed)
        doc.details_changed.connect(self.refresh)
        doc.session_reset.connect(lambda: self.show_points([]))

    # --- edits --------------------------------------------------------------------------------

    def _points(self) -> list[TriggerPoint]:
        return [self._doc.point(i) for i in self._ids]

    def _apply(
        self, what: str, change: Callable[[TriggerPoint], TriggerPoint], key: str | None
    ) -> bool:
        """Apply ``change`` to the points shown; False (and the reason shown) if refused."""
        if self._updating or not self._ids:
            return False
        try:
            self._doc.edit_points(self._ids, what, change, key)
        except EditRefused as refusal:
            self._show_refusal(str(refusal))
            self.refresh()
            return False
        return True

    def _set_finding(self, attr: str, value: object, *, merge: bool) -> None:
        label = attr.replace("_", " ").capitalize()
        self._apply(
            f"Set {label.lower()}",
            lambda p: p.model_copy(update={"findings": revalidated(p.findings, **{attr: value})}),
            attr if merge else None,
        )

    def _set_treatment(
        self, what: str, make: Callable[[TriggerPoint], Treatment], key: str | None = None
    ) -> None:
        if not self._apply(what, lambda p: p.model_copy(update={"treatment": make(p)}), key):
            return
        self._show_refusal(None)
        used = self._doc.point(self._ids[0]).treatment
        if isinstance(used, Injection):
            self._last_injection = used
        elif isinstance(used, DryNeedling):
            self._last_dry = used
        self.treatment_used.emit(used)

    def _kind_chosen(self, kind: object) -> None:
        fresh: dict[object, Treatment] = {
            "examined": ExaminedOnly(),
            "injection": self._last_injection,
            "dry_needling": self._last_dry,
        }

        def make(p: TriggerPoint) -> Treatment:
            return p.treatment if p.treatment.kind == kind else fresh[kind]

        self._set_treatment("Set treatment", make)

    def _with_injection(self, update: dict[str, object]) -> Callable[[TriggerPoint], Treatment]:
        """Each point's injection, or the last one used, changed by ``update``."""

        def make(p: TriggerPoint) -> Treatment:
            current = p.treatment if isinstance(p.treatment, Injection) else self._last_injection
            return revalidated(current, **update)

        return make

    def _set_injection(self, attr: str, value: object) -> None:
        self._set_treatment(f"Set {attr.split('_')[0]}", self._with_injection({attr: value}), attr)

    def _agent_chosen(self, index: int) -> None:
        preset: clinical.AgentPreset = self.agent.itemData(index)
        name = self.agent_other.text().strip()
        self._injection_form.setRowVisible(self._other_row, preset.agent == "other")
        if self._updating:
            return
        if preset.agent == "other" and not name:
            self.agent_other.setFocus()
            self._show_refusal("Type the name of the other agent; it is recorded once named.")
            return
        update: dict[str, object] = {
            "agent": preset.agent,
            "concentration_percent": preset.concentration_percent,
            "agent_other": name if preset.agent == "other" else "",
        }
        key = "agent_other" if preset.agent == "other" else None
        self._set_treatment("Set agent", self._with_injection(update), key)

    def _use_saline(self) -> None:
        saline = next(p for p in clinical.AGENT_PRESETS if p.agent == "saline")
        self.agent.setCurrentIndex(self.agent.findData(saline))
        self._agent_chosen(self.agent.currentIndex())

    def _set_dry(self, attr: str, value: object) -> None:
        def make(p: TriggerPoint) -> Treatment:
            current = p.treatment if isinstance(p.treatment, DryNeedling) else self._last_dry
            return revalidated(current, **{attr: value})

        self._set_treatment("Set needle", make, attr)

    def _show_refusal(self, message: str | None) -> None:
        self._refused = message
        self._show_message(message)

    def _show_message(self, message: str | None) -> None:
        self.refusal.setText(message or "")
        self.refusal.setVisible(bool(message))
        allergic = bool(message) and "allergic" in (message or "")
        self.use_dry_needling.setVisible(allergic)
        self.use_saline.setVisible(allergic)

    def _on_removed(self, point_id: str) -> None:
        if point_id in self._ids:
            self.show_points([i for i in self._ids if i != point_id])

    # --- model → widgets ----------------------------------------------------------------------

    def _refresh(self) -> None:
        points = self._points()
        enabled = bool(points) and not self._doc.read_only
        for child in self.findChildren(QWidget):
            if child is not self.header:
                child.setEnabled(enabled)
        if not points:
            self.header.setText("Select a point to record its findings and treatment.")
            self.header.show()
            self.injection_box.hide()
            self.dry_box.hide()
            return
        numbers = ", ".join(str(p.number) for p in points)
        self.header.setText(f"<b>Points {numbers}</b>: changes apply to all {len(points)}.")
        self.header.setVisible(len(points) > 1)
        f = [p.findings for p in points]
        self.status.set_value(common([x.status for x in f]))
        self.taut_band.set_value(common([x.taut_band for x in f]))
        self.twitch.set_value(common([x.twitch for x in f]))
        self.jump_sign.set_value(common([x.jump_sign for x in f]))
        self.referred.set_value(common([x.referred_pain for x in f]))
        if self.referral_area.text() != f[0].referral_area:
            self.referral_area.setText(f[0].referral_area)
        self.referral_area.setEnabled(enabled and f[0].referred_pain is not False)
        for spin, score in (
            (self.pain_before, f[0].pain_before),
            (self.pain_after, f[0].pain_after),
        ):
            if spin.score() != score:
                spin.setValue(-1 if score is None else score)
        kind = common([p.treatment.kind for p in points])
        self.kind.set_value(kind)
        first = points[0].treatment
        self.injection_box.setVisible(kind == "injection")
        self.dry_box.setVisible(kind == "dry_needling")
        if isinstance(first, Injection) and kind == "injection":
            self._show_injection(first)
        if isinstance(first, DryNeedling) and kind == "dry_needling":
            self.dn_diameter.setValue(first.needle_diameter_mm or 0)
            self.dn_length.setValue(first.needle_length_mm or 0)
        conflict = next(
            (
                m
                for p in points
                if (m := clinical.check_treatment_allowed(self._doc.session.patient, p.treatment))
            ),
            None,
        )
        self._show_message(conflict or self._refused)

    def _show_injection(self, injection: Injection) -> None:
        preset = clinical.preset_for(injection)
        index = self.agent.findData(preset) if preset else -1
        if index < 0:
            index = self.agent.count() - 1
        self.agent.setCurrentIndex(index)
        self._injection_form.setRowVisible(self._other_row, injection.agent == "other")
        if injection.agent == "other" and self.agent_other.text().strip() != injection.agent_other:
            self.agent_other.setText(injection.agent_other)
        if abs(self.volume.value() - injection.volume_ml) > 1e-9:
            self.volume.setValue(injection.volume_ml)
        self.gauge.setValue(injection.needle_gauge or 15)
        self.needle_length.setValue(injection.needle_length_mm or 0)
        dose = clinical.mg(injection)
        self.dose.setText("" if dose is None else f"= {dose:g} mg")
