"""PatientPanel: patient and encounter details; each edit is one of the document's verbs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from bodymap import clinical
from bodymap.ui.document import Section, SessionDocument
from bodymap.ui.panels.fields import (
    ValidatedField,
    date_field,
    field_errors,
    iso,
    parse_weight,
    plain_text,
    set_plain_text,
    weight_partial,
)
from bodymap.ui.panels.widgets import (
    DocumentPanel,
    combo,
    multi_line,
    scrolling_column,
    short_text,
)

SEX_LABELS = {"unknown": "Not recorded", "female": "Female", "male": "Male", "other": "Other"}


class PatientPanel(DocumentPanel):
    """Patient and encounter details. Edits go to the document; undo and reload update it."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        # --- patient
        self.name = short_text()
        self.identifier = short_text("MRN or clinic number")
        self.date_of_birth = date_field("Date of birth", latest=dt.date.today)
        self.sex = combo(SEX_LABELS)
        self.weight = ValidatedField("Weight", parse_weight, weight_partial, "kg, e.g. 72.5")
        self.weight.setToolTip("Needed to check the maximum local anaesthetic dose.")
        self.allergies = multi_line("Allergies (drugs, latex, adhesives, antiseptics)")
        self.allergy_la = QCheckBox("Allergic to local anaesthetics")
        self.allergy_la.setToolTip(
            "Injections of lidocaine, bupivacaine or ropivacaine are refused."
        )
        self.fibromyalgia = QCheckBox("Fibromyalgia")
        self.anticoagulation = QCheckBox("Anticoagulated")
        self.pregnant = QCheckBox("Pregnant")
        self.pregnant.setToolTip("Lowers the maximum local anaesthetic dose.")
        self.history = multi_line("Relevant history, prior conservative care", 72)
        # --- encounter
        self.today_button = QPushButton("Today")
        self.today_button.setToolTip("Set the encounter date to today")
        self.encounter_date = date_field("Encounter date", buttons=(self.today_button,))
        self.clinician = short_text()
        self.clinic = short_text()
        self.indication = multi_line("Indication: symptoms, baseline pain, prior care", 72)
        self.diagnoses = QListWidget()
        self.diagnoses.setAccessibleName("Diagnoses (ICD-10-CM)")
        self.diagnoses.setToolTip("Tick the diagnoses; ★ marks codes suggested from the points.")
        self.diagnoses.setMinimumHeight(180)
        self.diagnoses.setWordWrap(True)
        self.diagnoses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.consent = QCheckBox("Consent obtained")
        self.timeout = QCheckBox("Time-out done (identity, procedure, site and side)")
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
        return (self.date_of_birth, self.weight, self.encounter_date)

    # --- layout and wiring --------------------------------------------------------------------

    def _build_layout(self) -> None:
        patient = QGroupBox("Patient")
        form = QFormLayout(patient)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("&Name", self.name)
        form.addRow("&MRN / ID", self.identifier)
        form.addRow("&Date of birth", self.date_of_birth)
        form.addRow("Se&x", self.sex)
        form.addRow("&Weight (kg)", self.weight)
        form.addRow("&Allergies", self.allergies)
        form.addRow("", self.allergy_la)
        form.addRow("", self.fibromyalgia)
        form.addRow("", self.anticoagulation)
        form.addRow("", self.pregnant)
        form.addRow("&History", self.history)
        encounter = QGroupBox("Encounter")
        form = QFormLayout(encounter)
        form.addRow("Dat&e", self.encounter_date)
        form.addRow("&Clinician", self.clinician)
        form.addRow("Clini&c", self.clinic)
        form.addRow("&Indication", self.indication)
        form.addRow(QLabel("Diagnoses (ICD-10-CM; ★ suggested from the points)"))
        form.addRow(self.diagnoses)
        form.addRow(self.consent)
        form.addRow(self.timeout)
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
        self.allergies.textChanged.connect(plain("patient", "allergies", self.allergies))
        self.allergy_la.toggled.connect(check("patient", "allergy_local_anaesthetic"))
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
        self.consent.toggled.connect(check("encounter", "consent_obtained"))
        self.timeout.toggled.connect(check("encounter", "timeout_done"))
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
        set_plain_text(self.allergies, patient.allergies)
        self.allergy_la.setChecked(patient.allergy_local_anaesthetic)
        self.fibromyalgia.setChecked(patient.fibromyalgia)
        self.anticoagulation.setChecked(patient.anticoagulation)
        self.pregnant.setChecked(patient.pregnant)
        set_plain_text(self.history, patient.history)
        self.encounter_date.show_value(encounter.date, iso(encounter.date))
        set_plain_text(self.indication, encounter.indication)
        self.consent.setChecked(encounter.consent_obtained)
        self.timeout.setChecked(encounter.timeout_done)
        self._fill_diagnoses()
        enabled = not self._doc.read_only
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QCheckBox | QComboBox):
                widget.setEnabled(enabled)
        self.today_button.setEnabled(enabled)

    def _fill_diagnoses(self) -> None:
        session = self._doc.session
        chosen = list(session.encounter.diagnoses)
        suggested = {s.code: s.reason for s in clinical.suggest_diagnoses(session)}
        choices = list(clinical.ICD10_CHOICES)
        known = {code for code, _ in choices}
        choices += [(code, "(from the session file)") for code in chosen if code not in known]
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
                item.setToolTip(f"Suggested: {reason}" if reason else "")
        finally:
            self.diagnoses.blockSignals(False)
