"""The hub when its store cannot record a scan (issue 21, part 1): ``failed`` with a
message, one log line, and recording again once there is room.

The disk fills for real: SQLite's ``max_page_count`` on the connection the hub's
group commit writes with, so SQLite answers "database or disk is full".
"""

from __future__ import annotations

import logging

import httpx
import pytest

from passdesk.hub.server import HubServer
from passdesk.store.database import Database
from tests.integration.hub.conftest import bearer, fill, hub_config


@pytest.fixture
def served(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    fill(db)
    server = HubServer(db, hub_config())
    server.start()
    with httpx.Client(base_url=server.url, timeout=10) as http:
        yield server, http
    server.stop()
    db.close()


def on_the_writer(server: HubServer, sql: str):
    """Run ``sql`` on the group commit's own connection, on its thread."""
    committer = server.hub._committer
    return committer.call(lambda: committer._driver.execute(sql).fetchone()).result()


def scan(http: httpx.Client, value: str) -> httpx.Response:
    return http.post("/validate", headers=bearer(), json={
        "scan": {"scanValue": value, "readerId": "gate-1", "scanType": "qr"}})


def test_a_full_disk_answers_failed_logs_one_line_and_recovers(served, caplog):
    server, http = served
    pages = on_the_writer(server, "PRAGMA page_count")[0]
    on_the_writer(server, f"PRAGMA max_page_count = {pages}")
    caplog.set_level(logging.INFO)
    for n in range(2000):  # the door keeps scanning until the file cannot grow
        response = scan(http, f"UNKNOWN-{n:05d}")
        if response.status_code != 200:
            break
    assert response.status_code == 503
    body = response.json()["validationResponse"]
    assert body == {"status": "failed", "statusDetail": "not recorded: the disk is full",
                    "readerInstructions": {"message": "Not recorded: do not enter, ask staff"}}
    lines = [r for r in caplog.records if "not recorded" in r.getMessage()]
    assert len(lines) == 1
    assert "disk full: database or disk is full" in lines[0].getMessage()
    assert not [r for r in caplog.records if r.exc_info]

    # A ticket while full: failed too, never success.
    assert scan(http, "TKT-0001").json()["validationResponse"]["status"] == "failed"

    on_the_writer(server, "PRAGMA max_page_count = 1073741823")  # room again
    admitted = scan(http, "TKT-0001")
    assert admitted.status_code == 200
    assert admitted.json()["validationResponse"]["status"] == "success"


def test_a_broken_connection_is_opened_again(served):
    """The group commit's connection unusable (closed under it): that scan fails, and
    the next is recorded on a fresh connection."""
    server, http = served
    committer = server.hub._committer
    committer.call(lambda: committer._driver.close()).result()
    assert scan(http, "TKT-0001").json()["validationResponse"]["status"] == "failed"
    admitted = scan(http, "TKT-0001")
    assert admitted.status_code == 200
    assert admitted.json()["validationResponse"]["status"] == "success"
