"""Migrations: an old database upgrades without losing rows; schema.py matches them."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from passdesk.store import migrate
from passdesk.store.database import Database
from passdesk.store.schema import Base


def test_a_database_at_the_first_revision_upgrades_keeping_outbox_and_scans(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    with engine.begin() as c:
        c.execute(text("INSERT INTO passes (id, ext_id, display_name, attributes) "
                       "VALUES ('p1', 'crm-7', 'Zoë Müller', '{}')"))
        c.execute(text("INSERT INTO outbox (op_id, kind, order_key, payload, state, attempts,"
                       " created_at, facts) VALUES ('op-1', 'loyalty.change', 'p1', "
                       "'{\"delta\": 5}', 'pending', 0, '2026-01-01 10:00:00', '{}')"))
        c.execute(text("INSERT INTO scans (id, scanned_at, raw_value, source, verdict) "
                       "VALUES ('s1', '2026-01-01 10:00:00', 'crm-7', 'wedge', 'admit')"))
    engine.dispose()

    db = Database.open(url)  # what the app does at start
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as c:
        assert c.execute(text("SELECT payload FROM outbox WHERE op_id='op-1'")).scalar() \
            == '{"delta": 5}'
        assert c.execute(text("SELECT verdict FROM scans WHERE id='s1'")).scalar() == "admit"
        # The pass stored before search existed is found, accents folded.
        found = c.execute(text("SELECT p.id FROM passes_fts f JOIN passes p "
                               "ON p.rowid = f.rowid WHERE passes_fts MATCH 'muller'")).all()
        assert found == [("p1",)]
    db.close()


def test_schema_module_matches_the_migrations(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    with db.engine.connect() as c:
        context = MigrationContext.configure(c, opts={
            # The search tables are made by 0002 in raw SQL (FTS5 has no model).
            "include_name": lambda name, kind, _p: not (
                kind == "table" and name.startswith(("passes_fts", "search_control"))),
        })
        diffs = compare_metadata(context, Base.metadata)
    db.close()
    assert diffs == []


def test_opening_twice_is_idempotent(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    Database.open(url).close()
    db = Database.open(url)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


def test_sqlite_is_set_up_for_durability(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()
