"""The client's error paths against real faults injected by the sandbox."""

from __future__ import annotations

import httpx
import pytest

from passdesk.api import (
    NetworkError,
    PassEntryClient,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    UnauthorizedError,
)
from passdesk.api.http import RetryPolicy
from passdesk.core.payloads import LoyaltyChange


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def faulty(sandbox, sleeps):
    """A client whose sleeps are recorded, so a test sees each retry delay."""
    with PassEntryClient(sandbox.base_url, "demo", sleep=sleeps.append) as c:
        yield c


def statuses(sandbox, path: str) -> list[int]:
    return [e.status for e in sandbox.requests.entries() if e.path.startswith(path)]


def test_wrong_key_is_unauthorized_with_a_readable_message(sandbox) -> None:
    with PassEntryClient(sandbox.base_url, "not-the-key") as client, \
            pytest.raises(UnauthorizedError) as info:
        client.check_connection()
    assert str(info.value).startswith("The API key was not accepted: Unauthorized")
    assert "Settings" in info.value.hint
    assert "not-the-key" not in str(info.value)


def test_get_with_429_is_retried_after_retry_after(sandbox, faulty, sleeps) -> None:
    sandbox.faults.set(rate_limit=1, retry_after=2)
    page = faulty.passes.list(per_page=5)
    assert len(page.records) == 5
    assert sleeps == [2.0]
    assert statuses(sandbox, "/api/v1/passes") == [429, 200]


def test_post_with_429_is_not_retried_and_says_when_to_try(sandbox, faulty, sleeps) -> None:
    active = faulty.passes.list(status="active", per_page=1).records[0]
    sandbox.requests.clear()
    sandbox.faults.set(rate_limit=1, retry_after=3)
    with pytest.raises(RateLimitedError) as info:
        faulty.passes.notify(active.id, "hello")
    assert info.value.retry_after == 3
    assert sleeps == []
    assert statuses(sandbox, "/api/v1/passes") == [429]


def test_server_errors_on_get_are_retried_then_reported(sandbox, sleeps) -> None:
    sandbox.faults.set(error_rate=1.0)
    with PassEntryClient(sandbox.base_url, "demo", sleep=sleeps.append,
                         retry=RetryPolicy(max_attempts=3)) as client, \
            pytest.raises(ServerError) as info:
        client.passes.list()
    assert len(sleeps) == 2
    assert len(statuses(sandbox, "/api/v1/passes")) == 3
    assert info.value.status in (500, 503)


def test_dropped_connection_is_a_network_error_with_unknown_outcome(sandbox, faulty,
                                                                   templates) -> None:
    card = faulty.passes.list(status="active", pass_template_uuid=templates["loyalty"].id,
                              per_page=1).records[0]
    before = faulty.loyalty.get(card.id).balance
    sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/loyalty")
    with pytest.raises(NetworkError) as info:
        faulty.loyalty.update(card.id, LoyaltyChange(delta=5))
    assert info.value.outcome_unknown
    assert "dropped" in str(info.value)
    # The change was applied although the answer was lost: why the outbox must check.
    assert faulty.loyalty.get(card.id).balance == before + 5


def test_dropped_get_is_retried(sandbox, faulty, sleeps) -> None:
    sandbox.faults.set(drop=1, drop_method="GET")
    assert faulty.passes.list().records
    assert len(sleeps) == 1


def test_malformed_json_is_a_clear_error(sandbox, faulty) -> None:
    sandbox.faults.set(malformed=1)
    with pytest.raises(ResponseFormatError) as info:
        faulty.passes.list()
    assert "not valid JSON" in str(info.value)
    assert "base URL" in info.value.hint


def test_a_slow_server_times_out_as_a_network_error(sandbox) -> None:
    sandbox.faults.set(latency=1.0)
    with PassEntryClient(sandbox.base_url, "demo", timeout=httpx.Timeout(0.2),
                         retry=RetryPolicy(max_attempts=1)) as client, \
            pytest.raises(NetworkError, match="in time"):
        client.passes.list()


def test_a_stopped_server_is_a_network_error_and_recovers(sandbox) -> None:
    with PassEntryClient(sandbox.base_url, "demo",
                         retry=RetryPolicy(max_attempts=1)) as client:
        sandbox.stop()
        with pytest.raises(NetworkError, match="Could not connect") as info:
            client.passes.list()
        assert not info.value.outcome_unknown
        sandbox.start()
        assert client.passes.list().records
