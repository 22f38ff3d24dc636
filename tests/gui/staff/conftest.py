"""The app installs its language at start (``gui.i18n.language.install``); a pane or
dialog built here without the app speaks it too: English, in the British locale
(24-hour clock, "1,500"), whatever the machine's locale; the locale is put back after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from passdesk.gui.i18n import language


@pytest.fixture(autouse=True)
def english(qapp):
    before = QLocale()
    language.install(None, forced="en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)
