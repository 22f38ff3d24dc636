"""Batches (§11): create or update many passes from a CSV, schedule a wallet
message to many passes, and follow, cancel or send a batch.

Creating answers 202: the batch runs on PassEntry's side; ``get`` shows its
``status`` and ``progress``. The two pass-batch routes take multipart/form-data.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx

from passdesk.api import errors
from passdesk.api.groups import ResourceGroup
from passdesk.api.urls import is_loopback
from passdesk.core.payloads import WalletMessageInput
from passdesk.core.records import Batch
from passdesk.core.texts import translate

#: The CSV file's name and type as sent in the multipart body.
CSV_FILENAME = "passes.csv"
CSV_TYPE = "text/csv"


def _csv(csv: bytes | str) -> dict[str, tuple[str, bytes, str]]:
    data = csv.encode("utf-8") if isinstance(csv, str) else csv
    return {"csv": (CSV_FILENAME, data, CSV_TYPE)}


def _form(**values: Any) -> dict[str, str]:
    return {k: v.isoformat() if isinstance(v, datetime) else str(v)
            for k, v in values.items() if v is not None}


class Batches(ResourceGroup[Batch]):
    KIND = Batch
    PREFIX = "batches"

    def _list_params(self, batch_type: str | None = None, **filters: Any) -> dict[str, Any]:
        """``batch_type``: walletMessaging | passCreation | passUpdate."""
        super()._list_params(**filters)
        return {"type": batch_type} if batch_type else {}

    def create_passes(self, csv: bytes | str, template_id: str, *,
                      name: str | None = None) -> Batch:
        """Issue a pass per CSV row (``ext_id`` column required; ≤ 10 MB, UTF-8)."""
        return self._one(self._call("create_passes", files=_csv(csv),
                                    data=_form(passTemplate=template_id, name=name)))

    def update_passes(self, csv: bytes | str, template_id: str, *,
                      scheduled_at: datetime | str, name: str | None = None,
                      tag: str | None = None) -> Batch:
        """Change a pass per CSV row (``pass_id`` column), at ``scheduled_at`` (beta)."""
        return self._one(self._call("update_passes", files=_csv(csv),
                                    data=_form(passTemplate=template_id,
                                               scheduledAt=scheduled_at, name=name, tag=tag)))

    def wallet_messaging(self, entity_id: str, message: WalletMessageInput) -> Batch:
        """Schedule one message to many passes of the entity (beta)."""
        return self._one(self._call("wallet_messaging", entity_id=entity_id,
                                    body=message.to_body()))

    def cancel(self, batch_id: str) -> Batch:
        return self._one(self._call("cancel", id=batch_id))

    def send_now(self, batch_id: str) -> str:
        """Send a scheduled wallet-messaging batch now; the server's words come back."""
        body = self._call("send_now", id=batch_id).body
        said = body.get("success") if isinstance(body, Mapping) else None
        if not isinstance(said, str):
            raise errors.ResponseFormatError(
                translate("sync", "The server's answer to send-now has no 'success'"))
        return said

    def download(self, url: str) -> bytes:
        """A batch's results or errors CSV (an absolute URL in its attributes, §15.27).

        The API key goes only to the API's own host: a file elsewhere (a storage
        link) is fetched without it, and only over HTTPS unless on this computer.
        """
        core = self._core
        try:
            target, base = httpx.URL(url), httpx.URL(core.base_url)
        except httpx.InvalidURL:
            raise errors.ResponseFormatError(translate(
                "sync", "The batch file link is not a URL: {url}").format(url=repr(url))) \
                from None
        same = (target.scheme, target.host, target.port) == (base.scheme, base.host, base.port)
        if target.scheme != "https" and not (target.scheme == "http"
                                             and is_loopback(target.host)):
            raise errors.ResponseFormatError(
                translate("sync", "The batch file link is not an https:// address"))
        client: httpx.Client = core._client
        try:
            response = client.get(str(target), headers={"Accept": "text/csv, */*"},
                                  **({} if same else {"auth": None}))
        except httpx.TransportError:
            raise errors.NetworkError(translate(
                "sync", "Could not fetch the batch file from {host}").format(host=target.host),
                                      method="GET", path=target.path) from None
        if not response.is_success:
            raise errors.NotFoundError(
                translate("sync", "The batch file could not be fetched (HTTP {status})").format(
                    status=str(response.status_code)),
                status=response.status_code, method="GET", path=target.path)
        return response.content
