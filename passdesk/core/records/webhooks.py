"""Webhook records: a subscription (§2.15), the ``data`` of a delivery and its pass tap."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from passdesk.core.jsonobject import key
from passdesk.core.records.resource import Resource


class WebhookEvent(StrEnum):
    INSTALLED = "passInstalled"
    REMOVED = "passRemoved"
    SCANNED = "passScanned"
    CREATED = "passCreated"
    #: Deprecated in favour of passScanned; still delivered to old subscriptions.
    TAPPED = "passTapped"


@dataclass(kw_only=True)
class WebhookSubscription(Resource):
    """A webhook subscription (§2.15). ``secretKey`` signs deliveries: a secret."""

    TYPE: ClassVar[str] = "webhookSubscription"
    url: str | None = key("url")
    secret_key: str | None = key("secretKey", secret=True)
    enabled: bool | None = key("enabled")
    scope_type: str | None = key("scopeType")
    scope_name: str | None = key("scopeName")
    subscribed_events: list[str] | None = key("subscribedEvents")



@dataclass(kw_only=True)
class PassTap(Resource):
    TYPE: ClassVar[str] = "passTap"
    tapped_at: str | None = key("tappedAt")
    successful: bool | None = key("successful")


@dataclass(kw_only=True)
class WebhookNotice(Resource):
    """The ``data`` of a PassEntry webhook: what happened and when."""

    TYPE: ClassVar[str] = "webhook"
    time_stamp: str | None = key("timeStamp")
    webhook_type: str | None = key("webhookType")
