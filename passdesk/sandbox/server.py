"""Run the sandbox: in a background thread (tests, demo mode) or blocking (CLI).

The listening socket is bound here, not by uvicorn, so the port is known
before serving starts and ``stop()`` then ``start()`` binds the same port
again (tests stop the server to simulate a network outage).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Self

import uvicorn

from passdesk.api.routes import API_PREFIX
from passdesk.sandbox.app import build_app
from passdesk.sandbox.demo_data import DEFAULT_PASSES, DEFAULT_SEED
from passdesk.sandbox.faults import Faults
from passdesk.sandbox.request_log import RequestLog
from passdesk.sandbox.state import SandboxState

log = logging.getLogger(__name__)
START_TIMEOUT_S = 10.0


class SandboxServer:
    """A PassEntry-compatible API on loopback, with demo data and fault injection."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, api_key: str = "demo",
                 seed: int = DEFAULT_SEED, now: datetime | None = None,
                 passes: int = DEFAULT_PASSES) -> None:
        self.host = host
        self._port = port
        self.api_key = api_key
        self.state = SandboxState(seed=seed, now=now, passes=passes)
        self.faults = Faults(seed=seed)
        self.requests = RequestLog()
        self.app = build_app(self.state, self.faults, self.requests, api_key=api_key)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound port (the one picked for port 0 once started)."""
        return self._port

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}{API_PREFIX}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> str:
        """Serve in a daemon thread; returns the base URL once connections are accepted."""
        if self.running:
            return self.base_url
        sock = self._bind()
        config = uvicorn.Config(
            self.app, http="h11",  # fault_injection relies on h11's request cycle
            loop="asyncio", lifespan="off", ws="none", access_log=False,
            log_level="warning", log_config=None, proxy_headers=False, server_header=False,
            timeout_graceful_shutdown=2,
        )
        server = _Uvicorn(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                  name=f"sandbox-{self._port}", daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise RuntimeError(f"the sandbox did not start on {self.host}:{self._port}")
            time.sleep(0.01)
        return self.base_url

    def stop(self) -> None:
        """Stop serving (connections are refused); data and port are kept for start()."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout=START_TIMEOUT_S)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout=START_TIMEOUT_S)
        self._server = self._thread = None

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted sockets only
        # when the proto says TCP; without it every small answer waits ~40 ms
        # (Nagle against the client's delayed ACK).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        # SO_REUSEADDR: a restart may rebind while old connections sit in TIME_WAIT.
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
        # A connection accepted just as shutdown began joins after uvicorn asked
        # the open ones to close, so nobody closes it: close it here, or its
        # transport outlives the event loop (a leaked socket).
        for connection in list(self.server_state.connections):
            connection.transport.close()
        await asyncio.sleep(0)


def serve(host: str = "127.0.0.1", port: int = 8765, *, api_key: str = "demo",
          seed: int = DEFAULT_SEED, passes: int = DEFAULT_PASSES,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl+C). ``ready`` gets the base URL once listening."""
    server = SandboxServer(host=host, port=port, api_key=api_key, seed=seed, passes=passes)
    url = server.start()
    log.info("PassEntry sandbox at %s", url)
    if ready is not None:
        ready(url)
    try:
        while server.running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
