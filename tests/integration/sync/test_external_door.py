"""Third-party validation mode against a local endpoint in the documented format."""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from passdesk.api.validation import ValidationClient
from passdesk.core.admission import DoorConfig, Outcome
from passdesk.core.validation_formats import ReaderRequest, ValidationResponse
from passdesk.scan.door import Door
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.store.database import Database
from passdesk.store.schema import Pass, Scan
from passdesk.sync.external_door import ExternalDoor, Fallback
from tests.conftest import VENDOR_FIXTURES
from tests.helpers.asgi_server import AsgiServer

TOKEN = "door-token-123"
received: list[dict] = []


async def validate(request: Request):
    if request.headers.get("authorization") != f"Bearer {TOKEN}":
        return JSONResponse({"error": "Unauthorized"}, status_code=401)
    body = await request.json()
    received.append(body)
    value = body["scan"]["scanValue"]
    if value == "SLOW":
        await asyncio.sleep(2)
    if value == "BOOM":
        return PlainTextResponse("internal error", status_code=500)
    if value.startswith("GOOD:"):
        return JSONResponse({"validationResponse": {
            "status": "success", "statusDetail": "Valid member",
            "passId": value.removeprefix("GOOD:"),
            "readerInstructions": {"message": "Welcome, member"}}})
    return JSONResponse({"validationResponse": {
        "status": "failed", "statusDetail": "Subscription expired",
        "readerInstructions": {"message": "Sorry, we can't let you in"}}})


@pytest.fixture(scope="module")
def endpoint():
    app = Starlette(routes=[Route("/validate", validate, methods=["POST"])])
    with AsgiServer(app) as server:
        yield f"{server.url}/validate"


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'door.sqlite3'}")
    with database.session() as s:
        s.add(Pass(id="p-member", display_name="Mia Member", status="active",
                   ext_id="crm-1", attributes={}))
    yield database
    database.close()


@pytest.fixture
def door(db, endpoint):
    """Build doors on the local endpoint (or another URL); all closed at the end."""
    made: list[ExternalDoor] = []

    def make(fallback=Fallback.OFFLINE_CHECK, token=TOKEN, url=None) -> ExternalDoor:
        client = ValidationClient(url or endpoint, token, timeout=0.5)
        made.append(ExternalDoor(Door(db, DoorConfig(desk="gate")), client,
                                      reader_id="gate-1", fallback=fallback))
        return made[-1]

    yield make
    for one in made:
        one.close()


def test_the_documented_formats_round_trip() -> None:
    for name in ("passentry_scans_third_party_validation__body_scan_1.json",
                 "passentry_scans_third_party_validation__body_scan_2.json"):
        raw = json.loads((VENDOR_FIXTURES / name).read_text())
        assert ReaderRequest.from_json(raw).to_json() == raw
    for name in ("passentry_scans_third_party_validation__body_validationResponse_1.json",
                 "passentry_scans_third_party_validation__body_validationResponse_2.json"):
        raw = json.loads((VENDOR_FIXTURES / name).read_text())
        assert ValidationResponse.from_json(raw).to_json() == raw


def test_success_admits_and_links_the_scan_to_the_pass(db, door) -> None:
    received.clear()
    result = door().scan(ScanRead("GOOD:p-member", source="nfc",
                                              kind=ScanKind.NFC))
    assert result.verdict.outcome is Outcome.ADMIT
    assert result.verdict.message == "Welcome, member"
    assert result.facts.name == "Mia Member"
    assert received[-1] == {"scan": {"scanValue": "GOOD:p-member", "readerId": "gate-1",
                                     "scanType": "nfc"}}
    with db.session() as s:
        logged = s.get(Scan, result.scan_id)
        assert (logged.pass_id, logged.verdict) == ("p-member", "admit")


def test_failed_denies_with_the_endpoint_message(door) -> None:
    result = door().scan("customer42-PROMO")
    assert result.verdict.outcome is Outcome.DENY
    assert result.verdict.message == "Sorry, we can't let you in"


@pytest.mark.parametrize("value", ["SLOW", "BOOM"])
def test_timeout_or_500_falls_back_to_the_offline_check_and_says_so(door, endpoint,
                                                                   value) -> None:
    result = door().scan(value)
    assert "Validation service unavailable" in result.verdict.message
    assert "checked offline" in result.verdict.message
    assert result.verdict.outcome is Outcome.DENY  # SLOW/BOOM are no passes here
    member = door(url=endpoint.replace("/validate", "/gone"))
    offline = member.scan("crm-1")  # a known pass, endpoint answering 404
    assert offline.verdict.outcome is Outcome.ADMIT
    assert "checked offline" in offline.verdict.message


def test_fallback_deny_denies_and_says_why(db, door) -> None:
    result = door(fallback=Fallback.DENY).scan("SLOW")
    assert result.verdict.outcome is Outcome.DENY
    assert "did not answer in time" in result.verdict.message
    with db.session() as s:
        assert s.scalar(select(Scan.verdict).where(Scan.id == result.scan_id)) == "deny"


def test_a_wrong_token_falls_back(door) -> None:
    result = door(fallback=Fallback.DENY, token="wrong").scan("GOOD:p-member")
    assert result.verdict.outcome is Outcome.DENY
    assert "refused the token" in result.verdict.message
