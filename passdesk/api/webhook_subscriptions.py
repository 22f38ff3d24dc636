"""Webhook subscriptions (§8): list, show, create, change, rotate the secret.

A subscription's ``secretKey`` signs what PassEntry sends: a secret, shown
once to the person who set it up and never logged. Rotating it invalidates
the old one at once. The rotate answer comes without a ``data`` wrapper in
the docs (§15.8); both forms are accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from passdesk.api import errors
from passdesk.api.groups import ResourceGroup
from passdesk.api.http import ApiResponse
from passdesk.core.payloads import WebhookSubscriptionInput
from passdesk.core.records import WebhookSubscription
from passdesk.core.texts import translate


class WebhookSubscriptions(ResourceGroup[WebhookSubscription]):
    KIND = WebhookSubscription
    PREFIX = "webhook_subscriptions"

    def _list_params(self, entity_id: str | None = None, **filters: Any) -> dict[str, Any]:
        super()._list_params(**filters)
        return {"entityId": entity_id} if entity_id else {}

    def create(self, subscription: WebhookSubscriptionInput) -> WebhookSubscription:
        return self._one(self._call("create", body=subscription.to_body()))

    def update(self, subscription_id: str,
               changes: WebhookSubscriptionInput) -> WebhookSubscription:
        return self._one(self._call("update", id=subscription_id, body=changes.to_body()))

    def rotate_secret(self, subscription_id: str) -> WebhookSubscription:
        """A new secret key; the old one stops working immediately."""
        return self._one(_wrapped(self._call("rotate_secret", id=subscription_id)))


def _wrapped(response: ApiResponse) -> ApiResponse:
    """The record under ``data`` even when the server sent it bare."""
    body = response.body
    if isinstance(body, Mapping) and "data" not in body and "type" in body:
        return ApiResponse(response.status, response.headers, {"data": dict(body)})
    if not isinstance(body, Mapping):
        raise errors.ResponseFormatError(
            translate("sync", "The server's answer is not a webhook subscription"))
    return response
