"""Webhook signature, timestamp window and secret rotation, without a server."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime, timedelta

import pytest

from passdesk.hub import wire
from passdesk.hub.signatures import (
    WebhookSecrets,
    sign,
    signature_valid,
    timestamp_of,
    timestamp_problem,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
BODY = b'{"data": {"id": "1", "attributes": {"timeStamp": "2026-03-01T11:59:00Z"}}}'
SECRETS = WebhookSecrets("current", "previous", NOW + timedelta(hours=1))


def test_the_signature_is_the_hex_hmac_sha256_of_the_raw_body():
    assert sign(BODY, "current") == hmac.new(b"current", BODY, hashlib.sha256).hexdigest()


@pytest.mark.parametrize("header", [
    sign(BODY, "current"), sign(BODY, "current").upper(), "sha256=" + sign(BODY, "current"),
    " " + sign(BODY, "current") + " ", sign(BODY, "previous"),
])
def test_accepted_signatures(header):
    assert signature_valid(BODY, header, SECRETS, NOW)


@pytest.mark.parametrize("header", [
    None, "", "sha256=", sign(BODY + b" ", "current"), sign(BODY, "other"),
    sign(BODY, "current")[:-1], "x" * 10_000, "é" * 64, sign(BODY, "current") + "00",
])
def test_refused_signatures(header):
    assert not signature_valid(BODY, header, SECRETS, NOW)


def test_the_previous_secret_stops_at_the_end_of_its_grace_period():
    header = sign(BODY, "previous")
    assert signature_valid(BODY, header, SECRETS, NOW + timedelta(minutes=59))
    assert not signature_valid(BODY, header, SECRETS, NOW + timedelta(hours=1))
    assert not signature_valid(BODY, header, WebhookSecrets("current", "previous"), NOW)


def test_no_secret_verifies_nothing():
    assert not WebhookSecrets()
    assert not signature_valid(BODY, sign(BODY, ""), WebhookSecrets(), NOW)


def test_secrets_never_show_in_repr():
    assert "current" not in repr(SECRETS)
    assert "previous" not in repr(SECRETS).replace("previous_until", "")


@pytest.mark.parametrize(("stamp", "refused"), [
    ("2026-03-01T11:59:00Z", False),
    ("2026-03-01T12:04:00+00:00", False),  # within the clock skew allowance
    ((NOW - wire.TIMESTAMP_TOLERANCE + timedelta(minutes=1)).isoformat(), False),
    ((NOW - wire.TIMESTAMP_TOLERANCE - timedelta(minutes=1)).isoformat(), True),
    ("2026-03-01T12:30:00Z", True),
    ("2026-03-01T12:00:00", False),  # no zone: taken as UTC
    ("0001-01-01T00:00:00+14:00", True), ("not a time", True), ("", True), (None, True),
    (1700000000, True), ("9" * 100, True),
])
def test_the_timestamp_window(stamp, refused):
    assert (timestamp_problem(stamp, NOW) is not None) is refused


def test_the_timestamp_is_read_from_the_signed_body():
    document = {"data": {"attributes": {"timeStamp": "x"}}}
    assert timestamp_of(document) == "x"
    assert timestamp_of({"data": []}) is None
    assert timestamp_of([]) is None
