"""A throwaway PostgreSQL server for the tests: its own cluster in a temp folder.

``PostgresServer.start()`` runs Debian's ``initdb`` and ``pg_ctl`` (found under
``/usr/lib/postgresql/<version>/bin``, or on PATH) on a free loopback port,
with settings that trade durability for speed (fsync off: the cluster is
thrown away). initdb refuses to run as root, so as root the cluster belongs to
the ``postgres`` system user and the commands run through ``runuser``.

Each test gets its own database (``create_database``), copied from a template
that already holds the migrated schema, so a test does not pay for the
migrations; ``release_database`` empties it for the next test (quicker than
another copy), ``drop_database`` removes it, connections and all.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

#: Set (to 1) where PostgreSQL must be tested (CI): missing binaries fail instead of skipping.
REQUIRE_ENV = "PASSDESK_REQUIRE_POSTGRES"
SUPERUSER = "postgres"
#: Fast and small: nothing here must survive a crash.
SERVER_SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "64MB",
    "log_min_messages": "warning",
}


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


def find_bin_dir() -> Path:
    """The newest ``/usr/lib/postgresql/<version>/bin`` with initdb, else PATH's."""
    def version(path: str) -> tuple[int, ...]:
        found = re.search(r"/postgresql/([\d.]+)/bin", path)
        return tuple(int(p) for p in found.group(1).split(".")) if found else (0,)

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb): "
        "install Debian's 'postgresql' package, or run scripts/dev.sh test")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.port = 0
        self.root: Path | None = None
        self._as_user: list[str] = []
        self._template: str | None = None
        self._tables: list[str] = []
        #: Emptied migrated databases, ready for the next test.
        self._clean: list[str] = []

    # --- the cluster -------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [*self._as_user, str(self.bin_dir / args[0]), *args[1:]]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                              cwd=self.root, check=False)
        if check and done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}):\n{done.stdout}\n"
                               f"{done.stderr}\n{self._log_tail()}")
        return done

    def _log_tail(self) -> str:
        log = self.root / "server.log" if self.root else None
        if log is None or not log.exists():
            return ""
        return "server.log:\n" + "\n".join(log.read_text(errors="replace").splitlines()[-30:])

    def start(self) -> PostgresServer:
        self.root = Path(tempfile.mkdtemp(prefix="passdesk-pg-"))
        if os.geteuid() == 0:
            owner = pwd.getpwnam(SUPERUSER)
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self._as_user = ["runuser", "-u", SUPERUSER, "--"]
        self._run("initdb", "-D", str(self.data_dir), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = " ".join(f"-c {k}={v}" for k, v in SERVER_SETTINGS.items())
        for attempt in range(5):
            self.port = free_port()
            done = self._run("pg_ctl", "-D", str(self.data_dir), "-l",
                             str(self.root / "server.log"), "-w", "-t", "60", "-o",
                             f"-p {self.port} -k {self.root} {options}", "start",
                             check=attempt == 4)
            if done.returncode == 0:
                break
        return self

    def stop(self) -> None:
        if self.root is None:
            return
        if (self.data_dir / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop",
                      check=False)
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    # --- databases ---------------------------------------------------------------------

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def admin(self, *statements: str) -> None:
        """Run statements outside a transaction (CREATE/DROP DATABASE) on the server."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def create_database(self, *, migrated: bool = True) -> str:
        """A new database (the migrated schema, or empty); returns its SQLAlchemy URL.

        A migrated one may be an emptied database a previous test gave back
        (``release_database``): the same schema, no rows, sequences restarted.
        """
        if migrated and self._clean:
            return self.url(self._clean.pop())
        name = f"t_{uuid.uuid4().hex[:16]}"
        template = self._migrated_template() if migrated else "template0"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def copy_database(self, url: str) -> str:
        """A new database holding what ``url``'s holds (nobody may be connected to it)."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{url.rsplit("/", 1)[1]}"')
        return self.url(name)

    def release_database(self, url: str) -> None:
        """Done with a migrated database: empty it for the next test, or drop it.

        Emptying (TRUNCATE) is quicker than copying the template again. A
        database whose schema a test changed, or that someone still holds
        locked, is dropped instead.
        """
        import psycopg

        name = url.rsplit("/", 1)[1]
        try:
            with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                                 dbname=name, autocommit=True) as connection:
                connection.execute("SET lock_timeout = '2s'")
                version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
                tables = [r[0] for r in connection.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version' ORDER BY tablename")]
                if version != [(self._head(),)] or tables != self._tables:
                    raise psycopg.Error("schema changed")
                connection.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables)
                                   + " RESTART IDENTITY")
        except psycopg.Error:
            self.drop_database(url)
            return
        self._clean.append(name)

    def _head(self) -> str:
        from passdesk.store import migrate

        return migrate.head_revision()

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _migrated_template(self) -> str:
        """A database at the newest migration, made once, that others are copied from."""
        if self._template is None:
            from passdesk.store.database import Database

            name = "passdesk_template"
            self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                       f'CREATE DATABASE "{name}" TEMPLATE template0')
            Database.open(self.url(name)).close()  # runs the migrations
            self._template = name
            import psycopg

            with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                                 dbname=name, autocommit=True) as connection:
                self._tables = [r[0] for r in connection.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version' ORDER BY tablename")]
        return self._template
