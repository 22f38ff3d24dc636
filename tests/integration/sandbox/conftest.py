"""One sandbox per module, back to its demo data before every test.

These tests pin ``strict`` themselves (the legacy and sandbox-only routes are
tested on, and off), so PASSDESK_SANDBOX_STRICT does not change them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from passdesk.sandbox import SandboxServer

NOW = datetime(2025, 6, 14, 12, 0, tzinfo=UTC)
API_KEY = "test-key"


@pytest.fixture(scope="module")
def server():
    with SandboxServer(api_key=API_KEY, seed=7, now=NOW, strict=False) as running:
        yield running


@pytest.fixture(scope="module")
def strict_server():
    with SandboxServer(api_key=API_KEY, seed=7, now=NOW, strict=True) as running:
        yield running


@pytest.fixture
def strict_client(strict_server):
    strict_server.state.reset()
    with httpx.Client(base_url=strict_server.base_url, timeout=5,
                      headers={"Authorization": f"Bearer {API_KEY}"}) as c:
        yield c


@pytest.fixture
def sandbox(server):
    server.state.reset()
    server.faults.clear()
    server.requests.clear()
    return server


@pytest.fixture
def client(sandbox):
    with httpx.Client(base_url=sandbox.base_url, timeout=5,
                      headers={"Authorization": f"Bearer {API_KEY}"}) as c:
        yield c


@pytest.fixture
def origin(sandbox) -> str:
    """Scheme, host and port: list links are paths relative to it."""
    return f"http://127.0.0.1:{sandbox.port}"


@pytest.fixture
def make_server():
    """Build an extra server (same key and clock) that is stopped after the test."""
    made = []

    def make(**kwargs) -> SandboxServer:
        made.append(SandboxServer(api_key=API_KEY, now=NOW, **{"strict": False, **kwargs}))
        return made[-1]

    yield make
    for server in made:
        server.stop()


@pytest.fixture
def auth_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {API_KEY}"}


@pytest.fixture
def entity_id(sandbox) -> str:
    return sandbox.state.default_entity_id
