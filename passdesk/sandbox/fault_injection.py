"""The outermost ASGI layer: applies the fault settings and logs each API request.

A dropped request is run to the end (its change really is made), its
answer is swallowed, and the TCP connection is aborted, so the client sees
the connection die with no response at all. uvicorn's ``send`` is a bound
method of its per-request cycle object, which holds the connection's
asyncio ``transport``; aborting that transport is the only way to close a
connection from inside an ASGI app. ``server.py`` pins uvicorn's h11
protocol, whose cycle we rely on (``transport``, ``disconnected``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from passdesk.sandbox.errors import error_response
from passdesk.sandbox.faults import Decision, Faults
from passdesk.sandbox.request_log import LoggedRequest, RequestLog
from passdesk.sandbox.routes import API_PREFIX

#: What a "malformed" answer carries: JSON cut off mid-way.
MALFORMED_BODY = b'{"data": {"id": "sandbox-malformed", "type": "pass", "attributes": {"sta'


def is_api_path(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


class FaultInjection:
    def __init__(self, app: ASGIApp, faults: Faults, log: RequestLog) -> None:
        self.app = app
        self.faults = faults
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        decision = self.faults.decide(scope["method"], scope["path"])
        logged = False

        async def send_logged(message: Message) -> None:
            # Log before the first byte leaves: a client that got its answer
            # must find its request in the log.
            nonlocal logged
            if message["type"] == "http.response.start" and not logged:
                logged = True
                self.log.add(LoggedRequest(scope["method"], scope["path"], message["status"],
                                           decision.action))
            await send(message)

        status: int | None = None
        try:
            if decision.latency:
                await asyncio.sleep(decision.latency)
            status = await self._answer(decision, scope, receive, send_logged, send)
        finally:
            if not logged:  # dropped, or failed before answering
                self.log.add(LoggedRequest(scope["method"], scope["path"], status,
                                           decision.action))

    async def _answer(self, decision: Decision, scope: Scope, receive: Receive,
                      send: Send, server_send: Send) -> int | None:
        """Answer per the decision; ``server_send`` is uvicorn's own, for the drop."""
        if decision.action == "drop":
            status = await self._run_unanswered(scope, receive)
            await _abort_connection(server_send)
            return status
        if decision.action == "malformed":
            await self._run_unanswered(scope, receive)
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(MALFORMED_BODY)).encode())]})
            await send({"type": "http.response.body", "body": MALFORMED_BODY})
            return 200
        if decision.action == "rate_limit":
            response = error_response(
                429, f"Too many requests: retry after {decision.retry_after} seconds",
                headers={"Retry-After": str(decision.retry_after)})
            await response(scope, receive, send)
            return 429
        if decision.action == "error":
            status = decision.status or 500
            await error_response(status, "Sandbox fault: injected server error")(
                scope, receive, send)
            return status
        return await self._run(scope, receive, send)

    async def _run(self, scope: Scope, receive: Receive, send: Send) -> int | None:
        status: dict[str, Any] = {}

        async def send_and_note(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["status"] = message["status"]
            await send(message)

        await self.app(scope, receive, send_and_note)
        return status.get("status")

    async def _run_unanswered(self, scope: Scope, receive: Receive) -> int | None:
        """Run the request to the end, keep its status, throw its answer away."""
        status: dict[str, Any] = {}

        async def swallow(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["status"] = message["status"]

        await self.app(scope, receive, swallow)
        return status.get("status")


async def _abort_connection(send: Send) -> None:
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("the drop fault needs uvicorn's h11 protocol: "
                           "send.__self__.transport was not found")
    transport.abort()
    # abort() schedules connection_lost for the next loop turn; let it run so
    # uvicorn marks the cycle disconnected and does not answer 500 for us.
    for _ in range(10):
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0)
