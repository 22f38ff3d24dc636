"""Run the sandbox: in a background thread (tests, demo mode) or blocking (CLI).

The listening socket is bound here, not by uvicorn, so the port is known
before serving starts and ``stop()`` then ``start()`` binds the same port
again (tests stop the server to simulate a network outage).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Self

import uvicorn

from passdesk import serving
from passdesk.api.routes import API_PREFIX
from passdesk.sandbox.app import build_app
from passdesk.sandbox.demo_data import DEFAULT_PASSES, DEFAULT_SEED
from passdesk.sandbox.faults import Faults
from passdesk.sandbox.request_log import RequestLog
from passdesk.sandbox.state import SandboxState

log = logging.getLogger(__name__)


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
        self._serving: serving.ServerThread | None = None

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
        return self._serving is not None and self._serving.running

    def start(self) -> str:
        """Serve in a daemon thread; returns the base URL once connections are accepted."""
        if self.running:
            return self.base_url
        sock = serving.bind(self.host, self._port)
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, http="h11",  # fault_injection relies on h11's request cycle
            loop="asyncio", lifespan="off", ws="none", access_log=False,
            log_level="warning", log_config=None, proxy_headers=False, server_header=False,
            timeout_graceful_shutdown=2,
        )
        self._serving = serving.ServerThread(config, sock, name=f"sandbox-{self._port}")
        self._serving.start("the sandbox")
        return self.base_url

    def stop(self) -> None:
        """Stop serving (connections are refused); data and port are kept for start()."""
        if self._serving is not None:
            self._serving.stop()
            self._serving = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


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
