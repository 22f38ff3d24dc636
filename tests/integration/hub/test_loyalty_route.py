"""A reader's points change through the hub reaches PassEntry on ``/loyalty/{id}``.

The hub runs over a store synced from a strict sandbox (documented routes
only); a PassEntry reader sends a scan with a loyalty delta to ``/validate``;
the pusher delivers it with ``PATCH /api/v1/loyalty/{id}``, and the scan keeps
the reader's id.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.hub.server import HubServer
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.schema import Scan
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.hub.conftest import bearer, hub_config
from tests.integration.sync.helpers import FakeClock, drain_all


@pytest.fixture
def api(strict) -> Iterator[PassEntryClient]:
    with PassEntryClient(strict.base_url, "demo") as client:
        yield client


def test_a_readers_points_go_through_the_loyalty_route(strict, api, tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'venue.sqlite3'}")
    PullSync(api, db).run(reconcile=False)
    card = next(p for p in api.passes.iter(status="active") if p.pass_type == "storeCard")
    start = api.loyalty.get(card.id).balance
    with HubServer(db, hub_config()) as hub, httpx.Client(base_url=hub.url) as http:
        answer = http.post("/validate", headers=bearer(), json={"scan": {
            "scanValue": card.id, "readerId": "gate-reader-3", "scanType": "nfc",
            "loyalty": {"balance": 10, "message": "10 points added"}}})
    assert answer.status_code == 200
    assert answer.json()["validationResponse"]["status"] == "success", answer.json()
    strict.requests.clear()
    clock = FakeClock()
    drain_all(Pusher(api, db, clock=clock), clock, db)
    assert [(e.method, e.path, e.status) for e in strict.requests.entries()
            if e.method == "PATCH"] == [("PATCH", f"/api/v1/loyalty/{card.id}", 200)]
    assert api.loyalty.get(card.id).balance == start + 10
    with db.session() as s:
        assert outbox.counts(s) == {"done": 1}
        assert s.scalar(select(Scan.reader_id)) == "gate-reader-3"
    db.close()
