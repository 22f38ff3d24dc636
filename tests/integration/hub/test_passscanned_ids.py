"""passScanned keeps PassEntry's scan id, and passCreated is applied once (issue 19 D1/D2).

Over loopback to the hub, on an SQLite file and PostgreSQL: a scan PassEntry
judged is logged under its own id (so the pull of ``GET /scans`` finds it held);
a validator's scan (``externalValidation``) that this venue's Door or hub
already logged - within ``SAME_TAP`` of a local scan of the pass, or holding its
id as ``remote_id`` - is not logged again, and one that nothing here logged is;
a scan PassEntry could not place on a pass is still logged, once; passCreated
stores its pass once.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from passdesk.store import scan_import, scans
from passdesk.store.schema import HubEvent, Pass, Scan
from tests.integration.hub.conftest import TICKET
from tests.integration.hub.test_webhooks_passentry import CURRENT_FIXTURES, post

SCAN_ID = "0194a887-f880-703f-b8cf-16c1ea804b08"  # the §9.1 example's scan


def scanned(delivery: str, *, validation: str = "internalValidation", pass_id: str = TICKET,
            scan_id: str = SCAN_ID, at: datetime | None = None) -> dict:
    document = json.loads((CURRENT_FIXTURES / "9.1-pass-scanned-1-webhook.json")
                          .read_text(encoding="utf-8"))
    moment = (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    document["data"]["id"] = delivery
    document["data"]["attributes"]["timeStamp"] = moment
    document["data"]["relationships"]["pass"]["data"]["id"] = pass_id
    document["data"]["relationships"]["scan"]["data"]["id"] = scan_id
    for item in document["included"]:
        if item["type"] == "scan":
            item["id"] = scan_id
            item["attributes"].update(validationType=validation, scannedAt=moment,
                                      scanValue=pass_id)
        if item["type"] == "pass":
            item["id"] = pass_id
            item["attributes"]["status"] = "active"
    return document


def rows(db) -> list[Scan]:
    with db.session() as s:
        out = list(s.scalars(select(Scan).order_by(Scan.scanned_at)))
        s.expunge_all()
        return out


def test_a_passentry_scan_is_logged_under_its_own_id_once(client, db):
    assert post(client, scanned("d-1")).json()["result"] == "applied"
    # PassEntry sends the same scan again as a new delivery (a resend): still one row.
    assert post(client, scanned("d-2")).json()["result"] == "applied"
    (row,) = rows(db)
    assert (row.id, row.source, row.desk, row.reader_id, row.verdict) == (
        SCAN_ID, "passentry", "passentry:CC202952", "CC202952", "admit")
    with db.session() as s:
        assert scan_import.known_ids(s, [SCAN_ID]) == {SCAN_ID}


def test_a_validators_scan_the_door_logged_is_not_logged_twice(client, db):
    now = datetime.now(UTC)
    with db.session() as s:
        scans.record_scan(s, scanned_at=now - timedelta(seconds=20), raw_value="TKT-0001",
                          source="wedge", verdict="admit", pass_id=TICKET, desk="main")
    assert post(client, scanned("d-3", validation="externalValidation", at=now)).status_code \
        == 200
    assert [r.source for r in rows(db)] == ["wedge"]


def test_a_validators_scan_whose_id_a_door_scan_holds_is_not_logged(client, db):
    long_ago = datetime.now(UTC) - timedelta(hours=3)  # far outside SAME_TAP
    with db.session() as s:
        local = scans.record_scan(s, scanned_at=long_ago, raw_value="TKT-0001",
                                  source="wedge", verdict="admit", pass_id=TICKET, desk="main")
        s.get(Scan, local).remote_id = SCAN_ID
    assert post(client, scanned("d-4", validation="externalValidation")).status_code == 200
    assert [r.id for r in rows(db)] == [local]


def test_a_validators_scan_nothing_here_logged_is_logged(client, db):
    assert post(client, scanned("d-5", validation="externalValidation")).status_code == 200
    assert [(r.id, r.source) for r in rows(db)] == [(SCAN_ID, "passentry")]


def test_a_scan_passentry_could_not_place_is_logged_once(client, db):
    document = scanned("d-6")
    document["data"]["relationships"]["pass"]["data"] = None
    document["included"] = [i for i in document["included"] if i["type"] != "pass"]
    for item in document["included"]:
        if item["type"] == "scan":
            item["attributes"].update(status="failed", statusDetail="Pass not found",
                                      scanValue="NO-SUCH-PASS")
    for _ in range(2):
        assert post(client, document).status_code == 200
    (row,) = rows(db)
    assert (row.id, row.pass_id, row.verdict, row.raw_value) == (
        SCAN_ID, None, "deny", "NO-SUCH-PASS")
    assert row.detail == "Refused by PassEntry at West Gate: Pass not found"


def test_pass_created_is_applied_once(client, db):
    document = json.loads((CURRENT_FIXTURES / "9.2-pass-installed-pass-removed-1-webhook.json")
                          .read_text(encoding="utf-8"))
    document["data"]["id"] = "created-1"
    document["data"]["attributes"].update(webhookType="passCreated",
                                          timeStamp=datetime.now(UTC).strftime(
                                              "%Y-%m-%dT%H:%M:%SZ"))
    record = next(i for i in document["included"] if i["type"] == "pass")
    record["id"] = "new-pass-from-a-batch"
    record["attributes"]["status"] = "issued"
    document["data"]["relationships"]["pass"]["data"]["id"] = record["id"]
    assert post(client, document).json()["result"] == "applied"
    assert post(client, document).json()["result"] == "duplicate"
    with db.session() as s:
        created = s.get(Pass, "new-pass-from-a-batch")
        assert created is not None
        assert created.status == "issued"
        assert s.scalar(select(func.count()).select_from(HubEvent)) == 1
