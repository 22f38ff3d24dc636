"""Run the sandbox: in a background thread (tests, demo mode) or blocking (CLI).

The listening socket is bound here, not by uvicorn, so the port is known
before serving starts and ``stop()`` then ``start()`` binds the same port
again (tests stop the server to simulate a network outage).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from datetime import datetime

import uvicorn

from passdesk import serving
from passdesk.sandbox.app import build_app
from passdesk.sandbox.demo_data import DEFAULT_PASSES, DEFAULT_SEED
from passdesk.sandbox.faults import Faults
from passdesk.sandbox.request_log import RequestLog
from passdesk.sandbox.routes import API_PREFIX
from passdesk.sandbox.state import SandboxState
from passdesk.sandbox.webhook_delivery import WebhookDelivery

log = logging.getLogger(__name__)

#: Set to 1 (or true/yes) to make every SandboxServer strict unless told otherwise.
STRICT_ENV = "PASSDESK_SANDBOX_STRICT"


def strict_from_env() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


class SandboxServer(serving.BackgroundServer):
    """A PassEntry-compatible API on loopback, with demo data and fault injection.

    ``strict=True`` answers only the routes PASSENTRY-API.md documents (legacy and
    sandbox-only routes 404) and leaves out the sandbox's extra attributes;
    ``strict=None`` reads ``PASSDESK_SANDBOX_STRICT``.

    Webhooks of subscriptions are delivered by a background ``WebhookDelivery``
    (``webhooks``) started and stopped with the server, strict or not;
    ``tunnels`` maps a public HTTPS prefix to a local URL (a venue's tunnel).
    """

    kind = "sandbox"

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, api_key: str = "demo",
                 seed: int = DEFAULT_SEED, now: datetime | None = None,
                 passes: int = DEFAULT_PASSES, strict: bool | None = None,
                 webhook_retry_base: float | None = None,
                 tunnels: dict[str, str] | None = None) -> None:
        super().__init__(host, port)
        self.api_key = api_key
        self.strict = strict_from_env() if strict is None else strict
        self.state = SandboxState(seed=seed, now=now, passes=passes, strict=self.strict)
        self.faults = Faults(seed=seed)
        self.requests = RequestLog()
        self.app = build_app(self.state, self.faults, self.requests, api_key=api_key)
        self.webhooks = WebhookDelivery(self.state)
        if webhook_retry_base is not None:
            self.webhooks.retry_base = webhook_retry_base
        self.webhooks.tunnels.update(tunnels or {})
        self.state.webhook_delivery = self.webhooks

    @property
    def tunnels(self) -> dict[str, str]:
        """Public HTTPS prefix -> local URL prefix, live (``POST /_sandbox/tunnels`` too)."""
        return self.webhooks.tunnels

    @property
    def entity_id(self) -> str:
        """The demo organisation's first entity: readers and their configuration live there."""
        return self.state.default_entity_id

    @property
    def base_url(self) -> str:
        return f"http://{self.host_in_url()}:{self.port}{API_PREFIX}"

    def served_url(self) -> str:
        return self.base_url

    def start(self) -> str:
        url = super().start()
        self.webhooks.start(name=f"{self.kind}-{self.port}-webhooks")
        return url

    def stop(self) -> None:
        self.webhooks.stop()
        super().stop()

    def uvicorn_config(self) -> uvicorn.Config:
        return uvicorn.Config(
            self.app, http="h11",  # fault_injection relies on h11's request cycle
            loop="asyncio", lifespan="off", ws="none", access_log=False,
            log_level="warning", log_config=None, proxy_headers=False, server_header=False,
            timeout_graceful_shutdown=2,
        )


def serve(host: str = "127.0.0.1", port: int = 8765, *, api_key: str = "demo",
          seed: int = DEFAULT_SEED, passes: int = DEFAULT_PASSES, strict: bool | None = None,
          ready: Callable[[str, str], None] | None = None,
          tunnels: dict[str, str] | None = None) -> None:
    """Serve until interrupted (Ctrl+C).

    ``ready`` gets the base URL and the demo entity's id once listening: on a
    strict server no route lists entities, so a desk needs the id typed in.
    ``tunnels`` (public HTTPS prefix -> local URL) reach webhook receivers on loopback.
    """
    server = SandboxServer(host=host, port=port, api_key=api_key, seed=seed, passes=passes,
                           strict=strict, tunnels=tunnels)
    url = server.start()
    log.info("PassEntry sandbox at %s", url)
    if ready is not None:
        ready(url, server.entity_id)
    try:
        while server.running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
