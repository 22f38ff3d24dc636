"""Entities: read-only."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from passdesk.sandbox.errors import not_found
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.state import state_of
from passdesk.sandbox.views import document, resource


async def list_entities(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        page, meta, links = paginate(request, list(state.entities.items()))
        return document([resource(i, "entity", a) for i, a in page], meta=meta, links=links)


async def get_entity(request: Request) -> Response:
    state = state_of(request)
    entity_id = request.path_params["id"]
    with state.lock:
        if entity_id not in state.entities:
            raise not_found("Entity")
        return document(resource(entity_id, "entity", state.entities[entity_id]))


HANDLERS = {
    "entities.list": list_entities,
    "entities.get": get_entity,
}
