"""What every local change shares: one transaction for the effect and its outbox row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime


class ChangeRefused(ValueError):
    """The change cannot be made as asked; the message says why, in plain words."""


Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)
