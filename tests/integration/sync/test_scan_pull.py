"""Scans made by PassEntry's own readers come back (PASSENTRY-API.md §7.1; issue 19 D1/D2).

Over loopback against the sandbox, with real SQLite files (and PostgreSQL for
the main path): a scan a PassEntry reader made (``POST /scans``, internal
validation) is pulled with its verdict, event and reader, and the Door then
denies the pass as already inside, naming the reader; pulling again, and the
hub's ``passScanned`` for the same scan, keep one row; a third party's logged
scans (``externalValidation``) are not imported; a late scan takes its place by
scan time; a scan whose pass comes later counts once the pass is here; a walk
stopped at its page limit goes on at the next pull; a server without the list
is remembered, in words.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select

from passdesk.api import NotOfferedError, PassEntryClient
from passdesk.core.admission import DoorConfig, Outcome, Reason
from passdesk.hub.server import HubServer
from passdesk.hub.signatures import WebhookSecrets
from passdesk.sandbox import SandboxServer
from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.rows import StoredScan
from passdesk.scan.door import Door
from passdesk.store import admissions, sync_state
from passdesk.store.database import Database
from passdesk.store.schema import Pass, Scan
from passdesk.sync import scan_pull
from passdesk.sync.pull import PullSync
from passdesk.sync.scan_pull import ScanPull
from tests.integration.hub.conftest import hub_config

READER, READER_NAME = "south-gate-1", "South Gate Reader"
PUBLIC = "https://venue-hub.example.test"


@pytest.fixture
def api(sandbox) -> Iterator[PassEntryClient]:
    with PassEntryClient(sandbox.base_url, "demo") as client:
        yield client


def open_synced(api: PassEntryClient, url: str) -> Database:
    database = Database.open(url)
    PullSync(api, database).run(reconcile=False)
    return database


@pytest.fixture
def synced(api, db_url) -> Iterator[Database]:
    database = open_synced(api, db_url)
    yield database
    database.close()


@pytest.fixture
def synced_sqlite(api, tmp_path) -> Iterator[Database]:
    database = open_synced(api, f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield database
    database.close()


def http(sandbox: SandboxServer) -> httpx.Client:
    return httpx.Client(base_url=sandbox.base_url, timeout=10,
                        headers={"Authorization": f"Bearer {sandbox.api_key}"})


def reader_scan(sandbox: SandboxServer, pass_id: str, reader: str = READER) -> dict:
    """A PassEntry reader checks a pass (internal validation): PassEntry's scanInfo."""
    with http(sandbox) as client:
        answer = client.post("/scans", json={"scan": {
            "readerId": reader, "passId": pass_id, "scanType": "barcode"}})
    assert answer.status_code == 200, answer.text
    return answer.json()["scanInfo"]


def tonights_ticket(db: Database) -> Pass:
    """An active ticket of the event on now (the Door lets it in once)."""
    now = datetime.now(UTC)
    with db.session() as s:
        for row in s.scalars(select(Pass).where(Pass.status == "active",
                                                Pass.event_id.is_not(None)).order_by(Pass.id)):
            facts = admissions.facts_of(s, row.id)
            if facts.event and facts.event.start <= now < facts.event.ends:
                s.expunge(row)
                return row
    raise AssertionError("no active ticket for an event on now")


def an_inactive_pass(db: Database, event_id: str) -> Pass:
    """A ticket of ``event_id`` PassEntry refuses (not active)."""
    with db.session() as s:
        row = s.scalars(select(Pass).where(Pass.status != "active",
                                           Pass.event_id == event_id).order_by(Pass.id)
                        .limit(1)).one()
        s.expunge(row)
        return row


def passentry_rows(db: Database) -> list[Scan]:
    with db.session() as s:
        rows = list(s.scalars(select(Scan).where(Scan.source == "passentry")
                              .order_by(Scan.scanned_at)))
        s.expunge_all()
        return rows


def scan_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Scan))


def reader_words(sandbox: SandboxServer) -> tuple[str, str]:
    """(what the scan log, what the Door calls the reader): its name where PassEntry's
    (legacy) reader list gave it, else its id (a strict account lists no readers)."""
    if sandbox.strict:
        return READER, f"PassEntry reader {READER}"
    return READER_NAME, READER_NAME


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_a_reader_scan_is_pulled_and_the_door_denies_a_second_entry(sandbox, api,
                                                                     synced) -> None:
    ticket = tonights_ticket(synced)
    inactive = an_inactive_pass(synced, ticket.event_id)
    assert passentry_rows(synced) == []  # the demo's scans are older than the look-back
    admitted = reader_scan(sandbox, ticket.id)
    refused = reader_scan(sandbox, inactive.id)
    assert (admitted["status"], refused["status"]) == ("successful", "failed")

    report = PullSync(api, synced).run(reconcile=False)
    assert report.scans.imported == 2

    rows = {r.id: r for r in passentry_rows(synced)}
    assert set(rows) == {admitted["scanId"], refused["scanId"]}
    ok, no = rows[admitted["scanId"]], rows[refused["scanId"]]
    assert (ok.verdict, ok.pass_id, ok.event_id, ok.reader_id, ok.desk) == (
        "admit", ticket.id, ticket.event_id, READER, f"passentry:{READER}")
    assert ok.scanned_at == at(admitted["scannedAt"])
    logged_as, door_words = reader_words(sandbox)
    assert ok.detail == f"Accepted by PassEntry at {logged_as}"
    assert (no.verdict, no.pass_id, no.event_id) == ("deny", inactive.id, inactive.event_id)
    assert no.detail == f"Refused by PassEntry at {logged_as}: Pass is not active"

    # The Door: the reader's admission counts in anti-passback, the counters and inside.
    door = Door(synced, DoorConfig(desk="main", event_id=ticket.event_id))
    try:
        counts = door.counters()
        assert (counts.admitted, counts.denied, counts.inside) == (1, 1, 1)
        again = door.scan(ticket.barcode_value or ticket.id)
        assert again.verdict.outcome is Outcome.DENY
        assert again.verdict.reason is Reason.ALREADY_ADMITTED
        assert again.verdict.message.startswith(f"Already admitted by {door_words} at ")
        counts = door.counters()
        assert (counts.admitted, counts.denied, counts.inside) == (1, 2, 1)
    finally:
        door.close()


def test_pulling_twice_keeps_one_row_and_the_cursor(sandbox, api, synced_sqlite) -> None:
    ticket = tonights_ticket(synced_sqlite)
    info = reader_scan(sandbox, ticket.id)
    first = ScanPull(api, synced_sqlite).run()
    second = ScanPull(api, synced_sqlite).run()
    assert (first.imported, second.imported) == (1, 0)
    assert second.pages == 1  # the first page held nothing new: the walk stopped there
    assert [r.id for r in passentry_rows(synced_sqlite)] == [info["scanId"]]
    with synced_sqlite.session() as s:
        cursor = sync_state.read(s, scan_pull.CURSOR_KEY)
        assert sync_state.is_offered(s, scan_pull.SCANS) is True
    assert cursor["newest"] == info["scannedAt"]
    assert "backlog" not in cursor


def test_a_third_partys_logged_scan_is_not_imported(sandbox, api, synced_sqlite) -> None:
    ticket = tonights_ticket(synced_sqlite)
    with http(sandbox) as client:
        answer = client.post("/scans/log", json={"scan": {
            "readerId": READER, "scanType": "barcode", "status": "successful",
            "statusDetail": "Welcome", "scanValue": ticket.barcode_value or ticket.id,
            "passId": ticket.id}})
    assert answer.status_code == 200, answer.text
    assert answer.json()["scanInfo"]["validationType"] == "externalValidation"
    report = ScanPull(api, synced_sqlite).run()
    assert report.imported == 0
    assert report.skipped >= 1
    assert scan_count(synced_sqlite) == 0


def test_a_passscanned_webhook_and_the_pull_make_one_row(sandbox, api, synced_sqlite) -> None:
    """The sandbox delivers passScanned to the hub (through a tunnel, signed), and the pull
    reads the same scan: one row, PassEntry's id."""
    with http(sandbox) as client:
        created = client.post("/webhook-subscriptions", json={"webhookSubscription": {
            "url": PUBLIC + "/webhooks/passentry", "enabled": True,
            "subscribedEvents": ["passScanned"]}})
        assert created.status_code == 201, created.text
    secret = created.json()["data"]["attributes"]["secretKey"]
    ticket = tonights_ticket(synced_sqlite)
    with HubServer(synced_sqlite, hub_config(webhook=WebhookSecrets(secret))) as hub:
        sandbox.tunnels[PUBLIC] = hub.url
        info = reader_scan(sandbox, ticket.id)
        assert sandbox.webhooks.wait_idle(timeout=20)
        rows = passentry_rows(synced_sqlite)
        assert [(r.id, r.verdict, r.event_id) for r in rows] == [
            (info["scanId"], "admit", ticket.event_id)]
        assert ScanPull(api, synced_sqlite).run().imported == 0
        # The hub's retry of the same delivery, and a second pull: still one row.
        assert ScanPull(api, synced_sqlite).run().imported == 0
    assert [r.id for r in passentry_rows(synced_sqlite)] == [info["scanId"]]
    assert scan_count(synced_sqlite) == 1


def late_scan(sandbox: SandboxServer, pass_id: str, scanned_at: datetime) -> str:
    """A reader that was offline uploads a scan made at ``scanned_at``: it is the newest
    in PassEntry's list, with an older scan time."""
    scan_id = str(uuid.uuid4())
    with sandbox.state.lock:
        sandbox.state.scans[scan_id] = StoredScan(scan_id, {
            "scanType": "barcode", "scanValue": pass_id,
            "validationType": "internalValidation", "status": "successful",
            "statusDetail": "", "scannedAt": iso_utc(scanned_at),
        }, pass_id, READER, sandbox.state.now())
    return scan_id


def test_a_late_scan_merges_by_scan_time(sandbox, api, synced_sqlite) -> None:
    ticket = tonights_ticket(synced_sqlite)
    newer = reader_scan(sandbox, ticket.id)
    assert ScanPull(api, synced_sqlite).run().imported == 1
    # Made an hour before the newest scan already here: before the walk's overlap too.
    made = at(newer["scannedAt"]) - timedelta(hours=1)
    late = late_scan(sandbox, ticket.id, made)
    assert ScanPull(api, synced_sqlite).run().imported == 1

    rows = passentry_rows(synced_sqlite)
    assert [(r.id, r.scanned_at) for r in rows] == [(late, made),
                                                    (newer["scanId"], at(newer["scannedAt"]))]
    with synced_sqlite.session() as s:
        history = admissions.history(s, ticket.id, ticket.event_id, count_inside=True,
                                     lock=False)
        cursor = sync_state.read(s, scan_pull.CURSOR_KEY)
    # The pass's last admission is the newer scan, whatever came last; both are one
    # person coming in: inside counts admissions, as the Door's own do.
    assert history.admitted_at == at(newer["scannedAt"])
    assert history.admitted_by == reader_words(sandbox)[1]
    assert cursor["newest"] == newer["scannedAt"]  # the late scan does not move it back


def test_a_scan_whose_pass_comes_later_counts_once_it_is_here(sandbox, api, tmp_path) -> None:
    database = Database.open(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        with PassEntryClient(sandbox.base_url, "demo") as probe_client:
            # Any active ticket with an event: read from PassEntry, not from the store.
            ticket = next(p for p in probe_client.passes.iter(per_page=100)
                          if p.status == "active" and p.enhanced_event_data is not None)
        info = reader_scan(sandbox, ticket.id)
        assert ScanPull(api, database).run().imported == 1
        (row,) = passentry_rows(database)
        assert (row.id, row.pass_id, row.event_id) == (info["scanId"], ticket.id, None)

        report = PullSync(api, database).run(reconcile=False)  # the passes arrive
        assert report.scans.imported == 0
        assert report.scans.placed == 1
        with database.session() as s:
            event_id = s.get(Pass, ticket.id).event_id
        assert event_id is not None
        (row,) = passentry_rows(database)
        assert row.event_id == event_id
        door = Door(database, DoorConfig(desk="main", event_id=event_id))
        try:
            assert door.counters().inside == 1
        finally:
            door.close()
    finally:
        database.close()


def test_a_walk_stopped_at_its_page_limit_goes_on_next_time(sandbox, api,
                                                            synced_sqlite) -> None:
    ticket = tonights_ticket(synced_sqlite)
    made = [reader_scan(sandbox, ticket.id)["scanId"] for _ in range(5)]

    def pull():
        return ScanPull(api, synced_sqlite, per_page=2, max_pages=1).run()

    # 5 new scans, 2 a page, 1 page a walk: pages 1, 2 and 3 hold them (page 3 also an
    # old demo scan); the walk that reads page 4 finds only old scans and is done.
    reports = [pull() for _ in range(4)]
    assert [r.backlog for r in reports] == [True, True, True, False]
    assert [r.imported for r in reports] == [2, 2, 1, 0]
    assert {r.id for r in passentry_rows(synced_sqlite)} == set(made)
    again = pull()
    assert (again.imported, again.pages, again.backlog) == (0, 1, False)


def test_a_server_without_the_scans_list_is_remembered_in_words(sandbox, api, synced_sqlite,
                                                                monkeypatch) -> None:
    def missing(**_kwargs):
        raise NotOfferedError("This PassEntry account does not offer the scans list",
                              route="scans.list", status=404)

    monkeypatch.setattr(api.scans, "pages", missing)
    report = PullSync(api, synced_sqlite).run(reconcile=False)
    assert report.scans.offered is False
    assert report.not_offered[scan_pull.SCANS] == scan_pull.NOT_OFFERED_WORDS
    assert "not counted at the Door" in scan_pull.NOT_OFFERED_WORDS
    with synced_sqlite.session() as s:
        assert sync_state.not_offered(s)[scan_pull.SCANS] == scan_pull.NOT_OFFERED_WORDS


def test_a_list_in_scan_time_order_is_read_too(sandbox, api, synced_sqlite, monkeypatch) -> None:
    """decisions.SCANS_NEWEST_FIRST_BY "scanned": the late scan sits behind the newer one."""
    from passdesk.sandbox import decisions

    monkeypatch.setattr(decisions, "SCANS_NEWEST_FIRST_BY", "scanned")
    ticket = tonights_ticket(synced_sqlite)
    newer = reader_scan(sandbox, ticket.id)
    late = late_scan(sandbox, ticket.id, at(newer["scannedAt"]) - timedelta(minutes=10))
    listed = api.scans.list(per_page=2).records
    assert [s.id for s in listed] == [newer["scanId"], late]
    assert ScanPull(api, synced_sqlite).run().imported == 2
    assert [r.id for r in passentry_rows(synced_sqlite)] == [late, newer["scanId"]]
