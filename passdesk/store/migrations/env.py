"""Alembic environment: the engine comes from passdesk (migrate.py), not an ini file."""

from __future__ import annotations

from alembic import context

from passdesk.store.schema import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
