"""Wallet message bodies: one message to many passes, sent as a scheduled batch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from passdesk.core.payloads.body_values import iso


@dataclass
class WalletMessageInput:
    """A wallet-messaging batch (§11.3): one message to many passes, scheduled.

    ``segments`` e.g. ``[{"groupTag": "summerPromotion"}]``; ``recipients`` pass
    ids (their object shape is not documented, §15.26: sent as given).
    """

    message: str
    scheduled_at: datetime | str
    segments: list[dict[str, Any]] | None = None
    recipients: list[Any] | None = None
    name: str | None = None
    tag: str | None = None

    def to_body(self) -> dict[str, Any]:
        batch: dict[str, Any] = {"message": self.message}
        if self.segments is not None:
            batch["segments"] = self.segments
        if self.recipients is not None:
            batch["recipients"] = self.recipients
        batch["scheduledAt"] = iso(self.scheduled_at)
        for k, v in (("name", self.name), ("tag", self.tag)):
            if v is not None:
                batch[k] = v
        return {"batch": batch}
