"""PassEntry webhook checks: HMAC-SHA256 signature, timestamp window, secret rotation.

Pure functions over bytes and times; the wire details they assume are named
in ``hub/wire.py``.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from passdesk.hub import clean, wire


def sign(body: bytes, secret: str) -> str:
    """The signature PassEntry sends for ``body``: HMAC-SHA256, hex digest."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class WebhookSecrets:
    """The endpoint's secret, and the one before it during a rotation's grace period."""

    current: str | None = field(default=None, repr=False)
    previous: str | None = field(default=None, repr=False)
    #: Until when (UTC) the previous secret still verifies; None: it does not.
    previous_until: datetime | None = None

    def usable(self, now: datetime) -> list[str]:
        out = [self.current] if self.current else []
        if self.previous and self.previous_until is not None and now < self.previous_until:
            out.append(self.previous)
        return out

    def __bool__(self) -> bool:
        return bool(self.current or self.previous)


def _presented(header: str | None) -> bytes | None:
    """The hex digest in the header, normalised; None if there is none."""
    if not header:
        return None
    value = header.strip()
    for prefix in wire.SIGNATURE_PREFIXES:
        if value.lower().startswith(prefix):
            value = value[len(prefix):].strip()
    if not value or len(value) > 256:
        return None
    try:
        return value.lower().encode("ascii")
    except UnicodeEncodeError:
        return None


def signature_valid(body: bytes, header: str | None, secrets: WebhookSecrets,
                    now: datetime) -> bool:
    """Whether ``header`` signs ``body`` with a secret usable ``now`` (constant time)."""
    presented = _presented(header)
    if presented is None:
        return False
    valid = False
    for secret in secrets.usable(now):
        # Every usable secret is compared, so timing does not tell which one matched.
        valid |= hmac.compare_digest(sign(body, secret).encode("ascii"), presented)
    return valid


def timestamp_of(document: Any) -> Any:
    node = document
    for key in wire.TIMESTAMP_PATH:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def timestamp_problem(value: Any, now: datetime) -> str | None:
    """Why the delivery's timestamp is refused (replay or nonsense), or None."""
    moment = clean.moment(value)
    if moment is None:
        return "the webhook has no valid timestamp (data.attributes.timeStamp)"
    if moment < now - wire.TIMESTAMP_TOLERANCE:
        return "the webhook's timestamp is too old (a replay?)"
    if moment > now + wire.TIMESTAMP_FUTURE_SKEW:
        return "the webhook's timestamp is in the future"
    return None
