"""What every local change shares: one transaction for the effect and its outbox row."""

from __future__ import annotations

from passdesk.core.clock import Clock, utcnow

__all__ = ["ChangeRefused", "Clock", "utcnow"]


class ChangeRefused(ValueError):
    """The change cannot be made as asked; the message says why, in plain words."""
