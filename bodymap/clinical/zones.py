"""The needling caution zones: what lies under each, the technique, and the depth advised.

Every zone, number and rule is in docs/clinical-basis.md §4 with its source; where the
positions lie is :mod:`bodymap.clinical.cautions`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from bodymap.clinical.body import OVERWEIGHT_BMI, UNDERWEIGHT_BMI
from bodymap.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class NeedleAdvice:
    """The deepest insertion advisable in a zone (clinical-basis §4.6).

    ``limit_mm`` is for an average adult, or when BMI is unknown; ``thin_mm`` for BMI under
    18.5; ``heavy_mm`` for BMI 25 or more where a source shows the depth grows with BMI (None:
    the average figure). None everywhere: no published depth (the needle is directed onto
    bone, or the zone adds a technique to another zone's depth).
    """

    limit_mm: float | None
    thin_mm: float | None = None
    heavy_mm: float | None = None
    note: str = ""
    """Said after the depth, e.g. that the depth is no safe one (the suboccipital zone)."""

    def limit_for(self, bmi: float | None) -> float | None:
        """The depth advised for a patient of this BMI (None: unknown BMI)."""
        if self.limit_mm is None:
            return None
        if bmi is not None and bmi < UNDERWEIGHT_BMI and self.thin_mm is not None:
            return self.thin_mm
        if bmi is not None and bmi >= OVERWEIGHT_BMI and self.heavy_mm is not None:
            return self.heavy_mm
        return self.limit_mm

    def too_long(self, length_mm: float, bmi: float | None = None) -> bool:
        """Whether a needle of this length, inserted to the hub, goes deeper than advised."""
        limit = self.limit_for(bmi)
        return limit is not None and length_mm > limit + 1e-9

    @staticmethod
    def depth_text(limit_mm: float) -> str:
        """ "insertion depth at most 20 mm (needle length 20 mm if inserted to the hub)"."""
        return translate(
            "cautions",
            "insertion depth at most {depth} mm (needle length {depth} mm if inserted to the hub)",
        ).format(depth=f"{limit_mm:g}")

    @property
    def text(self) -> str:
        """The advice for an average adult, e.g. "insertion depth at most 30 mm (needle length
        30 mm if inserted to the hub) for an average adult"."""
        if self.limit_mm is None:
            return translate("cautions", "no published depth limit")
        return (
            translate("cautions", "{depth} for an average adult").format(
                depth=self.depth_text(self.limit_mm)
            )
            + self.suffix
        )

    @property
    def suffix(self) -> str:
        """The note as it follows the depth ("; ..."), or ""."""
        return f"; {translate('cautions', self.note)}" if self.note else ""


Hazard = Literal["lung", "spinal_canal", "vertebral_artery"]


@dataclass(frozen=True)
class Caution:
    """A needling caution at a position: a badge on the map and a note on the record.

    ``risk`` is "high" or "lower" (over scapular bone); ``technique`` holds the rules to show;
    ``needle`` the deepest insertion advisable; ``hazard`` what lies under the zone.
    """

    code: str
    risk: Literal["high", "lower"]
    title: str
    technique: tuple[str, ...]
    needle: NeedleAdvice = field(default=NeedleAdvice(None))
    hazard: Hazard = "lung"
    zone: str = ""
    """The zone in a few words, e.g. "at the lung apex"."""

    @property
    def title_text(self) -> str:
        """:attr:`title` in the installed language."""
        return translate("cautions", self.title)

    @property
    def technique_text(self) -> tuple[str, ...]:
        """:attr:`technique` in the installed language."""
        return tuple(translate("cautions", rule) for rule in self.technique)

    @property
    def zone_text(self) -> str:
        """:attr:`zone` in the installed language."""
        return translate("cautions", self.zone) if self.zone else ""

    @property
    def over_lung(self) -> bool:
        """Whether this zone lies over the lung (counts for the bilateral check)."""
        return self.hazard == "lung"

    @property
    def near_spine(self) -> bool:
        """Whether the spinal canal or the vertebral artery lies under this zone."""
        return self.hazard != "lung"


SUBOCCIPITAL: Final = Caution(
    # clinical-basis §4.2: suboccipital zone; no safe depth by landmarks [4-6], [4-11].
    "needling.suboccipital",
    "high",
    QT_TRANSLATE_NOOP(
        "cautions", "Suboccipital region: high-risk needling zone (vertebral artery, spinal canal)"
    ),
    (
        QT_TRANSLATE_NOOP(
            "cautions",
            "No depth is safe here by landmarks: between the occiput, C1 and C2 no bone covers the "
            "spinal canal, and the vertebral artery lies deep.",
        ),
        QT_TRANSLATE_NOOP(
            "cautions",
            "About 40 mm was needed to reach rectus capitis posterior major in cadavers, inserted "
            "midway between the C2 spinous process and the C1 transverse process at 45 degrees or "
            "less cranially: go that deep only under ultrasound guidance.",
        ),
        QT_TRANSLATE_NOOP("cautions", "Never angle medially toward the spine."),
    ),
    NeedleAdvice(
        20.0,
        thin_mm=15.0,
        note=QT_TRANSLATE_NOOP(
            "cautions",
            "a limit for landmark-guided needling, not a safe depth: nothing is safe here",
        ),
    ),
    "vertebral_artery",
    QT_TRANSLATE_NOOP("cautions", "in the suboccipital region"),
)
CERVICAL: Final = Caution(
    # clinical-basis §4.2: paramedian neck C1-C7; depth of the epidural space [4-8].
    "needling.cervical",
    "high",
    QT_TRANSLATE_NOOP(
        "cautions", "Paramedian neck (C1\u2013C7): spinal canal and vertebral artery"
    ),
    (
        QT_TRANSLATE_NOOP(
            "cautions",
            "Epidural haematoma and cord injury have followed cervical paraspinal needling: keep "
            "the needle superficial, and never angle it medially toward the spine.",
        ),
        QT_TRANSLATE_NOOP("cautions", "Consider ultrasound guidance; ask about anticoagulants."),
    ),
    NeedleAdvice(25.0, thin_mm=20.0),
    "spinal_canal",
    QT_TRANSLATE_NOOP("cautions", "beside the cervical spine"),
)
APEX: Final = Caution(
    # clinical-basis §4.3: lung apex from the angle of the neck to the acromion, for any
    # muscle [4-1], [4-2], [4-13], [4-19].
    "pneumothorax.apex",
    "high",
    QT_TRANSLATE_NOOP("cautions", "Near the lung apex (angle of the neck): pneumothorax risk"),
    (
        QT_TRANSLATE_NOOP(
            "cautions", "Pincer-grasp the muscle and aim the needle at your fingers."
        ),
        QT_TRANSLATE_NOOP(
            "cautions", "Never angle the needle medially or caudally, toward the lung apex."
        ),
        QT_TRANSLATE_NOOP("cautions", "Consider ultrasound guidance."),
    ),
    NeedleAdvice(30.0, thin_mm=25.0),
    "lung",
    QT_TRANSLATE_NOOP("cautions", "at the lung apex"),
)
THORAX: Final = Caution(
    # clinical-basis §4.4: over the ribs, lateral to the spinous processes [4-14], [4-15].
    "pneumothorax.thorax",
    "high",
    QT_TRANSLATE_NOOP("cautions", "Over the thorax: pneumothorax risk"),
    (
        QT_TRANSLATE_NOOP(
            "cautions",
            "Angle the needle tangentially, or onto a rib bracketed between two fingers.",
        ),
        QT_TRANSLATE_NOOP("cautions", "Avoid the intercostal spaces."),
        QT_TRANSLATE_NOOP("cautions", "Consider ultrasound guidance."),
    ),
    NeedleAdvice(20.0, thin_mm=15.0, heavy_mm=25.0),
    "lung",
    QT_TRANSLATE_NOOP("cautions", "over the thorax"),
)
THORACIC_SPINE: Final = Caution(
    # clinical-basis §4.8: the midline between thoracic spinous processes [4-10].
    "needling.thoracic_spine",
    "high",
    QT_TRANSLATE_NOOP("cautions", "Between thoracic spinous processes: spinal canal"),
    (
        QT_TRANSLATE_NOOP(
            "cautions",
            "Epidural haematoma has followed dry needling near the thoracic spine: direct the "
            "needle onto a spinous process or lamina, never into the gap between them.",
        ),
    ),
    NeedleAdvice(None),
    "spinal_canal",
    QT_TRANSLATE_NOOP("cautions", "between the thoracic spinous processes"),
)
THORACIC_PARASPINAL: Final = Caution(
    # clinical-basis §4.8: the thoracic paraspinal strip [4-10].
    "needling.thoracic_paraspinal",
    "high",
    QT_TRANSLATE_NOOP("cautions", "Thoracic paraspinal muscles: spinal canal medially"),
    (
        QT_TRANSLATE_NOOP(
            "cautions",
            "Direct the needle onto the lamina or transverse process, never medially into the "
            "space between the laminae.",
        ),
    ),
    NeedleAdvice(None),
    "spinal_canal",
    QT_TRANSLATE_NOOP("cautions", "beside the thoracic spine"),
)
OVER_SCAPULA: Final = Caution(
    # clinical-basis §4.5: scapular bone shields the lung; the blade is thin [4-16].
    "pneumothorax.over_scapula",
    "lower",
    QT_TRANSLATE_NOOP("cautions", "Over scapular bone: lower pneumothorax risk"),
    (
        QT_TRANSLATE_NOOP(
            "cautions",
            "Direct the needle onto bone: the middle of the blade is about 2 mm thick, and a "
            "needle driven through it reaches the chest wall.",
        ),
    ),
    NeedleAdvice(40.0, thin_mm=35.0),
    "lung",
    QT_TRANSLATE_NOOP("cautions", "over scapular bone"),
)

CAUTIONS: Final[tuple[Caution, ...]] = (
    SUBOCCIPITAL,
    CERVICAL,
    THORACIC_SPINE,
    THORACIC_PARASPINAL,
    APEX,
    THORAX,
    OVER_SCAPULA,
)
"""Every caution zone, in the order lists and the record show them (high risk first)."""
CAUTION_CODES: Final = tuple(c.code for c in CAUTIONS)
