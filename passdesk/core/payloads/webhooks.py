"""Webhook subscription bodies: a subscription to create, or the fields to change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from passdesk.core.payloads.body_values import drop_none


@dataclass
class WebhookSubscriptionInput:
    """A webhook subscription to create, or the fields to change (None = leave).

    ``entity_id`` scopes a new subscription to one entity (its key is not shown
    in the docs, §8.2; "entityId" matches the list filter). Scope never changes.
    """

    url: str | None = None
    enabled: bool | None = None
    subscribed_events: list[str] | None = None
    entity_id: str | None = None

    def to_body(self) -> dict[str, Any]:
        sub = drop_none((("url", self.url), ("enabled", self.enabled),
                          ("subscribedEvents", None if self.subscribed_events is None
                           else [str(e) for e in self.subscribed_events]),
                          ("entityId", self.entity_id)))
        return {"webhookSubscription": sub}

    def problems(self) -> list[str]:
        out = []
        if self.url is not None and not self.url.lower().startswith("https://"):
            out.append("the webhook address must start with https://")
        if self.subscribed_events is not None and not self.subscribed_events:
            out.append("pick at least one event")
        return out
