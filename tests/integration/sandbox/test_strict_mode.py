"""Strict mode: only the 33 documented routes; legacy and sandbox-only routes 404 like
an unknown path. The default keeps them on for the demo."""

from __future__ import annotations

import pytest

from passdesk import cli
from passdesk.sandbox import SandboxServer
from passdesk.sandbox.routes import ROUTES, Standing, documented

NOT_DOCUMENTED = [r for r in ROUTES if r.standing is not Standing.DOCUMENTED]


def path_of(route, entity_id: str) -> str:
    return route.path.format(id="south-gate-1" if "readers" in route.path else entity_id,
                             entity_id=entity_id)


def body_of(route) -> dict | None:
    return {"event": {"name": "x"}} if route.method in ("POST", "PATCH") else None


def test_the_table_has_the_33_documented_routes_of_section_16():
    assert len(documented()) == 33
    assert len({(r.method, r.path) for r in ROUTES}) == len(ROUTES)
    assert {r.standing for r in NOT_DOCUMENTED} == {Standing.LEGACY, Standing.EXTENSION}
    assert sorted(r.name for r in ROUTES if r.standing is Standing.EXTENSION) == [
        "reader_configuration.update", "templates.list"]


def test_no_sandbox_module_imports_the_client():
    from pathlib import Path

    import passdesk.sandbox

    root = Path(passdesk.sandbox.__file__).parent
    offenders = [p.name for p in root.rglob("*.py") if "passdesk.api" in p.read_text()]
    assert offenders == []


@pytest.mark.parametrize("route", NOT_DOCUMENTED, ids=lambda r: r.name)
def test_legacy_and_extension_routes_404_in_strict_mode_only(client, strict_client, sandbox,
                                                             route):
    entity_id = sandbox.state.default_entity_id
    strict = strict_client.request(route.method, path_of(route, entity_id), json=body_of(route))
    assert strict.status_code == 404
    assert strict.json() == strict_client.get("/no-such-route").json() == {"error": "Not Found"}
    default = client.request(route.method, path_of(route, entity_id), json=body_of(route))
    assert default.status_code != 404 or default.json() != {"error": "Not Found"}


def test_documented_routes_answer_in_strict_mode(strict_client, strict_server):
    entity_id = strict_server.state.default_entity_id
    for path in ("/passes", "/scans", "/webhook-subscriptions", "/batches", "/image-assets",
                 f"/entities/{entity_id}/readerConfiguration"):
        assert strict_client.get(path).status_code == 200, path


def test_strict_mode_leaves_out_the_sandbox_extras(strict_client, strict_server, client):
    with strict_server.state.lock:
        template_id = next(iter(strict_server.state.templates))
        event = next(iter(strict_server.state.events.values()))
    strict = strict_client.get(f"/pass-templates/{template_id}").json()["data"]["attributes"]
    assert "loyalty" not in strict
    assert "loyalty" in client.get(f"/pass-templates/{template_id}").json()["data"][
        "attributes"]
    # eventUuid is an old-doc filter: a strict server ignores it, like any unknown parameter.
    everything = strict_client.get("/passes", params={"perPage": 1}).json()["meta"]
    filtered = strict_client.get("/passes", params={"perPage": 1, "eventUuid": event.id}).json()
    assert filtered["meta"]["totalCount"] == everything["totalCount"]


def test_the_environment_makes_servers_strict_unless_told(monkeypatch):
    monkeypatch.setenv("PASSDESK_SANDBOX_STRICT", "1")
    assert SandboxServer(passes=1).strict is True
    assert SandboxServer(passes=1, strict=False).strict is False
    monkeypatch.setenv("PASSDESK_SANDBOX_STRICT", "0")
    assert SandboxServer(passes=1).strict is False
    monkeypatch.delenv("PASSDESK_SANDBOX_STRICT")
    assert SandboxServer(passes=1).strict is False


def test_the_cli_passes_strict_on(monkeypatch, capsys):
    seen = {}

    def fake_serve(host, port, *, ready, **kwargs):
        seen.update(kwargs)
        ready("http://127.0.0.1:1/api/v1", "e-42")

    monkeypatch.setattr("passdesk.sandbox.serve", fake_serve)
    assert cli.main(["sandbox", "--strict", "--port", "0"]) == 0
    assert seen["strict"] is True
    # No strict route lists entities: the line says which id to type into Settings.
    assert "entity ID e-42" in capsys.readouterr().err
    seen.clear()
    assert cli.main(["sandbox", "--port", "0"]) == 0
    assert "strict" not in seen  # then PASSDESK_SANDBOX_STRICT decides
