"""Body size and age: BMI, lean body weight (Janmahasatian), the weight doses are based on,
and the patient's age on the day of the encounter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final, Literal

from bodymap import i18n
from bodymap.i18n import translate
from bodymap.model import Patient, Session

OBESE_BMI: Final = 30.0
"""From this BMI (WHO obesity) doses are based on lean body weight (clinical-basis §6.3)."""
UNDERWEIGHT_BMI: Final = 18.5
"""Below this BMI (WHO underweight) the needle advice is shorter (clinical-basis §4.6)."""
OVERWEIGHT_BMI: Final = 25.0
"""From this BMI the thorax needle advice is longer (clinical-basis §4.4, §4.6)."""
HEAVY_KG: Final = 100.0
"""From this weight a missing height gives a caution (clinical-basis §6.3)."""
ADULT_YEARS: Final = 18
"""Under this age the adult maxima and needle advice do not apply (clinical-basis §6.6)."""
ELDERLY_YEARS: Final = 65
"""From this age a lower local anaesthetic dose is advised (clinical-basis §6.6)."""


def bmi(patient: Patient) -> float | None:
    """Body mass index in kg/m² to one decimal, as it is shown, or None when weight or height
    is not recorded. Every threshold compares the value the clinician reads: 76.8 kg at 160 cm
    is BMI 30.0, where the quotient in floating point falls just short of 30."""
    if patient.weight_kg is None or patient.height_cm is None:
        return None
    metres = patient.height_cm / 100.0
    return round(patient.weight_kg / (metres * metres), 1)


def lean_body_weight(
    weight_kg: float, height_cm: float, sex: Literal["female", "male", "other", "unknown"]
) -> float:
    """Lean body weight in kg by Janmahasatian et al. 2005 (clinical-basis §6.3).

    Men: 9270 x W / (6680 + 216 x BMI); women: 9270 x W / (8780 + 244 x BMI). The formula needs
    the sex; when it is "other" or "unknown" the lower of the two results is used, so the dose
    maximum errs low.
    """
    metres = height_cm / 100.0
    index = weight_kg / (metres * metres)
    male = 9270.0 * weight_kg / (6680.0 + 216.0 * index)
    female = 9270.0 * weight_kg / (8780.0 + 244.0 * index)
    if sex == "male":
        return male
    if sex == "female":
        return female
    return min(male, female)


@dataclass(frozen=True)
class DosingWeight:
    """The weight a dose maximum is computed for, and why.

    ``basis`` is "total" (the recorded weight) or "lean" (lean body weight, BMI >= 30 with a
    recorded height); ``bmi`` is None without a height.
    """

    kg: float
    basis: Literal["total", "lean"]
    bmi: float | None

    @property
    def text(self) -> str:
        """E.g. "70 kg" or "62 kg lean body weight (BMI 36)"."""
        kg = i18n.decimal(f"{self.kg:.1f}".removesuffix(".0"))
        if self.basis == "lean" and self.bmi is not None:
            return translate("doses", "{kg} kg lean body weight (BMI {bmi})").format(
                kg=kg, bmi=f"{self.bmi:.0f}"
            )
        return f"{kg} kg"


def dosing_weight(patient: Patient) -> DosingWeight | None:
    """The weight for dose maxima: lean body weight when BMI >= 30, else the recorded weight.

    The switch at BMI 30 is a step, as in the guidance it follows (clinical-basis §6.3): just
    below it the maxima are those of the total weight, which is what the labels use. None when
    the weight is not recorded (the dose cannot be checked).
    """
    if patient.weight_kg is None:
        return None
    index = bmi(patient)
    if index is not None and index >= OBESE_BMI and patient.height_cm is not None:
        lean = lean_body_weight(patient.weight_kg, patient.height_cm, patient.sex)
        return DosingWeight(min(lean, patient.weight_kg), "lean", index)
    return DosingWeight(patient.weight_kg, "total", index)


def age_on(born: dt.date, on: dt.date) -> int:
    """Age in whole years on the day ``on``."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def session_age(session: Session) -> int | None:
    """The patient's age in whole years on the encounter date (the day the session was created
    when no encounter date is recorded); None without a date of birth."""
    born = session.patient.date_of_birth
    if born is None:
        return None
    on = session.encounter.date or session.created.date()
    return age_on(born, on)
