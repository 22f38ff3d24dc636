"""A desk of the release before, upgraded in place, delivers its outbox to the current routes.

The store is built at revision 0011 with what that release wrote: an iPhone
("apple") loyalty card with a balance, a pass issued here and still queued
with the old ``qr`` body, a queued loyalty delta, a queued notification and a
third-party reader configuration. Opening it migrates to the newest revision;
the pusher then delivers every row to a strict sandbox (documented routes
only): the issue with a ``barcode`` object, the delta on ``/loyalty/{id}``,
the message on ``/passes/{id}/notification``. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, select, text

from passdesk.api import PassEntryClient
from passdesk.store import migrate, outbox
from passdesk.store.database import Database
from passdesk.store.schema import LoyaltyOperation, Pass, ReaderConfiguration
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all

EXT_ID = "pd-upgrade-0001"


@pytest.fixture
def api(strict) -> Iterator[PassEntryClient]:
    with PassEntryClient(strict.base_url, "demo") as client:
        yield client


def loyalty_card(api: PassEntryClient) -> str:
    for record in api.passes.iter(status="active"):
        if record.pass_type == "storeCard" and api.loyalty.get(record.id).balance is not None:
            return record.id
    raise AssertionError("the sandbox has no active loyalty card")


def old_store(url: str, *, card: str, balance: int, ticket_template: str, message_to: str
              ) -> None:
    engine = create_engine(url)
    migrate.upgrade(engine, "0011")
    create_body = {"pass": {"fullName": "Ada Lovelace",
                            "qr": {"value": "UPGRADE-TKT-1", "displayText": True}}}
    rows = [
        ("op-create", "pass.create", "local-up-1",
         {"template_id": ticket_template, "ext_id": EXT_ID, "body": create_body}),
        ("op-points", "loyalty.change", card, {"delta": 5}),
        ("op-note", "pass.notify", message_to, {"message": "Doors open at 7"}),
    ]
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO passes (id, ext_id, status, device_type, display_name, template_id,"
            " loyalty_balance, attributes) VALUES (:card, 'card-ext', 'active', 'apple', "
            "'Grace Hopper', NULL, :balance, '{\"deviceType\": \"apple\"}'), "
            "('local-up-1', :ext, 'pending', NULL, 'Ada Lovelace', :tpl, NULL, :content)"),
            {"card": card, "balance": balance, "ext": EXT_ID, "tpl": ticket_template,
             "content": json.dumps({"passContent": create_body["pass"]})})
        c.execute(text(
            "INSERT INTO loyalty_operations (id, pass_id, created_at, kind, amount, state) "
            "VALUES ('op-points', :card, '2026-12-01 10:00:00', 'delta', 5, 'pending')"),
            {"card": card})
        c.execute(text(
            "INSERT INTO reader_configurations (id, validation_type, validation_url) "
            "VALUES ('ent', 'thirdParty', 'https://hub.example:8443/validate')"))
        for op_id, kind, target, payload in rows:
            c.execute(text(
                "INSERT INTO outbox (op_id, kind, order_key, target_id, payload, state, "
                "attempts, created_at, facts) VALUES (:op, :kind, :t, :t, :p, 'pending', 0, "
                "'2026-12-01 10:00:00', '{}')"),
                {"op": op_id, "kind": kind, "t": target, "p": json.dumps(payload)})
    engine.dispose()


def test_an_upgraded_desk_delivers_its_outbox_to_the_current_routes(empty_url, strict,
                                                                      api) -> None:
    card = loyalty_card(api)
    start = api.loyalty.get(card).balance
    ticket = next(p for p in api.passes.iter(status="active") if p.id != card)
    old_store(empty_url, card=card, balance=start, ticket_template=ticket.pass_template_uuid,
              message_to=ticket.id)
    strict.requests.clear()

    db = Database.open(empty_url)  # migrates to the newest revision, as the app does
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.session() as s:
        assert s.get(Pass, card).device_type == "iphone"
        assert s.get(Pass, card).loyalty_balance == start
        assert s.scalar(select(ReaderConfiguration.validation_type)) == "external"
        assert outbox.counts(s) == {"pending": 3}
    clock = FakeClock()
    drain_all(Pusher(api, db, clock=clock), clock, db)

    sent = [(e.method, e.path, e.status) for e in strict.requests.entries()
            if e.method != "GET"]
    created = next(p for p in api.passes.iter() if p.ext_id == EXT_ID)
    assert sent == [
        ("POST", "/api/v1/passes", 200),
        ("PATCH", f"/api/v1/loyalty/{card}", 200),
        ("POST", f"/api/v1/passes/{ticket.id}/notification", 200),
    ]
    assert not [e for e in strict.requests.entries() if e.status == 404]
    assert created.barcode.source == "custom"
    assert created.barcode_message == "UPGRADE-TKT-1"
    assert api.loyalty.get(card).balance == start + 5
    assert api.passes.get(ticket.id).latest_message == "Doors open at 7"
    with db.session() as s:
        assert outbox.counts(s) == {"done": 3}
        operation = s.get(LoyaltyOperation, "op-points")
        assert (operation.state, operation.confirmed_balance) == ("applied", start + 5)
        assert s.get(Pass, card).loyalty_balance == start + 5
        issued = s.get(Pass, created.id)
        assert (issued.ext_id, issued.barcode_value) == (EXT_ID, "UPGRADE-TKT-1")
        assert s.get(Pass, "local-up-1") is None  # renamed to PassEntry's id
        assert issued.synced_at <= datetime.now(UTC)
    db.close()
