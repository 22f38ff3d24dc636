"""Passes: list with every documented filter, create, get (by id or extId), update, notify."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import datetime

from starlette.requests import Request
from starlette.responses import Response

from passdesk.api.routes import CREATE_PASS_QUERY
from passdesk.sandbox.bodies import json_object, query_flag, wrapped_object
from passdesk.sandbox.clock import iso_utc, parse_iso
from passdesk.sandbox.errors import bad_request, not_found, unprocessable
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.pass_input import (
    field_value,
    optional_text,
    parse_pass_object,
    parse_places,
)
from passdesk.sandbox.pass_ops import apply_pass_object, deactivate, send_message
from passdesk.sandbox.rows import StoredPass
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.views import OPTIONAL_PASS_PARTS, document, pass_resource

#: Query filters that compare one attribute for equality.
ATTRIBUTE_FILTERS = ("status", "deviceType", "groupTag", "passTemplateUuid", "passTemplateName")
PASS_ACTIONS = ("deactivate",)
UPDATE_KEYS = ("pass", "message", "passAction", "locations", "beacons", "groupTag")


def includes(request: Request) -> frozenset[str]:
    return frozenset(part for part, flag in OPTIONAL_PASS_PARTS.items()
                     if query_flag(request, flag))


def pass_source_param(request: Request, name: str = "includePassSource") -> str | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    if raw.lower() not in ("apple", "google"):
        raise bad_request(f"{name} must be apple or google (got {raw!r})")
    return raw.lower()


def render(request: Request, stored: StoredPass, source: str | None = None) -> dict:
    return pass_resource(stored, include=includes(request), source=source)


def find_or_404(state: SandboxState, request: Request, *, by_ext_id: bool = False) -> StoredPass:
    stored = state.find_pass(request.path_params["id"], by_ext_id=by_ext_id)
    if stored is None:
        raise not_found("Pass")
    return stored


# --- list ------------------------------------------------------------------


async def list_passes(request: Request) -> Response:
    query = request.query_params
    tests: list[Callable[[StoredPass], bool]] = []
    for name in ATTRIBUTE_FILTERS:
        if query.get(name):
            tests.append(lambda p, k=name, v=query[name]: p.attributes.get(k) == v)
    created: dict[str, datetime | None] = {}
    for name in ("createdAfter", "createdBefore"):
        created[name] = None
        if query.get(name):
            created[name] = parse_iso(query[name])
            if created[name] is None:
                raise bad_request(f"{name} must be an ISO 8601 datetime "
                                  f"(e.g. 2024-05-01T00:00:00Z), got {query[name]!r}")
    fields = frozenset(f.strip() for f in query.get("fields", "").split(",") if f.strip())
    state = state_of(request)
    with state.lock:
        after, before = created["createdAfter"], created["createdBefore"]
        if query.get("eventUuid") or query.get("eventName"):
            # An event's own list, not a scan of every pass.
            ids = ({query["eventUuid"]} if query.get("eventUuid") else
                   {e.id for e in state.events.values() if e.name == query["eventName"]})
            if query.get("eventUuid") and query.get("eventName"):
                ids &= {e.id for e in state.events.values() if e.name == query["eventName"]}
            lists = [state.event_passes(i) for i in ids]
            window = lists[0] if len(lists) == 1 else sorted(
                (p for one in lists for p in one), key=lambda p: (p.created, p.id),
                reverse=True)
            if after or before:
                tests.append(lambda p: (after is None or p.created > after)
                             and (before is None or p.created < before))
        else:
            window = state.created_range(after, before)
        matches = [p for p in window if all(test(p) for test in tests)] if tests else window
        page, meta, links = paginate(request, matches)
        include = includes(request)
        data = [pass_resource(p, include=include, fields=fields or None) for p in page]
        return document(data, meta=meta, links=links)


# --- one pass --------------------------------------------------------------


async def get_pass(request: Request) -> Response:
    source = pass_source_param(request)
    state = state_of(request)
    with state.lock:
        stored = find_or_404(state, request, by_ext_id=True)
        return document(render(request, stored, source))


async def create_pass(request: Request) -> Response:
    query = request.query_params
    source = pass_source_param(request, CREATE_PASS_QUERY["pass_source"])
    given, body = await wrapped_object(request, "pass")
    changes = parse_pass_object(given)
    locations, beacons = parse_places(body)
    group_tag = optional_text(body, "groupTag")
    template_id = query.get(CREATE_PASS_QUERY["template"])
    ext_id = query.get(CREATE_PASS_QUERY["ext_id"]) or None
    if not template_id:
        raise unprocessable(f"The {CREATE_PASS_QUERY['template']} query parameter is required "
                            "(the id of the pass template to issue from)")
    state = state_of(request)
    with state.lock:
        template = state.templates.get(template_id)
        if template is None:
            raise unprocessable(f"Pass template {template_id!r} not found")
        # Sandbox assumption: extIds are unique, which makes an extId usable
        # as an idempotency key for retried creates.
        if ext_id and state.ext_id_taken(ext_id):
            raise unprocessable("extId has already been taken")
        now = state.now()
        pass_id = hashlib.sha1(uuid.uuid4().bytes, usedforsecurity=False).hexdigest()
        attrs = template.attributes
        stored = StoredPass(pass_id, {
            "downloadUrl": f"https://download.passentry.com/download?pass={pass_id}",
            "passType": attrs.get("templateType"), "deviceType": None,
            "createdAt": iso_utc(now), "status": "issued",
            "extId": ext_id or uuid.uuid4().hex[:20], "groupTag": group_tag,
            "addedAt": None, "removedAt": None, "deactivatedAt": None, "expiresAt": None,
            "passTemplateUuid": template.id, "passTemplateName": attrs.get("name"),
            "nfc": None, "barcode": None, "latestMessage": None, "passContent": {},
            "passDesign": {"backgroundColor": attrs.get("backgroundColor"),
                           "labelColor": attrs.get("labelColor"),
                           "textColor": attrs.get("textColor"),
                           "bannerImageUrl": None, "logoImageUrl": None},
            "locations": locations or [], "beacons": beacons or [],
        }, created=now.replace(microsecond=0))
        if template.loyalty_enabled:
            stored.balance = _opening_balance(given.get(template.balance_field or ""))
        apply_pass_object(stored, changes, template)  # also shows the balance
        state.add_pass(stored)
        return document(render(request, stored, source))


def _opening_balance(value: object) -> int:
    """A balance the create body put in the balance field, else 0."""
    value = field_value(value)
    text = str(value).strip() if isinstance(value, str | int) else ""
    return int(text) if text.isdigit() else 0


async def update_pass(request: Request) -> Response:
    body = await json_object(request)
    if not any(key in body for key in UPDATE_KEYS):
        raise unprocessable('The body must wrap the changes in "pass": {"pass": {...}} '
                            f"(or give one of {', '.join(UPDATE_KEYS[1:])})")
    if not isinstance(body.get("pass", {}), dict):
        raise unprocessable('"pass" must be an object of field changes')
    changes = parse_pass_object(body.get("pass", {}))
    locations, beacons = parse_places(body)
    message = optional_text(body, "message")
    group_tag = optional_text(body, "groupTag")
    action = body.get("passAction")
    if action is not None and action not in PASS_ACTIONS:
        raise unprocessable(f"Unknown passAction {action!r} (known: {', '.join(PASS_ACTIONS)})")
    state = state_of(request)
    with state.lock:
        stored = find_or_404(state, request)
        apply_pass_object(stored, changes,
                          state.templates.get(stored.attributes.get("passTemplateUuid")))
        if locations is not None:
            stored.attributes["locations"] = locations
        if beacons is not None:
            stored.attributes["beacons"] = beacons
        if group_tag is not None:
            stored.attributes["groupTag"] = group_tag
        if action == "deactivate":
            deactivate(stored, state.now())
        return _with_message(request, stored, message)


async def notify_pass(request: Request) -> Response:
    given, _body = await wrapped_object(request, "notification")
    message = optional_text(given, "message")
    if message is None:
        raise unprocessable("notification.message is required")
    state = state_of(request)
    with state.lock:
        return _with_message(request, find_or_404(state, request), message)


def _with_message(request: Request, stored: StoredPass, message: str | None) -> Response:
    meta = headers = None
    if message is not None:
        meta, headers = send_message(stored, message)
    return document(render(request, stored), meta=meta, headers=headers)


HANDLERS = {
    "passes.list": list_passes,
    "passes.create": create_pass,
    "passes.get": get_pass,
    "passes.update": update_pass,
    "passes.notify": notify_pass,
}
