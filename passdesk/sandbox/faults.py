"""Fault settings of a running sandbox, safe to change from any thread.

Set them from Python (``server.faults.set(...)``) or over HTTP
(``POST /_sandbox/faults`` with the same names as JSON keys). Each API
request asks :meth:`Faults.decide` once, which also counts down the
"next N requests" faults, so a count is never spent twice.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Any

from passdesk.sandbox.routes import API_PREFIX

#: The keys of ``set()``, ``snapshot()`` and the HTTP body.
FAULT_KEYS = ("latency", "error_rate", "rate_limit", "retry_after", "drop", "drop_method",
              "drop_path", "malformed")


@dataclass(frozen=True)
class Decision:
    """What to do with one request."""

    latency: float = 0.0
    action: str | None = None  # "drop", "rate_limit", "error", "malformed" or None
    status: int | None = None  # for "error": 500 or 503
    retry_after: int = 1  # for "rate_limit"


class Faults:
    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """No faults at all (and the error RNG back to its seed)."""
        with self._lock:
            self._latency = 0.0
            self._error_rate = 0.0
            self._rate_limit = 0
            self._retry_after = 1
            self._drop = 0
            self._drop_method: str | None = None
            self._drop_path: str | None = None
            self._malformed = 0
            self._rng = random.Random(self._seed)

    def set(self, *, latency: float | None = None, error_rate: float | None = None,
            rate_limit: int | None = None, retry_after: int | None = None,
            drop: int | None = None, drop_method: str | None = None,
            drop_path: str | None = None, malformed: int | None = None) -> None:
        """Change the given settings; the others stay. Raises ValueError on a bad value.

        - ``latency``: seconds added to every API request.
        - ``error_rate``: share (0..1) of API requests answered 500 or 503, drawn
          from an RNG reseeded here, so the same settings fail the same requests.
        - ``rate_limit``: the next N API requests get 429 with ``Retry-After:
          retry_after`` (whole seconds, default 1).
        - ``drop``: the next N API requests (only those matching ``drop_method``
          and/or ``drop_path``, a path prefix with or without ``/api/v1``, when
          given) are applied, then their connection is closed with no answer.
        - ``malformed``: the next N API requests are applied, then answered 200
          with a body that is not valid JSON.
        """
        checked = {
            "latency": _number(latency, "latency", 0, 3600),
            "error_rate": _number(error_rate, "error_rate", 0, 1),
            "rate_limit": _count(rate_limit, "rate_limit"),
            "retry_after": _count(retry_after, "retry_after"),
            "drop": _count(drop, "drop"),
            "malformed": _count(malformed, "malformed"),
        }
        for name, value in (("drop_method", drop_method), ("drop_path", drop_path)):
            if value is not None and (not isinstance(value, str) or not value):
                raise ValueError(f"{name} must be a non-empty string")
        with self._lock:
            if checked["latency"] is not None:
                self._latency = float(checked["latency"])
            if checked["error_rate"] is not None:
                self._error_rate = float(checked["error_rate"])
                self._rng = random.Random(self._seed)
            if checked["rate_limit"] is not None:
                self._rate_limit = checked["rate_limit"]
            if checked["retry_after"] is not None:
                self._retry_after = checked["retry_after"]
            if checked["drop"] is not None:
                self._drop = checked["drop"]
                self._drop_method = drop_method.upper() if drop_method else None
                self._drop_path = drop_path
            if checked["malformed"] is not None:
                self._malformed = checked["malformed"]

    def set_from_json(self, body: Any) -> None:
        """``set()`` from a decoded JSON body; ValueError names what is wrong."""
        if not isinstance(body, dict):
            raise ValueError("the body must be a JSON object")
        unknown = sorted(set(body) - set(FAULT_KEYS))
        if unknown:
            raise ValueError(f"unknown fault setting(s) {', '.join(unknown)}; "
                             f"known: {', '.join(FAULT_KEYS)}")
        self.set(**body)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {"latency": self._latency, "error_rate": self._error_rate,
                    "rate_limit": self._rate_limit, "retry_after": self._retry_after,
                    "drop": self._drop, "drop_method": self._drop_method,
                    "drop_path": self._drop_path, "malformed": self._malformed}

    def decide(self, method: str, path: str) -> Decision:
        """The fault (if any) for one API request; spends one count of it."""
        with self._lock:
            latency = self._latency
            if self._drop and self._drop_matches(method, path):
                self._drop -= 1
                return Decision(latency, "drop")
            if self._rate_limit:
                self._rate_limit -= 1
                return Decision(latency, "rate_limit", 429, self._retry_after)
            if self._error_rate and self._rng.random() < self._error_rate:
                return Decision(latency, "error", self._rng.choice((500, 503)))
            if self._malformed:
                self._malformed -= 1
                return Decision(latency, "malformed")
            return Decision(latency)

    def _drop_matches(self, method: str, path: str) -> bool:
        if self._drop_method and method.upper() != self._drop_method:
            return False
        prefix = self._drop_path
        return not prefix or path.startswith((prefix, API_PREFIX + prefix))


def _number(value: Any, name: str, low: float, high: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}")
    return value


def _count(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number of 0 or more")
    return value
