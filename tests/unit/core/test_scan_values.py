"""Parsing what scanners send: ids, ext ids, URLs, VTAP prefixes, and garbage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passdesk.core.scan_values import MAX_LENGTH, ParsedScan, RejectedScan, Unreadable, parse_scan

HEX_ID = "e89b1330fc391ec89656f3c664318cff8805471e"
UUID_ID = "2258d9ed-05bc-47cd-be65-83b9bb5e0273"


@pytest.mark.parametrize(("raw", "text", "pass_id"), [
    (HEX_ID, HEX_ID, HEX_ID),
    (f"  {HEX_ID}\r\n", HEX_ID, HEX_ID),
    (HEX_ID.upper(), HEX_ID.upper(), HEX_ID),  # caps-lock wedge
    (UUID_ID, UUID_ID, UUID_ID),
    (f"https://download.passentry.com/download?pass={HEX_ID}", HEX_ID, HEX_ID),
    (f"https://download.passentry.com/p/{UUID_ID}", UUID_ID, UUID_ID),
    (f"VAS:{HEX_ID}", HEX_ID, HEX_ID),
    ("ndef: crm-000123", "crm-000123", None),
    ("TICKET-123\x1d", "TICKET-123", None),  # GS separator from a barcode scanner
    ("crm\xa07\u2028", "crm 7", None),  # no-break space, line separator
    ("customerID-promoCode", "customerID-promoCode", None),
    (b"crm-7", "crm-7", None),
])
def test_values_are_cleaned_and_pass_ids_recognised(raw, text, pass_id) -> None:
    parsed = parse_scan(raw)
    assert isinstance(parsed, ParsedScan)
    assert parsed.text == text
    assert parsed.pass_id == pass_id
    assert parsed.candidates[0] == (pass_id or text)


def test_an_upper_cased_id_is_looked_up_lower_case_first_then_as_typed() -> None:
    parsed = parse_scan(HEX_ID.upper())
    assert parsed.candidates == (HEX_ID, HEX_ID.upper())


@pytest.mark.parametrize(("raw", "reason"), [
    ("", Unreadable.EMPTY),
    ("   \r\n\t", Unreadable.EMPTY),
    ("VAS:", Unreadable.EMPTY),
    ("x" * (MAX_LENGTH + 1), Unreadable.TOO_LONG),
    (b"\xff\xfe\x00\x81", Unreadable.NOT_TEXT),
    ("\x00\x01\x02\x03\x04\x05abc", Unreadable.NOT_TEXT),
])
def test_garbage_is_refused_with_a_reason(raw, reason) -> None:
    parsed = parse_scan(raw)
    assert isinstance(parsed, RejectedScan)
    assert parsed.reason is reason
    assert parsed.detail


@settings(max_examples=2000)
@given(st.one_of(st.text(max_size=3000), st.binary(max_size=3000)))
def test_no_input_makes_the_parser_fail(raw) -> None:
    parsed = parse_scan(raw)
    assert isinstance(parsed, ParsedScan | RejectedScan)
    if isinstance(parsed, ParsedScan):
        assert parsed.text
        assert parsed.text == parsed.text.strip()
        assert len(parsed.text) <= MAX_LENGTH
        assert all(c.isprintable() or c == " " for c in parsed.text)
