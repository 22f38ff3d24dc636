"""Alembic environment: the engine comes from passdesk (migrate.py), not an ini file."""

from __future__ import annotations

from alembic import context

from passdesk.store.schema import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    if connection.dialect.name == "postgresql":
        # Desks starting together on one venue database upgrade it one at a
        # time: the next reads the revision the first committed, and does nothing.
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtextextended("
                                   "'passdesk.migrations', 0))")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
