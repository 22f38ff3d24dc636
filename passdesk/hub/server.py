"""Run the hub: in a background thread (tests, the desktop app) or blocking (CLI).

The listening socket is bound here, so the port is known before serving
starts (``port=0`` picks a free one). TLS: ``ssl_certfile``/``ssl_keyfile``
make uvicorn serve HTTPS itself; otherwise run it behind a reverse proxy
that terminates TLS (see the README).
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Self

import uvicorn

from passdesk import serving
from passdesk.core.clock import Clock, utcnow
from passdesk.hub.app import Hub, build_app
from passdesk.hub.config import HubConfig
from passdesk.store.database import Database

log = logging.getLogger(__name__)


class HubServer:
    """The venue hub over ``database``, on ``host:port``."""

    def __init__(self, database: Database, config: HubConfig, *, host: str = "127.0.0.1",
                 port: int = 0, ssl_certfile: str | None = None,
                 ssl_keyfile: str | None = None, clock: Clock = utcnow) -> None:
        self.host = host
        self._port = port
        self.ssl_certfile = ssl_certfile
        self.ssl_keyfile = ssl_keyfile
        self.hub = Hub(database, config, clock=clock)
        self.app = build_app(self.hub)
        self._serving: serving.ServerThread | None = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        scheme = "https" if self.ssl_certfile else "http"
        return f"{scheme}://{host}:{self._port}"

    @property
    def running(self) -> bool:
        return self._serving is not None and self._serving.running

    def start(self) -> str:
        """Serve in a daemon thread; returns the base URL once connections are accepted."""
        if self.running:
            return self.url
        sock = serving.bind(self.host, self._port)
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, loop="asyncio", lifespan="off", ws="none",
            # No access log: a PassSlot URL carries its key in the query string.
            access_log=False, log_level="warning", log_config=None, proxy_headers=False,
            server_header=False, timeout_graceful_shutdown=2, backlog=512,
            ssl_certfile=self.ssl_certfile, ssl_keyfile=self.ssl_keyfile,
        )
        self._serving = serving.ServerThread(config, sock, name=f"hub-{self._port}")
        self._serving.start("the hub")
        return self.url

    def stop(self) -> None:
        """Stop serving and give back the database connections the hub holds."""
        if self._serving is not None:
            self._serving.stop()
            self._serving = None
        self.hub.close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
