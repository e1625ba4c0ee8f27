"""PatientCheckBar: at the next visit, a bar asking to confirm the patient data carried over.

Weight, allergies, anticoagulation and pregnancy change between visits, and each changes what
may be injected (``history.CONFIRM_AT_NEXT_VISIT``, clinical-basis §9.3). When a session is
started from an earlier one, the bar shows their values as carried over, follows edits made in
the Patient tab, and stays until the clinician confirms them or another session is opened.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from bodymap import i18n
from bodymap.i18n import date_text, translate
from bodymap.model import Patient, isolate
from bodymap.ui import palette
from bodymap.ui.plain_text import plain_tooltip

ALLERGIES_SHOWN = 60
"""Characters of the allergies shown in the bar (all of them in the Patient tab)."""


def _yes_no(value: bool) -> str:
    return translate("patient_check", "yes") if value else translate("patient_check", "no")


def carried_text(patient: Patient) -> str:
    """The values to confirm, e.g. "weight 72 kg · allergies: latex · allergic to local
    anaesthetics: no · anticoagulated: no · pregnant: no" (typed text bidi-isolated)."""
    if patient.weight_kg is not None:
        weight = i18n.decimal(f"{patient.weight_kg:g}") + " kg"
    else:
        weight = translate("patient_check", "not recorded")
    allergies = " ".join(patient.allergies.split()) or translate("patient_check", "none recorded")
    if len(allergies) > ALLERGIES_SHOWN:
        allergies = allergies[: ALLERGIES_SHOWN - 1].rstrip() + "…"
    shown = isolate(allergies) if patient.allergies.strip() else allergies
    return " · ".join(
        (
            translate("patient_check", "weight {weight}").format(weight=weight),
            translate("patient_check", "allergies: {allergies}").format(allergies=shown),
            translate("patient_check", "allergic to local anaesthetics: {answer}").format(
                answer=_yes_no(patient.allergy_local_anaesthetic)
            ),
            translate("patient_check", "anticoagulated: {answer}").format(
                answer=_yes_no(patient.anticoagulation)
            ),
            translate("patient_check", "pregnant: {answer}").format(
                answer=_yes_no(patient.pregnant)
            ),
        )
    )


class PatientCheckBar(QToolBar):
    """A full-width bar under the toolbar: "Carried over from the visit of <date>: confirm for
    today: ..." with Review and Confirmed buttons. Hidden until :meth:`ask`.

    Signals:
        review_requested(): show the patient's details to change them.
        confirmed(): the clinician confirmed the values.
    """

    review_requested = Signal()
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("patient_check", "Patient details to confirm"), parent)
        self.setObjectName("patient_check_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # Two fixed lines; in a narrow window the end is cut and the tooltip has it all.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(240)
        self.label.setAccessibleName(translate("patient_check", "Patient details to confirm"))
        self.review_button = QPushButton(translate("patient_check", "Review in Patient Tab"))
        self.review_button.clicked.connect(self.review_requested)
        self.confirm_button = QPushButton(translate("patient_check", "Confirmed"))
        self.confirm_button.setToolTip(
            translate("patient_check", "The values above hold for today's visit")
        )
        self.confirm_button.clicked.connect(self._confirm)
        row = QWidget()
        row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.confirm_button)
        self.addWidget(row)
        background = palette.css(palette.PATIENT_CHECK_BACKGROUND)
        self.setStyleSheet(f"QToolBar#patient_check_bar {{ background: {background}; }}")
        self._since: dt.date | None = None
        self.hide()

    @property
    def pending(self) -> bool:
        """Whether the carried-over values wait to be confirmed."""
        return self._since is not None

    def ask(self, patient: Patient, since: dt.date) -> None:
        """Ask to confirm ``patient``'s values, carried over from the visit of ``since``."""
        self._since = since
        self.show_values(patient)
        self.show()

    def show_values(self, patient: Patient) -> None:
        """Show the values as they are now (after an edit in the Patient tab)."""
        if self._since is None:
            return
        text = translate(
            "patient_check", "Carried over from the visit of {date}: confirm for today\n{values}"
        ).format(date=date_text(self._since), values=carried_text(patient))
        self.label.setText(text)
        self.label.setToolTip(plain_tooltip(text))

    def dismiss(self) -> None:
        """Hide without confirming (another session was opened)."""
        self._since = None
        self.hide()

    def _confirm(self) -> None:
        self.dismiss()
        self.confirmed.emit()
