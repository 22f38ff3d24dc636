from __future__ import annotations

import pytest

from passdesk.hub.config import ENVIRONMENT, PREVIOUS_UNTIL_ENV


@pytest.fixture(autouse=True)
def no_hub_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*ENVIRONMENT.values(), PREVIOUS_UNTIL_ENV):
        monkeypatch.delenv(name, raising=False)
