"""List and get handlers for a plain collection of the sandbox state."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from passdesk.sandbox.decisions import LEGACY_DEFAULT_PER_PAGE
from passdesk.sandbox.errors import not_found
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.state import state_of
from passdesk.sandbox.views import document

Handler = Callable[[Request], Awaitable[Response]]
#: (record id, stored record) -> JSON:API resource
Render = Callable[[str, Any], dict]


def list_handler(collection: str, render: Render) -> Handler:
    """A paged list of ``state.<collection>`` (a dict of id -> record)."""

    async def handler(request: Request) -> Response:
        state = state_of(request)
        with state.lock:
            page, meta, links = paginate(request, list(getattr(state, collection).items()),
                                         LEGACY_DEFAULT_PER_PAGE)
            return document([render(i, r) for i, r in page], meta=meta, links=links)

    return handler


def get_handler(collection: str, label: str, render: Render) -> Handler:
    """One record of ``state.<collection>`` by the path's id; 404 names ``label``."""

    async def handler(request: Request) -> Response:
        state = state_of(request)
        record_id = request.path_params["id"]
        with state.lock:
            record = getattr(state, collection).get(record_id)
            if record is None:
                raise not_found(label)
            return document(render(record_id, record))

    return handler
