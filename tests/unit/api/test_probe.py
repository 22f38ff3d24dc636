"""client.probe(): every GET once, outcomes per standing, ids learnt, no secrets shown."""

from __future__ import annotations

import httpx

from passdesk.api import PassEntryClient
from passdesk.api.probe import FAILED, NOT_OFFERED, OK, SKIPPED, summary, table
from passdesk.api.routes import ROUTES

KEY = "sk_live_never_in_the_table"
PASSES = {"data": [
    {"id": "p-1", "type": "pass", "attributes": {"passType": "eventTicket",
                                                 "passTemplateUuid": "t-9"}},
    {"id": "p-2", "type": "pass", "attributes": {"passType": "storeCard"}}],
    "meta": {"totalCount": 2}, "links": {}}
ONE_PASS = {"data": {"id": "p-1", "type": "pass", "attributes": {}}}
TEMPLATE = {"data": {"id": "t-9", "type": "passTemplate", "attributes": {
    "name": "Gig", "fields": {"header": {}}}}}
CONFIG = {"data": {"id": "e-5", "type": "readerConfiguration", "attributes": {
    "nfcPrivateKey": "-----BEGIN EC PRIVATE KEY----- secret", "readerConfigurationApiKey": "rk",
    "validationConfiguration": {"validationType": "internal"}}}}
EMPTY = {"data": [], "meta": {"totalCount": 0}, "links": {}}


def documented_only(request: httpx.Request) -> httpx.Response:
    """A server with only the documented routes, and no scans, batches ... yet."""
    path = request.url.path.removeprefix("/api/v1")
    answers = {
        "/passes": PASSES, "/passes/p-1": ONE_PASS,
        "/loyalty/p-2": {**ONE_PASS, "meta": {"loyalty": {"balance": 4.5}}},
        "/pass-templates/t-9": TEMPLATE, "/pass_templates/t-9": TEMPLATE,
        "/entities/e-5/readerConfiguration": CONFIG,
        "/scans": EMPTY, "/webhook-subscriptions": EMPTY, "/batches": EMPTY,
        "/image-assets": EMPTY,
    }
    if path in answers:
        return httpx.Response(200, json=answers[path])
    return httpx.Response(404, json={"error": "Not found"})


def probe(handler, entity_id: str | None = "e-5"):
    with PassEntryClient("https://api.example.test/api/v1", KEY,
                         transport=httpx.MockTransport(handler)) as client:
        return {row.route: row for row in client.probe(entity_id)}


def test_every_get_route_is_probed_once() -> None:
    rows = probe(documented_only)
    assert set(rows) == {n for n, r in ROUTES.items() if r.method == "GET"}


def test_documented_reads_work_and_legacy_ones_are_not_offered_not_failed() -> None:
    rows = probe(documented_only)
    for name in ("passes.list", "passes.get", "loyalty.get", "templates.get",
                 "templates.get_deprecated", "reader_configuration.get", "scans.list"):
        assert rows[name].outcome == OK, rows[name]
        assert rows[name].parses is True
    for name in ("entities.list", "events.list", "readers.list", "templates.list"):
        assert rows[name].outcome == NOT_OFFERED
        assert rows[name].status == 404
    assert rows["scans.get"].outcome == SKIPPED
    assert rows["scans.get"].detail == "skipped: no id"
    assert not any(r.failed for r in rows.values())


def test_ids_come_from_earlier_answers_and_settings() -> None:
    seen: list[str] = []
    methods: set[str] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        methods.add(request.method)
        return documented_only(request)

    probe(handler)
    assert "/api/v1/passes/p-1" in seen  # the first pass of the list
    assert "/api/v1/loyalty/p-2" in seen  # the first loyalty card
    assert "/api/v1/pass-templates/t-9" in seen  # that pass's template
    assert "/api/v1/entities/e-5/readerConfiguration" in seen  # the entity from Settings
    assert methods == {"GET"}  # read-only


def test_without_an_entity_id_the_entity_routes_are_skipped_with_a_hint() -> None:
    rows = probe(documented_only, entity_id=None)
    assert rows["reader_configuration.get"].outcome == SKIPPED
    assert "entity ID" in rows["reader_configuration.get"].detail


def test_a_documented_route_that_breaks_fails_and_one_that_does_not_parse_fails() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/scans"):
            return httpx.Response(500, json={"error": "boom"})
        if request.url.path.endswith("/batches"):
            return httpx.Response(200, json={"batches": []})
        return documented_only(request)

    rows = probe(handler)
    assert rows["scans.list"].outcome == FAILED
    assert rows["scans.list"].status == 500
    assert rows["batches.list"].outcome == FAILED
    assert rows["batches.list"].parses is False
    assert "2 failed" in summary(list(rows.values()))


def test_a_403_on_a_documented_route_is_a_feature_the_account_lacks() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if "webhook-subscriptions" in request.url.path:
            return httpx.Response(403, json={"error": "not enabled"})
        return documented_only(request)

    assert probe(handler)["webhook_subscriptions.list"].outcome == NOT_OFFERED


def test_table_and_summary_hold_no_key_no_ids_no_secrets() -> None:
    rows = list(probe(documented_only).values())
    text = table(rows) + summary(rows)
    for secret in (KEY, "PRIVATE KEY", "p-1", "t-9", "e-5"):
        assert secret not in text
    assert "GET /entities/{entity_id}/readerConfiguration" in text
    assert "validation: internal" in text
    assert summary(rows).startswith("10 of 14 documented reads work")
