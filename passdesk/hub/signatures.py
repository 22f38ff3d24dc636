"""PassEntry webhook checks: HMAC-SHA256 signature, timestamp window, secret rotation.

Pure functions over bytes and times; the wire details they assume are named
in ``hub/wire.py``. ``LiveSecrets`` holds the secrets a running hub checks
with: a rotation replaces them while it serves, and while one is pending a
delivery that does not verify can wait for the new secret (``wait_change``),
since PassEntry signs with the new key from the moment it issues it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from passdesk.hub import clean, wire


def sign(body: bytes, secret: str) -> str:
    """The signature PassEntry sends for ``body``: HMAC-SHA256, hex digest."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class WebhookSecrets:
    """The endpoint's secret, and the one before it during a rotation's grace period."""

    current: str | None = field(default=None, repr=False)
    previous: str | None = field(default=None, repr=False)
    #: Until when (UTC) the previous secret still verifies; None: it does not.
    previous_until: datetime | None = None

    def usable(self, now: datetime) -> list[str]:
        out = [self.current] if self.current else []
        if self.previous and self.previous_until is not None and now < self.previous_until:
            out.append(self.previous)
        return out

    def __bool__(self) -> bool:
        return bool(self.current or self.previous)


class LiveSecrets:
    """The webhook secrets of a running hub, changed from other threads (thread-safe).

    ``begin_rotation()`` says a new secret is coming; until ``end_rotation()`` (or
    ``wire.ROTATION_PENDING_MAX``, should the rotation never end) a delivery that
    does not verify may wait for ``replace()`` and be checked again.
    """

    def __init__(self, secrets: WebhookSecrets) -> None:
        self._lock = threading.Lock()
        self._secrets = secrets
        self._version = 0
        self._pending = 0
        self._pending_until = 0.0  # time.monotonic()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    @property
    def secrets(self) -> WebhookSecrets:
        return self._secrets

    def snapshot(self) -> tuple[int, WebhookSecrets, bool]:
        """(version, secrets, rotation pending) as one consistent view."""
        with self._lock:
            return self._version, self._secrets, self._is_pending()

    def begin_rotation(self) -> None:
        with self._lock:
            self._pending += 1
            self._pending_until = time.monotonic() + wire.ROTATION_PENDING_MAX.total_seconds()
            self._changed()

    def replace(self, secrets: WebhookSecrets) -> None:
        with self._lock:
            self._secrets = secrets
            self._changed()

    def end_rotation(self) -> None:
        with self._lock:
            self._pending = max(0, self._pending - 1)
            self._changed()

    async def wait_change(self, version: int, timeout: float) -> None:
        """Return once anything changed since ``version``, or after ``timeout`` seconds."""
        event = asyncio.Event()
        with self._lock:
            if self._version != version:
                return
            entry = (asyncio.get_running_loop(), event)
            self._waiters.append(entry)
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            pass
        finally:
            with self._lock:
                if entry in self._waiters:
                    self._waiters.remove(entry)

    def _is_pending(self) -> bool:
        return self._pending > 0 and time.monotonic() < self._pending_until

    def _changed(self) -> None:
        # Called with the lock held: wakes every waiter on its own event loop.
        self._version += 1
        waiters, self._waiters = self._waiters, []
        for loop, event in waiters:
            if not loop.is_closed():
                loop.call_soon_threadsafe(event.set)


def _presented(header: str | None) -> bytes | None:
    """The hex digest in the header, normalised; None if there is none."""
    if not header:
        return None
    value = header.strip()
    for prefix in wire.SIGNATURE_PREFIXES:
        if value.lower().startswith(prefix):
            value = value[len(prefix):].strip()
    if not value or len(value) > 256:
        return None
    try:
        return value.lower().encode("ascii")
    except UnicodeEncodeError:
        return None


def signature_valid(body: bytes, header: str | None, secrets: WebhookSecrets,
                    now: datetime) -> bool:
    """Whether ``header`` signs ``body`` with a secret usable ``now`` (constant time)."""
    presented = _presented(header)
    if presented is None:
        return False
    valid = False
    for secret in secrets.usable(now):
        # Every usable secret is compared, so timing does not tell which one matched.
        valid |= hmac.compare_digest(sign(body, secret).encode("ascii"), presented)
    return valid


def timestamp_of(document: Any) -> Any:
    node = document
    for key in wire.TIMESTAMP_PATH:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def timestamp_problem(value: Any, now: datetime) -> str | None:
    """Why the delivery's timestamp is refused (replay or nonsense), or None."""
    moment = clean.moment(value)
    if moment is None:
        return "the webhook has no valid timestamp (data.attributes.timeStamp)"
    if moment < now - wire.TIMESTAMP_TOLERANCE:
        return "the webhook's timestamp is too old (a replay?)"
    if moment > now + wire.TIMESTAMP_FUTURE_SKEW:
        return "the webhook's timestamp is in the future"
    return None
