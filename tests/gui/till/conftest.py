"""The app installs its language at start (``gui.i18n.language.install``); a pane or
dialog built here without the app speaks it too: English, in the English locale."""

from __future__ import annotations

import pytest

from passdesk.gui.i18n import language


@pytest.fixture(autouse=True)
def english(qapp) -> None:
    language.install(None, forced="en")
    return
