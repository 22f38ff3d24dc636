"""Which language the app speaks: the person's choice, else the system's, else English.

No Qt here: ``gui.i18n.language`` finds the catalogues and installs them. A
language is *shipped* when its catalogue is complete (``scripts/translations.py
check`` fails CI otherwise); only shipped languages whose catalogue was built
are offered.
"""

from __future__ import annotations

from collections.abc import Iterable

ENGLISH = "en"
#: Developers' pseudo-locales (``PASSDESK_LANG``): every string accented and 40 % longer,
#: and the same right to left. Never offered in Settings.
PSEUDO = "pseudo"
PSEUDO_RTL = "pseudo-rtl"
PSEUDO_LOCALES = (PSEUDO, PSEUDO_RTL)

#: Each language's name in itself, as the picker shows it (a person finds their own).
NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
}
#: The languages whose catalogue must be complete; their ``.qm`` is built and offered.
SHIPPED: tuple[str, ...] = ("de", "fr", "es", "it", "nl")
#: Catalogues kept in ``resources/translations`` (``pyside6-lupdate`` updates them all).
CATALOGUES = ("de", "fr", "es", "it", "nl")


def code_of(tag: str) -> str:
    """``"de_CH"``, ``"de-CH"`` or ``"DE"`` → ``"de"``."""
    return tag.replace("-", "_").split("_")[0].strip().lower()


def choose(*, forced: str | None, chosen: str | None, system: Iterable[str],
           offered: Iterable[str]) -> str:
    """The language to speak: ``forced`` (``PASSDESK_LANG``: any offered one or a
    pseudo-locale), else the person's ``chosen`` one, else the first of the system's
    UI languages that is offered, else English."""
    offered = set(offered) | {ENGLISH}
    if forced:
        forced = forced.strip().lower()
        if forced in PSEUDO_LOCALES:
            return forced
        if code_of(forced) in offered:
            return code_of(forced)
    if chosen and code_of(chosen) in offered:
        return code_of(chosen)
    for tag in system:
        if code_of(tag) in offered:
            return code_of(tag)
    return ENGLISH
