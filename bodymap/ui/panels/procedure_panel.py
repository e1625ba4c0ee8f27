"""ProcedurePanel: warnings, consent and time-out, checklist, dose totals, codes, aftercare.

Warnings, totals and codes come from :mod:`bodymap.clinical` and are recomputed whenever the
session changes; codes are shown, never written into the session. Consent and time-out sit
beside the warning about them (clinical-basis §8.4). Everything is plain text: agent names
and allergy words in the messages are typed by the user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap import clinical, i18n
from bodymap.clinical.common import share_percent
from bodymap.clinical.wording import COMPLICATION_LABELS, complication_label
from bodymap.i18n import QT_TRANSLATE_NOOP, Context, translate
from bodymap.model import Complication, isolate
from bodymap.ui import palette
from bodymap.ui.document import SessionDocument
from bodymap.ui.panels.checks import SessionChecks, TextLines, WarningList
from bodymap.ui.panels.fields import (
    ValidatedField,
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
    reflowing_form,
    scrolling_column,
)
from bodymap.ui.plain_text import plain_label

POSITIONS = {
    "prone": QT_TRANSLATE_NOOP("procedure_panel", "Prone"),
    "seated": QT_TRANSLATE_NOOP("procedure_panel", "Seated"),
    "side_lying": QT_TRANSLATE_NOOP("procedure_panel", "Side-lying"),
}
"""Each position as the list shows it (English; translated where shown)."""
SKIN_PREPS = {
    "alcohol": QT_TRANSLATE_NOOP("procedure_panel", "Alcohol"),
    "chlorhexidine": QT_TRANSLATE_NOOP("procedure_panel", "Chlorhexidine"),
    "povidone_iodine": QT_TRANSLATE_NOOP("procedure_panel", "Povidone-iodine"),
    "none": QT_TRANSLATE_NOOP("procedure_panel", "None"),
}
"""Each skin preparation as the list shows it (English; translated where shown)."""
procedure_panel = Context("procedure_panel")
CONSENT_CODES = frozenset({"encounter.consent_missing", "encounter.timeout_missing"})
"""The warnings shown beside the consent and time-out boxes."""
_PLAIN = ""


def _alert() -> str:
    return palette.text_style("error", bold=True)


def _note() -> str:
    return palette.text_style("muted")


def _box_style(*, quiet: bool) -> str:
    scheme = palette.scheme()
    if quiet:
        border = palette.css(scheme.quiet_border)
        return f"QFrame#warnings {{ border: 1px solid {border}; border-radius: 4px; }}"
    return (
        f"QFrame#warnings {{ background: {palette.css(scheme.notice_background)};"
        f" border: 1px solid {palette.css(scheme.notice_border)}; border-radius: 4px; }}"
    )


def _fmt(value: float) -> str:
    return i18n.decimal(f"{value:.1f}".removesuffix(".0"))


class ProcedurePanel(DocumentPanel):
    """The procedure as performed and what followed, with the session's clinical warnings."""

    def __init__(
        self,
        doc: SessionDocument,
        checks: SessionChecks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, parent)
        self._checks = checks or SessionChecks(doc, self)
        self.warnings_title = QLabel(translate("procedure_panel", "Check before saving"))
        self.warnings_title.setWordWrap(True)  # longer in German and Spanish than the panel
        font = self.warnings_title.font()
        font.setBold(True)
        self.warnings_title.setFont(font)
        self.warnings = WarningList(translate("procedure_panel", "Warnings"))
        self.consent = QCheckBox(translate("procedure_panel", "Consent obtained"))
        self.timeout = QCheckBox(translate("procedure_panel", "Time-out done"))
        self.timeout_scope = plain_label(wrap=True, selectable=True)
        self.timeout_scope.setText(
            translate(
                "procedure_panel",
                "Just before needling: identity, procedure, site and side, allergies, "
                "anticoagulants.",
            )
        )
        self.timeout_scope.setStyleSheet(_note())
        self.timeout.setToolTip(self.timeout_scope.text())
        self.consent_warnings = WarningList(
            translate("procedure_panel", "Consent and time-out warnings")
        )
        self.position = combo(_shown(POSITIONS), translate("procedure_panel", "Position"))
        self.skin_prep = combo(_shown(SKIN_PREPS), translate("procedure_panel", "Skin preparation"))
        self.vapocoolant = QCheckBox(
            translate("procedure_panel", "Vapocoolant spray (ethyl chloride) used")
        )
        self.ultrasound = QCheckBox(translate("procedure_panel", "Ultrasound guidance"))
        self.ultrasound.setToolTip(
            translate("procedure_panel", "Needles placed under ultrasound guidance (CPT 76942).")
        )
        self.infection = QCheckBox(
            translate("procedure_panel", "Infection at or near a needle site")
        )
        self.infection.setToolTip(
            translate("procedure_panel", "A contraindication: never needle through infected skin.")
        )
        self.start_now = QPushButton(translate("procedure_panel", "Now"))
        self.start_now.setAccessibleName(translate("procedure_panel", "Start time: now"))
        self.end_now = QPushButton(translate("procedure_panel", "Now"))
        self.end_now.setAccessibleName(translate("procedure_panel", "End time: now"))
        self.start_time = time_field(translate("procedure_panel", "Start time"), self.start_now)
        self.end_time = time_field(translate("procedure_panel", "End time"), self.end_now)
        self.elapsed = plain_label(wrap=True, selectable=True)
        self.totals = TextLines(translate("procedure_panel", "Totals per agent"))
        self.totals_note = plain_label(wrap=True, selectable=True)
        self.totals_note.setStyleSheet(_note())
        self.codes = TextLines(translate("procedure_panel", "Suggested procedure codes"))
        self.response = multi_line(
            translate(
                "procedure_panel", "Immediate response (e.g. pain 6/10 → 2/10, tolerated well)"
            )
        )
        self.complications = {
            value: QCheckBox(complication_label(value)) for value in COMPLICATION_LABELS
        }
        self.complication_notes = multi_line(translate("procedure_panel", "Complication details"))
        self.complication_notes.setAccessibleName(
            translate("procedure_panel", "Complication details")
        )
        self.aftercare = QCheckBox(translate("procedure_panel", "Aftercare advice given"))
        self.aftercare_text = plain_label(wrap=True, selectable=True)
        self.aftercare_text.setAccessibleName(translate("procedure_panel", "Aftercare advice"))
        # An indent a style sheet gives is not counted when the label's height is worked out
        # for its width: the last lines were cut off. Contents margins are counted.
        self.aftercare_text.setContentsMargins(18, 0, 0, 0)
        self.follow_up = date_field(translate("procedure_panel", "Follow-up date"))
        self.fibromyalgia_note = plain_label(wrap=True, selectable=True)
        self.fibromyalgia_note.setText(translate("aftercare", clinical.FIBROMYALGIA_NOTE))
        palette.restyle(self.fibromyalgia_note, palette.text_style("warning"))
        self._build_layout()
        self._connect()
        self.refresh()

    # --- public -------------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        """Messages of the fields currently refusing their input, by field label."""
        return field_errors(self._fields())

    def _fields(self) -> tuple[ValidatedField, ...]:
        return (self.start_time, self.end_time, self.follow_up)

    def warning_messages(self) -> list[str]:
        """The clinical warnings currently shown."""
        return [w.message for w in self._checks.warnings()]

    # --- layout and wiring --------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.warnings_box = QFrame()
        self.warnings_box.setObjectName("warnings")
        column = QVBoxLayout(self.warnings_box)
        column.addWidget(self.warnings_title)
        column.addWidget(self.warnings)
        before = QGroupBox(translate("procedure_panel", "Consent and time-out"))
        column = QVBoxLayout(before)
        column.addWidget(self.consent)
        column.addWidget(self.timeout)
        column.addWidget(self.timeout_scope)
        column.addWidget(self.consent_warnings)
        checklist = QGroupBox(translate("procedure_panel", "Procedure"))
        form = reflowing_form(checklist)
        form.addRow(translate("procedure_panel", "Pos&ition"), self.position)
        form.addRow(translate("procedure_panel", "S&kin prep"), self.skin_prep)
        form.addRow("", self.vapocoolant)
        form.addRow("", self.ultrasound)
        form.addRow("", self.infection)
        form.addRow(translate("procedure_panel", "&Start"), self.start_time)
        form.addRow(translate("procedure_panel", "E&nd"), self.end_time)
        form.addRow(translate("procedure_panel", "Elapsed"), self.elapsed)
        totals = QGroupBox(translate("procedure_panel", "Totals per agent"))
        column = QVBoxLayout(totals)
        column.addWidget(self.totals)
        column.addWidget(self.totals_note)
        codes = QGroupBox(translate("procedure_panel", "Suggested procedure codes (not applied)"))
        QVBoxLayout(codes).addWidget(self.codes)
        after = QGroupBox(translate("procedure_panel", "After the procedure"))
        form = reflowing_form()
        form.addRow(translate("procedure_panel", "Resp&onse"), self.response)
        column = QVBoxLayout()
        column.setSpacing(2)
        for box in self.complications.values():
            column.addWidget(box)
        form.addRow(translate("procedure_panel", "Complications"), column)
        form.addRow("", self.complication_notes)
        follow_up = reflowing_form()
        follow_up.addRow(translate("procedure_panel", "Fo&llow-up"), self.follow_up)
        # The long wrapped texts sit in a plain column: a form row spanning both columns was
        # given the height of the unwrapped text, and the advice's last lines were cut off.
        column = QVBoxLayout(after)
        column.addLayout(form)
        column.addWidget(self.aftercare)
        column.addWidget(self.aftercare_text)
        column.addLayout(follow_up)
        column.addWidget(self.fibromyalgia_note)
        scrolling_column(self, (self.warnings_box, before, checklist, totals, codes, after))

    def _connect(self) -> None:
        def edit(attr: str) -> Callable[[object], None]:
            return lambda value: self._set(attr, value)

        self.consent.toggled.connect(
            lambda on: self._edit(
                lambda: self._doc.edit_details("encounter", "consent_obtained", on)
            )
        )
        self.timeout.toggled.connect(
            lambda on: self._edit(lambda: self._doc.edit_details("encounter", "timeout_done", on))
        )
        self.position.activated.connect(lambda i: self._set("position", self.position.itemData(i)))
        self.skin_prep.activated.connect(
            lambda i: self._set("skin_prep", self.skin_prep.itemData(i))
        )
        self.vapocoolant.toggled.connect(edit("vapocoolant"))
        self.ultrasound.toggled.connect(edit("ultrasound_guidance"))
        self.infection.toggled.connect(edit("infection_at_site"))
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
        for field in self._fields():
            field.refused.connect(self.refused)
        self._refresh_on_every_change()

    def _set(self, attr: str, value: object) -> None:
        self._edit(lambda: self._doc.edit_details("procedure", attr, value))

    def _complication(self, value: Complication, on: bool) -> None:
        chosen = set(self._doc.session.procedure.complications)
        if on:
            chosen = {value} if value == "none" else (chosen - {"none"}) | {value}
        else:
            chosen.discard(value)
        self._set("complications", [c for c in COMPLICATION_LABELS if c in chosen])

    # --- model → widgets ----------------------------------------------------------------------

    def _refresh(self) -> None:
        session = self._doc.session
        procedure = session.procedure
        self.consent.setChecked(session.encounter.consent_obtained)
        self.timeout.setChecked(session.encounter.timeout_done)
        self.position.setCurrentIndex(self.position.findData(procedure.position))
        self.skin_prep.setCurrentIndex(self.skin_prep.findData(procedure.skin_prep))
        self.vapocoolant.setChecked(procedure.vapocoolant)
        self.ultrasound.setChecked(procedure.ultrasound_guidance)
        self.infection.setChecked(procedure.infection_at_site)
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
        self.aftercare_text.setText(_reflow(clinical.aftercare_text(session.patient, session)))
        self.follow_up.show_value(procedure.follow_up, iso(procedure.follow_up))
        self.fibromyalgia_note.setVisible(session.patient.fibromyalgia)
        palette.restyle(self.fibromyalgia_note, palette.text_style("warning"))
        self._show_warnings()
        self._show_totals()
        self._show_codes()

    def _show_elapsed(self) -> None:
        procedure = self._doc.session.procedure
        minutes = clinical.elapsed_minutes(procedure)
        if procedure.start_time is None or procedure.end_time is None:
            self.elapsed.setText(translate("procedure_panel", "Enter the start and end times."))
            palette.restyle(self.elapsed, _note())
        elif minutes is None:
            self.elapsed.setText(
                translate("procedure_panel", "End is before start: correct the times")
            )
            palette.restyle(self.elapsed, _alert())
        elif minutes > clinical.LONG_PROCEDURE_MINUTES:
            limit = clinical.LONG_PROCEDURE_MINUTES
            self.elapsed.setText(
                translate(
                    "procedure_panel", "{minutes} min: over {limit} min, check the times"
                ).format(minutes=minutes, limit=limit)
            )
            palette.restyle(self.elapsed, _alert())
        else:
            self.elapsed.setText(
                translate("procedure_panel", "{minutes} min").format(minutes=minutes)
            )
            palette.restyle(self.elapsed, _PLAIN)

    def _show_warnings(self) -> None:
        found = self._checks.warnings()
        self.warnings.set_warnings(found, translate("procedure_panel", "No clinical warnings."))
        blocking = sum(w.severity == "warning" for w in found)
        palette.restyle(self.warnings_box, _box_style(quiet=not found))
        self.warnings_title.setText(
            procedure_panel.tr("Check before saving: %n warnings to confirm", None, blocking)
            if blocking
            else translate("procedure_panel", "Check before saving")
        )
        self.consent_warnings.set_warnings([w for w in found if w.code in CONSENT_CODES])

    def _show_totals(self) -> None:
        """One line per drug with its share of the maximum for the weight, or of the absolute
        cap when the weight is missing (clinical-basis §5.4); a mixture's part of each drug
        on a line of its own."""
        totals = self._checks.totals()
        if not totals:
            self.totals.set_lines(
                [(translate("procedure_panel", "No injections recorded."), _note())]
            )
            self.totals_note.hide()
            return
        rows: list[tuple[str, str]] = []
        for t in totals:
            problem = t.exceeds_max or not t.checked or t.mg_incomplete
            rows.append((total_line(t), _alert() if problem else _PLAIN))
            if len(t.rows) > 1 or t.mixed:
                rows += [
                    (
                        "    "
                        + translate("procedure_panel", "{part}: {ml} mL").format(
                            part=r.label, ml=_fmt(r.total_ml)
                        ),
                        _PLAIN,
                    )
                    for r in t.rows
                ]
        shares = [t for t in totals if t.share is not None]
        if len(shares) > 1:
            together = sum(t.share or 0.0 for t in shares) * 100
            known = all(t.fraction_of_max is not None for t in shares)
            if known:
                text = translate(
                    "procedure_panel", "Local anaesthetics together: {percent}% of the maximum"
                )
            else:
                text = translate(
                    "procedure_panel",
                    "Local anaesthetics together: {percent}% of the maximum whatever the weight",
                )
            style = _alert() if together > 100 + 1e-7 else _PLAIN
            line = text.format(percent=f"{together:.0f}")
            rows.append((line, style))
        self.totals.set_lines(rows)
        self.totals_note.setText(self._totals_footnote(totals))
        self.totals_note.show()

    def _totals_footnote(self, totals: list[clinical.AgentTotal]) -> str:
        """What the maxima are computed for (clinical-basis §5.3, §6.3, §6.4), as
        :func:`bodymap.clinical.dose_basis_text` says it, and the published maxima used."""
        text = clinical.dose_basis_text(self._doc.session)
        used = [
            translate("procedure_panel", "{agent}: {maximum}").format(
                agent=t.name, maximum=t.maximum_text
            )
            for t in totals
            if t.maximum_text
        ]
        if not used:
            return text
        maxima = translate("procedure_panel", "Published maxima used: {maxima}.")
        return f"{text} {maxima.format(maxima='; '.join(used))}"

    def _show_codes(self) -> None:
        suggestions = clinical.suggest_procedure_codes(self._doc.session)
        if not suggestions:
            self.codes.set_lines(
                [
                    (
                        translate("procedure_panel", "No treated points with a named muscle yet."),
                        _note(),
                    )
                ]
            )
            return
        self.codes.set_lines([(s.summary, _PLAIN) for s in suggestions])


def total_line(total: clinical.AgentTotal) -> str:
    """One drug's total: "Lidocaine: 4 mL = 40 mg; max 288 mg for 64 kg (14% of max)", or
    without a weight "...; weight not recorded; at most 200 mg whatever the weight (20% of
    that cap)". A typed name is bidi-isolated."""
    typed = total.agent == "other" and total.agent_id is None
    name = isolate(total.name) if typed else total.name
    ml = _fmt(total.total_ml)
    mg = _fmt(total.total_mg) if total.total_mg is not None else ""
    if mg and total.mg_incomplete:
        amount = translate(
            "procedure_panel", "{ml} mL = {mg} mg, concentration missing for some"
        ).format(ml=ml, mg=mg)
    elif mg:
        amount = translate("procedure_panel", "{ml} mL = {mg} mg").format(ml=ml, mg=mg)
    elif total.mg_incomplete:  # no concentration recorded for this drug at all
        amount = translate("procedure_panel", "{ml} mL, concentration missing").format(ml=ml)
    else:
        amount = translate("procedure_panel", "{ml} mL").format(ml=ml)
    limit = total.limit_text
    # With a concentration missing somewhere, the share counts only what is known: at least.
    at_least = "\u2265" if total.mg_incomplete else ""
    if total.fraction_of_max is not None:
        limit = translate("procedure_panel", "max {limit} ({percent}% of max)").format(
            limit=limit, percent=f"{at_least}{share_percent(total.fraction_of_max)}"
        )
    elif total.share is not None:
        limit = translate("procedure_panel", "{limit} ({percent}% of that cap)").format(
            limit=limit, percent=f"{at_least}{share_percent(total.share)}"
        )
    return translate("procedure_panel", "{agent}: {amount}; {limit}").format(
        agent=name, amount=amount, limit=limit
    )


def _shown(labels: dict[str, str]) -> dict[str, str]:
    """A table of English labels (value: label) in the installed language."""
    return {value: translate("procedure_panel", label) for value, label in labels.items()}


def _reflow(text: str) -> str:
    """Join the indented continuation lines of the advice so the label can wrap it."""
    lines: list[str] = []
    for line in text.strip().splitlines():
        if line.startswith("  ") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return "\n".join(lines)
