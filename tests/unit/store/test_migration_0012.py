"""Migration 0012: a desk of the release before moves to the current API's words in place.

A store at revision 0011 with passes, a reader configuration, balances and a
queued outbox is upgraded; every row is still there, the old words are the
new ones, and the queued issue of a pass sends ``barcode`` instead of ``qr``.
Runs on SQLite and on PostgreSQL. The delivery of the upgraded outbox to the
new routes is tested over the sandbox in tests/integration/store.
"""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import create_engine, text

from passdesk.store import migrate
from passdesk.store.database import Database

OLD_CREATE_BODY = {"pass": {"fullName": "Ada Lovelace", "nfc": {"enabled": True},
                            "qr": {"value": "TKT-1", "displayText": True}},
                   "groupTag": "vip"}
NEW_CREATE_BODY = {"pass": {"fullName": "Ada Lovelace", "nfc": {"enabled": True},
                            "barcode": {"enabled": True, "type": "qr", "source": "custom",
                                        "value": "TKT-1", "displayText": True}},
                   "groupTag": "vip"}


def store_at_0011(url: str) -> None:
    """What the release before left: synced passes, a pass issued here and queued,
    balances and loyalty operations, a third-party reader configuration."""
    engine = create_engine(url)
    migrate.upgrade(engine, "0011")
    attrs_iphone = json.dumps({"deviceType": "apple", "status": "active", "extId": "card-1",
                               "barcode": {"type": "qrCode", "value": "CARD-1"}})
    local_attrs = json.dumps({"passContent": OLD_CREATE_BODY["pass"]})
    with engine.begin() as c:
        c.execute(text(
            "INSERT INTO passes (id, ext_id, status, device_type, barcode_type, barcode_value,"
            " display_name, loyalty_balance, attributes) VALUES "
            "('p-card', 'card-1', 'active', 'apple', 'qrCode', 'CARD-1', 'Grace Hopper', 40, "
            ":a1), ('p-droid', 'card-2', 'active', 'android', NULL, NULL, 'Alan Turing', 7, "
            "'{\"deviceType\": \"android\"}'), ('local-1', 'tkt-1', 'pending', NULL, 'qrCode',"
            " 'TKT-1', 'Ada Lovelace', NULL, :a2)"), {"a1": attrs_iphone, "a2": local_attrs})
        c.execute(text(
            "INSERT INTO reader_configurations (id, validation_type, validation_url) "
            "VALUES ('ent-1', 'thirdParty', 'https://hub.example/validate')"))
        c.execute(text(
            "INSERT INTO loyalty_operations (id, pass_id, created_at, kind, amount, state) "
            "VALUES ('op-l', 'p-card', '2026-01-01 10:00:00', 'delta', 5, 'queued')"))
        rows = [("op-c", "pass.create", "local-1", "pending",
                 {"template_id": "tpl-1", "ext_id": "tkt-1", "body": OLD_CREATE_BODY}),
                ("op-l", "loyalty.change", "p-card", "pending", {"delta": 5}),
                ("op-n", "pass.notify", "p-droid", "failed", {"message": "Doors at 7"}),
                ("op-d", "pass.update", "p-droid", "done",
                 {"body": {"pass": {"qr": {"value": "OLD", "displayText": False}}}})]
        for op_id, kind, target, state, payload in rows:
            c.execute(text(
                "INSERT INTO outbox (op_id, kind, order_key, target_id, payload, state, "
                "attempts, created_at, facts) VALUES (:op, :kind, :t, :t, :p, :s, 0, "
                "'2026-01-01 10:00:00', '{}')"),
                {"op": op_id, "kind": kind, "t": target, "p": json.dumps(payload), "s": state})
    engine.dispose()


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def test_0011_store_upgrades_in_place(empty_url) -> None:
    store_at_0011(empty_url)
    db = Database.open(empty_url)  # what the app does at start: migrate to head
    with db.engine.connect() as c:
        passes = {r.id: r for r in c.execute(text(
            "SELECT id, device_type, barcode_type, loyalty_balance, attributes, group_tags, "
            "nullified_at FROM passes"))}
        assert set(passes) == {"p-card", "p-droid", "local-1"}
        assert passes["p-card"].device_type == "iphone"
        assert _json(passes["p-card"].attributes)["deviceType"] == "iphone"
        assert passes["p-droid"].device_type == "android"
        assert passes["p-card"].barcode_type == "qr"
        assert (passes["p-card"].loyalty_balance, passes["p-droid"].loyalty_balance) == (40, 7)
        assert passes["p-card"].group_tags is None
        assert passes["p-card"].nullified_at is None
        assert _json(passes["local-1"].attributes) == {"passContent": NEW_CREATE_BODY["pass"]}

        assert c.execute(text("SELECT validation_type, validation_url FROM "
                              "reader_configurations")).one() == (
            "external", "https://hub.example/validate")

        outbox = {r.op_id: r for r in c.execute(text(
            "SELECT op_id, kind, state, payload FROM outbox ORDER BY seq"))}
        assert list(outbox) == ["op-c", "op-l", "op-n", "op-d"]
        created = _json(outbox["op-c"].payload)
        assert created == {"template_id": "tpl-1", "ext_id": "tkt-1", "body": NEW_CREATE_BODY}
        assert list(created["body"]["pass"]) == ["fullName", "nfc", "barcode"]  # order kept
        assert _json(outbox["op-l"].payload) == {"delta": 5}
        assert _json(outbox["op-n"].payload) == {"message": "Doors at 7"}
        assert outbox["op-n"].state == "failed"
        # Delivered history stays as it was sent.
        assert _json(outbox["op-d"].payload)["body"]["pass"] == {
            "qr": {"value": "OLD", "displayText": False}}
        assert c.execute(text("SELECT state FROM loyalty_operations")).scalar() == "queued"
    db.close()


def test_0012_goes_down_and_up_again(empty_url) -> None:
    store_at_0011(empty_url)
    db = Database.open(empty_url)
    command.downgrade(migrate.config(db.engine), "0011")
    with db.engine.connect() as c:
        assert c.execute(text("SELECT device_type FROM passes WHERE id = 'p-card'")).scalar() \
            == "apple"
        columns = set(c.execute(text("SELECT * FROM passes WHERE 1 = 0")).keys())
        assert "group_tags" not in columns
    migrate.upgrade(db.engine)
    with db.engine.connect() as c:
        assert c.execute(text("SELECT device_type FROM passes WHERE id = 'p-card'")).scalar() \
            == "iphone"
    db.close()
