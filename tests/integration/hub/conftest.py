"""The hub on a free loopback port over a real SQLite file (and PostgreSQL), with a few passes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from passdesk.core.admission import DoorConfig
from passdesk.hub.config import ENVIRONMENT, PREVIOUS_UNTIL_ENV, HubConfig
from passdesk.hub.server import HubServer
from passdesk.hub.signatures import WebhookSecrets, sign
from passdesk.store.database import Database
from passdesk.store.schema import Pass, PassTemplate

TOKEN = "reader-token-7f3a"
SECRET = "whsec-current-1"
PREVIOUS = "whsec-previous-0"
PASSSLOT_KEY = "passslot-key-42"
TICKET, CARD = "a" * 40, "c" * 40
TICKET_TEMPLATE, CARD_TEMPLATE = "t-ticket", "t-card"


@pytest.fixture(autouse=True)
def no_hub_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*ENVIRONMENT.values(), PREVIOUS_UNTIL_ENV):
        monkeypatch.delenv(name, raising=False)


def fill(db: Database) -> None:
    created = datetime(2026, 1, 1, tzinfo=UTC)
    with db.session() as s:
        s.add(PassTemplate(id=TICKET_TEMPLATE, name="Arena Ticket", loyalty_enabled=False,
                           attributes={}))
        s.add(PassTemplate(id=CARD_TEMPLATE, name="Coffee Rewards", loyalty_enabled=True,
                           balance_type="integer", attributes={}))
        s.add(Pass(id=TICKET, ext_id="some-scan-value", barcode_value="TKT-0001",
                   status="active", template_id=TICKET_TEMPLATE, template_name="Arena Ticket",
                   display_name="Tess Ticket", created_at=created, attributes={}))
        s.add(Pass(id=CARD, ext_id="crm-card-1", barcode_value="CARD-0001", status="active",
                   pass_type="storeCard",  # a loyalty card: no ticket at the door
                   template_id=CARD_TEMPLATE, template_name="Coffee Rewards",
                   display_name="Cora Card", created_at=created, loyalty_balance=50,
                   attributes={}))


@pytest.fixture
def db(db_url: str):
    """The venue's store: an SQLite file, and a fresh PostgreSQL database (``db_url``)."""
    database = Database.open(db_url)
    fill(database)
    yield database
    database.close()


def hub_config(**changes) -> HubConfig:
    values = {"token": TOKEN,
              "webhook": WebhookSecrets(SECRET, PREVIOUS,
                                        datetime.now(UTC) + timedelta(hours=1)),
              "passslot_key": PASSSLOT_KEY, "door": DoorConfig(desk="hub")}
    return HubConfig(**{**values, **changes})


@pytest.fixture
def hub(db):
    server = HubServer(db, hub_config())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def client(hub):
    with httpx.Client(base_url=hub.url, timeout=10) as http:
        yield http


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def signed(document: dict, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(document).encode()
    return body, {"X-Webhook-Signature": sign(body, secret),
                  "Content-Type": "application/json"}
