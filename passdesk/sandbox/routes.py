"""The sandbox's own route table, written from PASSENTRY-API.md, not from our client.

Every route says where it comes from:

- ``documented``: one of the 33 routes of the reference's §16 inventory;
- ``legacy``: only in the older vendor text (§14: entities, events, reader
  list/show/update), kept for servers that still answer them;
- ``sandbox-only``: an extension the real API does not document (the
  template list, changing the reader configuration), so the demo and the
  tests can drive what the dashboard does on a real account.

A strict sandbox (``SandboxServer(strict=True)``, ``passdesk sandbox
--strict``, ``PASSDESK_SANDBOX_STRICT=1``) answers only the documented
routes; the others get the same 404 as an unknown path.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

API_PREFIX = "/api/v1"


class Standing(StrEnum):
    DOCUMENTED = "documented"
    LEGACY = "legacy"
    EXTENSION = "sandbox-only"


@dataclass(frozen=True)
class SandboxRoute:
    name: str
    method: str
    path: str  # relative to API_PREFIX, Starlette {placeholders}
    standing: Standing
    section: str  # where PASSENTRY-API.md describes it


_D, _L, _X = Standing.DOCUMENTED, Standing.LEGACY, Standing.EXTENSION

ROUTES: tuple[SandboxRoute, ...] = (
    # --- §16, the 33 documented routes, in the inventory's order --------------
    SandboxRoute("passes.list", "GET", "/passes", _D, "3.1"),
    SandboxRoute("passes.create", "POST", "/passes", _D, "3.2"),
    SandboxRoute("passes.get", "GET", "/passes/{id}", _D, "3.3"),
    SandboxRoute("passes.update", "PATCH", "/passes/{id}", _D, "3.4"),
    SandboxRoute("passes.notify", "POST", "/passes/{id}/notification", _D, "3.5"),
    SandboxRoute("passes.nullify", "POST", "/passes/{id}/nullify", _D, "3.6"),
    SandboxRoute("loyalty.get", "GET", "/loyalty/{id}", _D, "4.1"),
    SandboxRoute("loyalty.update", "PATCH", "/loyalty/{id}", _D, "4.2"),
    SandboxRoute("templates.get", "GET", "/pass-templates/{id}", _D, "5.1"),
    SandboxRoute("templates.get_deprecated", "GET", "/pass_templates/{pass_template_uuid}",
                 _D, "5.2"),
    SandboxRoute("templates.create", "POST", "/pass-templates", _D, "5.3"),
    SandboxRoute("templates.update", "PATCH", "/pass-templates/{id}", _D, "5.4"),
    SandboxRoute("readers.create", "POST", "/entities/{entity_id}/readers", _D, "6.1"),
    SandboxRoute("reader_configuration.get", "GET",
                 "/entities/{entity_id}/readerConfiguration", _D, "6.2"),
    SandboxRoute("scans.list", "GET", "/scans", _D, "7.1"),
    SandboxRoute("scans.get", "GET", "/scans/{id}", _D, "7.2"),
    SandboxRoute("scans.create", "POST", "/scans", _D, "7.3"),
    SandboxRoute("scans.log", "POST", "/scans/log", _D, "7.4"),
    SandboxRoute("webhook_subscriptions.list", "GET", "/webhook-subscriptions", _D, "8.1"),
    SandboxRoute("webhook_subscriptions.create", "POST", "/webhook-subscriptions", _D, "8.2"),
    SandboxRoute("webhook_subscriptions.get", "GET", "/webhook-subscriptions/{id}", _D, "8.3"),
    SandboxRoute("webhook_subscriptions.update", "PATCH", "/webhook-subscriptions/{id}",
                 _D, "8.4"),
    SandboxRoute("webhook_subscriptions.rotate_secret", "PATCH",
                 "/webhook-subscriptions/{id}/rotate-secret", _D, "8.5"),
    SandboxRoute("batches.create_passes", "POST", "/passes/batch", _D, "11.1"),
    SandboxRoute("batches.update_passes", "POST", "/passes/batch/update", _D, "11.2"),
    SandboxRoute("batches.wallet_messaging", "POST", "/entities/{id}/messaging/wallet",
                 _D, "11.3"),
    SandboxRoute("batches.list", "GET", "/batches", _D, "11.4"),
    SandboxRoute("batches.get", "GET", "/batches/{id}", _D, "11.5"),
    SandboxRoute("batches.cancel", "PATCH", "/batches/{id}/cancel", _D, "11.6"),
    SandboxRoute("batches.send_now", "POST", "/batches/{id}/send-now", _D, "11.7"),
    SandboxRoute("image_assets.create", "POST", "/image-assets", _D, "12.1"),
    SandboxRoute("image_assets.list", "GET", "/image-assets", _D, "12.2"),
    SandboxRoute("image_assets.get", "GET", "/image-assets/{id}", _D, "12.3"),
    # --- §14, legacy (older vendor text only) -------------------------------------
    SandboxRoute("entities.list", "GET", "/entities", _L, "14.1"),
    SandboxRoute("entities.get", "GET", "/entities/{id}", _L, "14.1"),
    SandboxRoute("events.list", "GET", "/events", _L, "14.2"),
    SandboxRoute("events.get", "GET", "/events/{id}", _L, "14.2"),
    SandboxRoute("events.create", "POST", "/events", _L, "14.2"),
    SandboxRoute("events.update", "PATCH", "/events/{id}", _L, "14.2"),
    SandboxRoute("readers.list", "GET", "/readers", _L, "14.3"),
    SandboxRoute("readers.get", "GET", "/readers/{id}", _L, "14.3"),
    SandboxRoute("readers.update", "PATCH", "/readers/{id}", _L, "14.3"),
    # --- sandbox-only extensions ------------------------------------------------
    SandboxRoute("templates.list", "GET", "/pass-templates", _X, "0 #11"),
    SandboxRoute("reader_configuration.update", "PATCH",
                 "/entities/{entity_id}/readerConfiguration", _X, "6.2"),
)


def documented() -> tuple[SandboxRoute, ...]:
    return tuple(r for r in ROUTES if r.standing is Standing.DOCUMENTED)
