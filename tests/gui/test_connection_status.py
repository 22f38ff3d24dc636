"""What the status bar and the Sync pane say about the server, the connection and
sync (no window needed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from passdesk.api.urls import normalize_url
from passdesk.gui.server import ServerTarget
from passdesk.gui.sync.words import (
    connection_detail,
    connection_text,
    outbox_indicator,
    outbox_summary,
    progress_text,
    report_text,
    sync_indicator,
    was_cancelled,
)
from passdesk.gui.widgets.words import local_time
from passdesk.sync.progress import SyncProgress
from passdesk.sync.pull import PullReport
from passdesk.sync.service import Connection, SyncStatus


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


def status(**changes) -> SyncStatus:
    return SyncStatus(**changes)


@pytest.mark.parametrize(("connection", "text"), [
    (Connection.UNKNOWN, "Checking…"),
    (Connection.ONLINE, "Online"),
    (Connection.OFFLINE, "Offline"),
    (Connection.KEY_REFUSED, "Key refused"),
    (Connection.NO_KEY, "No API key"),
])
def test_every_connection_state_has_a_short_name(connection, text) -> None:
    assert connection_text(status(connection=connection)) == text


def test_offline_and_a_refused_key_say_why_and_what_happens_to_changes() -> None:
    offline = connection_detail(status(connection=Connection.OFFLINE,
                                       connection_detail="Could not connect to 127.0.0.1"))
    assert offline.startswith("Could not connect to 127.0.0.1")
    assert "kept and sent when the connection is back" in offline
    refused = connection_detail(status(connection=Connection.KEY_REFUSED,
                                       connection_detail="The API key was not accepted"))
    assert "not accepted" in refused
    assert "Settings" in refused
    assert "PASSDESK_API_KEY" in connection_detail(status(connection=Connection.NO_KEY))


def test_the_sync_indicator_shows_progress_then_the_time() -> None:
    # The passes are the first of two long phases: half of the whole sync's scale.
    page = SyncProgress("passes (full)", 900, 2000, 9, 350.0, 0, 2)
    assert sync_indicator(status(syncing=True, progress=page)) == "Syncing… 22%"
    alone = SyncProgress("passes (full)", 900, 2000, 9, 350.0, 0, 1)
    assert sync_indicator(status(syncing=True, progress=alone)) == "Syncing… 45%"
    unknown = SyncProgress("event passes", 300, None, 3, 90.0)
    assert sync_indicator(status(syncing=True, progress=unknown)) == "Syncing…"
    # Two pages of entities are not "100%" of a sync.
    small = SyncProgress("entities", 2, 2, 1, 10.0)
    assert sync_indicator(status(syncing=True, progress=small)) == "Syncing…"
    # m17: the status check goes on from where the passes ended, never back.
    check = SyncProgress("status check", 500, 2000, 5, 900.0, 1, 2)
    assert sync_indicator(status(syncing=True, progress=check)) == "Syncing… 62%"
    assert sync_indicator(status(syncing=True)) == "Syncing…"
    assert sync_indicator(status()) == "Not synced yet"
    at = datetime(2031, 5, 1, 12, 4, 31, tzinfo=UTC)
    now = at.astimezone()
    assert sync_indicator(status(last_sync_at=at), now=now) == \
        f"Synced {at.astimezone():%H:%M}"
    assert local_time(at, seconds=True, now=now + timedelta(days=2)).endswith(
        f"{at.astimezone():%b %H:%M:%S}")


def test_progress_in_words() -> None:
    assert progress_text(SyncProgress("passes (full)", 900, 2000, 9, 350.4)) == \
        "Passes (first full download): 900 of 2,000 · 350 per second"
    assert progress_text(SyncProgress("event passes", 300, None, 3, 0.5)) == \
        "Which passes belong to which event: 300 so far"
    assert progress_text(None) == "Starting…"


def test_what_a_pull_did_in_words() -> None:
    first = PullReport(passes_fetched=2000, passes_inserted=2000, passes_reconciled=2000,
                       status_changes=1)
    assert report_text(first) == ("2,000 passes fetched (2,000 new); "
                                  "2,000 statuses checked, 1 changed")
    quiet = PullReport(passes_fetched=1, passes_inserted=0, passes_reconciled=2000)
    assert report_text(quiet) == "1 pass fetched (0 new); 2,000 statuses checked, none changed"
    assert report_text(PullReport()) == "No new passes"


@pytest.mark.parametrize(("counts", "compact", "long"), [
    ({}, "", "Nothing waiting: every change made here has reached PassEntry."),
    ({"done": 5}, "", "Nothing waiting: every change made here has reached PassEntry."),
    ({"pending": 2, "sending": 1}, "3 waiting", "3 changes waiting to be sent."),
    ({"failed": 1}, "1 to check", "1 change to retry or discard."),
    ({"pending": 1, "failed": 1, "review": 1}, "1 waiting · 2 to check",
     "1 change waiting to be sent; 2 changes to retry or discard."),
])
def test_the_outbox_in_words(counts, compact, long) -> None:
    assert outbox_indicator(status(outbox_counts=counts)) == compact
    assert outbox_summary(status(outbox_counts=counts)) == long


def test_a_cancelled_sync_is_told_from_a_failed_one() -> None:
    assert was_cancelled(status(last_sync_cancelled=True))
    assert not was_cancelled(status(last_sync_error="Could not connect to 127.0.0.1"))
    assert not was_cancelled(status())


def test_every_connection_state_has_a_tone() -> None:
    # A state without one raised KeyError in the status bar (seen: "other server").
    from passdesk.gui.status_bar import TONES
    from passdesk.sync.service import Connection

    assert set(TONES) == set(Connection)
