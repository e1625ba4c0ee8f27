"""TreatmentPanel: findings and treatment of the selected points; one undo step per change.

With several points selected every change applies to all of them at once. The document
refuses injections with a local anaesthetic for a patient allergic to them, whether the box is
ticked or the allergies text names one (clinical-basis §6.1); the panel shows why, offers dry
needling or normal saline instead, and asks to tick the box when the allergy is only written.
Below the needle fields it gives the zone's needle advice for the point's position and warns
when the recorded needle is longer (§4.6).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap import clinical
from bodymap.clinical import wording as clinical_wording
from bodymap.i18n import translate
from bodymap.model import DryNeedling, ExaminedOnly, Injection, TriggerPoint
from bodymap.ui import palette
from bodymap.ui.document import EditRefused, SessionDocument
from bodymap.ui.panels import needle_advice
from bodymap.ui.panels.fields import common, revalidated
from bodymap.ui.panels.injection_form import InjectionForm
from bodymap.ui.panels.ranges import BoundedSpin, model_bounds
from bodymap.ui.panels.widgets import (
    Choice,
    DocumentPanel,
    PainSpin,
    buddy,
    reflowing_form,
    short_text,
)
from bodymap.ui.plain_text import plain_label
from bodymap.ui.wording import treatment_kinds

Treatment = ExaminedOnly | Injection | DryNeedling


def _dry_spin(label: str, field: str, step: float, decimals: int) -> BoundedSpin:
    bounds = model_bounds(DryNeedling, field)
    return BoundedSpin(
        label,
        bounds,
        step=step,
        decimals=decimals,
        unit="mm",
        none_text=translate("treatment_panel", "not recorded"),
    )


class TreatmentPanel(DocumentPanel):
    """Findings and treatment of the points given to :meth:`show_points`."""

    treatment_used = Signal(object)
    """The treatment value just applied (carry it forward to the next new point)."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self._ids: list[str] = []
        self._refused: str | None = None
        self._refused_allergy = False
        self._last_injection = Injection()
        self._last_dry = DryNeedling()
        self.header = QLabel()
        self.header.setWordWrap(True)
        yes_no = [
            (True, translate("treatment_panel", "Yes")),
            (False, translate("treatment_panel", "No")),
        ]
        self.status = Choice(
            translate("treatment_panel", "Status"),
            [
                ("active", translate("treatment_panel", "Active")),
                ("latent", translate("treatment_panel", "Latent")),
            ],
        )
        self.taut_band = Choice(translate("treatment_panel", "Taut band"), yes_no)
        self.twitch = Choice(
            translate("treatment_panel", "Local twitch"),
            [
                ("none", translate("treatment_panel", "None")),
                ("visible", translate("treatment_panel", "Visible")),
                ("palpable", translate("treatment_panel", "Palpable")),
            ],
        )
        self.jump_sign = Choice(translate("treatment_panel", "Jump sign"), yes_no)
        self.referred = Choice(translate("treatment_panel", "Referred pain"), yes_no)
        self.referral_area = short_text(
            translate("treatment_panel", "Referred to (e.g. temple, behind the eye)")
        )
        self.referral_area.setAccessibleName(translate("treatment_panel", "Referred pain area"))
        self.pain_before = PainSpin(translate("treatment_panel", "Pain before"))
        self.pain_after = PainSpin(translate("treatment_panel", "Pain after"))
        self.kind = Choice(
            translate("treatment_panel", "Treatment"),
            treatment_kinds(),
            clearable=False,
        )
        self.injection = InjectionForm()
        self.dn_diameter = _dry_spin(
            translate("treatment_panel", "Needle diameter"), "needle_diameter_mm", 0.01, 2
        )
        self.dn_length = _dry_spin(
            translate("treatment_panel", "Needle length"), "needle_length_mm", 1, 0
        )
        self.needle_advice = QLabel()
        self.needle_advice.setWordWrap(True)
        self.needle_advice.setTextFormat(Qt.TextFormat.PlainText)
        self.needle_advice.setAccessibleName(
            translate("treatment_panel", "Needle advice at this position")
        )
        self.needle_warning = QLabel()
        self.needle_warning.setWordWrap(True)
        self.needle_warning.setTextFormat(Qt.TextFormat.PlainText)
        palette.restyle(self.needle_warning, palette.text_style("error", bold=True))
        self.needle_warning.setAccessibleName(translate("treatment_panel", "Needle too long"))
        self.refusal = plain_label(wrap=True)  # it may quote a typed agent name
        palette.restyle(self.refusal, palette.text_style("error", bold=True))
        self.use_dry_needling = QPushButton(translate("treatment_panel", "Dry needling instead"))
        self.use_saline = QPushButton(translate("treatment_panel", "Normal saline instead"))
        self.tick_allergy = QPushButton(
            translate("treatment_panel", "Tick the local anaesthetic allergy box")
        )
        self.tick_allergy.setToolTip(
            translate(
                "treatment_panel",
                "The allergies text names a local anaesthetic: record it as an allergy.",
            )
        )
        self._build_layout()
        self._connect()
        self.show_points([])

    # --- public -------------------------------------------------------------------------------

    @property
    def point_ids(self) -> list[str]:
        """The points being edited."""
        return list(self._ids)

    @property
    def volume(self) -> BoundedSpin:
        """The injected volume (mL), a field of :attr:`injection`."""
        return self.injection.volume

    def show_points(self, point_ids: list[str]) -> None:
        """Edit these points (an empty list disables the panel)."""
        self._ids = list(point_ids)
        self._show_refusal(None)
        self.refresh()

    # --- layout and wiring --------------------------------------------------------------------

    def _build_layout(self) -> None:
        findings = QGroupBox(translate("treatment_panel", "Findings"))
        form = reflowing_form(findings)
        form.addRow(translate("treatment_panel", "Status"), self.status)
        form.addRow(translate("treatment_panel", "Taut band"), self.taut_band)
        form.addRow(translate("treatment_panel", "Twitch (LTR)"), self.twitch)
        form.addRow(translate("treatment_panel", "Jump sign"), self.jump_sign)
        form.addRow(translate("treatment_panel", "Referred pain"), self.referred)
        form.addRow("", self.referral_area)
        pain = QHBoxLayout()
        pain.addWidget(self.pain_before)
        pain.addWidget(QLabel(translate("treatment_panel", "after")))
        pain.addWidget(self.pain_after)
        pain.addStretch(1)
        form.addRow(buddy(translate("treatment_panel", "Pain &before"), self.pain_before), pain)
        treatment = QGroupBox(translate("treatment_panel", "Treatment"))
        column = QVBoxLayout(treatment)
        column.addWidget(self.kind)
        column.addWidget(self.injection)
        self.dry_box = QWidget()
        form = reflowing_form(self.dry_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            buddy(translate("treatment_panel", "Needle &diameter"), self.dn_diameter),
            self.dn_diameter,
        )
        form.addRow(
            buddy(translate("treatment_panel", "Needle &length"), self.dn_length), self.dn_length
        )
        column.addWidget(self.dry_box)
        column.addWidget(self.needle_advice)
        column.addWidget(self.needle_warning)
        column.addWidget(self.refusal)
        # One above the other: side by side their German and Spanish words set a width wider
        # than the details panel.
        column.addWidget(self.use_dry_needling)
        column.addWidget(self.use_saline)
        column.addWidget(self.tick_allergy)
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
        self.injection.edited.connect(self._set_injection)
        self.injection.refused.connect(self._out_of_range)
        self.injection.note.connect(self._show_refusal)
        for spin, attr in (
            (self.dn_diameter, "needle_diameter_mm"),
            (self.dn_length, "needle_length_mm"),
        ):
            spin.committed.connect(lambda v, a=attr: self._set_dry(a, v))
            spin.refused.connect(self._out_of_range)
        self.use_dry_needling.clicked.connect(lambda: self._kind_chosen("dry_needling"))
        self.use_saline.clicked.connect(self._use_saline)
        self.tick_allergy.clicked.connect(self._tick_allergy)
        doc = self._doc
        doc.point_changed.connect(lambda pid: self.refresh() if pid in self._ids else None)
        doc.point_removed.connect(self._on_removed)
        doc.details_changed.connect(self.refresh)
        doc.session_reset.connect(self._forget)

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
            self._show_refusal(str(refusal), allergy=self._refused_for_allergy(change))
            self.refresh()
            return False
        return True

    def _set_finding(self, attr: str, value: object, *, merge: bool) -> None:
        self._apply(
            translate("treatment_panel", "Set {field}").format(
                field=clinical_wording.field_words(attr)
            ),
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

    def _fresh(self, point: TriggerPoint, template: Treatment) -> Treatment:
        """The treatment a point starts with when its kind is chosen: ``template`` (the last
        one used, or the default) with a needle no longer than the point's zone advises for
        this patient (clinical-basis §4.6)."""
        cautions = self._doc.location(point.id).cautions
        return clinical.treatment_for_site(template, cautions, self._doc.session.patient)

    def _kind_chosen(self, kind: object) -> None:
        fresh: dict[object, Treatment] = {
            "examined": ExaminedOnly(),
            "injection": self._last_injection,
            "dry_needling": self._last_dry,
        }

        def make(p: TriggerPoint) -> Treatment:
            return p.treatment if p.treatment.kind == kind else self._fresh(p, fresh[kind])

        self._set_treatment(translate("treatment_panel", "Set treatment"), make)

    def _set_injection(self, update: dict[str, object], what: str, key: str | None) -> None:
        """Each point's injection, or the last one used, changed by ``update``."""

        def make(p: TriggerPoint) -> Treatment:
            if isinstance(p.treatment, Injection):
                return revalidated(p.treatment, **update)
            return revalidated(self._fresh(p, self._last_injection), **update)

        self._set_treatment(what, make, key)

    def _use_saline(self) -> None:
        self._set_injection(
            {
                "agent": "saline",
                "agent_other": "",
                "concentration_percent": 0.9,
                "with_epinephrine": False,
                "mixed_with": (),
            },
            translate("treatment_panel", "Set agent"),
            None,
        )

    def _set_dry(self, attr: str, value: object) -> None:
        def make(p: TriggerPoint) -> Treatment:
            if isinstance(p.treatment, DryNeedling):
                return revalidated(p.treatment, **{attr: value})
            return revalidated(self._fresh(p, self._last_dry), **{attr: value})

        self._set_treatment(translate("treatment_panel", "Set needle"), make, attr)

    def _tick_allergy(self) -> None:
        """Record the allergy written in the text as the ticked box (one undoable edit)."""
        self._edit(lambda: self._doc.edit_details("patient", "allergy_local_anaesthetic", True))

    def _out_of_range(self, message: str) -> None:
        self.refused.emit(message)

    def _refused_for_allergy(self, change: Callable[[TriggerPoint], TriggerPoint]) -> bool:
        """Whether ``change`` was refused because the patient is allergic to what it gives."""
        patient = self._doc.session.patient
        for point in self._points():
            try:
                treatment = change(point).treatment
            except ValueError:  # pydantic's ValidationError too: refused for another reason
                continue
            if clinical.check_treatment_allowed(patient, treatment) is not None:
                return True
        return False

    def _show_refusal(self, message: str | None, *, allergy: bool = False) -> None:
        self._refused = message
        self._refused_allergy = allergy
        self._show_message(message, allergy=allergy)

    def _show_message(self, message: str | None, *, allergy: bool) -> None:
        """Show ``message``; ``allergy``: it refuses a treatment the patient is allergic to
        (the alternatives are offered)."""
        palette.restyle(self.refusal, palette.text_style("error", bold=True))
        self.refusal.setText(message or "")
        self.refusal.setVisible(bool(message))
        patient = self._doc.session.patient
        text_only = bool(clinical.text_allergy(patient)) and not patient.allergy_local_anaesthetic
        allergic = patient.allergy_local_anaesthetic or text_only
        offer = bool(message) and allergic and allergy
        self.use_dry_needling.setVisible(offer)
        self.use_saline.setVisible(offer)
        self.tick_allergy.setVisible(offer and text_only)

    def _forget(self) -> None:
        """A new session: no point shown, and nothing of the last patient's treatments kept."""
        self._last_injection = Injection()
        self._last_dry = DryNeedling()
        self.show_points([])

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
            self.header.setText(
                translate("treatment_panel", "Select a point to record its findings and treatment.")
            )
            self.header.show()
            self.injection.hide()
            self.dry_box.hide()
            self.needle_advice.hide()
            self.needle_warning.hide()
            self._show_message(self._refused, allergy=self._refused_allergy)
            return
        numbers = ", ".join(str(p.number) for p in points)
        self.header.setText(
            translate("treatment_panel", "Points {numbers}: changes apply to all {count}.").format(
                numbers=numbers, count=len(points)
            )
        )
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
        self.injection.setVisible(kind == "injection")
        self.dry_box.setVisible(kind == "dry_needling")
        if isinstance(first, Injection) and kind == "injection":
            self.injection.show_injection(first)
        if isinstance(first, DryNeedling) and kind == "dry_needling":
            self.dn_diameter.show_value(first.needle_diameter_mm)
            self.dn_length.show_value(first.needle_length_mm)
        self._show_needle_advice(points)
        conflict = next(
            (
                m
                for p in points
                if (m := clinical.check_treatment_allowed(self._doc.session.patient, p.treatment))
            ),
            None,
        )
        if conflict:
            self._show_message(conflict, allergy=True)
        else:
            self._show_message(self._refused, allergy=self._refused_allergy)

    def _show_needle_advice(self, points: list[TriggerPoint]) -> None:
        """The zone's needle advice at the first point; a warning for each needle too long."""
        patient = self._doc.session.patient
        cautions = self._doc.location(points[0].id).cautions
        self.needle_advice.setText(needle_advice.advice_text(cautions, patient))
        self.needle_advice.setVisible(points[0].treatment.kind != "examined")
        located = [(p, self._doc.location(p.id).cautions) for p in points]
        lines = needle_advice.too_long_lines(located, patient)
        self.needle_warning.setText("\n".join(lines))
        self.needle_warning.setVisible(bool(lines))
