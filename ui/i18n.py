"""The wizard's language: Qt's own translations plus ours, switched live, Dutch by default.

Installing a translator sends every widget a ``LanguageChange`` event; widgets answer with their
``retranslate()``. The language is remembered in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from charter_builder.resources import resource_path

from .settings import app_settings

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> str:
    return str(resource_path("translations"))


def current_language() -> str:
    """Return the language the UI shows now ('nl' or 'en'); core texts use the same."""
    return _current


def stored_language() -> str:
    """Return the language from the settings, or Dutch."""
    value = app_settings().value(_SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def store_language(lang: str) -> None:
    settings = app_settings()
    settings.setValue(_SETTINGS_KEY, lang)
    settings.sync()


def install_language(lang: str) -> bool:
    """Replace the installed translators by Qt's and ours for ``lang``; return whether ours loaded.

    English is the source language, so ours may be missing for it without harm.
    """
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    # Set first: installing a translator notifies every widget at once, and they read the language.
    _current = lang
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    loaded = ours.load(f"charter_builder_{lang}", translations_dir())
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if not _installed:
        # No translator changed, but the language did: views must still re-read core texts.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # QApplication posts the change to each window; deliver it now so the switch is done on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded


def remove_translators() -> None:
    """Remove the translators ``install_language`` put in (the UI falls back to its English source)."""
    global _current
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _current = DEFAULT_LANGUAGE
