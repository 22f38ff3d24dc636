"""Fault settings and the request log, without a server."""

from __future__ import annotations

import pytest

from passdesk.sandbox.faults import Faults
from passdesk.sandbox.request_log import LoggedRequest, RequestLog


def test_counted_faults_are_spent_one_request_at_a_time():
    faults = Faults(seed=1)
    faults.set(rate_limit=2, retry_after=5, malformed=1)
    actions = [faults.decide("GET", "/api/v1/passes") for _ in range(4)]
    assert [d.action for d in actions] == ["rate_limit", "rate_limit", "malformed", None]
    assert actions[0].retry_after == 5
    assert faults.snapshot()["rate_limit"] == 0


def test_drop_only_spends_on_matching_requests():
    faults = Faults()
    faults.set(drop=1, drop_method="patch", drop_path="/passes")
    assert faults.decide("GET", "/api/v1/passes").action is None
    assert faults.decide("PATCH", "/api/v1/readers/x").action is None
    assert faults.decide("PATCH", "/api/v1/passes/abc").action == "drop"
    assert faults.decide("PATCH", "/api/v1/passes/abc").action is None


def test_error_rate_is_deterministic_per_seed():
    def run():
        faults = Faults(seed=3)
        faults.set(error_rate=0.5)
        return [faults.decide("GET", "/api/v1/passes").status for _ in range(40)]

    first = run()
    assert first == run()
    assert {500, 503} <= set(first)
    assert None in first


@pytest.mark.parametrize("settings", [
    {"latency": -1}, {"error_rate": 1.5}, {"rate_limit": -2}, {"drop": 1.5},
    {"malformed": True}, {"drop_method": ""},
])
def test_bad_settings_are_refused(settings):
    with pytest.raises(ValueError, match=next(iter(settings))):
        Faults().set(**settings)


def test_unknown_json_setting_is_refused():
    with pytest.raises(ValueError, match="unknown fault setting"):
        Faults().set_from_json({"latencyy": 1})


def test_clear_removes_every_fault():
    faults = Faults()
    faults.set(latency=0.5, error_rate=1, rate_limit=3, drop=2, malformed=1)
    faults.clear()
    assert faults.decide("GET", "/api/v1/passes").action is None
    assert faults.snapshot()["latency"] == 0


def test_request_log_is_bounded_and_counts():
    log = RequestLog(maxlen=3)
    for n in range(5):
        log.add(LoggedRequest("GET", f"/api/v1/p/{n % 2}", 200))
    assert len(log) == 3
    assert [e.path for e in log.entries()] == ["/api/v1/p/0", "/api/v1/p/1", "/api/v1/p/0"]
    assert log.count("GET", "/api/v1/p/0") == 2
