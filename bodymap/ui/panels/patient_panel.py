"""PatientPanel: patient and encounter details; each edit is one of the document's verbs.

Consent and time-out are on the Procedure tab, beside the warning about them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from bodymap import clinical, i18n
from bodymap.clinical.allergy import BOX_LABEL, allergy_warnings
from bodymap.clinical.body import UNDERWEIGHT_BMI
from bodymap.i18n import QT_TRANSLATE_NOOP, translate
from bodymap.model import Patient
from bodymap.ui import palette
from bodymap.ui.document import Section, SessionDocument
from bodymap.ui.panels.fields import (
    ValidatedField,
    date_field,
    field_errors,
    iso,
    plain_text,
    set_plain_text,
)
from bodymap.ui.panels.ranges import decimal_partial, measure_parser, model_bounds
from bodymap.ui.panels.widgets import (
    DocumentPanel,
    combo,
    multi_line,
    reflowing_form,
    scrolling_column,
    short_text,
)
from bodymap.ui.plain_text import FittingLabel

SEX_LABELS = {
    "unknown": QT_TRANSLATE_NOOP("patient_panel", "Not recorded"),
    "female": QT_TRANSLATE_NOOP("patient_panel", "Female"),
    "male": QT_TRANSLATE_NOOP("patient_panel", "Male"),
    "other": QT_TRANSLATE_NOOP("patient_panel", "Other"),
}
"""Each sex as the list shows it (English; translated where shown)."""
# clinical-basis §6.1: what the ticked box refuses, and what stays possible.
ALLERGY_BOX_TIP = QT_TRANSLATE_NOOP(
    "patient_panel",
    "Refuses every injection that holds a local anaesthetic of either class (amide or ester): "
    "the injected agent, every agent mixed into the same syringe, any agent named in a typed "
    "name, and any name ending in -caine. Dry needling and normal saline stay possible. An "
    "allergies field that names a local anaesthetic refuses its class even when this is not "
    "ticked.",
)
"""The allergy box's tooltip: what the rule covers (clinical-basis §6.1); English, translated
where shown."""
TEXT_ALLERGY_CODE = "allergy.text_unticked"
"""The warning the record prints for an allergy written only as text."""


def _measurement(what: str, field: str, unit: str, noun: str, hint: str) -> ValidatedField:
    """A patient measurement refused outside the model's limits (one source, §6.5)."""
    parse = measure_parser(model_bounds(Patient, field), unit, noun)
    return ValidatedField(what, parse, decimal_partial, hint)


class PatientPanel(DocumentPanel):
    """Patient and encounter details. Edits go to the document; undo and reload update it."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        # --- patient
        self.name = short_text()
        self.identifier = short_text(translate("patient_panel", "MRN or clinic number"))
        self.date_of_birth = date_field(
            translate("patient_panel", "Date of birth"), latest=dt.date.today
        )
        self.sex = combo(
            {sex: translate("patient_panel", label) for sex, label in SEX_LABELS.items()},
            translate("patient_panel", "Sex"),
        )
        self.weight = _measurement(
            translate("patient_panel", "Weight"),
            "weight_kg",
            "kg",
            translate("patient_panel", "kilograms"),
            translate("patient_panel", "kg, e.g. 72.5"),
        )
        self.weight.setToolTip(
            translate("patient_panel", "Needed to check the maximum local anaesthetic dose.")
        )
        self.height_cm = _measurement(
            translate("patient_panel", "Height"),
            "height_cm",
            "cm",
            translate("patient_panel", "centimetres"),
            translate("patient_panel", "cm, optional"),
        )
        self.height_cm.setToolTip(
            translate(
                "patient_panel",
                "With the weight it gives the BMI: needle advice for an underweight patient, "
                "and lean body weight for the dose maximum from BMI 30.",
            )
        )
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAccessibleName(translate("patient_panel", "Body mass index and dosing weight"))
        self.allergies = multi_line(
            translate("patient_panel", "Allergies (drugs, latex, adhesives, antiseptics)")
        )
        self.allergy_la = QCheckBox(translate("allergy", BOX_LABEL))
        self.allergy_la.setToolTip(translate("patient_panel", ALLERGY_BOX_TIP))
        self.allergy_prompt = FittingLabel()
        palette.restyle(self.allergy_prompt, palette.text_style("error", bold=True))
        self.allergy_prompt.setAccessibleName(translate("patient_panel", "Allergy written as text"))
        self.tick_allergy = QPushButton(
            translate("patient_panel", "Tick the local anaesthetic allergy box")
        )
        self.fibromyalgia = QCheckBox(translate("patient_panel", "Fibromyalgia"))
        self.anticoagulation = QCheckBox(translate("patient_panel", "Anticoagulated"))
        self.pregnant = QCheckBox(translate("patient_panel", "Pregnant"))
        self.pregnant.setToolTip(
            translate(
                "patient_panel",
                "A relative contraindication; local anaesthetic maxima are lowered by 20%.",
            )
        )
        self.history = multi_line(
            translate("patient_panel", "Relevant history, prior conservative care"), 72
        )
        # --- encounter
        self.today_button = QPushButton(translate("patient_panel", "Today"))
        self.today_button.setToolTip(translate("patient_panel", "Set the encounter date to today"))
        self.encounter_date = date_field(
            translate("patient_panel", "Encounter date"), buttons=(self.today_button,)
        )
        self.clinician = short_text()
        self.clinic = short_text()
        self.indication = multi_line(
            translate("patient_panel", "Indication: symptoms, baseline pain, prior care"), 72
        )
        self.diagnoses = QListWidget()
        self.diagnoses.setAccessibleName(translate("patient_panel", "Diagnoses (ICD-10-CM)"))
        self.diagnoses.setToolTip(
            translate(
                "patient_panel", "Tick the diagnoses; ★ marks codes suggested from the points."
            )
        )
        self.diagnoses.setMinimumHeight(180)
        self.diagnoses.setWordWrap(True)
        self.diagnoses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._build_layout()
        self._connect()
        self.refresh()

    # --- public -----------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        """Messages of the fields currently refusing their input, by field label."""
        return field_errors(self._fields())

    def focus_first_error(self) -> bool:
        """Put the cursor in the first field whose input was refused; False when none."""
        for field in self._fields():
            if field.error_text:
                field.edit.setFocus()
                field.edit.selectAll()
                return True
        return False

    def _fields(self) -> tuple[ValidatedField, ...]:
        return (self.date_of_birth, self.weight, self.height_cm, self.encounter_date)

    # --- layout and wiring --------------------------------------------------------------------

    def _build_layout(self) -> None:
        patient = QGroupBox(translate("patient_panel", "Patient"))
        form = reflowing_form(patient)
        form.addRow(translate("patient_panel", "&Name"), self.name)
        form.addRow(translate("patient_panel", "&MRN / ID"), self.identifier)
        form.addRow(translate("patient_panel", "Date of &birth"), self.date_of_birth)
        form.addRow(translate("patient_panel", "Se&x"), self.sex)
        form.addRow(translate("patient_panel", "Weight (&kg)"), self.weight)
        form.addRow(translate("patient_panel", "Hei&ght (cm)"), self.height_cm)
        form.addRow("", self.body)
        form.addRow(translate("patient_panel", "A&llergies"), self.allergies)
        form.addRow("", self.allergy_la)
        form.addRow(self.allergy_prompt)  # across both columns: long, and in red
        form.addRow("", self.tick_allergy)
        form.addRow("", self.fibromyalgia)
        form.addRow("", self.anticoagulation)
        form.addRow("", self.pregnant)
        form.addRow(translate("patient_panel", "Histor&y"), self.history)
        encounter = QGroupBox(translate("patient_panel", "Encounter"))
        form = reflowing_form(encounter)
        form.addRow(translate("patient_panel", "&Date"), self.encounter_date)
        form.addRow(translate("patient_panel", "&Clinician"), self.clinician)
        form.addRow(translate("patient_panel", "Cl&inic"), self.clinic)
        form.addRow(translate("patient_panel", "Indicati&on"), self.indication)
        diagnoses = QLabel(
            translate("patient_panel", "Diagno&ses (ICD-10-CM; ★ suggested from the points)")
        )
        diagnoses.setWordWrap(True)
        diagnoses.setBuddy(self.diagnoses)
        form.addRow(diagnoses)
        form.addRow(self.diagnoses)
        scrolling_column(self, (patient, encounter))

    def _connect(self) -> None:
        def text(section: Section, attr: str) -> Callable[[str], None]:
            return lambda value: self._set(section, attr, value)

        def plain(section: Section, attr: str, edit: QPlainTextEdit) -> Callable[[], None]:
            return lambda: self._set(section, attr, plain_text(edit))

        def check(section: Section, attr: str) -> Callable[[bool], None]:
            return lambda on: self._set(section, attr, on)

        self.name.textChanged.connect(text("patient", "name"))
        self.identifier.textChanged.connect(text("patient", "identifier"))
        self.date_of_birth.committed.connect(text("patient", "date_of_birth"))
        self.sex.activated.connect(lambda i: self._set("patient", "sex", self.sex.itemData(i)))
        self.weight.committed.connect(text("patient", "weight_kg"))
        self.height_cm.committed.connect(text("patient", "height_cm"))
        self.allergies.textChanged.connect(plain("patient", "allergies", self.allergies))
        self.allergy_la.toggled.connect(check("patient", "allergy_local_anaesthetic"))
        self.tick_allergy.clicked.connect(
            lambda: self._set("patient", "allergy_local_anaesthetic", True)
        )
        self.fibromyalgia.toggled.connect(check("patient", "fibromyalgia"))
        self.anticoagulation.toggled.connect(check("patient", "anticoagulation"))
        self.pregnant.toggled.connect(check("patient", "pregnant"))
        self.history.textChanged.connect(plain("patient", "history", self.history))
        self.encounter_date.committed.connect(text("encounter", "date"))
        self.today_button.clicked.connect(
            lambda: self.encounter_date.edit.setText(dt.date.today().isoformat())
        )
        self.clinician.textChanged.connect(text("encounter", "clinician"))
        self.clinic.textChanged.connect(text("encounter", "clinic"))
        self.indication.textChanged.connect(plain("encounter", "indication", self.indication))
        self.diagnoses.itemChanged.connect(self._diagnoses_ticked)
        for field in self._fields():
            field.refused.connect(self.refused)
        self._refresh_on_every_change()

    def _set(self, section: Section, attr: str, value: object) -> None:
        self._edit(lambda: self._doc.edit_details(section, attr, value))

    def _diagnoses_ticked(self, _item: QListWidgetItem) -> None:
        codes = []
        for row in range(self.diagnoses.count()):
            item = self.diagnoses.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(item.data(Qt.ItemDataRole.UserRole))
        self._set("encounter", "diagnoses", codes)

    # --- model → widgets ----------------------------------------------------------------------

    def _refresh(self) -> None:
        session = self._doc.session
        patient, encounter = session.patient, session.encounter
        for edit, value in (
            (self.name, patient.name),
            (self.identifier, patient.identifier),
            (self.clinician, encounter.clinician),
            (self.clinic, encounter.clinic),
        ):
            if edit.text() != value:
                edit.setText(value)
        self.date_of_birth.show_value(patient.date_of_birth, iso(patient.date_of_birth))
        self.sex.setCurrentIndex(self.sex.findData(patient.sex))
        weight = patient.weight_kg
        self.weight.show_value(weight, "" if weight is None else f"{weight:g}")
        height = patient.height_cm
        self.height_cm.show_value(height, "" if height is None else f"{height:g}")
        self._show_body(patient)
        set_plain_text(self.allergies, patient.allergies)
        self.allergy_la.setChecked(patient.allergy_local_anaesthetic)
        self._show_allergy_prompt(patient)
        self.fibromyalgia.setChecked(patient.fibromyalgia)
        self.anticoagulation.setChecked(patient.anticoagulation)
        self.pregnant.setChecked(patient.pregnant)
        set_plain_text(self.history, patient.history)
        self.encounter_date.show_value(encounter.date, iso(encounter.date))
        set_plain_text(self.indication, encounter.indication)
        self._fill_diagnoses()
        enabled = not self._doc.read_only
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QCheckBox | QComboBox):
                widget.setEnabled(enabled)
        self.today_button.setEnabled(enabled)
        self.tick_allergy.setEnabled(enabled)

    def _show_body(self, patient: Patient) -> None:
        """BMI and the weight doses are checked against (clinical-basis §6.3)."""
        index = clinical.bmi(patient)
        weight = clinical.dosing_weight(patient)
        if index is None:
            self.body.setText(translate("patient_panel", "BMI: enter weight and height."))
        else:
            bmi = i18n.decimal(f"{index:.1f}")
            if weight is not None and weight.basis == "lean":
                text = translate("patient_panel", "BMI {bmi}; doses checked for {weight}").format(
                    bmi=bmi, weight=weight.text
                )
            elif index < UNDERWEIGHT_BMI:
                text = translate(
                    "patient_panel", "BMI {bmi}; underweight: shorter needles are advised"
                ).format(bmi=bmi)
            else:
                text = translate("patient_panel", "BMI {bmi}").format(bmi=bmi)
            self.body.setText(text)

    def _show_allergy_prompt(self, patient: Patient) -> None:
        """An allergy written only as text: the record's warning, in red, and a button to tick
        the box (clinical-basis §6.1). The field's text turns red as the record prints it."""
        session = self._doc.session
        written = next(
            (w.message for w in allergy_warnings(session) if w.code == TEXT_ALLERGY_CODE),
            None,
        )
        self.allergy_prompt.setText(written or "")
        self.allergy_prompt.setVisible(written is not None)
        self.tick_allergy.setVisible(written is not None)
        mentions = bool(clinical.text_allergy(patient))
        error = palette.css(palette.scheme().error)
        palette.restyle(self.allergies, f"QPlainTextEdit {{ color: {error}; }}" if mentions else "")

    def _fill_diagnoses(self) -> None:
        session = self._doc.session
        chosen = list(session.encounter.diagnoses)
        suggested = {s.code: s.reason for s in clinical.suggest_diagnoses(session)}
        choices = list(clinical.ICD10_CHOICES)
        known = {code for code, _ in choices}
        choices = [(code, translate("codes", title)) for code, title in choices]
        unknown = translate("patient_panel", "(from the session file)")
        choices += [(code, unknown) for code in chosen if code not in known]
        rows = []
        for code, title in choices:
            mark = "★ " if code in suggested else ""
            rows.append((code, f"{mark}{code}  {title}", suggested.get(code), code in chosen))
        same = self.diagnoses.count() == len(rows) and all(
            self.diagnoses.item(i).data(Qt.ItemDataRole.UserRole) == row[0]
            for i, row in enumerate(rows)
        )
        self.diagnoses.blockSignals(True)
        try:
            if not same:
                self.diagnoses.clear()
                for code, *_ in rows:
                    item = QListWidgetItem()
                    item.setData(Qt.ItemDataRole.UserRole, code)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    self.diagnoses.addItem(item)
            for i, (_code, text, reason, checked) in enumerate(rows):
                item = self.diagnoses.item(i)
                item.setText(text)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                font = QFont(self.diagnoses.font())
                font.setBold(reason is not None)
                item.setFont(font)
                item.setToolTip(
                    translate("patient_panel", "Suggested: {reason}").format(reason=reason)
                    if reason
                    else ""
                )
        finally:
            self.diagnoses.blockSignals(False)
