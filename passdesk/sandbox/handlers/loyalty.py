"""Loyalty balance (PASSENTRY-API.md §4): ``GET``/``PATCH /loyalty/{id}``, UUID or extId.

Integer templates coerce any number to an integer; decimal templates take at
most two decimal places and answer floats. The template's balance field in
``passContent`` mirrors the balance as a string.
"""

from __future__ import annotations

from decimal import Decimal

from starlette.requests import Request
from starlette.responses import Response

from passdesk.sandbox import decisions as d
from passdesk.sandbox.bodies import json_object
from passdesk.sandbox.errors import ApiError, unprocessable
from passdesk.sandbox.handlers.passes import find_or_404, render
from passdesk.sandbox.pass_input import optional_text
from passdesk.sandbox.pass_ops import balance_json, send_message, show_balance
from passdesk.sandbox.rows import StoredPass, StoredTemplate
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.views import document

NOT_ENABLED = "Loyalty balance is not enabled for this pass template"


def loyalty_pass(state: SandboxState, stored: StoredPass) -> StoredTemplate:
    template = state.templates.get(stored.attributes.get("passTemplateUuid"))
    if template is None or not template.loyalty_enabled:
        raise unprocessable(NOT_ENABLED)
    if stored.balance is None:
        stored.balance = Decimal("0.00") if template.decimal_balance else 0
    return template


def amount(value: object, template: StoredTemplate, key: str) -> int | Decimal:
    """A number sent for ``key``, as the template keeps it; 422 if it cannot be one."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise unprocessable(f"{key} must be a number")
    number = Decimal(str(value))
    if not template.decimal_balance:
        return int(number.to_integral_value(rounding=d.INTEGER_ROUNDING))
    if number != number.quantize(Decimal("0.01")):
        raise unprocessable(f"{key} may have at most 2 decimal places on this template")
    return number.quantize(Decimal("0.01"))


def change_balance(stored: StoredPass, template: StoredTemplate, delta: object = None,
                   override: object = None) -> int | Decimal:
    """Apply a delta or an override; 422 (nothing changed) if it would go below zero."""
    if override is not None:
        balance = amount(override, template, "overrideBalance")
        if balance < 0:
            raise unprocessable("overrideBalance cannot be below zero")
    else:
        balance = stored.balance + amount(delta, template, "balance")
        if balance < 0:
            # Sandbox assumption: the docs do not say what a too large redemption does.
            raise unprocessable("Balance cannot go below zero")
    stored.balance = balance
    show_balance(stored, template)
    return balance


async def get_loyalty(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        stored = find_or_404(state, request)
        loyalty_pass(state, stored)
        return document(render(request, stored),
                        meta={"loyalty": {"balance": balance_json(stored.balance)}})


async def update_loyalty(request: Request) -> Response:
    body = await json_object(request)
    delta, override = body.get("balance"), body.get("overrideBalance")
    if delta is not None and override is not None:
        raise ApiError(d.LOYALTY_BOTH_STATUS,
                       "Send either balance (a change) or overrideBalance, not both")
    if delta is None and override is None:
        raise unprocessable("balance (a change) or overrideBalance is required")
    message = optional_text(body, "message")
    state = state_of(request)
    with state.lock:
        stored = find_or_404(state, request)
        template = loyalty_pass(state, stored)
        balance = change_balance(stored, template, delta, override)
        meta: dict = {"loyalty": {"balance": balance_json(balance)}}
        headers = None
        if message is not None:
            notifications, headers = send_message(stored, message)
            meta.update(notifications)
        return document(render(request, stored), meta=meta, headers=headers)


HANDLERS = {
    "loyalty.get": get_loyalty,
    "loyalty.update": update_loyalty,
}
