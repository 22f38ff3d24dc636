"""Migrations: an old database upgrades without losing rows; schema.py matches them.

Each runs on an SQLite file and on a PostgreSQL database (the shared venue
database), both starting empty.
"""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from passdesk.store import migrate, search
from passdesk.store.database import Database
from passdesk.store.schema import Base


def test_a_database_at_the_first_revision_upgrades_keeping_outbox_and_scans(empty_url) -> None:
    engine = create_engine(empty_url)
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

    db = Database.open(empty_url)  # what the app does at start
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as c:
        payload = c.execute(text("SELECT payload FROM outbox WHERE op_id='op-1'")).scalar()
        assert payload in ('{"delta": 5}', {"delta": 5})  # text on SQLite, json on PostgreSQL
        assert c.execute(text("SELECT verdict FROM scans WHERE id='s1'")).scalar() == "admit"
    with db.session() as s:
        # The pass stored before search existed is found, accents folded, ext id by its parts.
        assert search.search_ids(s, "muller") == ["p1"]
        assert search.search_ids(s, "Zoë") == ["p1"]
        assert search.search_ids(s, "crm-7") == ["p1"]
        assert search.find_passes(s, "zoe mul")[0].name == "Zoë Müller"
    db.close()


def test_schema_module_matches_the_migrations(empty_url) -> None:
    db = Database.open(empty_url)
    with db.engine.connect() as c:
        context = MigrationContext.configure(c, opts={
            "compare_type": True,
            # The search index is made in raw SQL: FTS5 tables on SQLite, a
            # generated column and its index on PostgreSQL; none has a model.
            "include_name": lambda name, kind, _p: not (
                (kind == "table" and name.startswith(("passes_fts", "search_control")))
                or (kind == "index" and name in ("ix_passes_search", "ix_passes_search_code"))
                or (kind == "column" and name in ("search_tsv", "search_code"))),
        })
        diffs = compare_metadata(context, Base.metadata)
    db.close()
    assert diffs == []


def test_the_newest_migration_goes_down_and_up_again(empty_url) -> None:
    db = Database.open(empty_url)
    command.downgrade(migrate.config(db.engine), "0007")
    assert migrate.current_revision(db.engine) == "0007"
    with db.engine.connect() as c:
        columns = set(c.execute(text("SELECT * FROM outbox WHERE 1 = 0")).keys())
    assert "claimed_until" not in columns
    assert "claimed_at" in columns
    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


def test_opening_twice_is_idempotent(empty_url) -> None:
    Database.open(empty_url).close()
    db = Database.open(empty_url)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


def test_sqlite_is_set_up_for_durability(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


@pytest.mark.postgres
def test_postgresql_keeps_json_as_written_and_folds_accents_in_its_index(pg_database_url) -> None:
    db = Database.open(pg_database_url)
    with db.engine.connect() as c:
        types = dict(c.execute(text(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'passes' AND column_name IN ('attributes', 'id')")).all())
        assert types["attributes"] == "json"  # jsonb would reorder a template's keys
        indexdef = c.execute(text("SELECT indexdef FROM pg_indexes "
                                  "WHERE indexname = 'ix_passes_search'")).scalar()
        assert "gin (search_tsv)" in indexdef
        generated = c.execute(text(
            "SELECT generation_expression FROM information_schema.columns "
            "WHERE table_name = 'passes' AND column_name = 'search_tsv'")).scalar()
        assert "passdesk_search_text" in generated
        assert c.execute(text("SELECT passdesk_fold('Zoë Müller')")).scalar() == "Zoe Muller"
    db.close()
