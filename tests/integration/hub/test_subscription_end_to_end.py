"""End to end: the hub subscribes, PassEntry (the sandbox) delivers, a rotation loses nothing.

The sandbox reaches the loopback hub through a tunnel, as a venue's would
(``https://hub.venue.example`` → the hub's port), and signs each delivery with
the subscription's secret at send time. Scans made on PassEntry
(``POST /scans``) keep coming while the secret is rotated from this desk; the
sandbox's delivery log must show every attempt answered 2xx, and the hub must
have applied every passScanned once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from passdesk.api import PassEntryClient
from passdesk.core.payloads import ScanInput
from passdesk.hub.server import HubServer
from passdesk.hub.signatures import WebhookSecrets
from passdesk.keychain import SecretName, SecretStore
from passdesk.settings import SettingsStore
from passdesk.store.database import Database
from passdesk.store.schema import HubEvent, Scan
from passdesk.sync.pull import PullSync
from passdesk.sync.webhook_subscription import register, rotate
from tests.integration.hub.conftest import hub_config

PUBLIC = "https://hub.venue.example"
ROTATIONS = 3
ANSWER_DELAY_S = 0.3
WAIT_S = 60


@pytest.fixture
def venue(sandbox, tmp_path: Path) -> Iterator[tuple[PassEntryClient, Database, HubServer]]:
    """The sandbox retrying fast, a desk database synced from it, its hub behind a tunnel."""
    sandbox.webhooks.retry_base = 0.05
    db = Database.open(f"sqlite:///{tmp_path / 'venue.sqlite3'}")
    client = PassEntryClient(sandbox.base_url, sandbox.api_key)
    PullSync(client, db).run(reconcile=False)
    hub = HubServer(db, hub_config(webhook=WebhookSecrets()))  # no secret before registering
    hub.start()
    sandbox.tunnels[PUBLIC] = hub.url
    yield client, db, hub
    hub.stop()
    client.close()
    db.close()


def scannable(client: PassEntryClient, sandbox) -> tuple[str, str]:
    """(a pass PassEntry will scan, a reader of the account)."""
    with sandbox.state.lock:
        reader = next(iter(sandbox.state.readers))
        pass_id = next(p.id for p in sandbox.state.passes.values()
                       if p.attributes.get("status") in ("active", "issued"))
    return pass_id, reader


def deliveries(sandbox) -> list[dict]:
    return httpx.get(f"{sandbox.base_url.removesuffix('/api/v1')}/_sandbox/webhook-deliveries",
                     headers={"Authorization": f"Bearer {sandbox.api_key}"}).json()["data"]


def applied(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(HubEvent.event_id).where(HubEvent.source == "passentry")))


def test_subscribed_hub_applies_scans_and_survives_rotations(sandbox, venue, tmp_path) -> None:
    client, db, hub = venue
    settings = SettingsStore(tmp_path / "config" / "settings.json")
    keychain = SecretStore()
    register(client, settings, keychain, PUBLIC, hub=hub.hub)
    pass_id, reader = scannable(client, sandbox)

    first = client.scans.create(ScanInput(reader_id=reader, pass_id=pass_id))
    scan_id = first.scan_info.scan_id
    assert sandbox.webhooks.wait_idle(WAIT_S)
    (attempt,) = [a for a in deliveries(sandbox) if a["webhookType"] == "passScanned"]
    assert attempt["status"] == 200
    assert attempt["url"] == f"{PUBLIC}/webhooks/passentry"
    with db.session() as s:
        row = s.get(Scan, scan_id)
        assert row is not None, "the hub stored PassEntry's scan under its id (D1)"
        assert row.pass_id == pass_id
    assert attempt["id"] in applied(db)

    # Scans keep coming while the secret is rotated, several times.
    stop = threading.Event()
    made: list[str] = []

    def keep_scanning() -> None:
        with PassEntryClient(sandbox.base_url, sandbox.api_key) as scanner:
            while not stop.is_set():
                result = scanner.scans.create(ScanInput(reader_id=reader, pass_id=pass_id))
                made.append(result.scan_info.scan_id)
                time.sleep(0.01)

    # The answer to each rotation reaches this desk late (a slow network): meanwhile
    # PassEntry signs with the new secret, which the hub cannot have yet.
    real_rotate = client.webhook_subscriptions.rotate_secret
    made_before_answer: list[int] = []

    def slow_answer(sub_id: str):
        record = real_rotate(sub_id)
        before = len(made)
        time.sleep(ANSWER_DELAY_S)
        made_before_answer.append(len(made) - before)
        return record

    client.webhook_subscriptions.rotate_secret = slow_answer
    scanning = threading.Thread(target=keep_scanning)
    scanning.start()
    secrets_seen = [keychain.get(SecretName.WEBHOOK_SECRET).value]
    try:
        for _ in range(ROTATIONS):
            time.sleep(0.3)
            rotate(client, settings, keychain, hub=hub.hub)
            secrets_seen.append(keychain.get(SecretName.WEBHOOK_SECRET).value)
        time.sleep(0.3)
    finally:
        stop.set()
        scanning.join(WAIT_S)
    assert sandbox.webhooks.wait_idle(WAIT_S)

    assert len(set(secrets_seen)) == ROTATIONS + 1
    assert keychain.get(SecretName.WEBHOOK_SECRET_PREVIOUS).value == secrets_seen[-2]
    log = [a for a in deliveries(sandbox) if a["webhookType"] == "passScanned"]
    assert len(made) >= 10, "scans were made during the rotations"
    assert min(made_before_answer) >= 3, "scans were made before the desk had the secret"
    refused = [a for a in log if not (a["status"] and 200 <= a["status"] < 300)]
    assert refused == [], "no delivery refused"
    assert {a["attempt"] for a in log} == {1}, "none needed a retry"
    assert len(log) == 1 + len(made)
    assert {a["id"] for a in log} <= applied(db)
    with db.session() as s:
        stored = s.scalar(select(func.count()).select_from(Scan)
                          .where(Scan.id.in_([scan_id, *made])))
    assert stored == 1 + len(made), "every scan applied once"
