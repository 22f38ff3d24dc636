"""Entities, legacy (PASSENTRY-API.md §14.1): read-only."""

from __future__ import annotations

from passdesk.sandbox.handlers.collection import get_handler, list_handler
from passdesk.sandbox.views import resource


def _entity(entity_id: str, attributes: dict) -> dict:
    return resource(entity_id, "entity", attributes)


HANDLERS = {
    "entities.list": list_handler("entities", _entity),
    "entities.get": get_handler("entities", "Entity", _entity),
}
