"""A door's verdicts reach PassEntry as logged scans (PASSENTRY-API.md §7.4), once each.

Over loopback against the sandbox, on an SQLite file (the door's driver path)
and on PostgreSQL (the Core path): the door logs as the reader it was set to,
the sandbox's ``GET /scans`` shows each verdict with its reader, status,
detail, value and pass; a lost answer (the sandbox applies the request, then
drops the connection) ends with the scan logged exactly once, also for the
same value scanned several times in a row; a door set to log as no reader
queues nothing; the hub logs a VTAP's verdicts and not a PassEntry Reader's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.core.admission import DoorConfig, Outcome
from passdesk.core.loyalty import ScanLoyalty
from passdesk.hub.server import HubServer
from passdesk.scan.door import Door
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.door_queries import DoorStore
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import OutboxRow, Pass, PassTemplate, Scan
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.hub.conftest import TOKEN, bearer, hub_config
from tests.integration.hub.conftest import fill as fill_hub
from tests.integration.sync.helpers import FakeClock, drain_all

READER, VTAP = "south-gate-1", "coffee-till-vtap"
UNKNOWN = "NO-SUCH-PASS-7781"


@pytest.fixture
def api(sandbox) -> Iterator[PassEntryClient]:
    with PassEntryClient(sandbox.base_url, "demo") as client:
        yield client


@pytest.fixture
def synced(api, db_url) -> Iterator[Database]:
    database = Database.open(db_url)
    PullSync(api, database).run(reconcile=False)
    yield database
    database.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pusher(api, synced, clock) -> Pusher:
    return Pusher(api, synced, clock=clock, rand=lambda: 0.0)


@pytest.fixture
def door(synced, clock) -> Iterator[Door]:
    door = Door(synced, DoorConfig(desk="north", admit_non_tickets=True,
                                            allow_reentry=True), clock=clock, log_as=READER)
    yield door
    door.close()


def a_card(db: Database) -> Pass:
    """An active loyalty card with a barcode (admitted at a door that admits non-tickets)."""
    with db.session() as s:
        return s.scalars(
            select(Pass).join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled.is_(True), Pass.status == "active",
                   Pass.barcode_value.is_not(None)).order_by(Pass.id).limit(1)).one()


def logged(sandbox) -> list[dict]:
    """Every scan the sandbox logged for a third party, oldest first, as GET /scans shows it."""
    origin = sandbox.base_url
    with httpx.Client(headers={"Authorization": f"Bearer {sandbox.api_key}"}) as http:
        data = http.get(f"{origin}/scans", params={"perPage": 100}).json()["data"]
    return [s for s in reversed(data)
            if s["attributes"]["validationType"] == "externalValidation"]


def read(value: str) -> ScanRead:
    return ScanRead(value, source="wedge", kind=ScanKind.BARCODE)


def scan_rows(db: Database) -> list[Scan]:
    """The scans made here (not those PassEntry's own readers made, which a pull brings)."""
    with db.session() as s:
        return list(s.scalars(select(Scan).where(Scan.source != "passentry")
                              .order_by(Scan.scanned_at)))


def log_rows(db: Database) -> list[OutboxRow]:
    with db.session() as s:
        rows = list(s.scalars(select(OutboxRow).where(OutboxRow.kind == OutboxKind.SCAN_LOG)
                              .order_by(OutboxRow.seq)))
        s.expunge_all()
        return rows


def test_an_admission_and_a_denial_appear_in_passentry(sandbox, api, synced, door, pusher,
                                                        clock) -> None:
    card = a_card(synced)
    door.loyalty = ScanLoyalty(delta=5, message="")  # points go by their own row, not here
    before = api.loyalty.get(card.id).balance
    admitted = door.scan(read(card.barcode_value))
    refused = door.scan(read(UNKNOWN))
    assert admitted.verdict.outcome is Outcome.ADMIT
    assert admitted.loyalty_op
    assert refused.verdict.outcome is Outcome.DENY
    rows = log_rows(synced)
    assert [r.target_id for r in rows] == [admitted.scan_id, refused.scan_id]
    assert all("loyalty" not in r.payload for r in rows)
    assert {r.order_key for r in rows} == {f"scanlog:{READER}"}

    drain_all(pusher, clock, synced)

    seen = logged(sandbox)
    assert [(s["relationships"]["reader"]["data"]["id"], s["attributes"]["status"],
             s["attributes"]["statusDetail"], s["attributes"]["scanValue"],
             s["attributes"]["scanType"], (s["relationships"]["pass"]["data"] or {}).get("id"))
            for s in seen] == [
        (READER, "successful", admitted.verdict.message, card.barcode_value, "barcode",
         card.id),
        (READER, "failed", refused.verdict.message, UNKNOWN, "barcode", None)]
    assert refused.verdict.message == "Unknown pass: not a ticket for this venue"
    by_id = {s.id: s.remote_id for s in scan_rows(synced)}
    assert [by_id[admitted.scan_id], by_id[refused.scan_id]] == [s["id"] for s in seen]
    # The points went once, through the loyalty row: /scans/log carried none.
    assert api.loyalty.get(card.id).balance == before + 5
    with synced.session() as s:
        assert outbox.counts(s) == {"done": 3}


def test_lost_answers_end_with_every_scan_logged_once(sandbox, api, synced, door, pusher,
                                                       clock) -> None:
    card = a_card(synced)
    # The same values several times in a row, so a check could take another's scan.
    values = [card.barcode_value] * 3 + [UNKNOWN] * 3 + [card.barcode_value]
    results = [door.scan(read(v)) for v in values]
    assert {str(r.verdict.outcome) for r in results} == {"admit", "deny"}
    # Every first POST /scans/log is applied and its answer dropped.
    sandbox.faults.set(drop=len(values), drop_method="POST", drop_path="/scans/log")

    drain_all(pusher, clock, synced)

    assert sandbox.faults.snapshot()["drop"] == 0, "every answer was lost once"
    seen = logged(sandbox)
    assert len(seen) == len(values), "each scan logged exactly once"
    assert [s["attributes"]["scanValue"] for s in seen] == values
    remote = {s.id: s.remote_id for s in scan_rows(synced)}
    assert sorted(remote[r.scan_id] for r in results) == sorted(s["id"] for s in seen)
    with synced.session() as s:
        assert outbox.counts(s) == {"done": len(values)}
    posts = [e for e in sandbox.requests.entries()
             if e.method == "POST" and e.path.endswith("/scans/log")]
    assert len(posts) == len(values), "nothing was sent twice"


def test_a_check_never_takes_another_scan_s_log(sandbox, api, synced, door, pusher,
                                                clock) -> None:
    """Marked "about to send", then gone before sending (a crash): the check finds
    only the earlier scan of the same value, which a scan here holds, and sends."""
    first = door.scan(read(UNKNOWN))
    drain_all(pusher, clock, synced)
    second = door.scan(read(UNKNOWN))
    with synced.session() as s:
        row = s.scalars(select(OutboxRow).where(OutboxRow.target_id == second.scan_id)).one()
        row.facts = {"sent_at": clock().isoformat()}

    drain_all(pusher, clock, synced)

    seen = logged(sandbox)
    assert len(seen) == 2
    remote = {s.id: s.remote_id for s in scan_rows(synced)}
    assert remote[first.scan_id] != remote[second.scan_id]
    assert {remote[first.scan_id], remote[second.scan_id]} == {s["id"] for s in seen}
    with synced.session() as s:
        assert outbox.counts(s) == {"done": 2}


def test_no_reader_chosen_queues_nothing(synced, clock) -> None:
    door = Door(synced, DoorConfig(desk="north", admit_non_tickets=True),
                      clock=clock)
    try:
        door.scan(read(a_card(synced).barcode_value))
        door.scan(read(UNKNOWN))
    finally:
        door.close()
    assert len(scan_rows(synced)) == 2
    assert log_rows(synced) == []


def _record_then_fall_over(db: Database) -> None:
    store = DoorStore(db)
    try:
        with store.transaction() as queries:
            scan_id = queries.record_scan(scanned_at=datetime.now(UTC), raw_value="X",
                                          source="wedge", verdict="deny")
            queries.queue_scan_log(scan_id, {"readerId": READER}, datetime.now(UTC))
            raise KeyError("the door fell over")
    finally:
        store.close()


def test_a_scan_and_its_log_row_are_one_transaction(synced) -> None:
    """A scan that is not committed leaves no log row behind (and the other way round)."""
    with pytest.raises(KeyError):
        _record_then_fall_over(synced)
    assert scan_rows(synced) == []
    assert log_rows(synced) == []


# --- the hub ------------------------------------------------------------------------


@pytest.fixture
def hub_db(db_url) -> Iterator[Database]:
    database = Database.open(db_url)
    fill_hub(database)
    yield database
    database.close()


def test_the_hub_logs_a_vtap_s_verdicts_and_not_a_passentry_reader_s(
        sandbox, api, hub_db, clock) -> None:
    server = HubServer(hub_db, hub_config())
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=10) as http:
            vtap = {"scan": {"scanValue": "TKT-0001", "readerId": VTAP, "readerType": "VTAP",
                             "scanData": {"serialno": VTAP}}}
            assert http.post("/validate", json=vtap, headers=bearer(TOKEN)).status_code == 200
            unknown = {"scan": {**vtap["scan"], "scanValue": UNKNOWN}}
            assert http.post("/validate", json=unknown,
                             headers=bearer(TOKEN)).status_code == 200
            reader = {"scan": {"scanValue": "TKT-0001", "readerId": READER, "scanType": "nfc"}}
            assert http.post("/validate", json=reader, headers=bearer(TOKEN)).status_code == 200
    finally:
        server.stop()
    rows = log_rows(hub_db)
    assert [(r.payload["readerId"], r.payload["status"], r.payload["scanValue"])
            for r in rows] == [(VTAP, "successful", "TKT-0001"), (VTAP, "failed", UNKNOWN)]
    assert len(scan_rows(hub_db)) == 3  # the PassEntry Reader's scan is kept, not logged
    sandbox.faults.set(drop=1, drop_method="POST", drop_path="/scans/log")
    drain_all(Pusher(api, hub_db, clock=clock, rand=lambda: 0.0), clock, hub_db)
    seen = logged(sandbox)
    assert [(s["relationships"]["reader"]["data"]["id"], s["attributes"]["scanValue"])
            for s in seen] == [(VTAP, "TKT-0001"), (VTAP, UNKNOWN)]
    assert json.dumps(rows[0].payload).find("loyalty") == -1


def test_a_strict_account_logs_and_checks_on_documented_routes_only(strict, tmp_path,
                                                                      clock) -> None:
    """Only the documented routes (§16): /scans/log to send, GET /scans to check."""
    database = Database.open(f"sqlite:///{tmp_path / 'strict.sqlite3'}")
    try:
        with PassEntryClient(strict.base_url, "demo") as client:
            PullSync(client, database).run(reconcile=False)
            door = Door(database, DoorConfig(desk="north"), clock=clock,
                              log_as=READER)
            try:
                refused = door.scan(read(UNKNOWN))
            finally:
                door.close()
            strict.faults.set(drop=1, drop_method="POST", drop_path="/scans/log")
            drain_all(Pusher(client, database, clock=clock, rand=lambda: 0.0), clock,
                      database)
        seen = logged(strict)
        assert [(s["attributes"]["scanValue"], s["attributes"]["statusDetail"])
                for s in seen] == [(UNKNOWN, refused.verdict.message)]
        assert {s.id: s.remote_id for s in scan_rows(database)}[refused.scan_id] == seen[0]["id"]
        assert all(e.status != 404 for e in strict.requests.entries() if "/scans" in e.path)
    finally:
        database.close()
