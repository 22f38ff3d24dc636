"""schemathesis against the running hub over loopback: no 5xx, no answer the
hub's own OpenAPI document (GET /openapi.json) does not describe.

Bounded: a few dozen generated requests per operation, valid and invalid
ones mixed, with and without the reader token (with it, PassSlot events
also carry the key, so generated events reach the code that applies them).
"""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.integration.hub.conftest import PASSSLOT_KEY, bearer

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, response_headers_conformance]
BOUNDED = settings(max_examples=40, deadline=None, derandomize=True,
                   suppress_health_check=list(HealthCheck))


def run_schemathesis(base_url: str, *, token: bool) -> int:
    """Every operation of the served document, bounded; returns the requests made."""
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    made = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=st.one_of(operation.as_strategy(GenerationMode.POSITIVE),
                              operation.as_strategy(GenerationMode.NEGATIVE)))
        @BOUNDED
        def check(case) -> None:
            nonlocal made
            if token and case.path == "/webhooks/passslot":
                case.query = {**(case.query or {}), "key": PASSSLOT_KEY}
            case.call_and_validate(headers=bearer() if token else None, checks=CHECKS)
            made += 1

        check()
    return made


def test_the_document_is_openapi_3_1(client):
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    assert set(document["paths"]) == {"/validate", "/webhooks/passentry",
                                      "/webhooks/passslot", "/health", "/openapi.json"}


@pytest.mark.parametrize("token", [False, True], ids=["without-token", "with-token"])
def test_generated_requests_get_documented_answers(hub, token):
    assert run_schemathesis(hub.url, token=token) > 50


def test_every_documented_status_of_validate_is_reachable(client):
    assert client.post("/validate", json={}).status_code == 401
    for content, status in ((b"x", 400), (b"{}", 422), (b'{"scan": {"scanValue": "v"}}', 200)):
        assert client.post("/validate", content=content, headers=bearer()).status_code == status
    assert isinstance(httpx.codes(413), int)
