"""Opening the local database: engine, pragmas, migrations, sessions.

SQLite is the embedded default (a file in the data folder). Any SQLAlchemy
URL works (``PASSDESK_DATABASE_URL`` or settings), PostgreSQL being the
shared venue database. Migrations run at every open, so a file made by an
older version is upgraded before anything reads it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from passdesk.store import bulk_load, damage_mark, migrate

log = logging.getLogger(__name__)

DATABASE_FILE = "passdesk.sqlite3"


class DatabaseError(RuntimeError):
    """The database could not be opened or written; the message says why in plain words."""


def database_url(configured: str | None, data_dir: Path, server_url: str | None = None) -> str:
    """``PASSDESK_DATABASE_URL``, else the configured URL, else a SQLite file.

    Each server gets its own file (``server_url`` None, the PassEntry API,
    keeps the plain name), so one account's cache and queued changes never
    meet another's.
    """
    return (os.environ.get("PASSDESK_DATABASE_URL") or configured
            or f"sqlite:///{data_dir / sqlite_file_for(server_url)}")


def fresh_sqlite_url(path: Path) -> str:
    """The URL of an SQLite file at ``path``, deleted first with its journal files:
    for demo data, which is new at every start and must not mix with older data."""
    for leftover in (path, *(path.with_name(path.name + end)
                             for end in ("-wal", "-shm", "-journal"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Cannot reset the demo database {path}: "
                                f"{exc.strerror or exc}") from exc
    return f"sqlite:///{path}"


def sqlite_file_for(server_url: str | None) -> str:
    if not server_url:
        return DATABASE_FILE
    parsed = make_url_safe(server_url)
    digest = hashlib.sha256(server_url.encode()).hexdigest()[:8]
    return f"passdesk-{parsed}-{digest}.sqlite3"


def make_url_safe(server_url: str) -> str:
    """A short, file-name-safe label for a server URL (its host and port)."""
    host = re.sub(r"^[a-z]+://", "", server_url).split("/")[0]
    return re.sub(r"[^A-Za-z0-9.-]+", "-", host).strip("-") or "server"


def _sqlite_pragmas(synchronous: str):
    def set_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        # WAL: readers never block the writer (the Door reads while sync writes).
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    return set_pragmas


class Database:
    def __init__(self, engine: Engine, cache_engine: Engine | None = None) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        #: The pull's engine (synchronous=NORMAL on SQLite), the durable one elsewhere.
        self.cache_engine = cache_engine or engine
        self._cache_sessions = sessionmaker(self.cache_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @classmethod
    def open(cls, url: str, *, upgrade: bool = True) -> Database:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise DatabaseError(f"The database URL is not valid: {exc}") from exc
        if parsed.drivername in ("postgresql", "postgres"):
            # A plain postgresql:// URL means psycopg 2 to SQLAlchemy; passdesk ships psycopg 3.
            parsed = parsed.set(drivername="postgresql+psycopg")
            url = parsed.render_as_string(hide_password=False)
        kwargs: dict = {}
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                try:
                    Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseError(f"Cannot create the folder for the database "
                                        f"{parsed.database}: {exc.strerror or exc}") from exc
            # The sync worker, the pusher and the UI each use their own connection.
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            engine = create_engine(url, **kwargs)
        except (NoSuchModuleError, ArgumentError) as exc:
            raise DatabaseError(f"Cannot use the database at {_safe(url)}: {exc}") from exc
        cache_engine = None
        if parsed.get_backend_name() == "sqlite":
            # FULL: a committed scan or loyalty operation survives a power cut too.
            event.listen(engine, "connect", _sqlite_pragmas("FULL"))
            # NORMAL for what the pull writes: after a power cut the last pages
            # may be gone, and the next sync simply fetches them again.
            cache_engine = create_engine(url, **kwargs)
            event.listen(cache_engine, "connect", _sqlite_pragmas("NORMAL"))
            if parsed.database and parsed.database != ":memory:":
                # A query meeting a damaged page leaves a note: the next start offers a rescue.
                for watched in (engine, cache_engine):
                    damage_mark.watch(watched, Path(parsed.database))
        database = cls(engine, cache_engine)
        if upgrade:
            try:
                migrate.upgrade_if_needed(engine)  # alembic is imported only to upgrade
            except SQLAlchemyError as exc:  # locked, not a database, refused, ...
                database.close()
                reason = getattr(exc, "orig", None) or exc
                raise DatabaseError(f"Cannot open the database at {_safe(url)}: "
                                    f"{reason}") from exc
            if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "",
                                                                                ":memory:"):
                _restore_set_aside_triggers(database)
        return database

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A durable Core connection in one transaction: the door's hot path, no ORM."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def cache_session(self) -> Iterator[Session]:
        """Like ``session()``, for data the API holds anyway (pull sync): less fsync."""
        with self._cache_sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
        self.cache_engine.dispose()


def _restore_set_aside_triggers(database: Database) -> None:
    """A full pull killed mid-way (power cut) left the passes' row triggers set
    aside; a store must not run without them until the network lets the next
    pull put them back. Failing that (locked), the next pull still does."""
    try:
        with database.cache_session() as session:
            bulk_load.restore(session)
    except SQLAlchemyError as exc:
        log.warning("could not put the passes' triggers back yet: %s", exc)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)
