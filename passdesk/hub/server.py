"""Run the hub: in a background thread (tests, the desktop app) or blocking (CLI).

The listening socket is bound here, so the port is known before serving
starts (``port=0`` picks a free one). TLS: ``ssl_certfile``/``ssl_keyfile``
make uvicorn serve HTTPS itself; otherwise run it behind a reverse proxy
that terminates TLS (see the README).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from types import TracebackType
from typing import Self

import uvicorn

from passdesk.core.clock import Clock, utcnow
from passdesk.hub.app import Hub, build_app
from passdesk.hub.config import HubConfig
from passdesk.store.database import Database

log = logging.getLogger(__name__)
START_TIMEOUT_S = 10.0


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
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

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
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> str:
        """Serve in a daemon thread; returns the base URL once connections are accepted."""
        if self.running:
            return self.url
        sock = self._bind()
        config = uvicorn.Config(
            self.app, loop="asyncio", lifespan="off", ws="none",
            # No access log: a PassSlot URL carries its key in the query string.
            access_log=False, log_level="warning", log_config=None, proxy_headers=False,
            server_header=False, timeout_graceful_shutdown=2, backlog=512,
            ssl_certfile=self.ssl_certfile, ssl_keyfile=self.ssl_keyfile,
        )
        server = _Uvicorn(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                  name=f"hub-{self._port}", daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise RuntimeError(f"the hub did not start on {self.host}:{self._port}")
            time.sleep(0.01)
        return self.url

    def stop(self) -> None:
        """Stop serving and give back the database connections the hub holds."""
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(timeout=START_TIMEOUT_S)
            if thread.is_alive():
                server.force_exit = True
                thread.join(timeout=START_TIMEOUT_S)
        self._server = self._thread = None
        self.hub.close()

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP: asyncio then sets TCP_NODELAY on accepted sockets (no Nagle delay).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: REUSEADDR would share a busy port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:  # POSIX: a restart may rebind while old connections sit in TIME_WAIT
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self._port))
        except OSError:
            sock.close()
            raise
        self._port = sock.getsockname()[1]
        return sock

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


class _Uvicorn(uvicorn.Server):
    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets=sockets)
        # A connection accepted just as shutdown began is not closed by uvicorn.
        for connection in list(self.server_state.connections):
            connection.transport.close()
        await asyncio.sleep(0)
