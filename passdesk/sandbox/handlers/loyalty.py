"""Loyalty balance of a pass: show, change by a delta, or override."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from passdesk.core.limits import loyalty_problems
from passdesk.sandbox.bodies import json_object
from passdesk.sandbox.errors import unprocessable
from passdesk.sandbox.handlers.passes import find_or_404, render
from passdesk.sandbox.pass_input import optional_text
from passdesk.sandbox.pass_ops import send_message, show_balance
from passdesk.sandbox.rows import StoredPass, StoredTemplate
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.views import document

NOT_ENABLED = "Loyalty balance is not enabled for this pass template"


def _loyalty_pass(state: SandboxState, request: Request) -> tuple[StoredPass, StoredTemplate]:
    stored = find_or_404(state, request)
    template = state.templates.get(stored.attributes.get("passTemplateUuid"))
    if template is None or not template.loyalty_enabled:
        raise unprocessable(NOT_ENABLED)
    if stored.balance is None:
        stored.balance = 0
    return stored, template


async def get_loyalty(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        stored, _template = _loyalty_pass(state, request)
        return document(render(request, stored), meta={"loyalty": {"balance": stored.balance}})


async def update_loyalty(request: Request) -> Response:
    body = await json_object(request)
    delta, override = body.get("balance"), body.get("overrideBalance")
    problems = loyalty_problems(delta, override)
    if problems:
        raise unprocessable(*problems)
    message = optional_text(body, "message")
    state = state_of(request)
    with state.lock:
        stored, template = _loyalty_pass(state, request)
        balance = override if override is not None else stored.balance + delta
        if balance < 0:
            # Sandbox assumption: the docs do not say what a too large redemption does.
            raise unprocessable("Balance cannot go below zero")
        stored.balance = balance
        show_balance(stored, template)
        meta: dict = {"loyalty": {"balance": balance}}
        headers = None
        if message is not None:
            notifications, headers = send_message(stored, message)
            meta.update(notifications)
        return document(render(request, stored), meta=meta, headers=headers)


HANDLERS = {
    "loyalty.get": get_loyalty,
    "loyalty.update": update_loyalty,
}
