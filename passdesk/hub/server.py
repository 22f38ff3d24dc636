"""Run the hub: in a background thread (tests, the desktop app) or blocking (CLI).

The listening socket is bound here, so the port is known before serving
starts (``port=0`` picks a free one). TLS: ``ssl_certfile``/``ssl_keyfile``
make uvicorn serve HTTPS itself; otherwise run it behind a reverse proxy
that terminates TLS (see the README).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import uvicorn

from passdesk import serving
from passdesk.core.clock import Clock, utcnow
from passdesk.hub.app import Hub, build_app
from passdesk.hub.config import HubConfig
from passdesk.hub.signatures import WebhookSecrets
from passdesk.store.database import Database

log = logging.getLogger(__name__)


class HubServer(serving.BackgroundServer):
    """The venue hub over ``database``, on ``host:port``."""

    kind = "hub"

    def __init__(self, database: Database, config: HubConfig, *, host: str = "127.0.0.1",
                 port: int = 0, ssl_certfile: str | None = None,
                 ssl_keyfile: str | None = None, clock: Clock = utcnow,
                 reload_secrets: Callable[[], WebhookSecrets] | None = None) -> None:
        super().__init__(host, port)
        self.ssl_certfile = ssl_certfile
        self.ssl_keyfile = ssl_keyfile
        self.hub = Hub(database, config, clock=clock, reload_secrets=reload_secrets)
        self.app = build_app(self.hub)

    @property
    def url(self) -> str:
        scheme = "https" if self.ssl_certfile else "http"
        return f"{scheme}://{self.host_in_url()}:{self.port}"

    def served_url(self) -> str:
        return self.url

    def uvicorn_config(self) -> uvicorn.Config:
        return uvicorn.Config(
            self.app, loop="asyncio", lifespan="off", ws="none",
            # No access log: a PassSlot URL carries its key in the query string.
            access_log=False, log_level="warning", log_config=None, proxy_headers=False,
            server_header=False, timeout_graceful_shutdown=2, backlog=512,
            ssl_certfile=self.ssl_certfile, ssl_keyfile=self.ssl_keyfile,
        )

    def stop(self) -> None:
        """Stop serving and give back the database connections the hub holds."""
        super().stop()
        self.hub.close()
