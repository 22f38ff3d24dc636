"""`passdesk check --api` against the sandbox: a table, no secrets, the right exit code."""

from __future__ import annotations

import pytest

from passdesk import cli
from passdesk.sandbox import SandboxServer
from tests.integration.api.conftest import entity_of


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_check_api_prints_a_table_without_secrets_and_exits_0(strict, monkeypatch,
                                                               capsys) -> None:
    with SandboxServer(strict=strict) as server:
        monkeypatch.setenv("PASSDESK_API_KEY", "demo")
        code = cli.main(["check", "--api", "--url", server.base_url,
                         "--entity", entity_of(server)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "GET /loyalty/{id}" in out
    assert "GET /entities/{entity_id}/readerConfiguration" in out
    assert "documented" in out
    assert "11 of 14 documented reads work, 3 skipped" in out  # 3 lists are empty: no id
    # Legacy and sandbox-only routes are counted apart (strict: the events and readers
    # lists answer 404, so there is no id to try their single-record routes).
    legacy = "legacy and sandbox-only: 0 of 7 answer, 5 not offered, 2 skipped" if strict \
        else "legacy and sandbox-only: 7 of 7 answer"
    assert legacy in out
    events_row = next(line for line in out.splitlines() if line.startswith("GET /events "))
    assert ("not offered" in events_row) is strict
    assert "demo" not in out.replace("(API key: demo)", "")  # never the key
    assert "-----BEGIN" not in out


def test_check_api_exits_1_when_a_documented_route_fails(monkeypatch, capsys) -> None:
    with SandboxServer() as server:
        server.faults.set(error_rate=1.0)
        monkeypatch.setenv("PASSDESK_API_KEY", "demo")
        code = cli.main(["check", "--api", "--url", server.base_url])
    out = capsys.readouterr().out
    assert code == 1
    assert "failed" in out
