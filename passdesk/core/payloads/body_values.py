"""Small helpers the request bodies share: a time as ISO 8601, keys without None."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def iso(value: datetime | str) -> str:
    return value.isoformat() if isinstance(value, datetime) else value


def drop_none(pairs: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    return {k: v for k, v in pairs if v is not None}
