"""Passes (PASSENTRY-API.md §3): list, create, show, update, notification, nullify.

Every ``{id}`` is the pass UUID or its External ID. A nullified pass answers
404 everywhere but on nullify itself (idempotent), and the list shows it
only with ``includeNullified=true`` or ``status=nullified``.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from passdesk.sandbox import decisions as d
from passdesk.sandbox import webhook_delivery
from passdesk.sandbox.bodies import json_object, query_flag
from passdesk.sandbox.clock import iso_utc, parse_iso
from passdesk.sandbox.errors import ApiError, bad_request, not_found
from passdesk.sandbox.event_data import enhanced_event_data
from passdesk.sandbox.handlers.image_assets import organisation_of
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.pass_input import (
    UNSET,
    PassObject,
    field_value,
    group_tags,
    optional_text,
    parse_pass_object,
    parse_places,
)
from passdesk.sandbox.pass_ops import (
    apply_pass_object,
    deactivate,
    nullify,
    override_design,
    reactivate,
    send_message,
)
from passdesk.sandbox.rows import StoredPass, StoredTemplate
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.template_shapes import PASS_TYPE
from passdesk.sandbox.views import OPTIONAL_PASS_PARTS, document, pass_resource

#: Query filters that compare one attribute for equality.
ATTRIBUTE_FILTERS = ("status", "deviceType", "passTemplateUuid", "passTemplateName")
PASS_ACTIONS = ("deactivate", "reactivate")
UPDATE_KEYS = ("pass", "message", "passAction", "locations", "beacons", "groupTag", "groupTags")


def includes(request: Request) -> frozenset[str]:
    return frozenset(part for part, flag in OPTIONAL_PASS_PARTS.items()
                     if query_flag(request, flag))


def pass_source_param(request: Request) -> str | None:
    raw = request.query_params.get("includePassSource")
    if raw is None or raw == "":
        return None
    if raw.lower() not in ("apple", "google"):
        raise bad_request(f"includePassSource must be apple or google (got {raw!r})")
    return raw.lower()


def render(request: Request, stored: StoredPass, source: str | None = None) -> dict:
    return pass_resource(stored, include=includes(request), source=source)


def find_or_404(state: SandboxState, request: Request, *, nullified: bool = False
                ) -> StoredPass:
    stored = state.find_pass(request.path_params["id"], nullified=nullified)
    if stored is None:
        raise not_found("Pass")
    return stored


# --- list ------------------------------------------------------------------


async def list_passes(request: Request) -> Response:
    query = request.query_params
    status = query.get("status")
    with_nullified = status == "nullified" or query_flag(request, "includeNullified")
    tests: list[Callable[[StoredPass], bool]] = []
    for name in ATTRIBUTE_FILTERS:
        if query.get(name):
            tests.append(lambda p, k=name, v=query[name]: p.attributes.get(k) == v)
    if query.get("groupTag"):
        tag = query["groupTag"]
        tests.append(lambda p: p.attributes.get("groupTag") == tag
                     or tag in (p.attributes.get("groupTags") or []))
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
    # eventUuid/eventName are old-doc filters: a strict sandbox ignores them, as an
    # unknown parameter would be.
    by_event = not state.strict and (query.get("eventUuid") or query.get("eventName"))
    with state.lock:
        after, before = created["createdAfter"], created["createdBefore"]
        if by_event:
            window = _event_window(state, query.get("eventUuid"), query.get("eventName"))
            if after or before:
                tests.append(lambda p: (after is None or p.created > after)
                             and (before is None or p.created < before))
        else:
            # Nullified passes left out by the state's cached list, not by a test of
            # every pass at every page (a sync pages through 100,000 passes).
            window = state.created_range(after, before, live_only=not with_nullified)
        if by_event and not with_nullified:
            window = [p for p in window if not p.nullified]
        matches = [p for p in window if all(test(p) for test in tests)] if tests else window
        page, meta, links = paginate(request, matches, d.PASSES_DEFAULT_PER_PAGE)
        include = includes(request)
        data = [pass_resource(p, include=include, fields=fields or None) for p in page]
        return document(data, meta=meta, links=links)


def _event_window(state: SandboxState, event_id: str | None, name: str | None
                  ) -> list[StoredPass]:
    """An event's own list, not a scan of every pass."""
    ids = {event_id} if event_id else {e.id for e in state.events.values() if e.name == name}
    if event_id and name:
        ids &= {e.id for e in state.events.values() if e.name == name}
    lists = [state.event_passes(i) for i in ids]
    if len(lists) == 1:
        return lists[0]
    return sorted((p for one in lists for p in one), key=lambda p: (p.created, p.id),
                  reverse=True)


# --- one pass --------------------------------------------------------------


async def get_pass(request: Request) -> Response:
    source = pass_source_param(request)
    state = state_of(request)
    with state.lock:
        return document(render(request, find_or_404(state, request), source))


async def create_pass(request: Request) -> Response:
    query = request.query_params
    source = pass_source_param(request)
    body = await json_object(request)
    if "pass" not in body:
        raise bad_request('The body must carry the pass as {"pass": {...}}')
    changes = parse_pass_object(body["pass"])
    template_id = query.get("passTemplate")
    if not template_id:
        raise bad_request("The passTemplate query parameter is required "
                          "(the id of the pass template to issue from)")
    ext_id = query.get("extId") or None
    tag, tags = group_tags(body)
    message = optional_text(body, "message")
    state = state_of(request)
    with state.lock:
        template = state.templates.get(template_id)
        if template is None or template.processing_polls > 0:
            raise not_found("Pass template")
        pass_type = PASS_TYPE.get(template.attributes.get("templateType"), "generic")
        locations, beacons = parse_places(body, pass_type)
        check_override(state, changes)
        stored = issue_pass(state, template, ext_id, changes, tag, tags, locations, beacons)
        webhook_delivery.pass_event(state, "passCreated", stored)
        return _with_message(request, stored, message, source)


def issue_pass(state: SandboxState, template: StoredTemplate, ext_id: str | None,
               changes: PassObject, tag: str | None = None, tags: list[str] | None = None,
               locations: list[dict] | None = None, beacons: list[dict] | None = None
               ) -> StoredPass:
    """A new pass from checked parts (create and batch creation); the caller holds the lock."""
    if ext_id and state.ext_id_taken(ext_id):
        raise ApiError(d.DUPLICATE_EXT_ID_STATUS, "extId has already been taken")
    pass_type = PASS_TYPE.get(template.attributes.get("templateType"), "generic")
    stored = _new_pass(state, template, pass_type, ext_id, tag, tags)
    if locations is not None:
        stored.attributes["locations"] = locations
    if beacons is not None:
        stored.attributes["beacons"] = beacons
    if template.loyalty_enabled:
        stored.balance = _opening_balance(changes.content.get(template.balance_field or ""),
                                          template)
    if changes.barcode is UNSET and template.attributes.get("barcode"):
        changes.barcode = dict(template.attributes["barcode"])  # the template's default
    apply_pass_object(stored, changes, template)  # also shows the balance
    show_override(state, stored, changes)
    _join_event(state, stored)
    state.add_pass(stored)
    return stored


def _new_pass(state: SandboxState, template: StoredTemplate, pass_type: str,
              ext_id: str | None, tag: str | None, tags: list[str] | None) -> StoredPass:
    now = state.now()
    pass_id = hashlib.sha1(uuid.uuid4().bytes, usedforsecurity=False).hexdigest()
    attrs = template.attributes
    colors, images = attrs.get("colors") or {}, attrs.get("images") or {}
    return StoredPass(pass_id, {
        "downloadUrl": f"https://download.passentry.com/download?pass={pass_id}",
        "passType": pass_type, "deviceType": None,
        "createdAt": iso_utc(now), "status": "issued",
        "extId": ext_id or uuid.uuid4().hex[:20], "groupTag": tag,
        "groupTags": list(tags) if tags is not None else ([tag] if tag else []),
        "addedAt": None, "removedAt": None, "deactivatedAt": None, "nullifiedAt": None,
        "expiresAt": None, "passTemplateUuid": template.id, "passTemplateName": attrs.get("name"),
        "nfc": None, "barcode": dict(d.NO_BARCODE), "latestMessage": None, "passContent": {},
        "passDesign": {"backgroundColor": colors.get("background"),
                       "labelColor": colors.get("label"), "textColor": colors.get("text"),
                       "bannerImageUrl": images.get("banner"), "logoImageUrl": images.get("logo"),
                       "thumbnailImageUrl": None, "artworkImageUrl": None,
                       "secondaryLogoImageUrl": None, "venueMapImageUrl": None},
        "locations": [], "beacons": [],
    }, created=now.replace(microsecond=0))


def _join_event(state: SandboxState, stored: StoredPass) -> None:
    """Sandbox behaviour: a ticket whose eventName is a known event's is for that event."""
    if stored.attributes.get("passType") != "eventTicket":
        return
    name = field_value(stored.attributes["passContent"].get("eventName"))
    event = next((e for e in state.events.values() if e.name == name), None)
    if event is not None:
        stored.event_id = event.id
        stored.attributes["enhancedEventData"] = enhanced_event_data(event)


def check_override(state: SandboxState, changes: PassObject) -> None:
    override = changes.template_override or {}
    if changes.template_override is not None and not organisation_of(state)["templateOverride"]:
        raise ApiError(403, d.TEMPLATE_OVERRIDE_FORBIDDEN_WORDS)  # §2.9: feature-flagged
    missing = [f"templateOverride.{k}: image asset {v['imageAssetId']!r} not found"
               for k, v in override.items()
               if isinstance(v, dict) and "imageAssetId" in v
               and v["imageAssetId"] not in state.image_assets]
    if missing:
        raise bad_request(*missing)


def show_override(state: SandboxState, stored: StoredPass, changes: PassObject) -> None:
    if changes.template_override:
        urls = {i: a.attributes["url"] for i, a in state.image_assets.items()}
        override_design(stored, changes.template_override, urls)


def _opening_balance(value: object, template: StoredTemplate) -> int | Decimal:
    """A balance the create body put in the balance field, else 0."""
    value = field_value(value)
    try:
        number = Decimal(str(value).replace(",", "")) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        number = Decimal(0)
    number = max(number, Decimal(0))
    return number.quantize(Decimal("0.01")) if template.decimal_balance else int(number)


async def update_pass(request: Request) -> Response:
    body = await json_object(request)
    if not any(key in body for key in UPDATE_KEYS):
        raise bad_request('The body must carry changes: {"pass": {...}} '
                          f"or one of {', '.join(UPDATE_KEYS[1:])}")
    changes = parse_pass_object(body.get("pass", {}))
    if changes.binding is not UNSET:
        raise bad_request("binding can only be set when the pass is created")
    message = optional_text(body, "message")
    tag, tags = group_tags(body)
    action = body.get("passAction")
    if action is not None and action not in PASS_ACTIONS:
        raise bad_request(f"Unknown passAction {action!r} (known: {', '.join(PASS_ACTIONS)})")
    state = state_of(request)
    with state.lock:
        stored = find_or_404(state, request)
        locations, beacons = parse_places(body, stored.attributes.get("passType"))
        check_override(state, changes)
        apply_pass_object(stored, changes,
                          state.templates.get(stored.attributes.get("passTemplateUuid")))
        show_override(state, stored, changes)
        if locations is not None:
            stored.attributes["locations"] = locations
        if beacons is not None:
            stored.attributes["beacons"] = beacons
        if tag is not None:
            stored.attributes["groupTag"] = tag
        if tags is not None:
            stored.attributes["groupTags"] = list(tags)
        if action == "deactivate":
            deactivate(stored, state.now())
        elif action == "reactivate":
            reactivate(stored)
        return _with_message(request, stored, message)


async def notify_pass(request: Request) -> Response:
    body = await json_object(request)
    given = body.get("notification")
    if not isinstance(given, dict):
        raise bad_request('The body must be {"notification": {"message": "..."}}')
    message = optional_text(given, "message")
    if message is None:
        raise bad_request("notification.message is required")
    state = state_of(request)
    with state.lock:
        return _with_message(request, find_or_404(state, request), message)


async def nullify_pass(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        stored = find_or_404(state, request, nullified=True)
        if not stored.nullified:
            nullify(stored, state.now())
            state.release_ext_id(stored)
        return document(render(request, stored))


def _with_message(request: Request, stored: StoredPass, message: str | None,
                  source: str | None = None) -> Response:
    meta: dict[str, Any] | None = None
    headers = None
    if message is not None:
        meta, headers = send_message(stored, message)
    return document(render(request, stored, source), meta=meta, headers=headers)


HANDLERS = {
    "passes.list": list_passes,
    "passes.create": create_pass,
    "passes.get": get_pass,
    "passes.update": update_pass,
    "passes.notify": notify_pass,
    "passes.nullify": nullify_pass,
}
