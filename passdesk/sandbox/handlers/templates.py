"""Pass templates: list, get, and create (all slots present, nulls for unused).

A create also keeps the designer's inferred image and barcode keys when given
(``template_extras``), checked for shape.
"""

from __future__ import annotations

import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from passdesk.api.routes import TEMPLATE_CREATE_BODY_KEY
from passdesk.sandbox.bodies import wrapped_object
from passdesk.sandbox.errors import unprocessable
from passdesk.sandbox.handlers.collection import get_handler, list_handler
from passdesk.sandbox.rows import StoredTemplate
from passdesk.sandbox.state import state_of
from passdesk.sandbox.template_extras import template_extras
from passdesk.sandbox.template_slots import SLOT_KEYS, field_ids, slot
from passdesk.sandbox.views import document, template_resource


async def create_template(request: Request) -> Response:
    given, _body = await wrapped_object(request, TEMPLATE_CREATE_BODY_KEY)
    attributes = template_attributes(given)
    loyalty = attributes["loyalty"]["enabled"]
    ids = field_ids(attributes)
    balance_field = next((f for f in ("points", "balance") if f in ids), None) if loyalty else None
    template = StoredTemplate(uuid.uuid4().hex[:24], attributes, balance_field)
    state = state_of(request)
    with state.lock:
        state.templates[template.id] = template
        return document(template_resource(template), status=201)


def template_attributes(given: dict[str, Any]) -> dict[str, Any]:
    """A complete template from a create body: every slot present, nulls for unused."""
    problems = []
    name = given.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append("name is required")
    texts = {"description": None, "templateType": "generic", "backgroundColor": "#FFFFFF",
             "labelColor": "#000000", "textColor": "#000000"}
    for key in texts:
        if given.get(key) is not None and not isinstance(given[key], str):
            problems.append(f"{key} must be a string")
    groups = {group: _slot_group(group, given.get(group), problems) for group in SLOT_KEYS}
    loyalty = _loyalty(given.get("loyalty"), problems)
    extras = template_extras(given, problems)  # inferred: images and barcode, when given
    if problems:
        raise unprocessable(*problems)
    value = {k: given.get(k) if given.get(k) is not None else default
             for k, default in texts.items()}
    return {"backgroundColor": value["backgroundColor"], "name": name,
            "description": value["description"], "labelColor": value["labelColor"],
            "textColor": value["textColor"], "templateType": value["templateType"],
            **groups, "loyalty": loyalty, **extras}


def _slot_group(group: str, given: Any, problems: list[str]) -> dict[str, Any]:
    keys = SLOT_KEYS[group]
    if given is None:
        return {k: slot() for k in keys}
    if not isinstance(given, dict):
        problems.append(f"{group} must be an object of slots ({', '.join(keys)})")
        return {}
    for k in given:
        if k not in keys:
            problems.append(f"{group} has no slot {k!r} (slots: {', '.join(keys)})")
    out = {}
    for k in keys:
        value = given.get(k) or {}
        if not isinstance(value, dict):
            problems.append(f"{group}.{k} must be an object with id, label and default_value")
            value = {}
        out[k] = slot(value.get("id"), value.get("label"), value.get("default_value"))
    return out


def _loyalty(given: Any, problems: list[str]) -> dict[str, Any]:
    # Sandbox assumption (see demo_data): how a template enables loyalty.
    if given is None:
        return {"enabled": False, "balanceType": "integer"}
    if not isinstance(given, dict) or not isinstance(given.get("enabled", False), bool) \
            or given.get("balanceType", "integer") not in ("integer", "decimal"):
        problems.append('loyalty must be {"enabled": true|false, '
                        '"balanceType": "integer"|"decimal"}')
        return {}
    return {"enabled": given.get("enabled", False),
            "balanceType": given.get("balanceType", "integer")}


HANDLERS = {
    "templates.list": list_handler("templates", lambda _id, t: template_resource(t)),
    "templates.get": get_handler("templates", "Pass template",
                                 lambda _id, t: template_resource(t)),
    "templates.create": create_template,
}
