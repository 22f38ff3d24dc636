"""Pass templates (PASSENTRY-API.md §5): current shape, the deprecated slot shape,
asynchronous create (202, then processed after a few polls or seconds) and update.

``GET /pass-templates`` (a list) is a sandbox-only extension.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from passdesk.sandbox import decisions as d
from passdesk.sandbox.bodies import json_object
from passdesk.sandbox.errors import ApiError, not_found, unprocessable
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.rows import StoredTemplate
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.template_input import merge, template_problems
from passdesk.sandbox.template_shapes import field_ids
from passdesk.sandbox.views import deprecated_template_resource, document, template_resource

BETA = ("Creating and updating pass templates is a closed beta: "
        "contact PassEntry to request access")


def _processing(state: SandboxState, template: StoredTemplate) -> bool:
    """Still processing? Each look spends one of its polls; time ends it too."""
    if template.processing_polls <= 0:
        return False
    if template.processing_until is not None and state.now() >= template.processing_until:
        template.processing_polls = 0
        return False
    template.processing_polls -= 1
    return True


def _processing_document(request: Request, template: StoredTemplate,
                         status: int = 200) -> Response:
    origin = f"{request.url.scheme}://{request.url.netloc}"
    return JSONResponse({"data": {
        "type": "passTemplate", "id": template.id,
        "attributes": {"processingStatus": "processing",
                       "message": d.TEMPLATE_PROCESSING_MESSAGE},
        "links": {"self": d.TEMPLATE_SELF_LINK.format(origin=origin, id=template.id)},
    }}, status_code=status)


def _find(state: SandboxState, template_id: str) -> StoredTemplate:
    template = state.templates.get(template_id)
    if template is None:
        raise not_found("Pass template")
    return template


async def get_template(request: Request) -> Response:
    fields = frozenset(f.strip() for f in request.query_params.get("fields", "").split(",")
                       if f.strip())
    state = state_of(request)
    with state.lock:
        template = _find(state, request.path_params["id"])
        if _processing(state, template):
            return _processing_document(request, template)
        return document(template_resource(template, strict=state.strict, fields=fields or None))


async def get_deprecated_template(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        template = _find(state, request.path_params["pass_template_uuid"])
        if _processing(state, template):
            return _processing_document(request, template)
        return document(deprecated_template_resource(template, strict=state.strict))


async def list_templates(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        ready = [t for t in state.templates.values() if t.processing_polls <= 0]
        page, meta, links = paginate(request, ready, d.LEGACY_DEFAULT_PER_PAGE)
        return document([template_resource(t, strict=state.strict) for t in page],
                        meta=meta, links=links)


async def _body(request: Request) -> dict[str, Any]:
    body = await json_object(request)
    given = body.get(d.TEMPLATE_BODY_KEY)
    if not isinstance(given, dict):
        raise unprocessable(f'The body must wrap the template: {{"{d.TEMPLATE_BODY_KEY}": '
                            "{...}}")
    return given


def _start_processing(state: SandboxState, template: StoredTemplate) -> None:
    template.processing_polls = d.TEMPLATE_PROCESSING_POLLS
    template.processing_until = state.now() + timedelta(seconds=d.TEMPLATE_PROCESSING_SECONDS)


def _loyalty(given: dict[str, Any], kind: str | None, old: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    """Loyalty templates keep an integer balance unless the (sandbox-only)
    ``loyalty`` key says otherwise."""
    extra = given.pop("loyalty", None)
    base = dict(old or {"enabled": kind == "loyalty", "balanceType": "integer"})
    if isinstance(extra, dict):
        if not isinstance(extra.get("enabled", False), bool) \
                or extra.get("balanceType", "integer") not in ("integer", "decimal"):
            raise unprocessable('loyalty must be {"enabled": true|false, '
                                '"balanceType": "integer"|"decimal"}')
        base.update({k: extra[k] for k in ("enabled", "balanceType") if k in extra})
    return base


def _balance_field(template: StoredTemplate) -> str | None:
    if not template.loyalty_enabled:
        return None
    ids = field_ids(template.attributes)
    return next((f for f in ("points", "balance") if f in ids), None)


async def create_template(request: Request) -> Response:
    given = dict(await _body(request))
    state = state_of(request)
    if not state.template_beta:
        raise ApiError(403, BETA)
    loyalty = _loyalty(given, given.get("templateType"))
    problems = template_problems(given, creating=True)
    if problems:
        raise unprocessable(*problems)
    attributes = {"templateType": "generic", "defaultLanguage": "en", **given}
    attributes.setdefault("fields", {})
    template = StoredTemplate(uuid.uuid4().hex[:24], attributes, None, loyalty)
    template.balance_field = _balance_field(template)
    with state.lock:
        _start_processing(state, template)
        state.templates[template.id] = template
        return _processing_document(request, template, status=202)


async def update_template(request: Request) -> Response:
    given = dict(await _body(request))
    state = state_of(request)
    if not state.template_beta:
        raise ApiError(403, BETA)
    with state.lock:
        template = _find(state, request.path_params["id"])
        template.loyalty = _loyalty(given, given.get("templateType"), template.loyalty)
        problems = template_problems(given, creating=False)
        if problems:
            raise unprocessable(*problems)
        template.attributes = merge(template.attributes, given)
        template.balance_field = _balance_field(template)
        if any(key in given for key in d.TEMPLATE_UPDATE_ASYNC_KEYS):
            _start_processing(state, template)
            return _processing_document(request, template, status=202)
        return document(template_resource(template, strict=state.strict))


HANDLERS = {
    "templates.list": list_templates,
    "templates.get": get_template,
    "templates.get_deprecated": get_deprecated_template,
    "templates.create": create_template,
    "templates.update": update_template,
}
