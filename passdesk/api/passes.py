"""Passes: list with every documented filter, issue, get, update, notify, nullify.

Every ``pass_id`` may be the pass UUID or its External ID (§1.3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from passdesk.api.groups import ResourceGroup
from passdesk.api.http import ApiResponse
from passdesk.api.routes import (
    CREATE_PASS_QUERY,
    FIELD_VALUE_STYLE,
    NFC_CUSTOM_VALUE_KEY,
)
from passdesk.core.payloads import PassAction, PassInput, PassUpdate
from passdesk.core.records import NotificationResult, Pass, PassChange


@dataclass(frozen=True)
class PassQuery:
    """Filters of GET /passes; None leaves a filter out."""

    status: str | None = None
    device_type: str | None = None
    group_tag: str | None = None
    pass_template_uuid: str | None = None
    pass_template_name: str | None = None
    event_uuid: str | None = None
    event_name: str | None = None
    created_after: datetime | str | None = None
    created_before: datetime | str | None = None
    fields: Sequence[str] | None = None  # sparse fieldset
    include_pass_design: bool | None = None
    include_locations: bool | None = None
    include_beacons: bool | None = None
    #: Nullified passes are left out unless this is True (or status="nullified").
    include_nullified: bool | None = None

    def to_params(self) -> dict[str, Any]:
        names = {
            "status": "status", "device_type": "deviceType", "group_tag": "groupTag",
            "pass_template_uuid": "passTemplateUuid", "pass_template_name": "passTemplateName",
            "event_uuid": "eventUuid", "event_name": "eventName",
            "created_after": "createdAfter", "created_before": "createdBefore",
            "fields": "fields", "include_pass_design": "includePassDesign",
            "include_locations": "includeLocations", "include_beacons": "includeBeacons",
            "include_nullified": "includeNullified",
        }
        return {api: getattr(self, py) for py, api in names.items()
                if getattr(self, py) is not None}


def _change(response: ApiResponse) -> PassChange:
    doc = response.document()
    record = doc.one()
    header = response.headers.get("X-Notification-Status")
    return PassChange(record, NotificationResult.from_meta(doc.meta, header))  # type: ignore[arg-type]


class Passes(ResourceGroup[Pass]):
    KIND = Pass
    PREFIX = "passes"

    def _list_params(self, query: PassQuery | None = None, **filters: Any) -> dict[str, Any]:
        if query is not None and filters:
            raise TypeError("pass either a PassQuery or filter keywords, not both")
        return (query or PassQuery(**filters)).to_params()

    def create(self, new: PassInput, *, include_pass_source: str | None = None) -> Pass:
        """Issue a pass. ``include_pass_source``: "apple" or "google" for the pass file."""
        return self.create_with_body(new.template_id, body_of(new), ext_id=new.ext_id,
                                     include_pass_source=include_pass_source)

    def create_with_body(self, template_id: str, body: dict[str, Any], *,
                         ext_id: str | None = None,
                         include_pass_source: str | None = None) -> Pass:
        """Issue a pass from a body already built (as the outbox keeps it)."""
        params = {CREATE_PASS_QUERY["template"]: template_id,
                  CREATE_PASS_QUERY["ext_id"]: ext_id,
                  CREATE_PASS_QUERY["pass_source"]: include_pass_source}
        return self._one(self._call("create", params=params, body=body))

    def get(self, pass_id: str, *, include_pass_design: bool | None = None,
            include_locations: bool | None = None, include_beacons: bool | None = None,
            include_pass_source: str | None = None) -> Pass:
        """One pass by id (or extId). The pass source comes only for passes not active."""
        params = {"includePassDesign": include_pass_design,
                  "includeLocations": include_locations, "includeBeacons": include_beacons,
                  "includePassSource": include_pass_source}
        return self._one(self._call("get", id=pass_id, params=params))

    def update(self, pass_id: str, changes: PassUpdate) -> PassChange:
        return self.update_with_body(pass_id, body_of(changes))

    def update_with_body(self, pass_id: str, body: dict[str, Any]) -> PassChange:
        return _change(self._call("update", id=pass_id, body=body))

    def deactivate(self, pass_id: str, *, message: str | None = None) -> PassChange:
        return self.update(pass_id, PassUpdate(pass_action=PassAction.DEACTIVATE, message=message))

    def reactivate(self, pass_id: str, *, message: str | None = None) -> PassChange:
        """Make a deactivated pass work again (Apple keeps it among expired passes
        until the holder unhides it)."""
        return self.update(pass_id, PassUpdate(pass_action=PassAction.REACTIVATE, message=message))

    def notify(self, pass_id: str, message: str) -> PassChange:
        """Send a push message (POST /passes/{id}/notification). Wallets show 3 a day."""
        return _change(self._call("notify", id=pass_id,
                                  body={"notification": {"message": message}}))

    def nullify(self, pass_id: str) -> Pass:
        """Nullify a pass: irreversible. Its data is wiped, its External ID is free
        again, and it answers 404 everywhere afterwards. A second call changes nothing."""
        return self._one(self._call("nullify", id=pass_id))


def body_of(changes: PassInput | PassUpdate) -> dict[str, Any]:
    """The request body with the choices of ``routes`` (field value style, NFC key)."""
    return changes.to_body(FIELD_VALUE_STYLE, nfc_custom_value_key=NFC_CUSTOM_VALUE_KEY)
