"""After a rescue the next pull is a full one: passes come back from PassEntry."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from passdesk.store import rescue, sync_state
from passdesk.store.database import Database
from passdesk.store.schema import OutboxRow, Pass
from passdesk.sync.pull import PASSES_KEY, pull_once
from tests.helpers import damaged_store as ds


def test_a_rescued_store_pulls_everything_again(sandbox_session, tmp_path: Path) -> None:
    path = tmp_path / "passdesk.sqlite3"
    ds.build_store(path)
    database = Database.open(f"sqlite:///{path}")
    first = pull_once(sandbox_session.base_url, sandbox_session.api_key, database,
                      reconcile=False)
    with database.session() as session:
        passes = session.scalar(select(func.count()).select_from(Pass))
    database.close()
    # The built store has a cursor: only what is newer than it comes.
    assert first.mode == "incremental"
    ds.damage(path, ds.leaf_pages(path, "passes")[2:6])  # passes PassEntry still holds

    report = rescue.rescue(path)

    assert report.table("passes").lost > 0
    database = Database.open(f"sqlite:///{path}")
    try:
        with database.session() as session:
            assert sync_state.read(session, PASSES_KEY) is None
        again = pull_once(sandbox_session.base_url, sandbox_session.api_key, database,
                          reconcile=False)
        assert again.mode == "full"
        assert again.passes_fetched > passes  # every pass, not only the newest
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Pass)) == again.passes_fetched
            assert session.scalar(select(func.count()).select_from(OutboxRow)) == 300
    finally:
        database.close()
