"""POST /webhooks/passentry over loopback: signed, fresh, applied once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from passdesk.hub.server import HubServer
from passdesk.hub.signatures import WebhookSecrets
from passdesk.store.schema import HubEvent, Pass, Scan
from tests.conftest import VENDOR_FIXTURES
from tests.integration.hub.conftest import (
    PREVIOUS,
    SECRET,
    TICKET,
    bearer,
    hub_config,
    signed,
)

NEW_PASS = "e89b1330fc391ec89656f3c664318cff8805471e"  # the vendor examples' pass


def webhook(kind: str, *, at: datetime | None = None, event_id: str | None = None) -> dict:
    document = json.loads((VENDOR_FIXTURES / f"passentry_api_docs__webhook_{kind}_1.json")
                          .read_text(encoding="utf-8"))
    stamp = (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    document["data"]["attributes"]["timeStamp"] = stamp
    if event_id:
        document["data"]["id"] = event_id
    return document


def state(db) -> tuple:
    """Everything a webhook may change, to compare before and after."""
    with db.session() as s:
        passes = [(p.id, p.status, p.removed_at, p.synced_at, p.attributes)
                  for p in s.scalars(select(Pass).order_by(Pass.id))]
        scans = s.scalar(select(func.count()).select_from(Scan))
        events = s.scalar(select(func.count()).select_from(HubEvent))
    return passes, scans, events


def post(client, document: dict, secret: str = SECRET, **headers):
    body, signature = signed(document, secret)
    return client.post("/webhooks/passentry", content=body, headers={**signature, **headers})


def stored(db, pass_id: str) -> Pass | None:
    with db.session() as s:
        return s.get(Pass, pass_id)


def test_pass_installed_is_applied_and_answered_ok(client, db):
    response = post(client, webhook("passInstalled"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "result": "applied"}
    row = stored(db, NEW_PASS)
    assert (row.status, row.ext_id, row.display_name, row.barcode_value) == (
        "active", "0811d028ddf0da42c28f", "Jane Smith", "123abcd")


def test_the_same_delivery_twice_is_applied_once(client, db):
    document = webhook("passInstalled")
    assert post(client, document).json()["result"] == "applied"
    before = state(db)
    again = post(client, document)
    assert again.status_code == 200
    assert again.json() == {"status": "ok", "result": "duplicate"}
    assert state(db) == before
    assert before[2] == 1


def test_a_retry_of_a_tap_logs_one_scan(client, db):
    document = webhook("passTapped")
    for _ in range(3):
        assert post(client, document).status_code == 200
    with db.session() as s:
        scans = s.scalars(select(Scan)).all()
    assert [(x.pass_id, x.source, x.verdict, x.desk) for x in scans] == [
        (NEW_PASS, "passentry", "admit", "passentry:CC202952")]
    assert scans[0].detail == "Accepted by PassEntry at West Gate"


@pytest.mark.parametrize("signature", [
    None, "", "00" * 32, "sha256=" + "ab" * 32, "not hex at all", "é".encode() * 64,
])
def test_a_bad_signature_is_rejected_and_nothing_changes(client, db, signature):
    before = state(db)
    body = json.dumps(webhook("passInstalled")).encode()
    headers = {} if signature is None else {"X-Webhook-Signature": signature}
    response = client.post("/webhooks/passentry", content=body, headers=headers)
    assert response.status_code == 401
    assert state(db) == before


def test_a_body_changed_after_signing_is_rejected(client, db):
    body, headers = signed(webhook("passInstalled"))
    tampered = body.replace(b'"active"', b'"deactivated"')
    assert client.post("/webhooks/passentry", content=tampered,
                       headers=headers).status_code == 401
    assert stored(db, NEW_PASS) is None


@pytest.mark.parametrize("age", [timedelta(days=5), timedelta(days=400),
                                 -timedelta(hours=2)], ids=["old", "ancient", "future"])
def test_a_timestamp_outside_the_window_is_rejected_and_nothing_changes(client, db, age):
    before = state(db)
    response = post(client, webhook("passInstalled", at=datetime.now(UTC) - age))
    assert response.status_code == 400
    assert "timestamp" in response.json()["error"]
    assert state(db) == before


def test_a_retry_within_the_retry_window_is_still_accepted(client, db):
    # PassEntry retries for 3 days with the event's own timestamp.
    response = post(client, webhook("passInstalled", at=datetime.now(UTC) - timedelta(days=2)))
    assert response.status_code == 200
    assert stored(db, NEW_PASS).status == "active"


def test_the_previous_secret_works_during_the_grace_period(client, db):
    assert post(client, webhook("passInstalled"), secret=PREVIOUS).status_code == 200


def test_the_previous_secret_is_refused_after_the_grace_period(db):
    ended = WebhookSecrets(SECRET, PREVIOUS, datetime.now(UTC) - timedelta(seconds=1))
    with HubServer(db, hub_config(webhook=ended)) as server:
        import httpx

        with httpx.Client(base_url=server.url) as client:
            assert post(client, webhook("passInstalled"), secret=PREVIOUS).status_code == 401
            assert post(client, webhook("passInstalled")).status_code == 200


def test_removed_then_a_late_installed_keeps_the_newer_state(client, db):
    now = datetime.now(UTC)
    assert post(client, webhook("passRemoved", at=now, event_id="ev-removed")).json()[
        "result"] == "applied"
    late = post(client, webhook("passInstalled", at=now - timedelta(minutes=10),
                                event_id="ev-installed"))
    assert late.status_code == 200
    row = stored(db, NEW_PASS)
    assert row.status == "removed"
    assert row.removed_at == datetime(2023, 2, 1, tzinfo=UTC)


def test_a_webhook_only_changes_what_it_carries(client, db):
    document = webhook("passRemoved")
    document["included"][0]["id"] = TICKET
    document["data"]["relationships"]["pass"]["data"]["id"] = TICKET
    assert post(client, document).status_code == 200
    row = stored(db, TICKET)
    # Status and times from the webhook; the barcode the door scans is the webhook's too,
    # while what it does not carry (the event, the loyalty balance) stays.
    assert (row.status, row.template_id) == ("removed", "c1f632d3e693a75c376b440b")
    assert row.display_name == "Jane Smith"


def test_a_tap_the_hub_validated_is_not_logged_twice(client, db):
    document = webhook("passTapped")
    document["included"][1]["id"] = TICKET
    document["data"]["relationships"]["pass"]["data"]["id"] = TICKET
    document["included"][0]["attributes"]["tappedAt"] = datetime.now(UTC).isoformat()
    scan = {"scan": {"scanValue": TICKET, "readerId": "CC202952", "scanType": "nfc"}}
    assert client.post("/validate", json=scan, headers=bearer()).status_code == 200
    assert post(client, document).status_code == 200
    with db.session() as s:
        assert [x.source for x in s.scalars(select(Scan))] == ["hub:reader"]


@pytest.mark.parametrize(("document", "status"), [
    (b"not json", 400), (b"{}", 422), (b'{"data": []}', 422),
    (b'{"data": {"id": "x"}}', 422),
    (b'{"data": {"id": "x", "attributes": {"webhookType": "passInstalled"}}}', 400),
])
def test_signed_nonsense_is_refused_cleanly(client, db, document, status):
    from passdesk.hub.signatures import sign

    response = client.post("/webhooks/passentry", content=document,
                           headers={"X-Webhook-Signature": sign(document, SECRET)})
    assert response.status_code == status
    assert state(db)[2] == 0


def test_an_unknown_type_is_acknowledged_and_recorded_once(client, db):
    document = webhook("passInstalled")
    document["data"]["attributes"]["webhookType"] = "passSomethingNew"
    assert post(client, document).json() == {"status": "ok", "result": "applied"}
    assert stored(db, NEW_PASS) is None
    assert post(client, document).json()["result"] == "duplicate"


# --- the current webhook: passScanned; pass records in the current words ------------------

CURRENT_FIXTURES = VENDOR_FIXTURES.parent / "passentry"


def scanned(event_id: str = "scan-delivery-1") -> dict:
    """PASSENTRY-API.md §9.1 as the docs show it (its one included pass is the one meant)."""
    document = json.loads((CURRENT_FIXTURES / "9.1-pass-scanned-1-webhook.json")
                          .read_text(encoding="utf-8"))
    document["data"]["attributes"]["timeStamp"] = datetime.now(UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    document["data"]["id"] = event_id
    return document


def test_pass_scanned_logs_the_scan_with_its_reader(client, db):
    from passdesk.store import readers as reader_store

    for _ in range(2):  # a retry logs nothing twice
        assert post(client, scanned()).status_code == 200
    with db.session() as s:
        logged = s.scalars(select(Scan)).all()
        known = {r.id: r.origin for r in reader_store.known_readers(s)}
    assert [(x.pass_id, x.verdict, x.reader_id, x.reason) for x in logged] == [
        (NEW_PASS, "admit", "CC202952", "passentry scan")]
    assert logged[0].detail == "Accepted by PassEntry at West Gate"
    assert known["CC202952"] == reader_store.SEEN_IN_SCANS
    row = stored(db, NEW_PASS)
    # The current barcode object: the value its source names; the current device word.
    assert (row.barcode_value, row.barcode_type, row.device_type) == ("123abcd", "qr", "android")


def test_a_pass_record_in_current_words(client, db):
    document = scanned("scan-delivery-2")
    record = next(i for i in document["included"] if i["type"] == "pass")
    record["attributes"].update(deviceType="apple", groupTags=["vip", "summer"],
                                barcode={"enabled": True, "type": "code128", "source": "extId"})
    assert post(client, document).status_code == 200
    row = stored(db, NEW_PASS)
    assert (row.device_type, row.group_tags) == ("iphone", ["vip", "summer"])
    assert (row.barcode_type, row.barcode_value) == ("code128", "0811d028ddf0da42c28f")
    record["attributes"].update(status="nullified", nullifiedAt="2026-01-01T00:00:00Z",
                                barcode={})
    assert post(client, scanned("scan-delivery-3") | {"included": document["included"]}
                ).status_code == 200
    row = stored(db, NEW_PASS)
    assert (row.status, row.ext_id, row.barcode_value) == ("nullified", None,
                                                           "0811d028ddf0da42c28f")
