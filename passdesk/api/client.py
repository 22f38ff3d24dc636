"""The PassEntry API client: one object per server and key.

    client = PassEntryClient("https://api.passentry.com/api/v1", api_key)
    for p in client.passes.iter(status="active"):
        ...

Safe for one thread at a time per method call; worker threads may share one
client (httpx.Client is thread-safe) or open their own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from passdesk import __version__
from passdesk.api.batches import Batches
from passdesk.api.entities import Entities
from passdesk.api.events import Events
from passdesk.api.http import DEFAULT_TIMEOUT, HttpCore, RetryPolicy
from passdesk.api.image_assets import ImageAssets
from passdesk.api.loyalty import Loyalty
from passdesk.api.passes import Passes
from passdesk.api.probe import ProbeRow
from passdesk.api.probe import probe as run_probe
from passdesk.api.readers import Readers
from passdesk.api.routes import DEFAULT_BASE_URL
from passdesk.api.scans import Scans
from passdesk.api.templates import Templates
from passdesk.api.urls import is_loopback
from passdesk.api.webhook_subscriptions import WebhookSubscriptions
from passdesk.core.texts import translate


@dataclass(frozen=True)
class ConnectionReport:
    """The answer to "test connection": who we reached, what we saw, how fast.

    One documented call (GET /passes?perPage=1); no entities list needed.
    ``pass_count`` is the server's ``meta.totalCount`` (None if it sent none).
    """

    base_url: str
    pass_count: int | None
    latency_ms: float

    @property
    def summary(self) -> str:
        host = httpx.URL(self.base_url).host
        if self.pass_count is None:
            seen = translate("sync", "the passes list answered")
        else:
            seen = translate("sync", "%Ln pass(es)", None, self.pass_count)
        return translate("sync", "Connected to {host} in {ms} ms: {seen}").format(
            host=host, ms=round(self.latency_ms), seen=seen)


class PassEntryClient:
    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        api_key: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._api_key = api_key
        self._core = HttpCore(base_url, api_key, transport=transport, timeout=timeout,
                              retry=retry, sleep=sleep, user_agent=f"passdesk/{__version__}")
        self.entities = Entities(self._core)
        self.templates = Templates(self._core)
        self.events = Events(self._core)
        self.passes = Passes(self._core)
        self.loyalty = Loyalty(self._core)
        self.readers = Readers(self._core)
        self.scans = Scans(self._core)
        self.webhook_subscriptions = WebhookSubscriptions(self._core)
        self.batches = Batches(self._core)
        self.image_assets = ImageAssets(self._core)

    @property
    def base_url(self) -> str:
        return self._core.base_url

    @property
    def api_key(self) -> str | None:
        """The key this client sends: for a pull in a child process, which gets it on its
        standard input. Never log it."""
        return self._api_key

    @property
    def is_local(self) -> bool:
        """True when the server is on this computer (the sandbox)."""
        return is_loopback(self._core.host)

    def check_connection(self) -> ConnectionReport:
        """One cheap authenticated call; raises the typed error if it fails."""
        started = time.perf_counter()
        page = self.passes.list(per_page=1)
        elapsed = (time.perf_counter() - started) * 1000
        return ConnectionReport(self.base_url, page.meta.total_count, elapsed)

    def probe(self, entity_id: str | None = None) -> list[ProbeRow]:
        """Read-only check of every GET route (see ``passdesk.api.probe``)."""
        return run_probe(self, entity_id)

    def close(self) -> None:
        self._core.close()

    def __enter__(self) -> PassEntryClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PassEntryClient({self.base_url!r})"
