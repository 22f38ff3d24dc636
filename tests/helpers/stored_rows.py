"""A table's rows as SQLite stores them: each value beside its storage type, by id.

Two write paths that must store the same thing are compared with this: a value
written as text where the other wrote an integer differs here.
"""

from __future__ import annotations

from sqlalchemy import text

from passdesk.store.database import Database


def stored_rows(db: Database, table: str) -> list[tuple]:
    with db.session() as session:
        names = [r[1] for r in session.execute(text(f"PRAGMA table_info({table})"))]
        typed = ", ".join(f"{n}, typeof({n})" for n in names)
        return [tuple(r) for r in session.execute(
            text(f"SELECT {typed} FROM {table} ORDER BY id"))]  # noqa: S608 - test names
