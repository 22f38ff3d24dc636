"""POST /validate over loopback: the documented reader formats in and out."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from passdesk.core.validation_formats import ValidationResponse
from passdesk.scan import vtap_protocol
from passdesk.store.schema import HubEvent, LoyaltyOperation, OutboxRow, Scan
from tests.conftest import VENDOR_FIXTURES
from tests.integration.hub.conftest import CARD, TICKET, TOKEN, bearer

SCAN_FIXTURE = "passentry_scans_third_party_validation__body_scan_{}.json"
RESPONSE_FIXTURE = "passentry_scans_third_party_validation__body_validationResponse_{}.json"


def vendor(name: str) -> dict:
    return json.loads((VENDOR_FIXTURES / name).read_text(encoding="utf-8"))


def shape(node):
    """The keys of a JSON document, nested: what a documented format fixes."""
    if isinstance(node, dict):
        return {k: shape(v) for k, v in node.items()}
    return type(node).__name__ if not isinstance(node, str | type(None)) else "str?"


def count(db, column) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(column.table))


def loyalty_request(value: str, delta: int, message: str | None = None) -> dict:
    loyalty = {"balance": delta, **({"message": message} if message else {})}
    return {"scan": {"scanValue": value, "readerId": "till-reader", "scanType": "nfc",
                     "loyalty": loyalty}}


def test_passentry_reader_request_gets_the_documented_response(client, db):
    request = vendor(SCAN_FIXTURE.format(1))
    request["scan"].pop("loyalty")  # a plain scan; loyalty has its own tests
    response = client.post("/validate", json=request, headers=bearer())
    assert response.status_code == 200
    body = response.json()
    documented = vendor(RESPONSE_FIXTURE.format(1))
    assert shape(body) == shape(documented)
    answer = ValidationResponse.from_json(body)
    assert answer.success
    assert answer.pass_id == TICKET
    assert body["validationResponse"]["readerInstructions"] == {"message": "Welcome"}
    with db.session() as s:
        scan = s.scalars(select(Scan)).one()
    assert (scan.pass_id, scan.verdict, scan.source, scan.desk) == (
        TICKET, "admit", "hub:reader", "hub")


def test_vtap_request_gets_green_then_red(client):
    request = vendor(SCAN_FIXTURE.format(2))
    first = client.post("/validate", json=request, headers=bearer()).json()
    assert shape(first) == shape(vendor(RESPONSE_FIXTURE.format(2)))
    action = first["validationResponse"]["readerInstructions"]["VTAPaction"]
    assert first["validationResponse"]["status"] == "success"
    assert action == {"led": vtap_protocol.LED_ADMIT, "beep": vtap_protocol.BEEP_ADMIT,
                      "message": "Welcome", "success": True}
    assert action["led"].startswith("?LEDR 00FF00")
    again = client.post("/validate", json=request, headers=bearer()).json()["validationResponse"]
    assert again["status"] == "failed"
    assert again["statusDetail"] == "already admitted"
    action = again["readerInstructions"]["VTAPaction"]
    assert action["led"].startswith("?LEDR FF0000")
    assert action["success"] is False
    assert action["message"].startswith("Already admitted at ")


def test_unknown_value_is_a_clean_failed(client):
    body = client.post("/validate", headers=bearer(), json={
        "scan": {"scanValue": "customer42-PROMO", "readerId": "r1", "scanType": "qr"}}).json()
    assert body == {"validationResponse": {
        "status": "failed", "statusDetail": "unknown pass",
        "readerInstructions": {"message": "Unknown pass: not a ticket for this venue"}}}


@pytest.mark.parametrize("headers", [
    {}, bearer("wrong-token"), bearer(TOKEN + "x"), {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": "Bearer"}, {"Authorization": TOKEN},
], ids=["none", "wrong", "longer", "basic", "empty", "no-scheme"])
def test_no_or_wrong_token_is_401_and_nothing_is_logged(client, db, headers):
    response = client.post("/validate", json=vendor(SCAN_FIXTURE.format(2)), headers=headers)
    assert response.status_code == 401
    assert "error" in response.json()
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert count(db, Scan.__table__.c.id) == 0


HOSTILE_VALUES = ["", " ", "\x00" * 40, "\x00abc", "\ud800", "A" * 10_000, "\u202e\u0007",
                  "'; DROP TABLE passes; --", "https://evil.example/?pass=" + "z" * 3000,
                  "NFC:", "VAS:" + "\x1d" * 9, "😀" * 600, "%s%n%x"]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_hostile_scan_values_get_failed_never_500(client, db, value):
    for request in ({"scan": {"scanValue": value, "readerId": "r"}},
                    {"scan": {"scanValue": value, "readerType": "VTAP", "scanData": {}}},
                    loyalty_request(value, 5)):
        # json.dumps escapes what UTF-8 cannot carry (a lone surrogate) as JSON allows.
        response = client.post("/validate", content=json.dumps(request), headers=bearer())
        assert response.status_code == 200, response.text
        assert response.json()["validationResponse"]["status"] == "failed"


@pytest.mark.parametrize(("content", "status"), [
    (b"not json", 400), (b"[" * 5000 + b"]" * 5000, 400), (b"\xff\xfe", 400),
    (b"{}", 422), (b"[]", 422), (b'"scan"', 422), (b'{"scan": 5}', 422),
    (b'{"scan": {"scanValue": 12}}', 422), (b'{"scan": {"scanValue": null}}', 422),
    (b'{"scan": {"scanValue": "x", "loyalty": {"balance": "10"}}}', 422),
    (b'{"scan": {"scanValue": "x", "loyalty": {"balance": true}}}', 422),
    (b'{"scan": {"scanValue": "x", "loyalty": {"balance": 1e300}}}', 422),
    (b'{"scan": {"scanValue": "x", "loyalty": {"balance": 99999999999999999999999}}}', 422),
    (b'{"scan": {"scanValue": "x", "loyalty": 7}}', 422),
    (b'{"scan": {"scanValue": "x", "readerId": {"a": 1}}}', 422),
])
def test_malformed_bodies_are_refused_in_the_reader_format(client, db, content, status):
    response = client.post("/validate", content=content, headers=bearer())
    assert response.status_code == status, response.text
    assert response.json()["validationResponse"]["status"] == "failed"
    assert count(db, Scan.__table__.c.id) == 0


def test_a_huge_body_is_refused_unread(client):
    response = client.post("/validate", content=b"{" + b" " * 200_000 + b"}",
                           headers=bearer())
    assert response.status_code == 413


def test_loyalty_delta_is_applied_once_when_the_request_is_retried(client, db):
    request = loyalty_request("CARD-0001", -10, "You have redeemed 10 points")
    first = client.post("/validate", json=request, headers=bearer()).json()
    retried = [client.post("/validate", json=request, headers=bearer()).json()
               for _ in range(3)]
    assert first["validationResponse"]["status"] == "success"
    assert first["validationResponse"]["readerInstructions"]["message"] == (
        "Welcome: 10 points redeemed, balance 40")
    assert all(r == first for r in retried)
    with db.session() as s:
        ops = s.scalars(select(LoyaltyOperation)).all()
        outbox = s.scalars(select(OutboxRow)).all()
        assert s.scalar(select(func.count()).select_from(Scan)) == 1
        assert s.scalar(select(func.count()).select_from(HubEvent)) == 1
    assert [(o.pass_id, o.kind, o.amount, o.message, o.balance_after) for o in ops] == [
        (CARD, "delta", -10, "You have redeemed 10 points", 40)]
    assert [(o.kind, o.order_key, o.payload) for o in outbox] == [
        ("loyalty.change", CARD, {"delta": -10, "message": "You have redeemed 10 points"})]


def test_concurrent_retries_apply_the_delta_once(client, db):
    request = loyalty_request("crm-card-1", 7)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(
            lambda _: client.post("/validate", json=request, headers=bearer()).json(),
            range(8)))
    assert all(a["validationResponse"]["status"] == "success" for a in answers)
    with db.session() as s:
        assert [o.amount for o in s.scalars(select(LoyaltyOperation))] == [7]


def test_a_different_loyalty_request_is_a_new_change(client, db):
    client.post("/validate", json=loyalty_request("CARD-0001", 5), headers=bearer())
    other = client.post("/validate", json=loyalty_request("CARD-0001", 6),
                        headers=bearer()).json()
    # The rules still apply: the second is a second admission of the same card.
    assert other["validationResponse"]["statusDetail"] == "already admitted"
    with db.session() as s:
        assert [o.amount for o in s.scalars(select(LoyaltyOperation))] == [5]


def test_a_redemption_beyond_the_balance_is_refused_and_nothing_queued(client, db):
    body = client.post("/validate", json=loyalty_request("CARD-0001", -80),
                       headers=bearer()).json()["validationResponse"]
    assert body["status"] == "failed"
    assert body["readerInstructions"]["message"] == "Not enough points: the balance is 50."
    with db.session() as s:
        assert s.scalars(select(LoyaltyOperation)).all() == []
        scan = s.scalars(select(Scan)).one()
    # Refused as a whole: the card was not admitted either, so it may try again.
    assert (scan.verdict, scan.reason) == ("deny", "loyalty refused")
    retry = client.post("/validate", json=loyalty_request("CARD-0001", -20),
                        headers=bearer()).json()["validationResponse"]
    assert retry["status"] == "success"


def test_a_hub_without_a_token_refuses_every_reader(db):
    import httpx

    from passdesk.hub.server import HubServer
    from passdesk.hub.signatures import WebhookSecrets
    from tests.integration.hub.conftest import hub_config

    config = hub_config(token=None, webhook=WebhookSecrets(), passslot_key=None)
    with HubServer(db, config) as hub, httpx.Client(base_url=hub.url) as client:
        for headers in ({}, {"Authorization": "Bearer x"}, bearer("None"), bearer(TOKEN)):
            assert client.post("/validate", json=vendor(SCAN_FIXTURE.format(2)),
                               headers=headers).status_code == 401
        assert client.post("/webhooks/passentry", content=b"{}",
                           headers={"X-Webhook-Signature": "x"}).status_code == 401
        assert client.post("/webhooks/passslot?key=", json={}).status_code == 401
        assert client.get("/health").json()["status"] == "ok"


def test_the_vendor_request_with_its_redemption_as_sent(client, db):
    from sqlalchemy import update

    from passdesk.store.schema import Pass

    with db.session() as s:  # make the vendor's scan value name the loyalty card
        s.execute(update(Pass).where(Pass.id == TICKET).values(ext_id="ticket-1"))
        s.execute(update(Pass).where(Pass.id == CARD).values(ext_id="some-scan-value"))
    body = client.post("/validate", json=vendor(SCAN_FIXTURE.format(1)),
                       headers=bearer()).json()
    assert shape(body) == shape(vendor(RESPONSE_FIXTURE.format(1)))
    assert body["validationResponse"] == {
        "status": "success", "statusDetail": "admitted", "passId": CARD,
        "readerInstructions": {"message": "Welcome: 10 points redeemed, balance 40"}}
    with db.session() as s:
        assert [(o.amount, o.message) for o in s.scalars(select(LoyaltyOperation))] == [
            (-10, "You have redeemed 10 points")]


def test_a_plain_scan_of_a_loyalty_card_is_no_ticket_but_its_points_change_is_judged(
        client, db):
    """The hub judges as the Door does: a card is not let in as a ticket (M1), yet a
    reader's points change for it is a till's business and goes through."""
    plain = client.post("/validate", json={"scan": {"scanValue": "CARD-0001",
                                                    "readerId": "gate-1"}},
                        headers=bearer()).json()["validationResponse"]
    assert plain["status"] == "failed"
    assert plain["statusDetail"] == "not a ticket"
    assert plain["readerInstructions"]["message"] == "Not a ticket: this is a loyalty card"
    points = client.post("/validate", json=loyalty_request("CARD-0001", 5),
                         headers=bearer()).json()["validationResponse"]
    assert points["status"] == "success"
