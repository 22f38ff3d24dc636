"""The HTTP layer: HTTPS rule, error mapping, retry policy, key never shown.

These feed canned responses through httpx's MockTransport to pin each rule;
the same paths run against the real sandbox in tests/integration/api.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import httpx
import pytest

from passdesk.api import PassEntryClient, errors
from passdesk.api.http import RetryPolicy, parse_retry_after
from passdesk.api.urls import check_base_url

KEY = "sk_live_do_not_print_me"
PASS_PAGE = {"data": [{"id": "p1", "type": "pass", "attributes": {"status": "active"}}],
             "meta": {"totalCount": 1}, "links": {"next": None}}


def client_for(handler, *, sleeps: list[float] | None = None, **kw) -> PassEntryClient:
    record = sleeps if sleeps is not None else []
    return PassEntryClient("https://api.example.test/api/v1", KEY,
                           transport=httpx.MockTransport(handler), sleep=record.append, **kw)


@pytest.mark.parametrize(("url", "ok"), [
    ("https://api.passentry.com/api/v1/", True),
    ("http://127.0.0.1:8123/api/v1", True),
    ("http://localhost:8000/api/v1", True),
    ("http://[::1]:9/api/v1", True),
    ("http://api.passentry.com/api/v1", False),
    ("http://10.0.0.5/api/v1", False),
    ("ftp://example.com", False),
    ("not a url", False),
])
def test_https_is_required_except_for_loopback(url: str, ok: bool) -> None:
    if ok:
        assert not check_base_url(url).endswith("/")
    else:
        with pytest.raises(errors.InsecureUrlError):
            check_base_url(url)


def test_bearer_header_is_sent_and_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(401, json={"error": "Unauthorized"})

    caplog.set_level(logging.DEBUG)
    client = client_for(handler)
    with pytest.raises(errors.UnauthorizedError) as info:
        client.check_connection()
    assert seen == [f"Bearer {KEY}"]
    shown = " ".join([str(info.value), repr(info.value), info.value.message, repr(client),
                      repr(client._core), repr(client._core._client.auth), caplog.text])
    assert KEY not in shown
    assert "Unauthorized" in str(info.value)


@pytest.mark.parametrize(("status", "body", "kind", "text"), [
    (401, {"error": "Invalid API key"}, errors.UnauthorizedError, "Invalid API key"),
    (403, "", errors.ForbiddenError, "not allowed"),
    (404, {"error": "Pass not found"}, errors.NotFoundError, "Pass not found"),
    (400, "page must be a positive integer", errors.BadRequestError, "positive integer"),
    (422, {"errors": [{"detail": "more than 10 locations"}]}, errors.UnprocessableError,
     "more than 10 locations"),
    (500, "<html>oops</html>", errors.ServerError, "HTTP 500"),
])
def test_errors_are_typed_and_carry_the_api_message(status, body, kind, text) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, dict):
            return httpx.Response(status, json=body)
        ctype = "text/html" if body.startswith("<") else "text/plain"
        return httpx.Response(status, text=body, headers={"content-type": ctype})

    with pytest.raises(kind) as info:
        client_for(handler, retry=RetryPolicy(max_attempts=1)).passes.get("p1")
    assert text in str(info.value)
    assert info.value.status == status
    assert info.value.hint
    assert "<html>" not in str(info.value)


def test_get_retries_429_after_retry_after_then_succeeds() -> None:
    answers = [httpx.Response(429, headers={"Retry-After": "7"}, json={"error": "slow down"}),
               httpx.Response(200, json=PASS_PAGE)]
    sleeps: list[float] = []
    page = client_for(lambda r: answers.pop(0), sleeps=sleeps).passes.list()
    assert sleeps == [7.0]
    assert page.records[0].status == "active"


def test_post_is_never_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(503)

    sleeps: list[float] = []
    from passdesk.core.payloads import EventInput

    with pytest.raises(errors.ServerError):
        client_for(handler, sleeps=sleeps).events.create(EventInput(name="x"))
    assert calls == ["POST"]
    assert sleeps == []


def test_server_errors_back_off_exponentially_then_give_up() -> None:
    sleeps: list[float] = []
    client = PassEntryClient("https://api.example.test/api/v1", KEY, sleep=sleeps.append,
                             transport=httpx.MockTransport(lambda r: httpx.Response(502)),
                             retry=RetryPolicy(max_attempts=4, base_delay=1.0))
    client._core._rand = lambda: 1.0  # the top of the jitter range
    with pytest.raises(errors.ServerError):
        client.passes.list()
    assert sleeps == [1.0, 2.0, 4.0]


def test_a_retry_after_beyond_the_limit_goes_up_to_the_caller() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "3600"})

    sleeps: list[float] = []
    with pytest.raises(errors.RateLimitedError) as info:
        client_for(handler, sleeps=sleeps).passes.list()
    assert info.value.retry_after == 3600
    assert sleeps == []


def test_connection_failures_are_network_errors_with_known_or_unknown_outcome() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected", request=request)

    from passdesk.core.payloads import LoyaltyChange

    with pytest.raises(errors.NetworkError) as refused:
        client_for(refuse).loyalty.update("p", LoyaltyChange(delta=5))
    assert refused.value.outcome_unknown is False  # never sent: safe to send again
    with pytest.raises(errors.NetworkError) as dropped:
        client_for(drop).loyalty.update("p", LoyaltyChange(delta=5))
    assert dropped.value.outcome_unknown is True
    assert "may or may not have been applied" in str(dropped.value)


def test_malformed_json_is_a_clear_format_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"data": [', headers={"content-type":
                                                                  "application/json"})

    with pytest.raises(errors.ResponseFormatError) as info:
        client_for(handler).passes.list()
    assert "not valid JSON" in str(info.value)


def test_json_that_is_not_a_document_is_a_format_error() -> None:
    with pytest.raises(errors.ResponseFormatError, match="no JSON:API 'data'"):
        client_for(lambda r: httpx.Response(200, json={"hello": 1})).passes.get("x")


def test_page_links_to_another_host_are_not_followed() -> None:
    first = {**PASS_PAGE, "links": {"next": "https://evil.example/api/v1/passes?page=2"}}
    hosts = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(200, json=first)

    with pytest.raises(errors.ResponseFormatError, match="another host"):
        list(client_for(handler).passes.iter())
    assert hosts == ["api.example.test"]


def test_retry_after_parses_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 23, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after("Mon, 23 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Mon, 23 Nov 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
