"""Interface language: installing the app's and Qt's catalogues, switching at runtime,
and translating the messages that Qt-free layers mark with QT_TRANSLATE_NOOP."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.resources import locales_dir

LANGUAGES = ("tr", "en")
CATALOGUE_PREFIX = "philosophy_studio_"
# Our translations of the few labels in Qt's own dialogs that qtbase's catalogue misses.
QT_SUPPLEMENT_PREFIX = "qt_supplement_"

# Shown in the language menu in their own language, so nobody is stuck in one they
# cannot read.
LANGUAGE_NAMES = {"tr": "Türkçe", "en": "English"}


def system_language() -> str:
    return "tr" if QLocale.system().language() == QLocale.Language.Turkish else "en"


def locale_for(language: str) -> QLocale:
    """Dates and numbers in the interface language, keeping the system's regional
    formats when the system already speaks that language."""
    wanted = QLocale.Language.Turkish if language == "tr" else QLocale.Language.English
    system = QLocale.system()
    if system.language() == wanted:
        return system
    return QLocale(wanted, QLocale.Country.Turkey if language == "tr" else QLocale.Country.UnitedKingdom)


class FollowsLanguage:
    """Mixed into a widget (before its Qt class) that sets its texts in
    ``retranslate_ui``: they are set again whenever the language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


class LanguageManager:
    """Owns the installed translators; ``apply`` swaps them, which sends every widget a
    LanguageChange event."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        bundled_qt = locales_dir() / "qt"
        for name, folder in (
            (f"qtbase_{language}", str(bundled_qt) if bundled_qt.is_dir() else qt_folder),
            (f"{QT_SUPPLEMENT_PREFIX}{language}", str(locales_dir())),
            (f"{CATALOGUE_PREFIX}{language}", str(locales_dir())),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._translators.append(translator)
        self.language = language
        QLocale.setDefault(locale_for(language))


UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "Something unexpected went wrong ({detail}). Your earlier work is safe."
)


def error_message(error: BaseException, *, unexpected: bool = False) -> str | None:
    """The translated one-line message for ``error``; None if it is not one a user
    can act on (unless ``unexpected`` asks for the generic message)."""
    # Imported here: the error classes are only needed once something went wrong.
    from philosophy_studio.domain.errors import ERRORS_CONTEXT, WorkshopError

    if isinstance(error, WorkshopError):
        return error.render(QCoreApplication.translate(ERRORS_CONTEXT, error.template))
    if isinstance(error, OSError) and not unexpected:
        return QCoreApplication.translate("Errors", "The file could not be used: {reason}").format(
            reason=error.strerror or str(error)
        )
    if unexpected:
        return QCoreApplication.translate(ERRORS_CONTEXT, UNEXPECTED).format(detail=type(error).__name__)
    return None


def describe_failure(error: BaseException) -> str:
    """What a failed task says to the user: its own message, or the generic one."""
    return error_message(error) or error_message(error, unexpected=True) or str(error)
