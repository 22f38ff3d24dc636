"""The sweep's fixtures (issue 25): each pane swept in the pseudo-locale and, when
``PASSDESK_SWEEP_LANGUAGES`` names them ("de,fr" or "all"), in shipped languages."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from passdesk.core.languages import SHIPPED
from passdesk.gui.i18n import language


def sweep_languages() -> list[str]:
    """"pseudo", then each code ``PASSDESK_SWEEP_LANGUAGES`` names ("all": every shipped one)."""
    codes = [c.strip() for c in os.environ.get("PASSDESK_SWEEP_LANGUAGES", "").split(",")
             if c.strip()]
    if "all" in codes:
        codes = list(SHIPPED)
    return ["pseudo", *dict.fromkeys(c for c in codes if c != "pseudo")]


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture(params=sweep_languages())
def sweep_language(request) -> str:
    """The language this sweep is in: a test id reads ``[pseudo]``, ``[de]``…"""
    return request.param


@pytest.fixture
def speak_later(qapp, sweep_language) -> Iterator[Callable[[], str]]:
    """Installs the sweep's language when called (after an English setup); English after."""
    def install() -> str:
        language.install(None, forced=sweep_language)
        return sweep_language

    yield install
    language.install(None, forced="en")


@pytest.fixture
def speaking(speak_later) -> str:
    """The sweep's language installed for the whole test; English after. Its code."""
    return speak_later()
