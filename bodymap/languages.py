"""The language of a run: bodymap's translations and Qt's own, loaded with QtCore alone.

:func:`use` loads ``bodymap/i18n/bodymap_<language>.qm`` (built from the ``.ts`` sources by
``make``) and Qt's translations of its standard dialogs (``qtbase_<language>.qm``), and
installs them for :func:`bodymap.i18n.translate` and, once there is one, for the
QCoreApplication (:func:`install_in_application`), so Qt's own buttons and dialogs speak
the same language. Dates are written in the language's own short form, with the full year.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from bodymap import i18n

I18N_FOLDER: Final = Path(__file__).resolve().parent / "i18n"
"""Where the ``.ts`` sources and the ``.qm`` files built from them are (also in the bundle)."""
_log = logging.getLogger(__name__)
_loaded: list[QTranslator] = []
"""The translators in use: kept here so Python does not free what Qt holds."""


def catalogue(language: str) -> Path:
    """The compiled translations of bodymap for ``language``."""
    return I18N_FOLDER / f"bodymap_{language}.qm"


def system_language() -> str:
    """The language of the system's locale (``QLocale.system()``) if bodymap speaks it, else
    English."""
    return i18n.first_supported(QLocale.system().uiLanguages())


def date_pattern(language: str) -> str:
    """The QLocale pattern of a date in ``language``: its short form, with the full year and
    two-digit days and months, so no century is guessed and columns line up ("dd.MM.yyyy")."""
    pattern = QLocale(language).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    if "dd" not in pattern:
        pattern = pattern.replace("d", "dd")
    if "MM" not in pattern:
        pattern = pattern.replace("M", "MM")
    return pattern


def _date_writer(language: str) -> i18n.DateFormatter:
    locale = QLocale(language)
    pattern = date_pattern(language)

    def write(value: dt.date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), pattern)

    return write


def use(language: str) -> bool:
    """Translate into ``language`` from now on (``"en"``: the source texts, nothing loaded).

    Returns False when bodymap's translations for it cannot be loaded (they are built by
    ``make``); the texts then stay English, and a warning says why.
    """
    remove_from_application()
    _loaded.clear()
    if language == i18n.SOURCE_LANGUAGE or language not in i18n.LANGUAGES:
        i18n.install(None)
        return language == i18n.SOURCE_LANGUAGE
    own = QTranslator()
    if not own.load(str(catalogue(language))):
        _log.warning("the %s translations were not found (%s)", language, catalogue(language))
        i18n.install(None)
        return False
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found_qt = qt.load(f"qtbase_{language}", qt_folder)
    _loaded.extend([own, qt] if found_qt else [own])

    def translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return own.translate(context, text, disambiguation, n) or ""

    i18n.install(
        translated,
        language=language,
        dates=_date_writer(language),
        decimal_point=QLocale(language).decimalPoint(),
        group_separator=QLocale(language).groupSeparator(),
    )
    install_in_application()
    return True


def install_in_application() -> None:
    """Give the running QCoreApplication the translators in use (Qt's dialogs and buttons)."""
    if QCoreApplication.instance() is None:
        return
    for translator in _loaded:
        QCoreApplication.installTranslator(translator)


def remove_from_application() -> None:
    """Take the translators in use out of the running QCoreApplication."""
    if QCoreApplication.instance() is None:
        return
    for translator in _loaded:
        QCoreApplication.removeTranslator(translator)
