"""``passdesk hub --demo``: a store filled from the embedded sandbox's demo data.

The sandbox starts on a free loopback port, one full pull copies its
deterministic demo data (events, templates, 2,000 passes, readers) into the
store over real HTTP, and the sandbox stops again: the hub then runs on a
store like any venue's, with no account.
"""

from __future__ import annotations

from pathlib import Path

from passdesk.sandbox import SandboxServer
from passdesk.store.database import Database, fresh_sqlite_url
from passdesk.sync.pull import PullReport, pull_once

DEMO_DATABASE_FILE = "hub-demo.sqlite3"


def fresh_database_url(folder: Path) -> str:
    """The demo hub's own SQLite file, emptied first (the demo data is new each start)."""
    return fresh_sqlite_url(folder / DEMO_DATABASE_FILE)


def fill(database: Database, *, passes: int | None = None) -> PullReport:
    """Copy the sandbox's demo data into ``database``."""
    sandbox = SandboxServer(**({"passes": passes} if passes is not None else {}))
    base_url = sandbox.start()
    try:
        return pull_once(base_url, sandbox.api_key, database, reconcile=False)
    finally:
        sandbox.stop()
