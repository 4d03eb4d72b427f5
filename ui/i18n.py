"""The wizard's language: Qt's own translations plus ours, switched live, Dutch by default.

Our texts have one source: ``resources/translations/<lang>/*.tsv`` (``context<TAB>English<TAB>text``,
plural forms ``one|other``). ``CatalogueTranslator`` answers Qt's lookups straight from those lines,
so there is no generated ``.ts``/``.qm`` copy to keep in step. Reading the few hundred lines costs
about a millisecond, well inside the start-up budget.

Installing a translator sends every widget a ``LanguageChange`` event; widgets answer with their
``retranslate()``. The language is remembered in the settings.

Note for Python 3.11: PySide6 6.12 passes a ``None`` it does not own to a Python ``translate``
override when the caller gave no disambiguation, one lost reference per lookup. ``ui._none_guard``
(imported first by ``ui/__init__.py``) makes ``None`` immortal, as Python 3.12 does.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from charter_builder.resources import resource_path

from .settings import app_settings

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_SETTINGS_KEY = "ui/language"

#: ``(context, English source)`` -> translation; plural translations hold their forms joined by ``|``.
Catalogue = dict[tuple[str, str], str]

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


class CatalogueError(ValueError):
    """A catalogue line that is not ``context<TAB>source<TAB>translation``."""


def translations_dir() -> Path:
    """Return ``resources/translations``: one folder of ``*.tsv`` per language."""
    return resource_path("translations")


def unescape(text: str) -> str:
    """Turn a TSV field's ``\\n`` and ``\\t`` into a newline and a tab."""
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_catalogue_file(tsv: Path) -> Catalogue:
    """Return ``{(context, source): translation}`` from one ``*.tsv`` file.

    Blank lines and lines starting with ``#`` are comments. Raises ``CatalogueError`` naming the
    file and line of a malformed line: a silently skipped line would show English in the wizard.
    """
    table: Catalogue = {}
    for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise CatalogueError(f"{tsv}:{number}: expected 3 tab-separated fields, found {len(parts)}")
        context, source, translation = (unescape(p) for p in parts)
        table[(context, source)] = translation
    return table


def read_catalogue_folder(folder: Path) -> Catalogue:
    """Return the entries of every ``*.tsv`` in ``folder`` (files in name order; none if it is missing)."""
    table: Catalogue = {}
    for tsv in sorted(folder.glob("*.tsv")) if folder.is_dir() else ():
        table.update(read_catalogue_file(tsv))
    return table


@functools.cache
def catalogue(lang: str) -> Catalogue:
    """Return the catalogue of ``lang`` (read once per process; switching back costs nothing)."""
    return read_catalogue_folder(translations_dir() / lang)


def plural_index(n: int) -> int:
    """Return which form (``one|other``) fits ``n``: Dutch and English both use one for 1, other for the rest."""
    return 0 if n == 1 else 1


class CatalogueTranslator(QTranslator):
    """A translator that looks strings up in a TSV catalogue instead of a compiled ``.qm`` file.

    Qt asks the most recently installed translator first and moves on to the next one (Qt's own
    ``qtbase``) only when the answer is a *null* string; an empty string would blank the text.
    So an unknown string answers ``None``. The disambiguation is not part of the key: the wizard
    uses none. Qt replaces ``%n`` in the chosen plural form itself.
    """

    def __init__(self, entries: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = entries

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self._entries.get((context, source))
        if not text:
            return None  # unknown, or added by tools/update_translations.py and not translated yet
        if n < 0:
            return text
        forms = text.split("|")
        return forms[min(plural_index(n), len(forms) - 1)]

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._entries


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
    """Replace the installed translators by Qt's and ours for ``lang``; return whether ours has texts.

    English is the source language: its catalogue holds only the plural forms, and may be missing
    without harm.
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
    ours = CatalogueTranslator(catalogue(lang), app)
    loaded = not ours.isEmpty()
    if loaded:
        app.installTranslator(ours)  # after Qt's: asked first, Qt's own strings fall through to it
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
