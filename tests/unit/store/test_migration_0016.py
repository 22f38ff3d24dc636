"""Migration 0016: a store of the release before keeps finding its passes, its
triggers index again as they did while search is live, and 0016 goes down and up
again. On SQLite and on PostgreSQL (where it changes nothing)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

from passdesk.store import migrate, search
from passdesk.store.database import Database
from passdesk.store.schema import Pass


def found(db, typed: str) -> list[str]:
    with db.session() as s:
        return search.search_ids(s, typed)


def test_0015_store_upgrades_and_search_follows_changes(empty_url) -> None:
    engine = create_engine(empty_url)
    migrate.upgrade(engine, "0015")
    with engine.begin() as c:
        c.execute(text("INSERT INTO passes (id, barcode_value, status, pass_type, template_id,"
                       " display_name, attributes) VALUES ('p1', 'TKT-AB12C', 'active',"
                       " 'eventTicket', 't1', 'Ada Lovelace', '{}')"))
    engine.dispose()

    db = Database.open(empty_url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert found(db, "Lovelace") == ["p1"]
        assert found(db, "AB12C") == ["p1"]
        with db.session() as s:  # live indexing: a change is indexed at once
            s.get(Pass, "p1").display_name = "Ada Byron"
            s.get(Pass, "p1").barcode_value = "TKT-ZZ99Y"
        assert found(db, "Byron") == ["p1"]
        assert found(db, "Lovelace") == []
        assert found(db, "ZZ99Y") == ["p1"]

        command.downgrade(migrate.config(db.engine), "0015")
        if db.is_sqlite:
            with db.engine.connect() as c:
                columns = set(c.execute(text("SELECT * FROM search_control")).keys())
            assert columns == {"id", "live"}
        with db.session() as s:
            s.get(Pass, "p1").display_name = "Ada King"
        assert found(db, "King") == ["p1"]
        migrate.upgrade(db.engine)
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.session() as s:
            s.add(Pass(id="p2", display_name="Grace Hopper", barcode_value="TKT-GH001",
                       attributes={}))
        assert found(db, "Hopper") == ["p2"]
        assert found(db, "GH001") == ["p2"]
    finally:
        db.close()
