from __future__ import annotations

import pytest

from passdesk.api import PassEntryClient
from passdesk.core.records import PassTemplate


@pytest.fixture
def client(sandbox):
    """A client on a fresh sandbox (tests here change data)."""
    with PassEntryClient(sandbox.base_url, "demo") as c:
        yield c


@pytest.fixture
def read_client(sandbox_session):
    with PassEntryClient(sandbox_session.base_url, "demo") as c:
        yield c


def loyalty_enabled(template: PassTemplate) -> bool:
    # The API does not document the flag; the sandbox sends "loyalty": {"enabled": ...}.
    return bool((template.extra.get("loyalty") or {}).get("enabled"))


@pytest.fixture
def templates(client) -> dict[str, PassTemplate]:
    """The demo templates by role: ticket, loyalty, membership."""
    found = list(client.templates.iter())
    by_type = {t.template_type: t for t in found}
    return {
        "ticket": by_type["eventTicket"],
        "loyalty": next(t for t in found if loyalty_enabled(t)),
        "membership": by_type["generic"],
    }
