"""PatientPanel: patient and encounter details; every edit is one undo step on the document.

Also holds the small field helpers the procedure panel shares: :func:`apply_detail` (validated
edit of one patient, encounter or procedure field) and :class:`ValidatedField` (a line edit
that refuses invalid input with a red border and a message under it naming the field).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bodymap import clinical
from bodymap.model import MAX_TEXT
from bodymap.ui.commands import EditDetailsCommand
from bodymap.ui.document import SessionDocument

Section = Literal["patient", "encounter", "procedure"]
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a4b00"
_INVALID_STYLE = f"border: 2px solid {ERROR_COLOUR}; border-radius: 3px; padding: 1px;"


def apply_detail(doc: SessionDocument, section: Section, attr: str, value: object) -> str | None:
    """Push one undoable edit of ``section.attr``; return the model's refusal, if any.

    The new value is validated by the model, so nothing invalid reaches the session.
    """
    old: BaseModel = getattr(doc.session, section)
    if getattr(old, attr) == value:
        return None
    try:
        new = type(old).model_validate({**old.model_dump(), attr: value})
    except ValidationError as exc:
        return str(exc.errors()[0]["msg"])
    doc.undo_stack.push(EditDetailsCommand(doc, old, new, attr))  # type: ignore[arg-type]
    return None


def plain_text(edit: QPlainTextEdit) -> str:
    """The text of a multi-line field, cut to the model's limit."""
    return edit.toPlainText()[:MAX_TEXT]


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Show ``text`` unless it is shown already (keeps the cursor while typing)."""
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def multi_line(placeholder: str, height: int = 64) -> QPlainTextEdit:
    """A short multi-line field where Tab moves on instead of inserting a tab."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


# --- parsing --------------------------------------------------------------------------------

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_PREFIX = re.compile(r"^\d{0,4}(-\d{0,2}(-\d{0,1})?)?$")
_TIME = re.compile(r"^(\d{1,2}):?(\d{2})$")
_TIME_PREFIX = re.compile(r"^\d{0,2}:?\d?$")


def parse_date(
    text: str, *, earliest: dt.date | None = None, latest: dt.date | None = None
) -> dt.date | None:
    """Parse YYYY-MM-DD (empty: None); ValueError with a plain message when invalid."""
    text = text.strip()
    if not text:
        return None
    if not _DATE.match(text):
        raise ValueError(f"'{text}' is not a date; write it as YYYY-MM-DD")
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text} does not exist on the calendar") from None
    if earliest is not None and value < earliest:
        raise ValueError(f"{text} is before {earliest.isoformat()}")
    if latest is not None and value > latest:
        raise ValueError(f"{text} is after {latest.isoformat()}")
    return value


def date_partial(text: str) -> bool:
    """Whether ``text`` may still become a date as the user keeps typing."""
    return len(text.strip()) < 10 and bool(_DATE_PREFIX.match(text.strip()))


def parse_time(text: str) -> dt.time | None:
    """Parse HH:MM or HHMM, 24-hour clock (empty: None)."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is None:
        raise ValueError(f"'{text}' is not a time; write it as HH:MM (24-hour)")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"{text} is not a time of day")
    return dt.time(hour, minute)


def time_partial(text: str) -> bool:
    """Whether ``text`` may still become a time as the user keeps typing."""
    return len(text.strip()) < 4 and bool(_TIME_PREFIX.match(text.strip()))


def parse_weight(text: str) -> float | None:
    """Parse a weight in kg (empty: None): above 0 and at most 400 kg, as the model allows."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a number of kilograms") from None
    if not math.isfinite(value) or value <= 0 or value > 400:
        raise ValueError(f"{text} kg is not accepted; enter more than 0 and at most 400 kg")
    return value


def weight_partial(text: str) -> bool:
    """Zero followed by a decimal point may still become a weight such as 0.8."""
    return bool(re.match(r"^0[.,]?0*$", text.strip()))


# --- a line edit that refuses invalid input --------------------------------------------------


class ValidatedField(QWidget):
    """A line edit that parses its text and emits the value; invalid text is refused.

    Valid text is committed while typing (nothing is lost when the user saves without leaving
    the field). Invalid text is not recorded: the field gets a red border, a message under it
    names the field and says how to fix it, and the value the session had before this edit is
    committed back. Text that may still become valid (a half-typed date) waits for the user to
    leave the field before it is reported.
    """

    committed = Signal(object)

    def __init__(
        self,
        label: str,
        parse: Callable[[str], object],
        partial: Callable[[str], bool] = lambda _text: False,
        placeholder: str = "",
        buttons: tuple[QPushButton, ...] = (),
    ) -> None:
        super().__init__()
        self.label = label
        self._parse = parse
        self._partial = partial
        self._baseline: object = None
        self._updating = False
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(label)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self._on_finished)
        self.edit.installEventFilter(self)

    @property
    def error_text(self) -> str:
        """The message under the field, or "" when the field is valid."""
        return self.error.text() if not self.error.isHidden() else ""

    def set_error(self, message: str | None) -> None:
        """Mark the field invalid with ``message`` (None: clear the mark)."""
        self.edit.setStyleSheet(_INVALID_STYLE if message else "")
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.edit.setAccessibleDescription(message or "")

    def show_value(self, value: object, text: str) -> None:
        """Show the session's value (after undo, reset, or another widget's edit)."""
        try:
            if self._parse(self.edit.text()) == value:
                return  # our own edit coming back, or already shown
        except ValueError:
            if value == self._baseline:
                return  # our refusal coming back: keep the invalid text and its message
        self._baseline = value
        self._updating = True
        try:
            self.edit.setText(text)
        finally:
            self._updating = False
        self.set_error(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusIn and not self.error_text:
            with contextlib.suppress(ValueError):
                self._baseline = self._parse(self.edit.text())
        return super().eventFilter(watched, event)

    def _on_text(self, text: str) -> None:
        if self._updating:
            return
        try:
            value = self._parse(text)
        except ValueError as exc:
            self.set_error(None if self._partial(text) else f"{self.label}: {exc}. Not recorded.")
            self.committed.emit(self._baseline)
            return
        self.set_error(None)
        self.committed.emit(value)

    def _on_finished(self) -> None:
        try:
            self._baseline = self._parse(self.edit.text())
        except ValueError as exc:
            self.set_error(f"{self.label}: {exc}. Not recorded.")


# --- the panel -------------------------------------------------------------------------------

SEX_LABELS = {"unknown": "Not recorded", "female": "Female", "male": "Male", "other": "Other"}


class PatientPanel(QWidget):
    """Patient and encounter details. Edits are undo commands; undo and reload update it."""

    def __init__(self, doc: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._updating = False
        today = dt.date.today
        # --- patient
        self.name = QLineEdit()
        self.identifier = QLineEdit()
        self.identifier.setPlaceholderText("MRN or clinic number")
        self.date_of_birth = ValidatedField(
            "Date of birth",
            lambda t: parse_date(t, earliest=dt.date(1900, 1, 1), latest=today()),
            date_partial,
            "YYYY-MM-DD",
        )
        self.sex = QComboBox()
        for value, label in SEX_LABELS.items():
            self.sex.addItem(label, value)
        self.weight = ValidatedField("Weight", parse_weight, weight_partial, "kg, e.g. 72.5")
        self.weight.setToolTip("Needed to check the maximum local anaesthetic dose.")
        self.allergies = multi_line("Allergies (drugs, latex, adhesives, antiseptics)")
        self.allergy_la = QCheckBox("Allergic to local anaesthetics")
        self.allergy_la.setToolTip(
            "Injections of lidocaine, bupivacaine or ropivacaine are refused."
        )
        self.fibromyalgia = QCheckBox("Fibromyalgia")
        self.anticoagulation = QCheckBox("Anticoagulated")
        self.history = multi_line("Relevant history, prior conservative care", 72)
        # --- encounter
        self.today_button = QPushButton("Today")
        self.today_button.setToolTip("Set the encounter date to today")
        self.encounter_date = ValidatedField(
            "Encounter date",
            lambda t: parse_date(t, earliest=dt.date(1900, 1, 1)),
            date_partial,
            "YYYY-MM-DD",
            (self.today_button,),
        )
        self.clinician = QLineEdit()
        self.clinic = QLineEdit()
        self.indication = multi_line("Indication: symptoms, baseline pain, prior care", 72)
        self.diagnoses = QListWidget()
        self.diagnoses.setAccessibleName("Diagnoses (ICD-10-CM)")
        self.diagnoses.setToolTip("Tick the diagnoses; ★ marks codes suggested from the points.")
        self.diagnoses.setMinimumHeight(180)
        self.diagnoses.setWordWrap(True)
        self.diagnoses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.consent = QCheckBox("Consent obtained")
        self.timeout = QCheckBox("Time-out done (identity, procedure, site and side)")
        for edit in (self.name, self.identifier, self.clinician, self.clinic):
            edit.setMaxLength(200)
        self._build_layout()
        self._connect()
        self.refresh()

    # --- public -----------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        """Messages of the fields currently refusing their input, by field label."""
        fields = (self.date_of_birth, self.weight, self.encounter_date)
        return {f.label: f.error_text for f in fields if f.error_text}

    def focus_first_error(self) -> bool:
        """Put the cursor in the first field whose input was refused; False when none."""
        for field in (self.date_of_birth, self.weight, self.encounter_date):
            if field.error_text:
                field.edit.setFocus()
                field.edit.selectAll()
                return True
        return False

    def refresh(self) -> None:
        """Show the document's patient and encounter (no edits are made)."""
        self._updating = True
        try:
            self._refresh()
        finally:
            self._updating = False

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
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(patient)
        column.addWidget(encounter)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect(self) -> None:
        def text(section: Section, attr: str) -> Callable[[str], None]:
            return lambda value: self._edit(section, attr, value)

        def plain(section: Section, attr: str, edit: QPlainTextEdit) -> Callable[[], None]:
            return lambda: self._edit(section, attr, plain_text(edit))

        def check(section: Section, attr: str) -> Callable[[bool], None]:
            return lambda on: self._edit(section, attr, on)

        self.name.textChanged.connect(text("patient", "name"))
        self.identifier.textChanged.connect(text("patient", "identifier"))
        self.date_of_birth.committed.connect(text("patient", "date_of_birth"))
        self.sex.activated.connect(lambda i: self._edit("patient", "sex", self.sex.itemData(i)))
        self.weight.committed.connect(text("patient", "weight_kg"))
        self.allergies.textChanged.connect(plain("patient", "allergies", self.allergies))
        self.allergy_la.toggled.connect(check("patient", "allergy_local_anaesthetic"))
        self.fibromyalgia.toggled.connect(check("patient", "fibromyalgia"))
        self.anticoagulation.toggled.connect(check("patient", "anticoagulation"))
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
        doc = self._doc
        for signal in (doc.details_changed, doc.session_reset):
            signal.connect(self.refresh)
        for point_signal in (doc.point_added, doc.point_changed, doc.point_removed):
            point_signal.connect(lambda _id: self.refresh())

    def _edit(self, section: Section, attr: str, value: object) -> None:
        if self._updating or self._doc.read_only:
            return
        apply_detail(self._doc, section, attr, value)

    def _diagnoses_ticked(self, _item: QListWidgetItem) -> None:
        codes = []
        for row in range(self.diagnoses.count()):
            item = self.diagnoses.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(item.data(Qt.ItemDataRole.UserRole))
        self._edit("encounter", "diagnoses", codes)

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
        self.date_of_birth.show_value(patient.date_of_birth, _iso(patient.date_of_birth))
        self.sex.setCurrentIndex(self.sex.findData(patient.sex))
        weight = patient.weight_kg
        self.weight.show_value(weight, "" if weight is None else f"{weight:g}")
        set_plain_text(self.allergies, patient.allergies)
        self.allergy_la.setChecked(patient.allergy_local_anaesthetic)
        self.fibromyalgia.setChecked(patient.fibromyalgia)
        self.anticoagulation.setChecked(patient.anticoagulation)
        set_plain_text(self.history, patient.history)
        self.encounter_date.show_value(encounter.date, _iso(encounter.date))
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


def _iso(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()
