"""The sandbox ASGI app: the routes of the sandbox's own table, plus control routes.

Handlers are mounted from ``passdesk.sandbox.routes.ROUTES`` (written from
PASSENTRY-API.md, not from the client's table). A strict app answers the
legacy and sandbox-only routes with the very 404 of an unknown path, so a
test cannot tell them from routes that do not exist.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from passdesk.sandbox import control
from passdesk.sandbox.auth import BearerAuth
from passdesk.sandbox.errors import ApiError, error_response
from passdesk.sandbox.fault_injection import FaultInjection
from passdesk.sandbox.faults import Faults
from passdesk.sandbox.handlers import HANDLERS, image_assets
from passdesk.sandbox.request_log import RequestLog
from passdesk.sandbox.routes import API_PREFIX, ROUTES, Standing
from passdesk.sandbox.state import SandboxState

NOT_FOUND = "Not Found"  # Starlette's words for an unknown path


async def not_offered(_request: Request) -> Response:
    """A strict sandbox's answer on a legacy or sandbox-only route: an unknown path's 404."""
    return error_response(404, NOT_FOUND)


def api_routes(*, strict: bool) -> list[Route]:
    missing = sorted({r.name for r in ROUTES} - set(HANDLERS))
    if missing:
        raise RuntimeError(f"no sandbox handler for route(s) {', '.join(missing)}")
    out = []
    for route in ROUTES:
        handler = HANDLERS[route.name]
        if strict and route.standing is not Standing.DOCUMENTED:
            handler = not_offered
        out.append(Route(API_PREFIX + route.path, handler, methods=[route.method],
                         name=route.name))
    return out


async def _api_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(exc.status_code, exc.detail, headers=exc.headers)


async def _server_error(_request: Request, _exc: Exception) -> Response:
    return error_response(500, "The sandbox failed on this request (see its log)")


def build_app(state: SandboxState, faults: Faults, log: RequestLog, *,
              api_key: str) -> ASGIApp:
    app = Starlette(
        routes=[*api_routes(strict=state.strict), *control.ROUTES, *image_assets.CONTROL_ROUTES],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error,
                            Exception: _server_error},
    )
    app.state.sandbox = state
    app.state.faults = faults
    app.state.request_log = log
    guarded = BearerAuth(app, api_key, prefixes=(API_PREFIX, control.CONTROL_PREFIX))
    return FaultInjection(guarded, faults, log)
