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
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def sandbox_session():
    """One demo sandbox for read-only tests; tests that change data use ``sandbox``."""
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
