"""2,000 reader requests from 20 concurrent clients over loopback: every one answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from passdesk.hub.server import HubServer
from passdesk.store.database import Database
from passdesk.store.schema import Scan
from tests.integration.hub.conftest import TOKEN, hub_config
from tests.integration.hub.load import build_store, drive, reader_requests


@pytest.mark.slow
def test_2000_requests_from_20_clients_get_2000_answers(tmp_path: Path):
    barcodes = build_store(tmp_path / "venue.sqlite3", 20_000)
    db = Database.open(f"sqlite:///{tmp_path / 'venue.sqlite3'}")
    requests = reader_requests(barcodes, 2000)
    try:
        with HubServer(db, hub_config()) as hub:
            result = drive(hub.url, TOKEN, requests, clients=20)
        assert result.errors == []
        assert len(result.latencies_ms) == 2000
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Scan)) == 2000
            # However the requests interleaved, no pass was let in twice.
            admitted = s.execute(select(Scan.pass_id, func.count()).where(
                Scan.verdict == "admit").group_by(Scan.pass_id)).all()
        assert admitted
        assert max(n for _, n in admitted) == 1
        values = [r["scan"]["scanValue"] for r in requests]
        assert len(admitted) == len({v for v in values if not v.startswith("UNKNOWN")})
    finally:
        db.close()
