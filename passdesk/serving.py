"""An ASGI app served by uvicorn in a daemon thread: the sandbox's and the hub's way to run.

The listening socket is bound first (``bind``), so the port is known, and a
busy one reported, before serving starts; ``port=0`` picks a free one.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType
from typing import Self

import uvicorn

START_TIMEOUT_S = 10.0


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port``; raises ``OSError`` (e.g. the port is in use)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted sockets only when
    # the proto says TCP; without it every small answer waits ~40 ms (Nagle
    # against the client's delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: REUSEADDR would share a busy port
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    else:  # POSIX: a restart may rebind while old connections sit in TIME_WAIT
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


class ServerThread:
    """``config``'s app on ``sock``, served by a daemon thread named ``name``."""

    def __init__(self, config: uvicorn.Config, sock: socket.socket, name: str) -> None:
        self._sock = sock
        host, port = sock.getsockname()[:2]
        self._address = f"{host}:{port}"
        self._server = _Uvicorn(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        name=name, daemon=True)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def start(self, what: str) -> None:
        """Serve; returns once connections are accepted. ``what`` names it in the error."""
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._server.should_exit = True
                self._sock.close()
                raise RuntimeError(f"{what} did not start on {self._address}")
            time.sleep(0.01)

    def stop(self) -> None:
        """Stop serving: open connections are closed, the port is free again."""
        self._server.should_exit = True
        self._thread.join(timeout=START_TIMEOUT_S)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout=START_TIMEOUT_S)


class _Uvicorn(uvicorn.Server):
    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets=sockets)
        # A connection accepted just as shutdown began joins after uvicorn asked
        # the open ones to close, so nobody closes it: close it here, or its
        # transport outlives the event loop (a leaked socket).
        for connection in list(self.server_state.connections):
            connection.transport.close()
        await asyncio.sleep(0)


class BackgroundServer:
    """Start, stop and restart an app on ``host:port`` in a thread; the sandbox and the hub.

    Subclasses say what they serve (``uvicorn_config``) and their URL
    (``served_url``). ``stop()`` then ``start()`` binds the same port again.
    """

    #: Names the server in its thread's name and in errors.
    kind = "server"

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self._port = port
        self._serving: ServerThread | None = None

    @property
    def port(self) -> int:
        """The bound port (the one picked for port 0 once started)."""
        return self._port

    @property
    def running(self) -> bool:
        return self._serving is not None and self._serving.running

    def host_in_url(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host

    def served_url(self) -> str:
        raise NotImplementedError

    def uvicorn_config(self) -> uvicorn.Config:
        raise NotImplementedError

    def start(self) -> str:
        """Serve in a daemon thread; returns the URL once connections are accepted."""
        if self.running:
            return self.served_url()
        sock = bind(self.host, self._port)
        self._port = sock.getsockname()[1]
        self._serving = ServerThread(self.uvicorn_config(), sock, name=f"{self.kind}-{self._port}")
        self._serving.start(f"the {self.kind}")
        return self.served_url()

    def stop(self) -> None:
        """Stop serving: connections are refused; the port is kept for ``start()``."""
        if self._serving is not None:
            self._serving.stop()
            self._serving = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
