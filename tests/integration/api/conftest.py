"""Fixtures of the client's integration tests: a client on the sandbox, the demo
templates found the way a desk finds them (from the passes, not from a list the
API does not document), and the demo entity id.

The sandbox may run strict (``PASSDESK_SANDBOX_STRICT=1``: only the documented
routes); tests of legacy or sandbox-only routes then expect NotOfferedError.
"""

from __future__ import annotations

import pytest

from passdesk.api import PassEntryClient
from passdesk.core.records import PassTemplate

#: Template types by role, in the current words (the deprecated shape says storeCard).
LOYALTY_TYPES = ("loyalty", "storeCard")


@pytest.fixture
def client(sandbox):
    """A client on a fresh sandbox (tests here change data)."""
    with PassEntryClient(sandbox.base_url, "demo") as c:
        yield c


@pytest.fixture
def read_client(sandbox_session):
    with PassEntryClient(sandbox_session.base_url, "demo") as c:
        yield c


def is_strict(server) -> bool:
    return bool(getattr(server, "strict", False))


def entity_of(server) -> str:
    """The demo sandbox's entity id (what a person enters in Settings)."""
    return server.state.default_entity_id


def loyalty_enabled(template: PassTemplate) -> bool:
    return template.template_type in LOYALTY_TYPES


def discover_templates(client: PassEntryClient) -> list[PassTemplate]:
    """Each template a pass names, read by id: how a desk learns its templates."""
    ids: dict[str, None] = {}
    for page in client.passes.pages(per_page=100):
        ids.update(dict.fromkeys(p.pass_template_uuid for p in page.records
                                 if p.pass_template_uuid))
        if len(ids) >= 3:
            break
    return [client.templates.get(t) for t in ids]


@pytest.fixture
def templates(client) -> dict[str, PassTemplate]:
    """The demo templates by role: ticket, loyalty, membership."""
    found = discover_templates(client)
    by_type = {t.template_type: t for t in found}
    return {
        "ticket": by_type["eventTicket"],
        "loyalty": next(t for t in found if loyalty_enabled(t)),
        "membership": by_type["generic"],
    }
