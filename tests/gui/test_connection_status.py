"""What the status bar says about a server and its connection (no window needed)."""

from __future__ import annotations

import pytest

from passdesk.api import (
    ConnectionReport,
    ForbiddenError,
    InsecureUrlError,
    NetworkError,
    ServerError,
    UnauthorizedError,
)
from passdesk.api.http import normalize_url
from passdesk.gui.monitor import OnlineState, status_from_error, status_from_report
from passdesk.gui.server import ServerTarget


@pytest.mark.parametrize(("target", "label"), [
    (ServerTarget("http://127.0.0.1:8765/api/v1", "demo", demo=True),
     "Demo sandbox · 127.0.0.1:8765"),
    (ServerTarget("https://api.passentry.com/api/v1", "k"), "PassEntry API · api.passentry.com"),
    (ServerTarget("https://staging.example.org:8443/api/v1", "k"),
     "PassEntry API · staging.example.org:8443"),
    (ServerTarget("http://localhost:9000/api/v1", "k"), "Local server · localhost:9000"),
])
def test_server_labels(target, label) -> None:
    assert target.label == label


def test_a_target_repr_never_shows_the_key() -> None:
    target = ServerTarget("https://api.passentry.com/api/v1", "pd-live-secret-123")
    assert "pd-live-secret-123" not in repr(target)
    assert "pd-live-secret-123" not in str(target)


def test_urls_are_normalized_for_use_as_keychain_scope() -> None:
    assert normalize_url(" https://api.passentry.com/api/v1/ ") == \
        "https://api.passentry.com/api/v1"
    # An unacceptable URL stays as typed; the client refuses it when it is used.
    assert normalize_url("http://example.com/api/v1/") == "http://example.com/api/v1"


def test_online_status_carries_the_summary() -> None:
    report = ConnectionReport("https://api.passentry.com/api/v1", ["Box office"], 1, 12.0)
    status = status_from_report(report)
    assert status.online
    assert status.text == "Online"
    assert "Box office" in status.detail


@pytest.mark.parametrize(("error", "state", "text"), [
    (UnauthorizedError("The API key was not accepted"), OnlineState.KEY_REFUSED, "Key refused"),
    (ForbiddenError("This API key is not allowed to do that"), OnlineState.KEY_REFUSED,
     "Key not allowed"),
    (NetworkError("Could not connect to api.passentry.com"), OnlineState.OFFLINE,
     "Offline: could not connect to api.passentry.com"),
    (ServerError("api.passentry.com had a server error (HTTP 503)"), OnlineState.OFFLINE,
     "Offline: api.passentry.com had a server error (HTTP 503)"),
    (InsecureUrlError("Refusing plain http to example.com"), OnlineState.OFFLINE,
     "Offline: refusing plain http to example.com"),
])
def test_failures_become_short_status_texts_with_the_hint_in_detail(error, state, text) -> None:
    status = status_from_error(error)
    assert status.state is state
    assert status.text == text
    assert type(error).hint in status.detail
    assert not status.online


def test_an_unexpected_error_is_offline_and_logged(caplog) -> None:
    status = status_from_error(KeyError("surprise"))
    assert status.state is OnlineState.OFFLINE
    assert "KeyError" in status.text
    assert "connection check failed unexpectedly" in caplog.text
