"""POST /webhooks/passslot over loopback: verify, and events applied once by id."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from passdesk.store.schema import HubEvent, Pass, Scan
from tests.conftest import VENDOR_FIXTURES
from tests.integration.hub.conftest import PASSSLOT_KEY

PID = "J_FF0lcTSo2vZLJp-VreOw"
SERIAL = "27f145d2-5713-4a8d-af64-b269f95ade3b"
URL = f"/webhooks/passslot?key={PASSSLOT_KEY}"


def event(kind: str, event_id: str, **data) -> dict:
    base = json.loads((VENDOR_FIXTURES / "passslot_webhook_events__event_1.json")
                      .read_text(encoding="utf-8"))
    base.update(type=kind, id=event_id,
                created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    base["data"].update(data)
    return base


def stored(db) -> Pass | None:
    with db.session() as s:
        return s.get(Pass, PID)


def test_webhook_verify_is_answered_with_its_token(client):
    token = "bXRsTAQrQHMIGSbqREWSmtIYlPvooASW"
    response = client.post(URL, json={"created": "2024-01-01T00:00:00Z", "id": "v-1",
                                      "type": "webhook.verify", "data": {"token": token}})
    assert response.status_code == 200
    assert response.text == token


@pytest.mark.parametrize("url", ["/webhooks/passslot", "/webhooks/passslot?key=wrong",
                                 f"/webhooks/passslot?key={PASSSLOT_KEY}x"])
def test_without_the_key_nothing_is_answered_or_applied(client, db, url):
    response = client.post(url, json=event("registration.created", "r-1"))
    assert response.status_code == 401
    assert stored(db) is None


def test_the_vendor_registration_event_is_applied_once(client, db):
    document = json.loads((VENDOR_FIXTURES / "passslot_webhook_events__event_1.json")
                          .read_text(encoding="utf-8"))
    first = client.post(URL, json=document)
    assert first.json() == {"status": "ok", "result": "applied"}
    row = stored(db)
    assert (row.status, row.ext_id, row.template_id) == ("active", SERIAL, "passslot-1")
    assert row.attributes["registrations"] == ["44fc0568cc884cc76824a1d506b7903e"]
    assert client.post(URL, json=document).json()["result"] == "duplicate"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(HubEvent)) == 1


def test_pass_registrations_and_scans(client, db):
    assert client.post(URL, json=event("pass.created", "e-1", pid=PID, serialNumber=SERIAL,
                                       url="https://d.pslot.io/p/x")).status_code == 200
    assert stored(db).status == "issued"
    for n, device in enumerate(("dev-a", "dev-b")):
        client.post(URL, json=event("registration.created", f"e-reg-{n}",
                                    deviceLibraryIdentifier=device))
    assert stored(db).status == "active"
    client.post(URL, json=event("registration.deleted", "e-del-a",
                                deviceLibraryIdentifier="dev-a"))
    assert stored(db).status == "active"  # still on another device
    client.post(URL, json=event("registration.deleted", "e-del-b",
                                deviceLibraryIdentifier="dev-b"))
    assert stored(db).status == "removed"
    scan = event("scan.performed", "e-scan", action="redeem", authorized=True, scanner=2,
                 time="2026-01-01T10:00:00Z")
    for _ in range(2):
        assert client.post(URL, json=scan).status_code == 200
    with db.session() as s:
        scans = s.scalars(select(Scan)).all()
    assert [(x.pass_id, x.verdict, x.source, x.desk) for x in scans] == [
        (PID, "admit", "passslot", "passslot:2")]


def test_a_door_scan_finds_a_passslot_pass_by_serial(client, db):
    from tests.integration.hub.conftest import bearer

    client.post(URL, json=event("pass.created", "e-1", pid=PID, serialNumber=SERIAL))
    answer = client.post("/validate", headers=bearer(),
                         json={"scan": {"scanValue": SERIAL, "readerId": "r"}}).json()
    assert answer["validationResponse"]["passId"] == PID


@pytest.mark.parametrize(("content", "status"), [
    (b"nope", 400), (b"[]", 422), (b'{"type": "pass.created"}', 422),
    (b'{"type": "pass.created", "data": {}}', 422),
    (b'{"type": "webhook.verify", "data": {}}', 422),
])
def test_nonsense_is_refused_cleanly(client, content, status):
    assert client.post(URL, content=content).status_code == status


def test_applied_events_are_forgotten_after_their_window(hub, client, db):
    from datetime import timedelta

    from sqlalchemy import update

    assert client.post(URL, json=event("pass.created", "old", pid=PID)).status_code == 200
    with db.session() as s:
        s.execute(update(HubEvent).values(received_at=datetime.now(UTC) - timedelta(days=31)))
    assert hub.hub.prune() == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(HubEvent)) == 0
