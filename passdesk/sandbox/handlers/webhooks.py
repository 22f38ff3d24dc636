"""Webhook subscriptions (PASSENTRY-API.md §8).

HTTPS URLs only; scope organisation (default) or one entity, fixed at
creation; no two subscriptions with one URL in a scope; at most 10 per
scope. Rotating the secret replaces it at once: the old one is gone.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from passdesk.sandbox import decisions as d
from passdesk.sandbox.bodies import wrapped_object
from passdesk.sandbox.errors import not_found, unprocessable
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.rows import StoredWebhook
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.views import document, resource

ORGANISATION_NAME = "passdesk Sandbox Organisation"


def webhook_resource(hook: StoredWebhook) -> dict[str, Any]:
    return resource(hook.id, "webhookSubscription", hook.attributes)


def _problems(given: dict[str, Any], *, creating: bool) -> list[str]:
    out = []
    url = given.get("url")
    if creating or url is not None:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme.lower() != "https" or not parts.netloc:
            out.append("url must be an HTTPS URL")
    events = given.get("subscribedEvents")
    if creating or events is not None:
        if not isinstance(events, list) or not events:
            out.append("subscribedEvents needs at least one event")
        else:
            unknown = [e for e in events if e not in d.WEBHOOK_EVENTS]
            if unknown:
                out.append(f"subscribedEvents: unknown {', '.join(map(str, unknown))} "
                           f"(known: {', '.join(d.WEBHOOK_EVENTS)})")
    if given.get("enabled") is not None and not isinstance(given["enabled"], bool):
        out.append("enabled must be true or false")
    return out


def _same_scope(state: SandboxState, entity_id: str | None) -> list[StoredWebhook]:
    return [h for h in state.webhooks.values() if h.entity_id == entity_id]


async def list_webhooks(request: Request) -> Response:
    entity_id = request.query_params.get("entityId")
    state = state_of(request)
    with state.lock:
        hooks = [h for h in state.webhooks.values()
                 if entity_id is None or h.entity_id == entity_id]
        page, meta, links = paginate(request, hooks, d.WEBHOOK_DEFAULT_PER_PAGE)
        return document([webhook_resource(h) for h in page], meta=meta, links=links)


async def create_webhook(request: Request) -> Response:
    given, _body = await wrapped_object(request, "webhookSubscription")
    problems = _problems(given, creating=True)
    if problems:
        raise unprocessable(*problems)
    entity_id = given.get(d.WEBHOOK_ENTITY_KEY)
    state = state_of(request)
    with state.lock:
        if entity_id is not None and entity_id not in state.entities:
            raise unprocessable(f"{d.WEBHOOK_ENTITY_KEY} {entity_id!r} is not an entity of "
                                "this organisation")
        scope = _same_scope(state, entity_id)
        if len(scope) >= d.WEBHOOK_LIMIT_PER_SCOPE:
            raise unprocessable(f"At most {d.WEBHOOK_LIMIT_PER_SCOPE} subscriptions per scope")
        if any(h.attributes["url"] == given["url"] for h in scope):
            raise unprocessable("url already has a subscription in this scope")
        hook = StoredWebhook(str(uuid.uuid4()), {
            "url": given["url"], "secretKey": secrets.token_hex(20),
            "enabled": given.get("enabled", True),
            "scopeType": "entity" if entity_id else "organisation",
            "scopeName": state.entities[entity_id]["name"] if entity_id else ORGANISATION_NAME,
            "subscribedEvents": list(given["subscribedEvents"]),
        }, entity_id)
        state.webhooks[hook.id] = hook
        return document(webhook_resource(hook), status=201)


def _find(state: SandboxState, request: Request) -> StoredWebhook:
    hook = state.webhooks.get(request.path_params["id"])
    if hook is None:
        raise not_found("Webhook subscription")
    return hook


async def get_webhook(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        return document(webhook_resource(_find(state, request)))


async def update_webhook(request: Request) -> Response:
    given, _body = await wrapped_object(request, "webhookSubscription")
    problems = _problems(given, creating=False)
    if d.WEBHOOK_ENTITY_KEY in given or "scopeType" in given:
        problems.append("The scope cannot change: create a new subscription instead")
    if problems:
        raise unprocessable(*problems)
    state = state_of(request)
    with state.lock:
        hook = _find(state, request)
        url = given.get("url")
        if url is not None and any(h.attributes["url"] == url and h.id != hook.id
                                   for h in _same_scope(state, hook.entity_id)):
            raise unprocessable("url already has a subscription in this scope")
        for key in ("url", "enabled", "subscribedEvents"):
            if given.get(key) is not None:
                hook.attributes[key] = given[key]
        return document(webhook_resource(hook))


async def rotate_secret(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        hook = _find(state, request)
        hook.attributes["secretKey"] = secrets.token_hex(20)  # the old key is gone at once
        record = webhook_resource(hook)
        return JSONResponse({"data": record} if d.ROTATE_SECRET_WRAPPED else record)


HANDLERS = {
    "webhook_subscriptions.list": list_webhooks,
    "webhook_subscriptions.create": create_webhook,
    "webhook_subscriptions.get": get_webhook,
    "webhook_subscriptions.update": update_webhook,
    "webhook_subscriptions.rotate_secret": rotate_secret,
}
