"""Untrusted JSON from readers and webhooks, made safe to store and answer with.

Every string the hub stores passes through here (``text``: core's
``storable_text``): lone surrogates (valid in JSON escapes, not in UTF-8) and
NUL (refused by PostgreSQL text) would otherwise turn a hostile value into a
database error instead of a clean answer.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

#: A storable string, or None when the value is not a string (or too long): the
#: rule is core's, the one the door step logs what was read with.
from passdesk.core.storable import storable_text as text


def scalar_text(value: Any, max_length: int) -> str | None:
    """A string, or a number written as one (ids are sometimes sent as numbers)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        value = str(value)
    return text(value, max_length)


def moment(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware UTC datetime; None if absent or unreadable."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def json_value(value: Any, depth: int = 0) -> Any:
    """``value`` with every string cleaned and non-finite numbers dropped (JSON columns)."""
    if depth > 32:
        return None
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict):
        return {text(str(k)): json_value(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [json_value(v, depth + 1) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**63:
        return str(value)
    return value
