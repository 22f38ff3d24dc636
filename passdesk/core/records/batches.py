"""Batch records (§2.16): wallet messaging, pass creation and pass update."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from passdesk.core.jsonobject import JsonObject, key, nested
from passdesk.core.records.resource import Resource


class BatchType(StrEnum):
    WALLET_MESSAGING = "walletMessaging"
    CREATION = "passCreation"
    UPDATE = "passUpdate"


@dataclass(kw_only=True)
class BatchProgress(JsonObject):
    total: int | None = key("total")
    processed: int | None = key("processed")
    pending: int | None = key("pending")


@dataclass(kw_only=True)
class Batch(Resource):
    """A batch (§2.16); its ``type`` is walletMessaging, passCreation or passUpdate.

    The docs name only some keys (§15.27); the others stay in ``extra``.
    """

    TYPE: ClassVar[str] = "passCreation"
    name: str | None = key("name")
    status: str | None = key("status")
    tag: str | None = key("tag")
    content: str | None = key("content")
    scheduled_at: str | None = key("scheduledAt")
    pass_template_name: str | None = key("passTemplateName")
    pass_template_name_id: str | None = key("passTemplateNameId")
    errors_csv_url: str | None = key("errorsCsvUrl")
    total_count: int | None = key("totalCount")
    progress: BatchProgress | None = key("progress", codec=nested(BatchProgress))
