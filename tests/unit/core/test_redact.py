from __future__ import annotations

import logging

import pytest

from passdesk import logs
from passdesk.core.redact import MASK, redact


@pytest.mark.parametrize(("text", "secret"), [
    ("Authorization: Bearer abc.def-123", "abc.def-123"),
    ("headers={'authorization': 'Bearer s3cr3t'}", "s3cr3t"),
    ("GET /x?api_key=k3y-value&page=2", "k3y-value"),
    ('{"token": "tok_9f8e7d"}', "tok_9f8e7d"),
    ("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----", "MHcCAQEE"),
])
def test_secrets_are_masked(text: str, secret: str) -> None:
    clean = redact(text)
    assert secret not in clean
    assert MASK in clean


def test_known_values_are_masked_anywhere_and_plain_text_is_untouched() -> None:
    assert redact("key is plainvalue123 here", ["plainvalue123"]) == f"key is {MASK} here"
    assert redact("12 passes synced in 0.4 s") == "12 passes synced in 0.4 s"


def test_log_records_pass_through_redaction(caplog: pytest.LogCaptureFixture) -> None:
    logs.register_secret("registered-secret-42")
    caplog.handler.addFilter(logs.RedactingFilter())
    logging.getLogger("passdesk.test").warning("using %s and Bearer xyz987",
                                                "registered-secret-42")
    assert "registered-secret-42" not in caplog.text
    assert "xyz987" not in caplog.text
