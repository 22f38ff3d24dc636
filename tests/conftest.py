"""Shared test setup: isolated folders, an in-memory keychain, offscreen Qt, the sandbox."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.helpers.memory_keyring import MemoryKeyring

# Qt must never open a real window or talk to a display in tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

VENDOR_FIXTURES = Path(__file__).parent / "fixtures" / "vendor"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and data of each test live in its own temp folder; no real env key leaks in."""
    monkeypatch.setenv("PASSDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PASSDESK_DATA_DIR", str(tmp_path / "data"))
    for name in ("PASSDESK_API_KEY", "PASSDESK_HUB_TOKEN", "PASSDESK_WEBHOOK_SECRET",
                 "PASSDESK_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in English with British English numbers and clock, as a desk
    in the UK writes them, whatever the machine's locale (the C locale writes 2,000 as
    2000) and whatever language a test before it installed (issue 25)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    monkeypatch.delenv("PASSDESK_LANG", raising=False)
    if QCoreApplication.instance() is not None:
        from passdesk.gui.i18n import language

        language.install(None, forced="en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def sandbox_session():
    """One demo sandbox for read-only tests; tests that change data use ``sandbox``.

    PASSDESK_SANDBOX_STRICT=1 makes it (and ``sandbox``) strict: documented routes only.
    """
    from passdesk.sandbox import SandboxServer

    server = SandboxServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def sandbox():
    """A fresh sandbox with its own demo data, for tests that change things."""
    from passdesk.sandbox import SandboxServer

    server = SandboxServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def legacy_sandbox():
    """A fresh sandbox with the legacy routes too, whatever PASSDESK_SANDBOX_STRICT says:
    for behaviour only the older events API can show (an event's own time zone)."""
    from passdesk.sandbox import SandboxServer

    server = SandboxServer(strict=False)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def strict():
    """A fresh sandbox answering only the routes PassEntry documents (no legacy routes)."""
    from passdesk.sandbox import SandboxServer

    server = SandboxServer(strict=True)
    server.start()
    yield server
    server.stop()


# --- databases: SQLite files and a throwaway PostgreSQL server ---------------------------

def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgres: needs the throwaway PostgreSQL server (tests/helpers/postgres.py)")


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL cluster for the whole session, in a temp folder on a loopback port.

    Skipped when no PostgreSQL binaries are installed, unless
    ``PASSDESK_REQUIRE_POSTGRES=1`` (CI), where that is a failure.
    """
    from tests.helpers import postgres

    try:
        server = postgres.PostgresServer()
    except postgres.PostgresUnavailable as exc:
        if postgres.required():
            pytest.fail(f"{exc} ({postgres.REQUIRE_ENV}=1)", pytrace=False)
        pytest.skip(str(exc))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_url(pg_server) -> str:
    """The session's PostgreSQL server (its maintenance database ``postgres``)."""
    return pg_server.url()


@pytest.fixture
def pg_database_url(pg_server) -> Iterator[str]:
    """A PostgreSQL database of its own at the newest migration, empty, for one test."""
    url = pg_server.create_database()
    yield url
    pg_server.release_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on an SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database()
    yield url
    server.release_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (no tables, no revision), for migrations: SQLite and PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database(migrated=False)
    yield url
    server.drop_database(url)


@pytest.fixture(scope="session")
def qapp(qapp):  # pytest-qt's QApplication, with what app.run adds to it
    """Qt objects are destroyed on the main thread only, as in the app: the cycle
    collector runs there (passdesk/gui/workers/main_thread_gc.py); left to worker threads
    it deadlocked a GUI test run."""
    from passdesk.gui.workers import main_thread_gc

    main_thread_gc.install(qapp)
    return qapp
