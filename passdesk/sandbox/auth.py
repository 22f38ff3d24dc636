"""Bearer-key check in front of the API and the /_sandbox control routes."""

from __future__ import annotations

import hmac

from starlette.types import ASGIApp, Receive, Scope, Send

from passdesk.sandbox.errors import error_response


class BearerAuth:
    def __init__(self, app: ASGIApp, api_key: str, prefixes: tuple[str, ...]) -> None:
        if not api_key:
            raise ValueError("the sandbox needs a non-empty API key")
        self.app = app
        self._key = api_key.encode()
        self._prefixes = prefixes

    def _protected(self, path: str) -> bool:
        return any(path == p or path.startswith(p + "/") for p in self._prefixes)

    def _authorized(self, scope: Scope) -> bool:
        header = next((v for k, v in scope["headers"] if k == b"authorization"), b"")
        scheme, _, token = header.partition(b" ")
        # compare_digest: the time taken must not tell how much of a key was right.
        return scheme.lower() == b"bearer" and hmac.compare_digest(token.strip(), self._key)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self._protected(scope["path"]) \
                and not self._authorized(scope):
            response = error_response(401, "Unauthorized",
                                      headers={"WWW-Authenticate": "Bearer"})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
