"""How the hub reads reader requests and words its answers (no server, no store)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from passdesk.core.validation_formats import ValidationResponse
from passdesk.hub.validate import (
    BadRequest,
    Decision,
    HubRequest,
    Validator,
    answer,
    parse_request,
)
from passdesk.scan import vtap_protocol
from passdesk.scan.sources import ScanKind


def test_a_passentry_reader_request():
    request = parse_request({"scan": {"scanValue": "abc", "readerId": "r-1", "scanType": "nfc",
                                      "loyalty": {"balance": -10, "message": "Redeemed"}}})
    assert request == HubRequest("abc", "r-1", vtap=False, kind=ScanKind.NFC, scan_type="nfc",
                                 loyalty_delta=-10, loyalty_message="Redeemed")
    assert request.source == "hub:reader"


def test_a_vtap_request():
    request = parse_request({"scan": {"scanValue": "abc", "readerId": "CC1",
                                      "readerType": "VTAP", "scanData": {"IP": "x"}}})
    assert request.vtap
    assert request.source == "hub:vtap"
    assert parse_request({"scan": {"scanValue": "a", "scanData": {}}}).vtap


def test_strings_are_made_storable():
    request = parse_request({"scan": {"scanValue": "a\x00b\ud800", "readerId": 42}})
    assert request.scan_value == "a\u2400b?"
    assert request.reader_id == "42"


def test_the_door_step_reads_the_value_as_sent():
    """As the Door reads it: NUL and a lone surrogate are dropped, not read as a
    printable character (the scan record keeps the cleaned value)."""
    request = parse_request({"scan": {"scanValue": "\x00abc", "readerId": "r"}})
    assert (request.scan_value, request.read.value) == ("\u2400abc", "\x00abc")
    assert (request.read.source, request.read.reader_id) == ("hub:reader", "r")


@pytest.mark.parametrize("body", [
    None, [], "scan", {"scan": None}, {"scan": []}, {"scan": {}}, {"scan": {"scanValue": 1}},
    {"scan": {"scanValue": "a", "readerId": "r" * 300}},
    {"scan": {"scanValue": "a", "loyalty": "10"}},
    {"scan": {"scanValue": "a", "loyalty": {"balance": 1.5}}},
    {"scan": {"scanValue": "a", "loyalty": {"balance": 10**10}}},
    {"scan": {"scanValue": "a", "loyalty": {"balance": 1, "message": 5}}},
])
def test_what_is_not_a_reader_request(body):
    with pytest.raises(BadRequest):
        parse_request(body)


def test_a_zero_delta_is_no_loyalty_change():
    assert parse_request({"scan": {"scanValue": "a", "loyalty": {"balance": 0}}}
                         ).loyalty_delta is None


@pytest.mark.parametrize("success", [True, False])
def test_answers_are_the_documented_format(success):
    decision = Decision(success, "admitted" if success else "expired", "Words", "p-1")
    reader = ValidationResponse.from_json(answer(decision, vtap=False))
    assert (reader.success, reader.message, reader.pass_id) == (success, "Words", "p-1")
    vtap = answer(decision, vtap=True)["validationResponse"]["readerInstructions"]["VTAPaction"]
    assert vtap == {
        "led": vtap_protocol.LED_ADMIT if success else vtap_protocol.LED_DENY,
        "beep": vtap_protocol.BEEP_ADMIT if success else vtap_protocol.BEEP_DENY,
        "message": "Words", "success": success}


def test_a_retry_key_covers_the_window_before():
    validator = Validator.__new__(Validator)
    request = parse_request({"scan": {"scanValue": "a", "loyalty": {"balance": 5}}})
    at = datetime(2026, 1, 1, 12, 0, 29, tzinfo=UTC)
    later = datetime(2026, 1, 1, 12, 0, 31, tzinfo=UTC)  # the next 30 s window
    assert validator.retry_keys(request, later)[1] == validator.retry_keys(request, at)[0]
    other = parse_request({"scan": {"scanValue": "a", "loyalty": {"balance": 6}}})
    assert validator.retry_keys(other, at)[0] != validator.retry_keys(request, at)[0]
