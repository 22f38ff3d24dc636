"""The sandbox delivers webhooks (PASSENTRY-API.md §8, §9) as PassEntry does.

Handlers call ``scan_event`` / ``pass_event`` under the state lock when
something happens (a scan, a pass created, a phone adding or removing a
pass). The event is matched to the enabled subscriptions that listen to it
(entity scope respected) and its §9 envelope is rendered once, at event
time; ``WebhookDelivery`` then POSTs it from background threads, so an API
answer never waits for a receiver.

Each attempt is signed with the subscription's secret *at send time*
(``X-Webhook-Signature``: hex HMAC-SHA256 of the raw body), so after a
rotation the next attempt carries the new key, as on the real service.
Non-2xx or a network error is retried with exponential backoff (§9: up to
10 tries). Every attempt is logged for ``GET /_sandbox/webhook-deliveries``.

Subscription URLs are HTTPS (§8); a venue's hub on loopback is reached
through a "tunnel" map ``{"https://public.host/prefix": "http://127.0.0.1:PORT/prefix"}``
(``SandboxServer.tunnels``, ``POST /_sandbox/tunnels``), as a venue's tunnel
would. A URL no tunnel matches is tried for real over HTTPS.
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import itertools
import json
import logging
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

from passdesk.sandbox import decisions as d
from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.views import pass_resource, reader_summary, resource

if TYPE_CHECKING:
    from passdesk.sandbox.rows import StoredPass, StoredScan
    from passdesk.sandbox.state import SandboxState

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Webhook-Signature"
USER_AGENT = "passdesk-sandbox-webhooks"
#: Attempts kept for the control route (oldest dropped first).
MAX_LOGGED_ATTEMPTS = 10_000
#: Threads sending at once: a receiver that holds one delivery (a hub waiting for a
#: rotated secret, D6) does not hold the others.
WORKERS = 4
STOP_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Event:
    """One event, rendered: ``id`` is ``data.id`` (the receiver dedupes on it)."""

    id: str
    webhook_type: str
    body: bytes


@dataclass(order=True)
class _Job:
    due: float
    seq: int
    event: Event = field(compare=False)
    subscription_id: str = field(compare=False)
    attempt: int = field(compare=False, default=1)
    #: WebhookDelivery.reset() moves the generation on: older jobs are forgotten.
    generation: int = field(compare=False, default=0)


@dataclass(frozen=True)
class _Outcome:
    """What one attempt found (``url``/``target`` None when it was not sent)."""

    url: str | None = None
    target: str | None = None
    status: int | None = None
    error: str | None = None
    retry: bool = False
    at: str | None = None  # when it was sent


# --- events (called by handlers, under the state lock) ------------------------------


def _time_stamp(state: SandboxState) -> str:
    return iso_utc(state.now()) or ""


def _envelope(state: SandboxState, webhook_type: str, relationships: dict[str, Any],
              included: list[dict[str, Any]]) -> tuple[str, bytes]:
    event_id = str(uuid.uuid4())
    body = {"data": {"id": event_id, "type": "webhook",
                     "attributes": {"timeStamp": _time_stamp(state),
                                    "webhookType": webhook_type},
                     "relationships": relationships},
            "included": included}
    # Compact, like the API's own answers; these exact bytes are signed and sent.
    return event_id, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _listeners(state: SandboxState, webhook_type: str, entity_id: str | None) -> list[str]:
    """Ids of enabled subscriptions to ``webhook_type`` in scope (organisation, or the entity)."""
    return [h.id for h in state.webhooks.values()
            if h.attributes.get("enabled") and webhook_type in h.attributes.get(
                "subscribedEvents", ()) and (h.entity_id is None or h.entity_id == entity_id)]


def _pass_entity(state: SandboxState) -> str | None:
    """The entity a pass event is in (passes have none in the docs: see decisions)."""
    if d.WEBHOOK_PASSES_IN_FIRST_ENTITY and state.entities:
        return state.default_entity_id
    return None


def pass_event(state: SandboxState, webhook_type: str, stored: StoredPass) -> None:
    """passCreated / passInstalled / passRemoved for ``stored`` (§9.2 envelope)."""
    sink = getattr(state, "webhook_delivery", None)
    if sink is None:
        return
    targets = _listeners(state, webhook_type, _pass_entity(state))
    if not targets:
        return
    event_id, body = _envelope(state, webhook_type,
                               {"pass": {"data": {"id": stored.id, "type": "pass"}}},
                               [pass_resource(stored)])
    sink.enqueue(Event(event_id, webhook_type, body), targets)


def scan_event(state: SandboxState, scan: StoredScan) -> None:
    """passScanned for a scan just recorded (§9.1: scan, pass and reader included)."""
    sink = getattr(state, "webhook_delivery", None)
    if sink is None:
        return
    reader = state.readers.get(scan.reader_id)
    entity_id = reader.entity_id if reader is not None and reader.entity_id else \
        _pass_entity(state)
    targets = _listeners(state, "passScanned", entity_id)
    if not targets:
        return
    stored = state.passes.get(scan.pass_id) if scan.pass_id else None
    included = [resource(scan.id, "scan", dict(scan.attributes))]
    if stored is not None:
        included.append(pass_resource(stored))
    if reader is not None:
        included.append(reader_summary(reader))
    # decisions.WEBHOOK_SCAN_WITHOUT_PASS: a scan PassEntry could not place still goes out.
    relationships = {
        "scan": {"data": {"id": scan.id, "type": "scan"}},
        "pass": {"data": {"id": stored.id, "type": "pass"} if stored is not None else None},
        "reader": {"data": {"id": scan.reader_id, "type": "reader"}},
    }
    event_id, body = _envelope(state, "passScanned", relationships, included)
    sink.enqueue(Event(event_id, "passScanned", body), targets)


def sign(body: bytes, secret: str) -> str:
    """§15.11 decisions.WEBHOOK_SIGNATURE: lowercase hex HMAC-SHA256 of the raw body."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --- delivery -----------------------------------------------------------------------


class WebhookDelivery:
    """Background senders for the events of one sandbox state.

    ``start()`` / ``stop()`` follow the server; events queued while stopped
    (or still waiting for a retry) go out after the next ``start()``.
    """

    def __init__(self, state: SandboxState, *, retry_base: float = d.WEBHOOK_RETRY_BASE_S,
                 max_attempts: int = d.WEBHOOK_MAX_ATTEMPTS) -> None:
        self.state = state
        self.retry_base = retry_base
        self.max_attempts = max_attempts
        #: Public URL prefix -> local URL prefix (see the module docstring).
        self.tunnels: dict[str, str] = {}
        self._cond = threading.Condition()
        self._queue: list[_Job] = []
        self._seq = itertools.count()
        self._in_flight = 0
        self._attempts: deque[dict[str, Any]] = deque(maxlen=MAX_LOGGED_ATTEMPTS)
        self._threads: list[threading.Thread] = []
        self._stopping = False
        self._generation = 0

    # --- lifecycle ---

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def start(self, name: str = "sandbox-webhooks") -> None:
        with self._cond:
            self._stopping = False
        # A worker still finishing an attempt after a stop() works on: top up to WORKERS.
        alive = [t for t in self._threads if t.is_alive()]
        taken = {t.name for t in alive}
        new = [threading.Thread(target=self._run, name=f"{name}-{n}", daemon=True)
               for n in range(WORKERS * 2) if f"{name}-{n}" not in taken][:WORKERS - len(alive)]
        self._threads = alive + new
        for thread in new:
            thread.start()

    def stop(self) -> None:
        """Stop sending; waits up to STOP_TIMEOUT_S in all for attempts in flight (a
        receiver holding one longer gets its answer read by a thread that then ends)."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        deadline = time.monotonic() + STOP_TIMEOUT_S
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        self._threads = [t for t in self._threads if t.is_alive()]

    # --- queue ---

    def enqueue(self, event: Event, subscription_ids: list[str]) -> None:
        now = time.monotonic()
        with self._cond:
            for sub_id in subscription_ids:
                heapq.heappush(self._queue, _Job(now, next(self._seq), event, sub_id,
                                                 generation=self._generation))
            self._cond.notify_all()

    def pending(self) -> int:
        """Deliveries queued (waiting or retrying) or being sent."""
        with self._cond:
            return len(self._queue) + self._in_flight

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Until nothing is queued or in flight (tests); False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue and not self._in_flight,
                                       timeout=timeout)

    def attempts(self) -> list[dict[str, Any]]:
        with self._cond:
            return [dict(a) for a in self._attempts]

    def clear_attempts(self) -> None:
        with self._cond:
            self._attempts.clear()

    def reset(self) -> None:
        """Forget queued deliveries and the log (tunnels and settings stay)."""
        with self._cond:
            self._generation += 1  # an attempt in flight now is neither logged nor retried
            self._queue.clear()
            self._attempts.clear()
            self._cond.notify_all()

    def resolve(self, url: str) -> str:
        """The URL actually called: through the longest matching tunnel, else ``url``."""
        best, local = "", ""
        for public, to in list(self.tunnels.items()):  # a copy: control routes edit it
            if url.startswith(public) and len(public) > len(best):
                best, local = public, to
        return local + url[len(best):] if best else url

    # --- workers ---

    def _next(self) -> _Job | None:
        with self._cond:
            while not self._stopping:
                now = time.monotonic()
                if self._queue and self._queue[0].due <= now:
                    self._in_flight += 1
                    return heapq.heappop(self._queue)
                self._cond.wait(timeout=self._queue[0].due - now if self._queue else None)
            return None

    def _run(self) -> None:
        # One client per thread; no proxies from the environment (loopback tunnels).
        client = httpx.Client(timeout=httpx.Timeout(d.WEBHOOK_TIMEOUT_S, connect=5.0),
                              trust_env=False, follow_redirects=False)
        try:
            while (job := self._next()) is not None:
                outcome = _Outcome(error="The sandbox failed to send it (see its log)")
                try:
                    outcome = self._attempt(client, job)
                except Exception:  # never lose the worker (nor the in-flight count)
                    log.exception("webhook delivery %s failed", job.event.id)
                finally:
                    self._done(job, outcome)
        finally:
            client.close()

    def _done(self, job: _Job, outcome: _Outcome) -> None:
        """Log the attempt and, if it failed, schedule the next one (one step, one lock)."""
        with self._cond:
            self._in_flight -= 1
            current = job.generation == self._generation
            delay = None
            if current and outcome.retry and job.attempt < self.max_attempts:
                # Exponential backoff: base, 2*base, 4*base, ... after attempts 1, 2, 3, ...
                delay = self.retry_base * (2 ** (job.attempt - 1))
                heapq.heappush(self._queue, _Job(time.monotonic() + delay, next(self._seq),
                                                 job.event, job.subscription_id,
                                                 job.attempt + 1, job.generation))
            if current:
                self._attempts.append({
                    "id": job.event.id, "subscriptionId": job.subscription_id,
                    "webhookType": job.event.webhook_type, "url": outcome.url,
                    "target": outcome.target, "attempt": job.attempt, "status": outcome.status,
                    "error": outcome.error, "at": outcome.at or _now_text(), "retryIn": delay,
                })
            self._cond.notify_all()

    def _attempt(self, client: httpx.Client, job: _Job) -> _Outcome:
        """One POST, with the subscription as it is now (URL, switch, secret)."""
        with self.state.lock:
            hook = self.state.webhooks.get(job.subscription_id)
            attrs = dict(hook.attributes) if hook is not None else None
        if attrs is None:
            return _Outcome(error="The subscription no longer exists")
        if not attrs.get("enabled"):
            # decisions.WEBHOOK_DISABLED_DROPS: disabling drops what was still due.
            return _Outcome(url=attrs.get("url"), error="The subscription is disabled")
        url = attrs["url"]
        target = self.resolve(url)
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT,
                   SIGNATURE_HEADER: sign(job.event.body, attrs["secretKey"])}
        at = _now_text()
        try:
            answer = client.post(target, content=job.event.body, headers=headers)
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            return _Outcome(url, target, None, error, retry=True, at=at)
        ok = 200 <= answer.status_code < 300
        return _Outcome(url, target, answer.status_code,
                        None if ok else f"HTTP {answer.status_code}", retry=not ok, at=at)
