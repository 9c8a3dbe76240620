"""The window's language and the way it writes dates and numbers.

The window speaks English (the sources) or French (resources/i18n/qt/labapp_fr.qm). The
person's choice is kept in this computer's settings under `ui/language` ("en", "fr", or
absent to follow the system). It is applied once, at start, before any widget exists:
widgets take their texts when they are built, so a new choice applies at the next start.

Dates and numbers follow the locale set here as Qt's default (`QLocale()`): the system's
when it speaks the window's language, so a Belgian or Swiss French keeps its own formats.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib.resources import as_file

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from resources import resource

log = logging.getLogger(__name__)

SETTING = "ui/language"
SOURCE_LANGUAGE = "en"
# The window's languages, each named in itself as a person looks for it in a list.
LANGUAGES = {"en": "English", "fr": "Français"}
CATALOG = "i18n/qt/labapp_{language}.qm"
# Formats for a language the system does not speak and whose pair with the system's
# country Qt does not know: the lab works in Europe (day before month, 24-hour clock).
_FALLBACK_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


# -- the choice -----------------------------------------------------------------------


def saved_choice(settings: QSettings | None = None) -> str | None:
    """The language chosen in Settings, or None to follow the system."""
    value = (settings or QSettings()).value(SETTING)
    # Anything else (an older or hand-edited value) follows the system rather than fail.
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_choice(language: str | None, settings: QSettings | None = None) -> None:
    """Keep the choice for the next start; None goes back to following the system."""
    store = settings or QSettings()
    if language is None:
        store.remove(SETTING)
    elif language in LANGUAGES:
        store.setValue(SETTING, language)
    else:
        raise ValueError(f"the window has no {language!r} translation")
    store.sync()


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's languages the window speaks; English otherwise."""
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def format_locale(language: str, system: QLocale | None = None) -> QLocale:
    """Whose dates and numbers the window writes for this language."""
    system = system or QLocale.system()
    if system.language() == QLocale(language).language():
        return system
    if language == SOURCE_LANGUAGE and system.language() == QLocale.Language.C:
        return system  # no locale configured: the C locale's dates are ISO 8601 below
    territory = system.territory()
    if territory != QLocale.Country.AnyTerritory:
        paired = QLocale(QLocale(language).language(), territory)
        if paired.territory() == territory:
            return paired
    return QLocale(_FALLBACK_LOCALES[language])


def window_language() -> str:
    """The language the window was started in, for wording that is not Qt's (the
    protocol's check names, the report catalogs' grade names)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


# -- applying it ----------------------------------------------------------------------


@dataclass
class AppliedLanguage:
    """What `apply_language` changed, so that a test can put it back."""

    language: str
    locale: QLocale
    previous_locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)


def apply_language(
    app: QCoreApplication,
    settings: QSettings | None = None,
    system: QLocale | None = None,
) -> AppliedLanguage:
    """Install the chosen (or the system's) language and its formats; call it once the
    application exists and before the first widget is built."""
    system = system or QLocale.system()
    language = saved_choice(settings) or system_language(system)
    locale = format_locale(language, system)
    applied = AppliedLanguage(language, locale, QLocale())
    QLocale.setDefault(locale)
    # Qt's own first (buttons of standard dialogs, context menus), then ours, which is
    # searched first since it is installed last. In English, ours holds only the plural
    # forms of the "%n order(s)" texts.
    translators = [_labapp_translator(app, language)]
    if language != SOURCE_LANGUAGE:
        translators.insert(0, _qt_translator(app, language))
    for translator in translators:
        if translator is not None and QCoreApplication.installTranslator(translator):
            applied.translators.append(translator)
    log.info("window language %s, formats %s", language, locale.name())
    return applied


def _qt_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", folder):
        return translator
    # PySide6 wheels ship them; a distribution's Qt may not. Ours still apply.
    log.info("no Qt translation for %s in %s", language, folder)
    return None


def _labapp_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    translator = QTranslator(app)
    try:
        catalog = resource(CATALOG.format(language=language))
    except FileNotFoundError:
        log.warning("the %s catalog is missing: the window stays in English", language)
        return None
    # A real file in any install; a zipped package is copied out for the loading only
    # (Qt reads the file whole or maps it, so it may go once loaded).
    with as_file(catalog) as path:
        loaded = translator.load(str(path))
    if not loaded:
        log.warning("the %s catalog %s could not be read", language, catalog)
        return None
    return translator


# -- dates and numbers ----------------------------------------------------------------


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def day_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date, with four-digit years: audits are kept for years."""
    locale = locale or QLocale()
    if _is_c(locale):
        return "yyyy-MM-dd"  # no locale configured: ISO 8601, read the same everywhere
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def moment_pattern(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    time = "HH:mm" if _is_c(locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)
    return f"{day_pattern(locale)} {time}"


def day_text(moment: date | datetime | None) -> str:
    """The day as written where the moment was recorded (its own offset, not converted)."""
    if moment is None:
        return "—"
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), day_pattern())


def moment_text(moment: datetime | None) -> str:
    """Day and time as recorded (its own offset, not converted), to the minute."""
    if moment is None:
        return "—"
    day = QDate(moment.year, moment.month, moment.day)
    shown = QDateTime(day, QTime(moment.hour, moment.minute))
    return QLocale().toString(shown, moment_pattern())


def number_text(value: float | int) -> str:
    """A count or a measure as the locale writes it (1 234,5 in French), no trailing zeros."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "g", 12)
