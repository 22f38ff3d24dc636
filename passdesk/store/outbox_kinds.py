"""The outbox's kinds: what a row asks the API to do, one name each.

The value is what ``outbox.kind`` holds on disk, so a value never changes
(rows written by an older version must still be delivered); a new kind is a
new member. ``sync/delivery.py`` maps each kind to the handler that sends it.
The store owns the outbox, so the kinds live here, below ``sync`` and ``gui``.
"""

from __future__ import annotations

from enum import StrEnum


class OutboxKind(StrEnum):
    #: POST /passes (a pass made here, under a local id until the API answers).
    PASS_CREATE = "pass.create"  # noqa: S105 - a kind, not a password
    #: PATCH /passes/{id}.
    PASS_UPDATE = "pass.update"  # noqa: S105 - a kind, not a password
    #: A push message to one pass's holder.
    PASS_NOTIFY = "pass.notify"  # noqa: S105 - a kind, not a password
    #: POST /passes/{id}/nullify (idempotent: sending it twice is harmless).
    PASS_NULLIFY = "pass.nullify"  # noqa: S105 - a kind, not a password
    EVENT_CREATE = "event.create"
    EVENT_UPDATE = "event.update"
    #: Publish a draft: POST /pass-templates (target: the draft id).
    TEMPLATE_CREATE = "template.create"
    #: Send a published template's changes: PATCH /pass-templates/{id}.
    TEMPLATE_UPDATE = "template.update"
    #: Add, redeem or set loyalty points (not idempotent: checked after a lost answer).
    LOYALTY_CHANGE = "loyalty.change"
    #: A scan made here, logged in PassEntry (POST /scans/log).
    SCAN_LOG = "scan.log"
