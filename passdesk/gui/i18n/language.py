"""Choose the app's language at start and install its translators.

The catalogues are ``resources/translations/passdesk_<code>.qm``, built from the
``.ts`` files by ``scripts/translations.py build`` (setup and packaging); Qt's own
(``qtbase_<code>.qm``: standard buttons and dialogs) come with PySide6. The
locale for numbers, money and dates follows the language, in the system's
region when it speaks the same language (Swiss German keeps its 1'234).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from passdesk.core import languages
from passdesk.gui.i18n.pseudo import PseudoTranslator
from passdesk.resources import resource_path

log = logging.getLogger(__name__)

#: The translators installed now (kept alive, and removed before others are installed).
_installed: list[QTranslator] = []


def catalogue(code: str) -> Path | None:
    """This language's built catalogue, if there is one."""
    try:
        return resource_path("translations", f"passdesk_{code}.qm")
    except FileNotFoundError:
        return None


def offered() -> list[str]:
    """English and each shipped language whose catalogue was built, in ``NAMES`` order."""
    return [code for code in languages.NAMES
            if code == languages.ENGLISH
            or (code in languages.SHIPPED and catalogue(code) is not None)]


def install(chosen: str | None, *, forced: str | None = None) -> str:
    """Speak ``forced`` (``PASSDESK_LANG`` when None), else ``chosen``, else the
    system's language; returns the code installed."""
    app = QCoreApplication.instance()
    forced = os.environ.get("PASSDESK_LANG") if forced is None else forced
    code = languages.choose(forced=forced, chosen=chosen,
                            system=QLocale.system().uiLanguages(), offered=offered())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code in languages.PSEUDO_LOCALES:
        _install(app, PseudoTranslator(rtl=code == languages.PSEUDO_RTL))
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return code
    if code != languages.ENGLISH:
        _load(app, "passdesk", catalogue(code))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, "qtbase", Path(qt_folder) / f"qtbase_{code}.qm")
    QLocale.setDefault(locale_for(code))
    return code


def locale_for(code: str) -> QLocale:
    """The system's locale when it speaks ``code``; else the language's main one."""
    system = QLocale.system()
    if languages.code_of(system.name()) == code:
        return system
    return QLocale(code)


def _load(app: QCoreApplication, name: str, path: Path | None) -> None:
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        log.warning("no %s catalogue at %s: English is shown instead", name, path)
        return
    _install(app, translator)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
