"""The sandbox ASGI app: every route of the API's route table, plus control routes.

Handlers are mounted by iterating ``passdesk.api.routes.ROUTES``, so a path
corrected in that table moves the sandbox with the client.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from passdesk.api.routes import API_PREFIX, ROUTES
from passdesk.sandbox import control
from passdesk.sandbox.auth import BearerAuth
from passdesk.sandbox.errors import ApiError, error_response
from passdesk.sandbox.fault_injection import FaultInjection
from passdesk.sandbox.faults import Faults
from passdesk.sandbox.handlers import HANDLERS
from passdesk.sandbox.request_log import RequestLog
from passdesk.sandbox.state import SandboxState


def api_routes() -> list[Route]:
    missing = sorted(set(ROUTES) - set(HANDLERS))
    if missing:
        raise RuntimeError(f"no sandbox handler for route(s) {', '.join(missing)}")
    return [Route(API_PREFIX + route.path, HANDLERS[name], methods=[route.method], name=name)
            for name, route in ROUTES.items()]


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
        routes=[*api_routes(), *control.ROUTES],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error,
                            Exception: _server_error},
    )
    app.state.sandbox = state
    app.state.faults = faults
    app.state.request_log = log
    guarded = BearerAuth(app, api_key, prefixes=(API_PREFIX, control.CONTROL_PREFIX))
    return FaultInjection(guarded, faults, log)
