"""The Events tests read English as a desk writes it (issue 25: numbers and times follow
the locale): British English, whatever locale the machine running the tests has (the C
locale would write 2,000 as 2000)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def british_english(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)
