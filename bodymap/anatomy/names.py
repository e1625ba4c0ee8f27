"""The names of the diagram's parts in the installed language (no Qt).

The diagram asset names its muscles, bones and areas in English; those names are data, kept
as they are, and translated here where they are shown. Every name the asset uses is marked
below for translation (a test checks none is missing): muscles in two forms, as a name stands
alone ("Upper trapezius") and inside running text ("upper trapezius"), since languages differ
in which they capitalise; bones and areas as the phrase that places a position over them.
"""

from __future__ import annotations

from typing import Final

from bodymap.i18n import QT_TRANSLATE_NOOP, translate

MUSCLES: Final = (
    QT_TRANSLATE_NOOP("muscles", "Upper trapezius"),
    QT_TRANSLATE_NOOP("muscles", "Middle trapezius"),
    QT_TRANSLATE_NOOP("muscles", "Lower trapezius"),
    QT_TRANSLATE_NOOP("muscles", "Levator scapulae"),
    QT_TRANSLATE_NOOP("muscles", "Rhomboid minor"),
    QT_TRANSLATE_NOOP("muscles", "Rhomboid major"),
    QT_TRANSLATE_NOOP("muscles", "Serratus posterior superior"),
    QT_TRANSLATE_NOOP("muscles", "Supraspinatus"),
    QT_TRANSLATE_NOOP("muscles", "Infraspinatus"),
    QT_TRANSLATE_NOOP("muscles", "Teres minor"),
    QT_TRANSLATE_NOOP("muscles", "Teres major"),
    QT_TRANSLATE_NOOP("muscles", "Latissimus dorsi"),
    QT_TRANSLATE_NOOP("muscles", "Posterior deltoid"),
    QT_TRANSLATE_NOOP("muscles", "Splenius capitis"),
    QT_TRANSLATE_NOOP("muscles", "Splenius cervicis"),
    QT_TRANSLATE_NOOP("muscles", "Semispinalis capitis"),
    QT_TRANSLATE_NOOP("muscles", "Suboccipital group"),
    QT_TRANSLATE_NOOP("muscles", "Thoracic paraspinals"),
    QT_TRANSLATE_NOOP("muscles", "Thoracic multifidi/rotatores"),
    QT_TRANSLATE_NOOP("muscles", "Middle deltoid"),
    QT_TRANSLATE_NOOP("muscles", "Sternocleidomastoid"),
    QT_TRANSLATE_NOOP("muscles", "Long head of triceps"),
    QT_TRANSLATE_NOOP("muscles", "Triceps, long head"),
    QT_TRANSLATE_NOOP("muscles", "Multifocal / unspecified"),
)
"""Every muscle name of the diagram and of ``clinical.wording``, as a name standing alone."""

MUSCLES_IN_TEXT: Final = (
    QT_TRANSLATE_NOOP("muscles", "upper trapezius"),
    QT_TRANSLATE_NOOP("muscles", "middle trapezius"),
    QT_TRANSLATE_NOOP("muscles", "lower trapezius"),
    QT_TRANSLATE_NOOP("muscles", "levator scapulae"),
    QT_TRANSLATE_NOOP("muscles", "rhomboid minor"),
    QT_TRANSLATE_NOOP("muscles", "rhomboid major"),
    QT_TRANSLATE_NOOP("muscles", "serratus posterior superior"),
    QT_TRANSLATE_NOOP("muscles", "supraspinatus"),
    QT_TRANSLATE_NOOP("muscles", "infraspinatus"),
    QT_TRANSLATE_NOOP("muscles", "teres minor"),
    QT_TRANSLATE_NOOP("muscles", "teres major"),
    QT_TRANSLATE_NOOP("muscles", "latissimus dorsi"),
    QT_TRANSLATE_NOOP("muscles", "posterior deltoid"),
    QT_TRANSLATE_NOOP("muscles", "splenius capitis"),
    QT_TRANSLATE_NOOP("muscles", "splenius cervicis"),
    QT_TRANSLATE_NOOP("muscles", "semispinalis capitis"),
    QT_TRANSLATE_NOOP("muscles", "suboccipital group"),
    QT_TRANSLATE_NOOP("muscles", "thoracic paraspinals"),
    QT_TRANSLATE_NOOP("muscles", "thoracic multifidi/rotatores"),
    QT_TRANSLATE_NOOP("muscles", "middle deltoid"),
    QT_TRANSLATE_NOOP("muscles", "sternocleidomastoid"),
    QT_TRANSLATE_NOOP("muscles", "long head of triceps"),
    QT_TRANSLATE_NOOP("muscles", "triceps, long head"),
    QT_TRANSLATE_NOOP("muscles", "multifocal / unspecified"),
)
"""The same names inside running text ("right upper trapezius")."""

OVER: Final = {
    "back of the skull": QT_TRANSLATE_NOOP("location", "over the back of the skull"),
    "superior nuchal line": QT_TRANSLATE_NOOP("location", "over the superior nuchal line"),
    "external occipital protuberance": QT_TRANSLATE_NOOP(
        "location", "over the external occipital protuberance"
    ),
    "scapula": QT_TRANSLATE_NOOP("location", "over the scapula"),
    "scapular spine": QT_TRANSLATE_NOOP("location", "over the scapular spine"),
    "posterior acromial angle": QT_TRANSLATE_NOOP("location", "over the posterior acromial angle"),
    "acromion": QT_TRANSLATE_NOOP("location", "over the acromion"),
    "root of the scapular spine": QT_TRANSLATE_NOOP(
        "location", "over the root of the scapular spine"
    ),
    "ear": QT_TRANSLATE_NOOP("location", "over the ear"),
    "lateral head of triceps": QT_TRANSLATE_NOOP("location", "over the lateral head of triceps"),
}
"""A position over a bone, a part of a bone or an area, by the name the asset gives it."""

SPINOUS_PROCESS_SUFFIX: Final = " spinous process"
"""How the asset names a spinous process: "T4 spinous process"."""


def muscle(name: str) -> str:
    """A muscle's name standing alone, in the installed language ("Upper trapezius")."""
    return translate("muscles", name)


def muscle_in_text(name: str) -> str:
    """A muscle's name inside running text ("upper trapezius")."""
    return translate("muscles", name[:1].lower() + name[1:])


def sided(side: str, muscle_text: str) -> str:
    """A muscle (its name in running text) on the patient's left or right: "left upper
    trapezius", "right levator scapulae"; on the midline, the name alone."""
    if side == "left":
        return translate("location", "left {muscle}").format(muscle=muscle_text)
    if side == "right":
        return translate("location", "right {muscle}").format(muscle=muscle_text)
    return muscle_text


def over(name: str) -> str:
    """A position over the bone, part of a bone or area the asset names ``name``: "over the
    scapular spine", "over the T4 spinous process"."""
    if name.endswith(SPINOUS_PROCESS_SUFFIX):
        vertebra = name.removesuffix(SPINOUS_PROCESS_SUFFIX)
        return translate("location", "over the {vertebra} spinous process").format(
            vertebra=vertebra
        )
    if name in OVER:
        return translate("location", OVER[name])
    return translate("location", "over the {part}").format(part=name)
