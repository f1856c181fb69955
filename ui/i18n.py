"""UI language: Finnish by default, Swedish and English; Qt Linguist .qm files from resources/."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from resources import resource_path

TRANSLATIONS = resource_path("translations")
LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
SETTING = "ui/language"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current() -> str:
    """The installed UI language; the core's messages are shown in it too."""
    return _current


def saved_language() -> str:
    value = QSettings().value(SETTING, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    QSettings().setValue(SETTING, language)


def install(language: str) -> str:
    """Load ``language`` for the whole application (replacing the previous one)."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _current = language
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}[language]))
    if language != "en":
        for folder, name in ((TRANSLATIONS, f"verkosto_{language}"),
                             (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                              f"qtbase_{language}")):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
    return language
