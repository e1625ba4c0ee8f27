"""The paper a record is printed on when nobody chose: the region's everyday size.

US Letter where the Unicode CLDR's supplemental data lists it as the region's paper size
(Unicode Technical Standard #35, part 6, "Measurement System Data": Belize, Canada, Chile,
Colombia, Costa Rica, Guatemala, Mexico, Nicaragua, Panama, the Philippines, Puerto Rico,
El Salvador, the United States and Venezuela), ISO A4 everywhere else.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QLocale

LETTER_TERRITORIES: Final = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)
"""ISO 3166 codes of the regions whose everyday paper is US Letter (CLDR)."""


def paper_for_territory(code: str) -> str:
    """``"letter"`` for a region of :data:`LETTER_TERRITORIES`, else ``"a4"``."""
    return "letter" if code.upper() in LETTER_TERRITORIES else "a4"


def default_paper(locale: QLocale | None = None) -> str:
    """The paper of the system's region (or of ``locale``'s): ``"a4"`` or ``"letter"``.

    The region, not the language: bodymap in English in Germany prints on A4, in Spanish in
    Mexico on Letter.
    """
    territory = (locale or QLocale.system()).territory()
    return paper_for_territory(QLocale.territoryToCode(territory))
